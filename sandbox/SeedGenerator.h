#pragma once

#include "Dataset.h"

#include <QDate>

namespace Activo::Sandbox {

struct GeneratorOptions
{
    quint64 seed = 1;
    int largeCompanyAssetCount = 2500;
    // Acquisition dates are never later than this day, and depreciation is
    // computed as of the last month-end on or before it. Must not be earlier
    // than 1 January of kFirstAcquisitionYear.
    QDate today;
};

// Year of the earliest acquisition date the generator produces (1 January).
inline constexpr int kFirstAcquisitionYear = 2012;

// Builds the two seeded companies with their lookups, assets and history
// records (see seedHistory()).
//
// The same options always give the same data set, down to every id, code,
// name and amount. Each company draws from its own random streams, so
// --assets changes only the large company. Acquisition dates are drawn from
// 2012-01-01 to 2026-12-31. A date after `today` is folded back into the
// range up to `today`, so changing only `today` leaves every earlier date
// as it was.
Dataset generateDataset(const GeneratorOptions &options);

} // namespace Activo::Sandbox
