// The lifecycle actions POST /assets/{id}/transfer, checkout, checkin,
// reserve and dispose.
//
// Each action checks its body in member order and returns the first
// problem as a 400 sentence that names the member. The business rules run
// after that. Dates default to the sandbox's --today date.

#include "SandboxApi.h"

#include "JsonPayload.h"
#include "Logging.h"
#include "RecordJson.h"

#include <algorithm>

namespace Activo::Sandbox {

namespace {

const QString kDisposedStatus = QStringLiteral("Disposed");

ApiReply badRequest(const QString &message)
{
    return ApiReply::error(ApiReply::StatusCode::BadRequest, message);
}

// Reads the body of an action. An empty body counts as {}, because some
// actions need no member at all.
std::optional<Payload> readActionBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Payload({});
    const std::optional<QList<RawJsonMember>> members = readObjectMembers(body);
    if (!members)
        return std::nullopt;
    return Payload(*members);
}

// Reads the required member `name` that contains the id of a record of `kind`
// in this company. `recordNoun` has its article, such as "a location".
QString readRequiredLink(const Payload &payload, const QString &name, LookupKind kind, const QString &recordNoun,
                         const LookupIds &lookups, int *index)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("%1 is required.").arg(name);
    if (!value.isString())
        return QStringLiteral("%1 must be a string.").arg(name);
    const QUuid id = QUuid::fromString(value.toString());
    *index = id.isNull() ? kNoLink : lookups.indexOf(kind, id);
    if (*index == kNoLink)
        return QStringLiteral("%1 %2 does not match %3 of this company.").arg(name, quoted(value.toString()), recordNoun);
    return {};
}

// Reads a date that defaults to `today`.
QString readDateOrToday(const Payload &payload, const QString &name, QDate today, QDate *date)
{
    const QString error = readDate(payload, name, date);
    if (error.isEmpty() && !date->isValid())
        *date = today;
    return error;
}

QString notAfterToday(const QString &name, QDate date, QDate today)
{
    if (date <= today)
        return {};
    return QStringLiteral("%1 must not be after today (%2).").arg(name, today.toString(Qt::ISODate));
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Inserts `record` after the records whose `date` is not later, so each list
// stays in date order with equal dates in insertion order.
template <typename Record>
void insertByDate(QList<Record> &records, Record record, QDate Record::*date)
{
    const auto position = std::upper_bound(records.begin(), records.end(), record.*date,
                                           [date](QDate value, const Record &other) { return value < other.*date; });
    records.insert(position, std::move(record));
}

bool reservationCovers(const ReservationRecord &reservation, QDate day)
{
    return !reservation.cancelled && reservation.startDate <= day && day <= reservation.endDate;
}

} // namespace

ApiReply SandboxApi::runLifecycleAction(const ApiRequest &request, const QString &assetId, LifecycleAction action)
{
    ApiReply error;
    Company *company = findCompany(request, &error);
    if (!company)
        return error;

    const QUuid uuid = QUuid::fromString(assetId);
    const std::optional<QByteArrayView> json = uuid.isNull() ? std::nullopt : company->assets->find(uuid);
    if (!json)
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Asset not found.");

    // The stored JSON passes the same checks as a write, and reading it back
    // gives the record with its extra members, so an action changes only
    // the fields it is about.
    AssetWriteResult stored = readAssetWrite(json->toByteArray(), *company->lookupIds);
    Q_ASSERT(stored.asset);
    if (!stored.asset) {
        qCWarning(lcSandbox, "cannot read back stored asset %s: %s", qUtf8Printable(assetId),
                  qUtf8Printable(stored.error));
        return ApiReply::error(ApiReply::StatusCode::InternalServerError, u"The stored asset cannot be read.");
    }
    AssetRecord &asset = *stored.asset;
    asset.id = uuid.toString(QUuid::WithoutBraces);

    const QList<DisposalRecord> &disposals = company->history.disposals;
    const bool disposed = asset.status == kDisposedStatus
        || std::any_of(disposals.cbegin(), disposals.cend(),
                       [&uuid](const DisposalRecord &disposal) { return disposal.assetId == uuid; });
    if (disposed)
        return badRequest(QStringLiteral("Asset is disposed."));

    switch (action) {
    case LifecycleAction::Transfer:
        return transferAsset(*company, std::move(asset), request);
    case LifecycleAction::Checkout:
        return checkoutAsset(*company, std::move(asset), request);
    case LifecycleAction::Checkin:
        return checkinAsset(*company, std::move(asset), request);
    case LifecycleAction::Reserve:
        return reserveAsset(*company, std::move(asset), request);
    case LifecycleAction::Dispose:
        return disposeAsset(*company, std::move(asset), request);
    }
    Q_UNREACHABLE();
}

