#pragma once

#include <QtGlobal>

#include <vector>

namespace Activo::Sandbox {

// Fixed lists that the seeded generator draws from. Text is UTF-8.

struct CategorySpec
{
    const char *assetPrefix; // first part of assetCode, e.g. "LAP" in LAP-0042
    const char *englishCode;
    const char *englishName;
    const char *spanishCode;
    const char *spanishName;
    int weight; // relative share of the assets of a company
    qint64 minimumCost; // whole currency units
    qint64 maximumCost;
    int maximumSalvagePercent;
    std::vector<int> usefulLifeMonths; // one is picked per asset
    std::vector<const char *> assetNames;
};

struct LocationSpec
{
    const char *code;
    const char *name;
    const char *city;
    const char *country; // ISO 3166-1 alpha-2
    bool isActive;
    int weight; // relative share of the assets placed there
};

struct CodeNameSpec
{
    const char *code;
    const char *name;
};

struct CompanySpec
{
    const char *name;
    const char *emailDomain; // under the reserved .example top-level domain
    bool spanishCategories;
    std::vector<const char *> categoryPrefixes; // subset of categorySpecs(), by assetPrefix
    std::vector<LocationSpec> locations;
    std::vector<CodeNameSpec> costCenters;
    std::vector<CodeNameSpec> depreciationBooks; // the first one is the main book
    int custodianCount;
    int employeeCount;
    int defaultAssetCount; // 0 means the --assets option sets it
};

const std::vector<CategorySpec> &categorySpecs();

// The large company first, then the small one.
const std::vector<CompanySpec> &companySpecs();

const std::vector<const char *> &firstNames();
const std::vector<const char *> &lastNames();

} // namespace Activo::Sandbox
