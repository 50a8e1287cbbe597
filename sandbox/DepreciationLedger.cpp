#include "DepreciationLedger.h"

#include "Logging.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace Activo::Sandbox {

namespace {

// Number of runs whose entry lists are kept. Clients page through one run
// at a time, so a few cover parallel paging by several clients.
constexpr qsizetype kRunAssetsCacheSize = 4;

QByteArray monthText(int month)
{
    return monthEnd(month).toString(QStringLiteral("yyyy-MM")).toLatin1();
}

} // namespace

QUuid DepreciationLedger::Entry::id() const
{
    return QUuid::createUuidV5(run->id, asset->id.toRfc4122());
}

DepreciationLedger::DepreciationLedger(const QUuid &companyId, QDate today, const AssetRegister *assets,
                                       const CompanyRecord *lookups, const CompanyHistory *history)
    : m_companyId(companyId)
    , m_today(today)
    , m_assets(assets)
    , m_lookups(lookups)
    , m_history(history)
{
    m_latestMonth = valuationMonth(today, QDate());
    m_firstMonth = m_latestMonth - kRunWindowMonths + 1;
}

void DepreciationLedger::invalidate()
{
    m_stale = true;
}

void DepreciationLedger::refresh()
{
    if (!m_stale && m_assetRevision == m_assets->revision())
        return;

    QElapsedTimer timer;
    timer.start();
    m_runAssetsCache.clear();
    rebuildEvents();
    rebuildRuns();
    m_assetRevision = m_assets->revision();
    m_stale = false;
    qCDebug(lcSandbox, "computed %lld depreciation runs over %lld assets in %lld ms",
            static_cast<long long>(m_runs.size()), static_cast<long long>(m_assets->size()),
            static_cast<long long>(timer.elapsed()));
}

void DepreciationLedger::rebuildEvents()
{
    m_revaluations.clear();
    for (const RevaluationRecord &revaluation : m_history->revaluations)
        m_revaluations[revaluation.assetId].append({monthIndex(revaluation.revaluationDate), revaluation.newValueCents});
    for (QList<RevaluationStep> &steps : m_revaluations) {
        std::stable_sort(steps.begin(), steps.end(), [](const RevaluationStep &left, const RevaluationStep &right) {
            return left.month < right.month;
        });
    }

    m_disposalDates.clear();
    for (const DisposalRecord &disposal : m_history->disposals)
        m_disposalDates.insert(disposal.assetId, disposal.disposalDate);
}

void DepreciationLedger::rebuildRuns()
{
    const QList<LookupRecord> &books = m_lookups->lookup(LookupKind::DepreciationBook);
    QList<int> bookOrder(books.size());
    std::iota(bookOrder.begin(), bookOrder.end(), 0);
    std::stable_sort(bookOrder.begin(), bookOrder.end(), [&books](int left, int right) {
        return books.at(left).code < books.at(right).code;
    });
    m_bookRank = QList<int>(books.size());
    for (int rank = 0; rank < bookOrder.size(); ++rank)
        m_bookRank[bookOrder.at(rank)] = rank;

    // Ids derive from the company, book and month, so they stay the same
    // across restarts with the same seed and across writes.
    m_runs.clear();
    m_runById.clear();
    m_runByJournalBatch.clear();
    for (int month = m_firstMonth; month <= m_latestMonth; ++month) {
        const QByteArray period = monthText(month);
        const QUuid postingPeriodId = QUuid::createUuidV5(m_companyId, QByteArrayLiteral("posting-period:") + period);
        for (const int book : std::as_const(bookOrder)) {
            Run run;
            run.bookIndex = book;
            run.month = month;
            run.postingPeriodId = postingPeriodId;
            run.id = QUuid::createUuidV5(m_companyId, QByteArrayLiteral("depreciation-run:")
                                                          + books.at(book).id.toLatin1() + ':' + period);
            run.journalBatchId = QUuid::createUuidV5(run.id, QByteArrayLiteral("journal-batch"));
            m_runById.insert(run.id, m_runs.size());
            m_runByJournalBatch.insert(run.journalBatchId, m_runs.size());
            m_runs.append(run);
        }
    }

    for (qsizetype position = 0; position < m_assets->size(); ++position) {
        const AssetFacts &asset = m_assets->facts(position);
        if (asset.depreciationBookIndex == kNoLink)
            continue;
        const DepreciationSchedule schedule = scheduleOf(asset.id, asset.basis);
        const auto [first, last] = chargedMonths(asset, schedule);
        for (int month = first; month <= last; ++month) {
            const qint64 amount = schedule.chargeIn(month).amountCents;
            if (amount == 0)
                continue;
            Run &run = m_runs[(month - m_firstMonth) * books.size() + m_bookRank.at(asset.depreciationBookIndex)];
            run.totalCents += amount;
            ++run.entryCount;
        }
    }

    m_entryOffsets.clear();
    qsizetype offset = 0;
    for (const Run &run : std::as_const(m_runs)) {
        m_entryOffsets.append(offset);
        offset += run.entryCount;
    }
    m_entryOffsets.append(offset);
}

