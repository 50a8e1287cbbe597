// GET routes of the audit records: count sessions and results, transfers,
// check-outs and reservations.

#include "SandboxApi.h"

#include "Paging.h"
#include "RecordJson.h"

#include <algorithm>

namespace Activo::Sandbox {

namespace {

// Returns the page of the records that `matches` accepts, each serialised by
// `toJson`. A null `filter` accepts every record.
template <typename Record, typename Matches, typename ToJson>
ApiReply filteredPage(const QList<Record> &records, const QUuid &filter, const PageWindow &window, Matches matches,
                      ToJson toJson)
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (filter.isNull() || matches(records.at(i)))
            indexes.append(i);
    }
    return generatedPageReply(indexes.size(), window, [&records, &indexes, &toJson](qsizetype index) {
        return toJson(records.at(indexes.at(index)));
    });
}

} // namespace

ApiReply SandboxApi::listCountSessions(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    const QList<CountSessionRecord> &sessions = company->history.countSessions;
    return generatedPageReply(sessions.size(), *window, [&sessions](qsizetype index) {
        return countSessionJson(sessions.at(index));
    });
}

ApiReply SandboxApi::getCountSession(const ApiRequest &request, const QString &sessionId) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;

    const QUuid uuid = QUuid::fromString(sessionId);
    const QList<CountSessionRecord> &sessions = company->history.countSessions;
    const auto found = std::find_if(sessions.cbegin(), sessions.cend(), [&uuid](const CountSessionRecord &session) {
        return !uuid.isNull() && session.id == uuid;
    });
    if (found == sessions.cend())
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Count session not found.");
    return ApiReply::json(countSessionJson(*found));
}

ApiReply SandboxApi::listCountResults(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;
    QUuid sessionId;
    if (!readIdFilter(request.query, QStringLiteral("sessionId"), &sessionId, &error))
        return error;

    return filteredPage(
        company->history.countResults, sessionId, *window,
        [&sessionId](const CountResultRecord &result) { return result.countSessionId == sessionId; },
        [company](const CountResultRecord &result) { return countResultJson(result, company->lookupRecords); });
}

ApiReply SandboxApi::listTransfers(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;
    QUuid assetId;
    if (!readIdFilter(request.query, QStringLiteral("assetId"), &assetId, &error))
        return error;

    return filteredPage(
        company->history.transfers, assetId, *window,
        [&assetId](const TransferRecord &transfer) { return transfer.assetId == assetId; },
        [company](const TransferRecord &transfer) { return transferJson(transfer, company->lookupRecords); });
}

ApiReply SandboxApi::listCheckouts(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;
    QUuid assetId;
    if (!readIdFilter(request.query, QStringLiteral("assetId"), &assetId, &error))
        return error;

    return filteredPage(
        company->history.checkouts, assetId, *window,
        [&assetId](const CheckoutRecord &checkout) { return checkout.assetId == assetId; },
        [company](const CheckoutRecord &checkout) { return checkoutJson(checkout, company->lookupRecords); });
}

ApiReply SandboxApi::listReservations(const ApiRequest &request) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;
    QUuid assetId;
    if (!readIdFilter(request.query, QStringLiteral("assetId"), &assetId, &error))
        return error;

    const QDate today = m_options.today;
    return filteredPage(
        company->history.reservations, assetId, *window,
        [&assetId](const ReservationRecord &reservation) { return reservation.assetId == assetId; },
        [company, today](const ReservationRecord &reservation) {
            return reservationJson(reservation, company->lookupRecords, today);
        });
}

} // namespace Activo::Sandbox
