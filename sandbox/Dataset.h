#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

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

    // Computed as of the sandbox's --today date.
    qint64 accumulatedDepreciationCents = 0;

    // Members of the write payload that the sandbox does not know, such as
    // a serial number, with their values as compact JSON text. They are
    // returned after the known members, in the order they were sent.
    QList<std::pair<QString, QByteArray>> extraMembers;
};

struct CompanyRecord
{
    QString id;
    QString name;
    // Indexed by LookupKind. Each list is sorted by code.
    std::array<QList<LookupRecord>, kLookupKindCount> lookups;
    // Sorted by assetCode.
    QList<AssetRecord> assets;

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
