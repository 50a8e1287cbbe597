#include "RecordJson.h"

#include "JsonWriter.h"

namespace Activo::Sandbox {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void writeId(JsonWriter &writer, QLatin1String name, const QUuid &id)
{
    writer.key(name);
    if (id.isNull())
        writer.null();
    else
        writer.string(idText(id));
}

void writeDate(JsonWriter &writer, QLatin1String name, QDate date)
{
    writer.key(name);
    if (date.isValid())
        writer.string(date.toString(Qt::ISODate));
    else
        writer.null();
}

void writeText(JsonWriter &writer, QLatin1String name, const std::optional<QString> &text)
{
    writer.key(name);
    if (text)
        writer.string(*text);
    else
        writer.null();
}

void writeLookupId(JsonWriter &writer, QLatin1String name, const CompanyRecord &lookups, LookupKind kind, int index)
{
    writer.key(name);
    if (index == kNoLink)
        writer.null();
    else
        writer.string(lookups.lookup(kind).at(index).id);
}

QString countResultStatusName(CountResultStatus status)
{
    switch (status) {
    case CountResultStatus::Found:
        return QStringLiteral("Found");
    case CountResultStatus::Missing:
        return QStringLiteral("Missing");
    case CountResultStatus::Unexpected:
        return QStringLiteral("Unexpected");
    case CountResultStatus::Moved:
        return QStringLiteral("Moved");
    }
    Q_UNREACHABLE();
}

} // namespace

QByteArray fiscalYearJson(const QUuid &id, int year, bool isClosed)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(id));
    writer.memberInteger(QLatin1String("year"), year);
    writer.member(QLatin1String("startDate"), QDate(year, 1, 1).toString(Qt::ISODate));
    writer.member(QLatin1String("endDate"), QDate(year, 12, 31).toString(Qt::ISODate));
    writer.memberBoolean(QLatin1String("isClosed"), isClosed);
    writer.endObject();
    return writer.take();
}

QByteArray depreciationRunJson(const DepreciationLedger::Run &run, const CompanyRecord &lookups)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(run.id));
    writer.member(QLatin1String("postingPeriodId"), idText(run.postingPeriodId));
    writeLookupId(writer, QLatin1String("depreciationBookId"), lookups, LookupKind::DepreciationBook, run.bookIndex);
    writer.member(QLatin1String("runDate"), run.runDate().toString(Qt::ISODate));
    writer.member(QLatin1String("status"), u"Posted");
    writer.memberMoney(QLatin1String("totalDepreciation"), run.totalCents);
    writer.memberInteger(QLatin1String("entryCount"), run.entryCount);
    writer.endObject();
    return writer.take();
}

QByteArray depreciationEntryJson(const DepreciationLedger::Entry &entry)
{
    const QDate runDate = entry.run->runDate();
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(entry.id()));
    writer.member(QLatin1String("depreciationRunId"), idText(entry.run->id));
    writer.member(QLatin1String("assetId"), idText(entry.asset->id));
    writer.memberInteger(QLatin1String("year"), runDate.year());
    writer.memberInteger(QLatin1String("month"), runDate.month());
    writer.memberMoney(QLatin1String("openingNbv"), entry.charge.openingCents);
    writer.memberMoney(QLatin1String("depreciationAmount"), entry.charge.amountCents);
    writer.memberMoney(QLatin1String("closingNbv"), entry.charge.closingCents);
    writer.memberMoney(QLatin1String("accumulatedDepreciation"), entry.accumulatedCents());
    writer.endObject();
    return writer.take();
}

QByteArray journalBatchJson(const JournalBatch &batch, const QList<JournalLine> *lines)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(batch.id));
    writer.member(QLatin1String("eventType"), journalEventName(batch.event));
    writer.member(QLatin1String("sourceId"), idText(batch.sourceId));
    writer.member(QLatin1String("postedDate"), batch.postedDate.toString(Qt::ISODate));
    writer.member(QLatin1String("status"), u"Posted");
    writer.memberMoney(QLatin1String("totalDebit"), batch.totalCents);
    writer.memberMoney(QLatin1String("totalCredit"), batch.totalCents);
    if (lines) {
        writer.key(QLatin1String("lines"));
        writer.beginArray();
        for (const JournalLine &line : *lines) {
            writer.beginObject();
            writer.member(QLatin1String("id"), idText(line.id));
            writer.member(QLatin1String("accountCode"), QString(line.accountCode));
            writer.memberMoney(QLatin1String("debit"), line.debitCents);
            writer.memberMoney(QLatin1String("credit"), line.creditCents);
            writer.member(QLatin1String("description"), line.description);
            writeId(writer, QLatin1String("assetId"), line.assetId);
            writer.endObject();
        }
        writer.endArray();
    }
    writer.endObject();
    return writer.take();
}

QByteArray disposalJson(const DisposalRecord &disposal)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(disposal.id));
    writer.member(QLatin1String("assetId"), idText(disposal.assetId));
    writer.member(QLatin1String("disposalDate"), disposal.disposalDate.toString(Qt::ISODate));
    writer.memberMoney(QLatin1String("proceeds"), disposal.proceedsCents);
    writer.memberMoney(QLatin1String("netBookValueAtDisposal"), disposal.netBookValueCents());
    writer.memberMoney(QLatin1String("gainOrLoss"), disposal.gainOrLossCents());
    writeText(writer, QLatin1String("reason"), disposal.reason);
    writer.endObject();
    return writer.take();
}

