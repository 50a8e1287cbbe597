#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>

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

// One fixed asset. Links are indexes into the lookup lists of its company.
struct AssetRecord
{
    QString id;
    QString assetCode;
    QString name;
    QString epc; // 24 hexadecimal digits

    int categoryIndex = 0;
    int locationIndex = 0;
    int costCenterIndex = 0;
    int custodianIndex = 0;
    int depreciationBookIndex = 0;

    QDate acquisitionDate;
    qint64 acquisitionCostCents = 0;
    qint64 salvageValueCents = 0;
    int usefulLifeMonths = 0;
    QString depreciationMethod;
    QString status;
    QString availability;

    // Computed as of the sandbox's --today date.
    qint64 accumulatedDepreciationCents = 0;
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
