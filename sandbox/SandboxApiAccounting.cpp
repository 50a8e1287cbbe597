// GET routes of the accounting records: fiscal years, depreciation runs and
// entries, journal batches, disposals and revaluations.

#include "SandboxApi.h"

#include "Journal.h"
#include "Paging.h"
#include "RecordJson.h"

#include <algorithm>

namespace Activo::Sandbox {

namespace {

// Finds the batch with `id` among `batches`, or returns nullptr.
const JournalBatch *findBatch(const QList<JournalBatch> &batches, const QUuid &id)
{
    const auto found = std::find_if(batches.cbegin(), batches.cend(),
                                    [&id](const JournalBatch &batch) { return batch.id == id; });
    return found == batches.cend() ? nullptr : &*found;
}

} // namespace

ApiReply SandboxApi::listFiscalYears(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    // Calendar years from the earliest acquisition up to --today, written
    // assets included, so every depreciation entry falls in a listed year.
    const int currentYear = m_options.today.year();
    int firstYear = currentYear;
    const AssetRegister &assets = *company->assets;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QDate acquired = assets.facts(i).basis.acquired;
        if (acquired.isValid() && acquired <= m_options.today)
            firstYear = std::min(firstYear, acquired.year());
    }

    const QUuid companyId = company->uuid;
    return generatedPageReply(currentYear - firstYear + 1, *window, [companyId, firstYear, currentYear](qsizetype index) {
        const int year = firstYear + int(index);
        const QUuid id = QUuid::createUuidV5(companyId, QByteArrayLiteral("fiscal-year:") + QByteArray::number(year));
        return fiscalYearJson(id, year, year < currentYear);
    });
}

ApiReply SandboxApi::listDepreciationRuns(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    const QList<DepreciationLedger::Run> &runs = company->ledger->runs();
    return generatedPageReply(runs.size(), *window, [&runs, company](qsizetype index) {
        return depreciationRunJson(runs.at(index), company->lookupRecords);
    });
}

ApiReply SandboxApi::getDepreciationRun(const ApiRequest &request, const QString &runId) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;

    const QUuid uuid = QUuid::fromString(runId);
    const DepreciationLedger::Run *run = uuid.isNull() ? nullptr : company->ledger->findRun(uuid);
    if (!run)
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Depreciation run not found.");
    return ApiReply::json(depreciationRunJson(*run, company->lookupRecords));
}

ApiReply SandboxApi::listDepreciationEntries(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;
    QUuid runId;
    QUuid assetId;
    if (!readIdFilter(request.query, QStringLiteral("runId"), &runId, &error)
        || !readIdFilter(request.query, QStringLiteral("assetId"), &assetId, &error)) {
        return error;
    }

    DepreciationLedger &ledger = *company->ledger;
    // An id that matches no run or asset filters everything out.
    const DepreciationLedger::Run *run = runId.isNull() ? nullptr : ledger.findRun(runId);
    if (!runId.isNull() && !run)
        return generatedPageReply(0, *window, [](qsizetype) { return QByteArray(); });

    if (!assetId.isNull()) {
        const AssetFacts *asset = company->assets->findFacts(assetId);
        QList<DepreciationLedger::Entry> entries = asset ? ledger.entriesOfAsset(*asset) : QList<DepreciationLedger::Entry>();
        if (run) {
            entries.removeIf([run](const DepreciationLedger::Entry &entry) { return entry.run != run; });
        }
        return generatedPageReply(entries.size(), *window, [&entries](qsizetype index) {
            return depreciationEntryJson(entries.at(index));
        });
    }

    if (run) {
        return generatedPageReply(run->entryCount, *window, [&ledger, run](qsizetype index) {
            return depreciationEntryJson(ledger.entryOfRun(*run, index));
        });
    }
    return generatedPageReply(ledger.totalEntryCount(), *window, [&ledger](qsizetype index) {
        return depreciationEntryJson(ledger.entryAt(index));
    });
}

ApiReply SandboxApi::listJournalBatches(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    const QList<JournalBatch> batches = journalBatches(*company->ledger, company->history);
    return generatedPageReply(batches.size(), *window, [&batches](qsizetype index) {
        return journalBatchJson(batches.at(index), nullptr);
    });
}

ApiReply SandboxApi::getJournalBatch(const ApiRequest &request, const QString &batchId) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;

    const QUuid uuid = QUuid::fromString(batchId);
    const QList<JournalBatch> batches = journalBatches(*company->ledger, company->history);
    const JournalBatch *batch = uuid.isNull() ? nullptr : findBatch(batches, uuid);
    if (!batch)
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Journal batch not found.");

    const QList<JournalLine> lines = journalLines(*batch, *company->ledger, company->history, *company->assets);
    return ApiReply::json(journalBatchJson(*batch, &lines));
}

ApiReply SandboxApi::listDisposals(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    const QList<DisposalRecord> &disposals = company->history.disposals;
    return generatedPageReply(disposals.size(), *window, [&disposals](qsizetype index) {
        return disposalJson(disposals.at(index));
    });
}

ApiReply SandboxApi::listRevaluations(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    const QList<RevaluationRecord> &revaluations = company->history.revaluations;
    return generatedPageReply(revaluations.size(), *window, [&revaluations](qsizetype index) {
        return revaluationJson(revaluations.at(index));
    });
}

} // namespace Activo::Sandbox
