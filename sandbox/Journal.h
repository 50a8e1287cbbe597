#pragma once

#include "AssetRegister.h"
#include "Dataset.h"
#include "DepreciationLedger.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace Activo::Sandbox {

// Account codes of the journal lines. The sandbox uses this small chart of
// accounts for every company.
namespace Account {
inline constexpr QLatin1String kBank("1100");
inline constexpr QLatin1String kAssetCost("1500");
inline constexpr QLatin1String kAccumulatedDepreciation("1510");
inline constexpr QLatin1String kRevaluationSurplus("3100");
inline constexpr QLatin1String kGainOnDisposal("4900");
inline constexpr QLatin1String kDepreciationExpense("6200");
inline constexpr QLatin1String kLossOnDisposal("6900");
inline constexpr QLatin1String kRevaluationLoss("6950");
} // namespace Account

enum class JournalEvent {
    Depreciation,
    Revaluation,
    Disposal,
};

// Header of a journal batch. `sourceIndex` is the index of the run in
// DepreciationLedger::runs(), or of the record in the history list of its
// event type.
struct JournalBatch
{
    QUuid id;
    JournalEvent event = JournalEvent::Depreciation;
    QUuid sourceId;
    QDate postedDate;
    qint64 totalCents = 0; // total debit, which equals the total credit
    qsizetype sourceIndex = 0;
};

struct JournalLine
{
    QUuid id;
    QLatin1String accountCode;
    qint64 debitCents = 0;
    qint64 creditCents = 0;
    QString description;
    QUuid assetId;
};

// Returns "Depreciation", "Revaluation" or "Disposal".
QString journalEventName(JournalEvent event);

// Returns one batch per depreciation run, revaluation and disposal, sorted
// by posting date. On one date, depreciation comes before revaluations,
// because a revaluation applies after the month's charge, and those before
// disposals.
QList<JournalBatch> journalBatches(DepreciationLedger &ledger, const CompanyHistory &history);

// Returns the lines of `batch`. Every line has either a debit or a credit,
// and the debits add up to the credits, both equal to batch.totalCents.
// Descriptions name the asset by its current assetCode.
QList<JournalLine> journalLines(const JournalBatch &batch, DepreciationLedger &ledger, const CompanyHistory &history,
                                const AssetRegister &assets);

} // namespace Activo::Sandbox
