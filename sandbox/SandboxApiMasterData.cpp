// POST and PUT of the six master-data resources.

#include "SandboxApi.h"

#include "Logging.h"
#include "MasterDataWrite.h"
#include "ResourceJson.h"

#include <algorithm>
#include <numeric>

namespace Activo::Sandbox {

namespace {

// Returns the index of the record of `records` whose code equals `code` when
// both are case-folded, skipping `ignoredIndex`, or kNoLink.
int findCode(const QList<LookupRecord> &records, const QString &code, int ignoredIndex)
{
    const QString folded = code.toCaseFolded();
    for (int index = 0; index < records.size(); ++index) {
        if (index != ignoredIndex && records.at(index).code.toCaseFolded() == folded)
            return index;
    }
    return kNoLink;
}

} // namespace

void SandboxApi::rebuildLookupList(Company &company, LookupKind kind)
{
    const QList<LookupRecord> &records = company.lookupRecords.lookup(kind);
    QList<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&records](int left, int right) {
        return records.at(left).code < records.at(right).code;
    });

    QByteArrayList &items = company.lookups[std::size_t(kind)];
    items.clear();
    for (const int index : std::as_const(order))
        items.append(lookupJson(kind, records.at(index)));
}

ApiReply SandboxApi::createLookup(const ApiRequest &request, LookupKind kind)
{
    ApiReply error;
    Company *company = findCompany(request, &error);
    if (!company)
        return error;

    MasterDataWriteResult write = readMasterDataWrite(request.body, kind);
    if (!write.record)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, write.error);
    LookupRecord &record = *write.record;

    QList<LookupRecord> &records = company->lookupRecords.lookup(kind);
    if (findCode(records, record.code, kNoLink) != kNoLink)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, u"Code already in use.");

    QUuid id;
    do {
        id = QUuid::createUuid();
    } while (company->lookupIds->indexOf(kind, id) != kNoLink);
    record.id = id.toString(QUuid::WithoutBraces);

    // Appending keeps the index of every other record, which assets and
    // history records refer to.
    records.append(record);
    company->lookupIds->insert(kind, id, int(records.size() - 1));
    rebuildLookupList(*company, kind);
    if (kind == LookupKind::DepreciationBook)
        company->ledger->invalidate();
    qCInfo(lcSandbox, "created %s %s with code %s in company %s (request=%s)", qUtf8Printable(lookupNoun(kind).toLower()),
           qUtf8Printable(record.id), qUtf8Printable(record.code), qUtf8Printable(company->id),
           request.requestId.constData());

    return createdReply(*company, lookupPath(kind) + QLatin1Char('/') + record.id, lookupJson(kind, record));
}

ApiReply SandboxApi::updateLookup(const ApiRequest &request, LookupKind kind, const QString &recordId)
{
    ApiReply error;
    Company *company = findCompany(request, &error);
    if (!company)
        return error;

    // As for assets, an unknown id gives 404 before the body is checked.
    const QUuid uuid = QUuid::fromString(recordId);
    const int index = uuid.isNull() ? kNoLink : company->lookupIds->indexOf(kind, uuid);
    if (index == kNoLink)
        return ApiReply::error(ApiReply::StatusCode::NotFound, QString(lookupNoun(kind) + QStringLiteral(" not found.")));

    MasterDataWriteResult write = readMasterDataWrite(request.body, kind);
    if (!write.record)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, write.error);
    LookupRecord &record = *write.record;

    QList<LookupRecord> &records = company->lookupRecords.lookup(kind);
    if (findCode(records, record.code, index) != kNoLink)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, u"Code already in use.");

    const LookupRecord previous = records.at(index);
    record.id = previous.id;
    records[index] = record;
    rebuildLookupList(*company, kind);

    // Assets embed the code and name of their links, so those copies change
    // too. Employees are not linked to assets.
    qsizetype changedAssets = 0;
    if (kind != LookupKind::Employee && (previous.code != record.code || previous.name != record.name))
        changedAssets = company->assets->replaceInJson(linkMembersJson(kind, previous), linkMembersJson(kind, record));
    if (kind == LookupKind::DepreciationBook)
        company->ledger->invalidate();
    qCInfo(lcSandbox, "updated %s %s with code %s in company %s, %lld linked asset(s) changed (request=%s)",
           qUtf8Printable(lookupNoun(kind).toLower()), qUtf8Printable(record.id), qUtf8Printable(record.code),
           qUtf8Printable(company->id), static_cast<long long>(changedAssets), request.requestId.constData());

    return ApiReply::json(lookupJson(kind, record));
}

} // namespace Activo::Sandbox
