#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>
#include <utility>

namespace Activo::Sandbox {

// The six master-data resources, in the order of their paths in the API
// reference: categories, locations, cost-centers, depreciation-books,
// custodians, employees.
enum class LookupKind {
    Category,
    Location,
    CostCenter,
    DepreciationBook,
    Custodian,
    Employee,
};

inline constexpr int kLookupKindCount = 6;

// One master-data record. Resources that lack a field leave it empty.
struct LookupRecord
{
    QString id;
    QString code;
    QString name;

    // Locations only.
    QString city;
    QString country; // ISO 3166-1 alpha-2
    bool isActive = true;

    // Employees only.
    QString email;
};

// Index of a link that is not set, returned as null by the API.
inline constexpr int kNoLink = -1;

// One fixed asset. Links are indexes into the lookup lists of its company.
//
// Seeded assets have every field set. Assets written through the API may
// leave out the links, epc, acquisitionDate and usefulLifeMonths, and the
// API then returns those fields as null.
struct AssetRecord
{
    QString id;
    QString assetCode;
    QString name;
    // 24 hexadecimal digits for seeded assets. Written assets may have any
    // string or none.
    std::optional<QString> epc;

    int categoryIndex = kNoLink;
    int locationIndex = kNoLink;
    int costCenterIndex = kNoLink;
    int custodianIndex = kNoLink;
    int depreciationBookIndex = kNoLink;

    QDate acquisitionDate; // invalid when not set
    qint64 acquisitionCostCents = 0;
    qint64 salvageValueCents = 0;
    int usefulLifeMonths = 0; // 0 when not set, because writes reject 0
    QString depreciationMethod;
    QString status;
    QString availability;

    // Computed as of the latest depreciation run, the last month-end on or
    // before the sandbox's --today date (see valuationMonth()).
    qint64 accumulatedDepreciationCents = 0;

    // Members of the write payload that the sandbox does not know, such as
    // a serial number, with their values as compact JSON text. They are
    // returned after the known members, in the order they were sent.
    QList<std::pair<QString, QByteArray>> extraMembers;
};

// The sale, scrapping or other disposal of an asset. The amounts are those
// at the disposal date, so later writes to the asset do not change them.
struct DisposalRecord
{
    QUuid id;
    QUuid assetId;
    QDate disposalDate;
    qint64 proceedsCents = 0;
    qint64 costCents = 0;
    qint64 accumulatedDepreciationCents = 0;
    std::optional<QString> reason;
    QUuid journalBatchId;

    qint64 netBookValueCents() const { return costCents - accumulatedDepreciationCents; }
    qint64 gainOrLossCents() const { return proceedsCents - netBookValueCents(); }
};

// A change of an asset's net book value to a new value, effective at the
// end of the month of `revaluationDate`, which is always a month-end.
struct RevaluationRecord
{
    QUuid id;
    QUuid assetId;
    QDate revaluationDate;
    qint64 previousValueCents = 0;
    qint64 newValueCents = 0;
    QString reason;
    QUuid journalBatchId;
};

// A move of an asset between two locations. Location indexes point into the
// company's location list.
struct TransferRecord
{
    QUuid id;
    QUuid assetId;
    int fromLocationIndex = kNoLink;
    int toLocationIndex = kNoLink;
    QDate transferDate;
    std::optional<QString> reason;
    // The count result that caused the transfer, or null for a transfer by
    // hand.
    QUuid sourceCountResultId;
};

// A check-out of an asset to an employee and, once returned, its check-in.
struct CheckoutRecord
{
    QUuid id;
    QUuid assetId;
    int employeeIndex = kNoLink;
    QDate checkoutDate;
    QDate expectedReturnDate; // invalid when not set
    QDate actualReturnDate;   // invalid while the asset is out
    std::optional<QString> notes;
    std::optional<QString> returnCondition;
    std::optional<QString> damageNotes;

    bool isOpen() const { return !actualReturnDate.isValid(); }
};

// A reservation of an asset for an employee from startDate to endDate, both
// included. Its status follows from the dates unless it was cancelled.
struct ReservationRecord
{
    QUuid id;
    QUuid assetId;
    int employeeIndex = kNoLink;
    QDate startDate;
    QDate endDate;
    bool cancelled = false;
    std::optional<QString> notes;
};

// A physical-inventory count of the assets at one location, optionally only
// those of one category.
struct CountSessionRecord
{
    QUuid id;
    QString code;
    QString name;
    QDate openedDate;
    QDate reconciledDate; // invalid while the session is open
    int expectedCount = 0;
    std::optional<QString> notes;

    bool isReconciled() const { return reconciledDate.isValid(); }
};

// The four outcomes of a count line, as the API reference lists them.
enum class CountResultStatus {
    Found,
    Missing,
    Unexpected,
    Moved,
};

// One line of a count session: an expected asset, or a tag that matched no
// asset (Unexpected, with a null assetId).
struct CountResultRecord
{
    QUuid id;
    QUuid countSessionId;
    QUuid assetId; // null for Unexpected
    QString epc;
    CountResultStatus status = CountResultStatus::Found;
    int expectedLocationIndex = kNoLink; // kNoLink for Unexpected
    int readLocationIndex = kNoLink;     // kNoLink for Missing
    bool transferApplied = false;
};

// Accounting and audit records of one company, each list in the order the
// API returns it.
struct CompanyHistory
{
    QList<DisposalRecord> disposals;       // by disposalDate
    QList<RevaluationRecord> revaluations; // by revaluationDate
    QList<TransferRecord> transfers;       // by transferDate
    QList<CheckoutRecord> checkouts;       // by checkoutDate
    QList<ReservationRecord> reservations; // by startDate
    QList<CountSessionRecord> countSessions; // by openedDate
    QList<CountResultRecord> countResults;   // by session, then assetCode
};

struct CompanyRecord
{
    QString id;
    QString name;
    // Indexed by LookupKind. Each list is sorted by code.
    std::array<QList<LookupRecord>, kLookupKindCount> lookups;
    // Sorted by assetCode.
    QList<AssetRecord> assets;
    CompanyHistory history;

    const QList<LookupRecord> &lookup(LookupKind kind) const
    {
        return lookups[static_cast<std::size_t>(kind)];
    }
    QList<LookupRecord> &lookup(LookupKind kind) { return lookups[static_cast<std::size_t>(kind)]; }
};

// Everything the sandbox serves. Companies are sorted by name.
struct Dataset
{
    QList<CompanyRecord> companies;
};

} // namespace Activo::Sandbox