ApiReply SandboxApi::transferAsset(Company &company, AssetRecord asset, const ApiRequest &request)
{
    const std::optional<Payload> payload = readActionBody(request.body);
    if (!payload)
        return badRequest(QStringLiteral("The request body is not a JSON object."));

    TransferRecord transfer;
    QString error = readRequiredLink(*payload, QStringLiteral("toLocationId"), LookupKind::Location,
                                     QStringLiteral("a location"), *company.lookupIds, &transfer.toLocationIndex);
    if (error.isEmpty())
        error = readDateOrToday(*payload, QStringLiteral("transferDate"), m_options.today, &transfer.transferDate);
    if (error.isEmpty())
        error = readOptionalText(*payload, QStringLiteral("reason"), &transfer.reason);
    if (!error.isEmpty())
        return badRequest(error);

    const LookupRecord &destination = company.lookupRecords.lookup(LookupKind::Location).at(transfer.toLocationIndex);
    if (!destination.isActive)
        return badRequest(QStringLiteral("Location %1 is inactive, so assets cannot be transferred to it.")
                              .arg(quoted(destination.code)));
    if (transfer.toLocationIndex == asset.locationIndex)
        return badRequest(QStringLiteral("The asset is already at location %1.").arg(quoted(destination.code)));
    error = notAfterToday(QStringLiteral("transferDate"), transfer.transferDate, m_options.today);
    if (!error.isEmpty())
        return badRequest(error);

    // The current location is the destination of the latest transfer, so a
    // new one must not predate it.
    const QUuid assetId = QUuid::fromString(asset.id);
    QDate latestTransfer;
    for (const TransferRecord &previous : std::as_const(company.history.transfers)) {
        if (previous.assetId == assetId)
            latestTransfer = std::max(latestTransfer, previous.transferDate);
    }
    if (latestTransfer.isValid() && transfer.transferDate < latestTransfer) {
        return badRequest(QStringLiteral("transferDate must not be before %1, the date of the asset's latest "
                                         "transfer.")
                              .arg(dateText(latestTransfer)));
    }

    transfer.id = QUuid::createUuid();
    transfer.assetId = assetId;
    transfer.fromLocationIndex = asset.locationIndex;
    const QByteArray json = transferJson(transfer, company.lookupRecords);
    insertByDate(company.history.transfers, transfer, &TransferRecord::transferDate);

    asset.locationIndex = transfer.toLocationIndex;
    storeAssetRecord(company, std::move(asset), request);
    qCInfo(lcSandbox, "transferred asset %s to location %s in company %s (request=%s)",
           qUtf8Printable(assetId.toString(QUuid::WithoutBraces)), qUtf8Printable(destination.code),
           qUtf8Printable(company.id), request.requestId.constData());
    return ApiReply::json(json, ApiReply::StatusCode::Created);
}

ApiReply SandboxApi::checkoutAsset(Company &company, AssetRecord asset, const ApiRequest &request)
{
    const std::optional<Payload> payload = readActionBody(request.body);
    if (!payload)
        return badRequest(QStringLiteral("The request body is not a JSON object."));

    CheckoutRecord checkout;
    QString error = readRequiredLink(*payload, QStringLiteral("employeeId"), LookupKind::Employee,
                                     QStringLiteral("an employee"), *company.lookupIds, &checkout.employeeIndex);
    if (error.isEmpty())
        error = readDateOrToday(*payload, QStringLiteral("checkoutDate"), m_options.today, &checkout.checkoutDate);
    if (error.isEmpty())
        error = readDate(*payload, QStringLiteral("expectedReturnDate"), &checkout.expectedReturnDate);
    if (error.isEmpty())
        error = readOptionalText(*payload, QStringLiteral("notes"), &checkout.notes);
    if (error.isEmpty())
        error = notAfterToday(QStringLiteral("checkoutDate"), checkout.checkoutDate, m_options.today);
    if (error.isEmpty() && checkout.expectedReturnDate.isValid()
        && checkout.expectedReturnDate < checkout.checkoutDate) {
        error = QStringLiteral("expectedReturnDate must not be before checkoutDate.");
    }
    if (!error.isEmpty())
        return badRequest(error);

    const QUuid assetId = QUuid::fromString(asset.id);
    QDate lastReturn;
    for (const CheckoutRecord &previous : std::as_const(company.history.checkouts)) {
        if (previous.assetId != assetId)
            continue;
        if (previous.isOpen())
            return badRequest(QStringLiteral("Asset is already checked out."));
        lastReturn = std::max(lastReturn, previous.actualReturnDate);
    }
    if (lastReturn.isValid() && checkout.checkoutDate < lastReturn) {
        return badRequest(QStringLiteral("checkoutDate must not be before %1, when the asset was last returned.")
                              .arg(dateText(lastReturn)));
    }

    checkout.id = QUuid::createUuid();
    checkout.assetId = assetId;
    const QByteArray json = checkoutJson(checkout, company.lookupRecords);
    insertByDate(company.history.checkouts, checkout, &CheckoutRecord::checkoutDate);

    asset.availability = QStringLiteral("CheckedOut");
    storeAssetRecord(company, std::move(asset), request);
    qCInfo(lcSandbox, "checked out asset %s in company %s (request=%s)",
           qUtf8Printable(assetId.toString(QUuid::WithoutBraces)), qUtf8Printable(company.id),
           request.requestId.constData());
    return ApiReply::json(json, ApiReply::StatusCode::Created);
}

