#pragma once

#include "AssetRegister.h"
#include "Dataset.h"
#include "Depreciation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

#include <memory>
#include <utility>

namespace Activo::Sandbox {

// Monthly depreciation runs of one company, derived from its assets on
// demand.
//
// Every depreciation book has one run per month-end of the run window: the
// kRunWindowMonths month-ends up to the last one on or before `today`. A
// run's entries are the assets of its book with a non-zero charge in its
// month. Nothing per entry is stored. The run totals are computed in one
// pass over the register on first use after a change, and the entry lists
// of the most recently read runs are cached until the next change.
//
// An asset's book values (see accumulatedDepreciation()) come from the same
// schedule, so the closing value of its latest entry is its net book value.
// Disposed assets have no charges after their valuation month, and
// revaluations restart the schedule, see DepreciationSchedule.
class DepreciationLedger
{
public:
    struct Run
    {
        QUuid id;
        QUuid postingPeriodId;
        QUuid journalBatchId;
        int bookIndex = kNoLink;
        int month = 0; // monthIndex() of the run date
        qint64 totalCents = 0;
        qsizetype entryCount = 0;

        QDate runDate() const { return monthEnd(month); }
    };

    // The charge of one asset in the month of one run.
    struct Entry
    {
        const Run *run = nullptr;
        const AssetFacts *asset = nullptr;
        MonthlyCharge charge;

        QUuid id() const;
        qint64 accumulatedCents() const { return asset->basis.costCents - charge.closingCents; }
    };

    // `assets`, `lookups` and `history` must outlive the ledger. Only the
    // lookup lists of `lookups` are read.
    DepreciationLedger(const QUuid &companyId, QDate today, const AssetRegister *assets, const CompanyRecord *lookups,
                       const CompanyHistory *history);

    QDate latestRunDate() const { return monthEnd(m_latestMonth); }

    // Marks the runs stale. Writes to the register are detected on their
    // own, so this is needed after changes to books, disposals or
    // revaluations.
    void invalidate();

    // Every run, by month and then by the code of its book.
    const QList<Run> &runs();
    const Run *findRun(const QUuid &id);
    const Run *findRunByJournalBatch(const QUuid &batchId);

    // Entries of `run` in assetCode order. `index` is below run.entryCount.
    Entry entryOfRun(const Run &run, qsizetype index);
    // Entries of every run, in the order of runs(), then of entryOfRun().
    qsizetype totalEntryCount();
    Entry entryAt(qsizetype index);
    // Entries of one asset, in run order.
    QList<Entry> entriesOfAsset(const AssetFacts &asset);

    // Accumulated depreciation of an asset with `id` and `basis` at the end
    // of its valuation month, revaluations and disposal included. Equals
    // the accumulatedCents() of its latest entry when it has one.
    qint64 accumulatedDepreciation(const QUuid &id, const DepreciationBasis &basis);

private:
    using AssetPositions = std::shared_ptr<const QList<qsizetype>>;

    void refresh();
    void rebuildRuns();
    void rebuildEvents();
    DepreciationSchedule scheduleOf(const QUuid &id, const DepreciationBasis &basis) const;
    // Last month in which the asset may have a charge: its valuation month.
    int stopMonth(const QUuid &id) const;
    // Range of months of the run window in which `asset` has charges, empty
    // when first > last.
    std::pair<int, int> chargedMonths(const AssetFacts &asset, const DepreciationSchedule &schedule) const;
    const Run *runFor(int bookIndex, int month) const;
    AssetPositions assetsOfRun(const Run &run);

    QUuid m_companyId;
    QDate m_today;
    int m_latestMonth = 0;
    int m_firstMonth = 0;
    const AssetRegister *m_assets;
    const CompanyRecord *m_lookups;
    const CompanyHistory *m_history;

    bool m_stale = true;
    quint64 m_assetRevision = 0;
    QList<Run> m_runs;
    // Entries before each run, so that entryAt() finds the run of an index.
    QList<qsizetype> m_entryOffsets;
    QHash<QUuid, qsizetype> m_runById;
    QHash<QUuid, qsizetype> m_runByJournalBatch;
    // Position of each book in code order, by book index.
    QList<int> m_bookRank;

    QHash<QUuid, QList<RevaluationStep>> m_revaluations;
    QHash<QUuid, QDate> m_disposalDates;

    // Most recently used first, cleared by refresh() when stale.
    QList<std::pair<QUuid, AssetPositions>> m_runAssetsCache;
};

} // namespace Activo::Sandbox
