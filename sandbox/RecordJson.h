#pragma once

#include "Dataset.h"
#include "DepreciationLedger.h"
#include "Journal.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QUuid>

namespace Activo::Sandbox {

// Serialises the accounting and audit records as the API returns them:
// compact JSON objects with camelCase member names, amounts with exactly two
// decimals, dates as YYYY-MM-DD and null for members that are not set.
// Links to locations and employees are written as their ids, looked up in
// the lists of `lookups`.

QByteArray fiscalYearJson(const QUuid &id, int year, bool isClosed);

QByteArray depreciationRunJson(const DepreciationLedger::Run &run, const CompanyRecord &lookups);

QByteArray depreciationEntryJson(const DepreciationLedger::Entry &entry);

// The batch header, followed by `lines` when it is not null.
QByteArray journalBatchJson(const JournalBatch &batch, const QList<JournalLine> *lines);

QByteArray disposalJson(const DisposalRecord &disposal);

QByteArray revaluationJson(const RevaluationRecord &revaluation);

QByteArray transferJson(const TransferRecord &transfer, const CompanyRecord &lookups);

QByteArray checkoutJson(const CheckoutRecord &checkout, const CompanyRecord &lookups);

// "Cancelled", or from the dates compared with `today`: "Scheduled" before
// startDate, "Active" from startDate to endDate and "Completed" after it.
QString reservationStatus(const ReservationRecord &reservation, QDate today);

QByteArray reservationJson(const ReservationRecord &reservation, const CompanyRecord &lookups, QDate today);

QByteArray countSessionJson(const CountSessionRecord &session);

QByteArray countResultJson(const CountResultRecord &result, const CompanyRecord &lookups);

} // namespace Activo::Sandbox
