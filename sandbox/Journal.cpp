#include "Journal.h"

#include <algorithm>
#include <cstdlib>

namespace Activo::Sandbox {

namespace {

QString assetCodeOf(const AssetRegister &assets, const QUuid &assetId)
{
    const AssetFacts *facts = assets.findFacts(assetId);
    return facts ? facts->assetCode : assetId.toString(QUuid::WithoutBraces);
}

// Appends a line with a debit (`cents` > 0) or a credit (`cents` < 0). Zero
// amounts add no line. A batch has at most one line per asset and account,
// so the id derives from the batch, the asset and the account, and stays
// the same when other lines come or go.
void appendLine(QList<JournalLine> &lines, const QUuid &batchId, QLatin1String account, qint64 cents,
                const QString &description, const QUuid &assetId)
{
    if (cents == 0)
        return;
    JournalLine line;
    line.id = QUuid::createUuidV5(batchId, assetId.toRfc4122() + QByteArray(account.data(), account.size()));
    line.accountCode = account;
    line.debitCents = std::max<qint64>(cents, 0);
    line.creditCents = std::max<qint64>(-cents, 0);
    line.description = description;
    line.assetId = assetId;
    lines.append(line);
}

// Returns the total debit of a disposal batch: the accumulated depreciation,
// the proceeds and a loss, as journalLines() writes them.
qint64 disposalTotal(const DisposalRecord &disposal)
{
    const qint64 loss = std::max<qint64>(0, -disposal.gainOrLossCents());
    return disposal.accumulatedDepreciationCents + disposal.proceedsCents + loss;
}

} // namespace

QString journalEventName(JournalEvent event)
{
    switch (event) {
    case JournalEvent::Depreciation:
        return QStringLiteral("Depreciation");
    case JournalEvent::Revaluation:
        return QStringLiteral("Revaluation");
    case JournalEvent::Disposal:
        return QStringLiteral("Disposal");
    }
    Q_UNREACHABLE();
}

QList<JournalBatch> journalBatches(DepreciationLedger &ledger, const CompanyHistory &history)
{
    QList<JournalBatch> batches;
    const QList<DepreciationLedger::Run> &runs = ledger.runs();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const DepreciationLedger::Run &run = runs.at(i);
        batches.append({run.journalBatchId, JournalEvent::Depreciation, run.id, run.runDate(), run.totalCents, i});
    }
    for (qsizetype i = 0; i < history.revaluations.size(); ++i) {
        const RevaluationRecord &revaluation = history.revaluations.at(i);
        const qint64 change = revaluation.newValueCents - revaluation.previousValueCents;
        batches.append({revaluation.journalBatchId, JournalEvent::Revaluation, revaluation.id,
                        revaluation.revaluationDate, std::abs(change), i});
    }
    for (qsizetype i = 0; i < history.disposals.size(); ++i) {
        const DisposalRecord &disposal = history.disposals.at(i);
        batches.append({disposal.journalBatchId, JournalEvent::Disposal, disposal.id, disposal.disposalDate,
                        disposalTotal(disposal), i});
    }

    std::stable_sort(batches.begin(), batches.end(), [](const JournalBatch &left, const JournalBatch &right) {
        if (left.postedDate != right.postedDate)
            return left.postedDate < right.postedDate;
        return int(left.event) < int(right.event);
    });
    return batches;
}

QList<JournalLine> journalLines(const JournalBatch &batch, DepreciationLedger &ledger, const CompanyHistory &history,
                                const AssetRegister &assets)
{
    QList<JournalLine> lines;
    switch (batch.event) {
    case JournalEvent::Depreciation: {
        const DepreciationLedger::Run &run = ledger.runs().at(batch.sourceIndex);
        lines.reserve(run.entryCount * 2);
        for (qsizetype i = 0; i < run.entryCount; ++i) {
            const DepreciationLedger::Entry entry = ledger.entryOfRun(run, i);
            const QString description = QStringLiteral("Depreciation - ") + entry.asset->assetCode;
            appendLine(lines, batch.id, Account::kDepreciationExpense, entry.charge.amountCents, description,
                       entry.asset->id);
            appendLine(lines, batch.id, Account::kAccumulatedDepreciation, -entry.charge.amountCents, description,
                       entry.asset->id);
        }
        break;
    }
    case JournalEvent::Revaluation: {
        // The revaluation moves the net book value through accumulated
        // depreciation, so the cost stays as acquired. An increase goes to
        // the revaluation surplus, a decrease to the revaluation loss.
        const RevaluationRecord &revaluation = history.revaluations.at(batch.sourceIndex);
        const qint64 change = revaluation.newValueCents - revaluation.previousValueCents;
        const QString description =
            QStringLiteral("Revaluation - ") + assetCodeOf(assets, revaluation.assetId);
        if (change > 0) {
            appendLine(lines, batch.id, Account::kAccumulatedDepreciation, change, description, revaluation.assetId);
            appendLine(lines, batch.id, Account::kRevaluationSurplus, -change, description, revaluation.assetId);
        } else {
            appendLine(lines, batch.id, Account::kRevaluationLoss, -change, description, revaluation.assetId);
            appendLine(lines, batch.id, Account::kAccumulatedDepreciation, change, description, revaluation.assetId);
        }
        break;
    }
    case JournalEvent::Disposal: {
        // The cost and the accumulated depreciation leave the books, the
        // proceeds go to the bank, and the difference is a gain or a loss.
        const DisposalRecord &disposal = history.disposals.at(batch.sourceIndex);
        const QString description = QStringLiteral("Disposal - ") + assetCodeOf(assets, disposal.assetId);
        const qint64 gainOrLoss = disposal.gainOrLossCents();
        appendLine(lines, batch.id, Account::kAccumulatedDepreciation, disposal.accumulatedDepreciationCents,
                   description, disposal.assetId);
        appendLine(lines, batch.id, Account::kBank, disposal.proceedsCents, description, disposal.assetId);
        appendLine(lines, batch.id, Account::kLossOnDisposal, std::max<qint64>(0, -gainOrLoss), description,
                   disposal.assetId);
        appendLine(lines, batch.id, Account::kAssetCost, -disposal.costCents, description, disposal.assetId);
        appendLine(lines, batch.id, Account::kGainOnDisposal, -std::max<qint64>(0, gainOrLoss), description,
                   disposal.assetId);
        break;
    }
    }
    return lines;
}

} // namespace Activo::Sandbox