ApiReply SandboxApi::checkinAsset(Company &company, AssetRecord asset, const ApiRequest &request)
{
    const std::optional<Payload> payload = readActionBody(request.body);
    if (!payload)
        return badRequest(QStringLiteral("The request body is not a JSON object."));

    QDate returnDate;
    std::optional<QString> condition;
    std::optional<QString> damageNotes;
    QString error = readDateOrToday(*payload, QStringLiteral("actualReturnDate"), m_options.today, &returnDate);
    if (error.isEmpty())
        error = readOptionalText(*payload, QStringLiteral("returnCondition"), &condition);
    if (error.isEmpty() && condition && condition->trimmed().isEmpty())
        error = QStringLiteral("returnCondition must not be empty.");
    if (error.isEmpty())
        error = readOptionalText(*payload, QStringLiteral("damageNotes"), &damageNotes);
    if (error.isEmpty())
        error = notAfterToday(QStringLiteral("actualReturnDate"), returnDate, m_options.today);
    if (!error.isEmpty())
        return badRequest(error);

    const QUuid assetId = QUuid::fromString(asset.id);
    QList<CheckoutRecord> &checkouts = company.history.checkouts;
    const auto open = std::find_if(checkouts.begin(), checkouts.end(), [&assetId](const CheckoutRecord &checkout) {
        return checkout.assetId == assetId && checkout.isOpen();
    });
    if (open == checkouts.end())
        return badRequest(QStringLiteral("Asset is not checked out."));
    if (returnDate < open->checkoutDate) {
        return badRequest(QStringLiteral("actualReturnDate must not be before checkoutDate (%1).")
                              .arg(dateText(open->checkoutDate)));
    }

    open->actualReturnDate = returnDate;
    open->returnCondition = condition.value_or(QStringLiteral("Good"));
    open->damageNotes = damageNotes;
    const QByteArray json = checkoutJson(*open, company.lookupRecords);

    // A reservation that covers today makes the returned asset "Reserved".
    const QList<ReservationRecord> &reservations = company.history.reservations;
    const bool reserved = std::any_of(reservations.cbegin(), reservations.cend(),
                                      [this, &assetId](const ReservationRecord &reservation) {
                                          return reservation.assetId == assetId
                                              && reservationCovers(reservation, m_options.today);
                                      });
    asset.availability = reserved ? QStringLiteral("Reserved") : QStringLiteral("Available");
    storeAssetRecord(company, std::move(asset), request);
    qCInfo(lcSandbox, "checked in asset %s in company %s (request=%s)",
           qUtf8Printable(assetId.toString(QUuid::WithoutBraces)), qUtf8Printable(company.id),
           request.requestId.constData());
    return ApiReply::json(json);
}

ApiReply SandboxApi::reserveAsset(Company &company, AssetRecord asset, const ApiRequest &request)
{
    const std::optional<Payload> payload = readActionBody(request.body);
    if (!payload)
        return badRequest(QStringLiteral("The request body is not a JSON object."));

    ReservationRecord reservation;
    QString error = readRequiredLink(*payload, QStringLiteral("employeeId"), LookupKind::Employee,
                                     QStringLiteral("an employee"), *company.lookupIds, &reservation.employeeIndex);
    if (error.isEmpty())
        error = readDateOrToday(*payload, QStringLiteral("startDate"), m_options.today, &reservation.startDate);
    if (error.isEmpty())
        error = readDateOrToday(*payload, QStringLiteral("endDate"), reservation.startDate, &reservation.endDate);
    if (error.isEmpty())
        error = readOptionalText(*payload, QStringLiteral("notes"), &reservation.notes);
    if (error.isEmpty() && reservation.endDate < reservation.startDate)
        error = QStringLiteral("endDate must not be before startDate.");
    if (!error.isEmpty())
        return badRequest(error);

    const QUuid assetId = QUuid::fromString(asset.id);
    for (const ReservationRecord &other : std::as_const(company.history.reservations)) {
        if (other.assetId == assetId && !other.cancelled && other.startDate <= reservation.endDate
            && reservation.startDate <= other.endDate) {
            return badRequest(QStringLiteral("The asset is already reserved from %1 to %2.")
                                  .arg(dateText(other.startDate), dateText(other.endDate)));
        }
    }

    reservation.id = QUuid::createUuid();
    reservation.assetId = assetId;
    const QByteArray json = reservationJson(reservation, company.lookupRecords, m_options.today);
    insertByDate(company.history.reservations, reservation, &ReservationRecord::startDate);

    if (reservationCovers(reservation, m_options.today) && asset.availability == QLatin1String("Available")) {
        asset.availability = QStringLiteral("Reserved");
        storeAssetRecord(company, std::move(asset), request);
    }
    qCInfo(lcSandbox, "reserved asset %s from %s to %s in company %s (request=%s)",
           qUtf8Printable(assetId.toString(QUuid::WithoutBraces)), qUtf8Printable(dateText(reservation.startDate)),
           qUtf8Printable(dateText(reservation.endDate)), qUtf8Printable(company.id), request.requestId.constData());
    return ApiReply::json(json, ApiReply::StatusCode::Created);
}