DepreciationSchedule DepreciationLedger::scheduleOf(const QUuid &id, const DepreciationBasis &basis) const
{
    return DepreciationSchedule(basis, m_revaluations.value(id));
}

int DepreciationLedger::stopMonth(const QUuid &id) const
{
    return valuationMonth(m_today, m_disposalDates.value(id));
}

std::pair<int, int> DepreciationLedger::chargedMonths(const AssetFacts &asset,
                                                      const DepreciationSchedule &schedule) const
{
    if (!schedule.depreciates() || asset.depreciationBookIndex == kNoLink)
        return {1, 0};
    const int first = std::max(m_firstMonth, schedule.firstChargeMonth());
    const int last = std::min({m_latestMonth, schedule.lastChargeMonth(), stopMonth(asset.id)});
    return {first, last};
}

const DepreciationLedger::Run *DepreciationLedger::runFor(int bookIndex, int month) const
{
    if (month < m_firstMonth || month > m_latestMonth || bookIndex < 0 || bookIndex >= m_bookRank.size())
        return nullptr;
    return &m_runs.at((month - m_firstMonth) * m_bookRank.size() + m_bookRank.at(bookIndex));
}

const QList<DepreciationLedger::Run> &DepreciationLedger::runs()
{
    refresh();
    return m_runs;
}

const DepreciationLedger::Run *DepreciationLedger::findRun(const QUuid &id)
{
    refresh();
    const auto found = m_runById.constFind(id);
    return found == m_runById.cend() ? nullptr : &m_runs.at(found.value());
}

const DepreciationLedger::Run *DepreciationLedger::findRunByJournalBatch(const QUuid &batchId)
{
    refresh();
    const auto found = m_runByJournalBatch.constFind(batchId);
    return found == m_runByJournalBatch.cend() ? nullptr : &m_runs.at(found.value());
}

DepreciationLedger::AssetPositions DepreciationLedger::assetsOfRun(const Run &run)
{
    refresh();
    for (qsizetype i = 0; i < m_runAssetsCache.size(); ++i) {
        if (m_runAssetsCache.at(i).first == run.id) {
            m_runAssetsCache.move(i, 0);
            return m_runAssetsCache.constFirst().second;
        }
    }

    auto positions = std::make_shared<QList<qsizetype>>();
    positions->reserve(run.entryCount);
    for (qsizetype position = 0; position < m_assets->size(); ++position) {
        const AssetFacts &asset = m_assets->facts(position);
        if (asset.depreciationBookIndex != run.bookIndex)
            continue;
        const DepreciationSchedule schedule = scheduleOf(asset.id, asset.basis);
        const auto [first, last] = chargedMonths(asset, schedule);
        if (run.month >= first && run.month <= last && schedule.chargeIn(run.month).amountCents != 0)
            positions->append(position);
    }
    Q_ASSERT(positions->size() == run.entryCount);

    m_runAssetsCache.prepend({run.id, positions});
    if (m_runAssetsCache.size() > kRunAssetsCacheSize)
        m_runAssetsCache.removeLast();
    return positions;
}

DepreciationLedger::Entry DepreciationLedger::entryOfRun(const Run &run, qsizetype index)
{
    const AssetPositions positions = assetsOfRun(run);
    const AssetFacts &asset = m_assets->facts(positions->at(index));
    Entry entry;
    entry.run = &run;
    entry.asset = &asset;
    entry.charge = scheduleOf(asset.id, asset.basis).chargeIn(run.month);
    return entry;
}

qsizetype DepreciationLedger::totalEntryCount()
{
    refresh();
    return m_entryOffsets.constLast();
}

DepreciationLedger::Entry DepreciationLedger::entryAt(qsizetype index)
{
    refresh();
    // The run whose range contains `index`: the last offset not above it.
    const auto next = std::upper_bound(m_entryOffsets.cbegin(), m_entryOffsets.cend() - 1, index);
    const qsizetype runIndex = (next - m_entryOffsets.cbegin()) - 1;
    return entryOfRun(m_runs.at(runIndex), index - m_entryOffsets.at(runIndex));
}

QList<DepreciationLedger::Entry> DepreciationLedger::entriesOfAsset(const AssetFacts &asset)
{
    refresh();
    QList<Entry> entries;
    const DepreciationSchedule schedule = scheduleOf(asset.id, asset.basis);
    const auto [first, last] = chargedMonths(asset, schedule);
    for (int month = first; month <= last; ++month) {
        Entry entry;
        entry.run = runFor(asset.depreciationBookIndex, month);
        entry.asset = &asset;
        entry.charge = schedule.chargeIn(month);
        if (entry.run && entry.charge.amountCents != 0)
            entries.append(entry);
    }
    return entries;
}

qint64 DepreciationLedger::accumulatedDepreciation(const QUuid &id, const DepreciationBasis &basis)
{
    rebuildEvents();
    return basis.costCents - scheduleOf(id, basis).netBookValueAt(stopMonth(id));
}

} // namespace Activo::Sandbox