QByteArray revaluationJson(const RevaluationRecord &revaluation)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(revaluation.id));
    writer.member(QLatin1String("assetId"), idText(revaluation.assetId));
    writer.member(QLatin1String("revaluationDate"), revaluation.revaluationDate.toString(Qt::ISODate));
    writer.memberMoney(QLatin1String("previousValue"), revaluation.previousValueCents);
    writer.memberMoney(QLatin1String("newValue"), revaluation.newValueCents);
    writer.member(QLatin1String("reason"), revaluation.reason);
    writer.endObject();
    return writer.take();
}

QByteArray transferJson(const TransferRecord &transfer, const CompanyRecord &lookups)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(transfer.id));
    writer.member(QLatin1String("assetId"), idText(transfer.assetId));
    writeLookupId(writer, QLatin1String("fromLocationId"), lookups, LookupKind::Location, transfer.fromLocationIndex);
    writeLookupId(writer, QLatin1String("toLocationId"), lookups, LookupKind::Location, transfer.toLocationIndex);
    writer.member(QLatin1String("transferDate"), transfer.transferDate.toString(Qt::ISODate));
    writeText(writer, QLatin1String("reason"), transfer.reason);
    writeId(writer, QLatin1String("sourceCountResultId"), transfer.sourceCountResultId);
    writer.endObject();
    return writer.take();
}

QByteArray checkoutJson(const CheckoutRecord &checkout, const CompanyRecord &lookups)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(checkout.id));
    writer.member(QLatin1String("assetId"), idText(checkout.assetId));
    writeLookupId(writer, QLatin1String("employeeId"), lookups, LookupKind::Employee, checkout.employeeIndex);
    writer.member(QLatin1String("checkoutDate"), checkout.checkoutDate.toString(Qt::ISODate));
    writeDate(writer, QLatin1String("expectedReturnDate"), checkout.expectedReturnDate);
    writeDate(writer, QLatin1String("actualReturnDate"), checkout.actualReturnDate);
    writeText(writer, QLatin1String("notes"), checkout.notes);
    writeText(writer, QLatin1String("returnCondition"), checkout.returnCondition);
    writeText(writer, QLatin1String("damageNotes"), checkout.damageNotes);
    writer.endObject();
    return writer.take();
}

QString reservationStatus(const ReservationRecord &reservation, QDate today)
{
    if (reservation.cancelled)
        return QStringLiteral("Cancelled");
    if (today < reservation.startDate)
        return QStringLiteral("Scheduled");
    if (today <= reservation.endDate)
        return QStringLiteral("Active");
    return QStringLiteral("Completed");
}

QByteArray reservationJson(const ReservationRecord &reservation, const CompanyRecord &lookups, QDate today)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(reservation.id));
    writer.member(QLatin1String("assetId"), idText(reservation.assetId));
    writeLookupId(writer, QLatin1String("employeeId"), lookups, LookupKind::Employee, reservation.employeeIndex);
    writer.member(QLatin1String("startDate"), reservation.startDate.toString(Qt::ISODate));
    writer.member(QLatin1String("endDate"), reservation.endDate.toString(Qt::ISODate));
    writer.member(QLatin1String("status"), reservationStatus(reservation, today));
    writeText(writer, QLatin1String("notes"), reservation.notes);
    writer.endObject();
    return writer.take();
}

QByteArray countSessionJson(const CountSessionRecord &session)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(session.id));
    writer.member(QLatin1String("code"), session.code);
    writer.member(QLatin1String("name"), session.name);
    writer.member(QLatin1String("openedDate"), session.openedDate.toString(Qt::ISODate));
    writer.member(QLatin1String("status"), session.isReconciled() ? u"Reconciled" : u"Open");
    writer.memberInteger(QLatin1String("expectedCount"), session.expectedCount);
    writeDate(writer, QLatin1String("reconciledDate"), session.reconciledDate);
    writeText(writer, QLatin1String("notes"), session.notes);
    writer.endObject();
    return writer.take();
}

QByteArray countResultJson(const CountResultRecord &result, const CompanyRecord &lookups)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), idText(result.id));
    writer.member(QLatin1String("countSessionId"), idText(result.countSessionId));
    writeId(writer, QLatin1String("assetId"), result.assetId);
    writer.member(QLatin1String("epc"), result.epc);
    writer.member(QLatin1String("status"), countResultStatusName(result.status));
    writeLookupId(writer, QLatin1String("expectedLocationId"), lookups, LookupKind::Location,
                  result.expectedLocationIndex);
    writeLookupId(writer, QLatin1String("readLocationId"), lookups, LookupKind::Location, result.readLocationIndex);
    writer.memberBoolean(QLatin1String("transferApplied"), result.transferApplied);
    writer.endObject();
    return writer.take();
}

} // namespace Activo::Sandbox