ApiReply SandboxApi::disposeAsset(Company &company, AssetRecord asset, const ApiRequest &request)
{
    const std::optional<Payload> payload = readActionBody(request.body);
    if (!payload)
        return badRequest(QStringLiteral("The request body is not a JSON object."));

    DisposalRecord disposal;
    QString error = readDateOrToday(*payload, QStringLiteral("disposalDate"), m_options.today, &disposal.disposalDate);
    if (error.isEmpty())
        error = readAmount(*payload, QStringLiteral("proceeds"), &disposal.proceedsCents);
    if (error.isEmpty())
        error = readOptionalText(*payload, QStringLiteral("reason"), &disposal.reason);
    if (error.isEmpty())
        error = notAfterToday(QStringLiteral("disposalDate"), disposal.disposalDate, m_options.today);
    // Runs up to the latest one are posted, so a disposal inside them would
    // change posted depreciation.
    const QDate latestRun = company.ledger->latestRunDate();
    if (error.isEmpty() && disposal.disposalDate < latestRun) {
        error = QStringLiteral("disposalDate must not be before %1, the date of the latest depreciation run.")
                    .arg(dateText(latestRun));
    }
    if (error.isEmpty() && asset.acquisitionDate.isValid() && disposal.disposalDate < asset.acquisitionDate) {
        error = QStringLiteral("disposalDate must not be before acquisitionDate (%1).")
                    .arg(dateText(asset.acquisitionDate));
    }
    if (!error.isEmpty())
        return badRequest(error);

    const QUuid assetId = QUuid::fromString(asset.id);
    const QList<CheckoutRecord> &checkouts = company.history.checkouts;
    const bool checkedOut = std::any_of(checkouts.cbegin(), checkouts.cend(), [&assetId](const CheckoutRecord &checkout) {
        return checkout.assetId == assetId && checkout.isOpen();
    });
    if (checkedOut)
        return badRequest(QStringLiteral("Asset is checked out. Check it in before disposing of it."));

    disposal.id = QUuid::createUuid();
    disposal.assetId = assetId;
    disposal.journalBatchId = QUuid::createUuid();
    disposal.costCents = asset.acquisitionCostCents;
    insertByDate(company.history.disposals, disposal, &DisposalRecord::disposalDate);
    company.ledger->invalidate();

    // The disposal date is not before the latest run, so the accumulated
    // depreciation is the asset's current one. It is stored with the record
    // so that later writes to the asset do not change the disposal.
    DepreciationBasis basis;
    basis.costCents = asset.acquisitionCostCents;
    basis.salvageCents = asset.salvageValueCents;
    basis.usefulLifeMonths = asset.usefulLifeMonths;
    basis.acquired = asset.acquisitionDate;
    const qint64 accumulated = company.ledger->accumulatedDepreciation(assetId, basis);
    QList<DisposalRecord> &disposals = company.history.disposals;
    const auto stored = std::find_if(disposals.begin(), disposals.end(),
                                     [&disposal](const DisposalRecord &record) { return record.id == disposal.id; });
    stored->accumulatedDepreciationCents = accumulated;
    const QByteArray json = disposalJson(*stored);

    // Reservations that have not ended lose their purpose.
    for (ReservationRecord &reservation : company.history.reservations) {
        if (reservation.assetId == assetId && reservation.endDate >= m_options.today)
            reservation.cancelled = true;
    }

    asset.status = kDisposedStatus;
    asset.availability = QStringLiteral("Unavailable");
    storeAssetRecord(company, std::move(asset), request);
    qCInfo(lcSandbox, "disposed of asset %s on %s in company %s (request=%s)",
           qUtf8Printable(assetId.toString(QUuid::WithoutBraces)), qUtf8Printable(dateText(disposal.disposalDate)),
           qUtf8Printable(company.id), request.requestId.constData());
    return ApiReply::json(json, ApiReply::StatusCode::Created);
}

} // namespace Activo::Sandbox
