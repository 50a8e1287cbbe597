#pragma once

#include <QDate>
#include <QtGlobal>

namespace Activo::Sandbox {

// Returns the number of whole months from `from` to `to`, or 0 when `to` is
// not later than `from`. A month is complete once the same day of a later
// month is reached. A day that the later month lacks counts as its last day,
// so 31 January to 28 February (29 in leap years) is one month.
int elapsedMonths(QDate from, QDate to);

// Returns the straight-line accumulated depreciation in cents as of `asOf`.
//
// The monthly charge is (cost - salvage) / usefulLifeMonths, rounded half up
// to whole cents. The accumulated amount is that charge times the months
// elapsed since `acquired`, capped at cost - salvage. Once the useful life
// has passed it equals cost - salvage exactly, so the rounding difference
// lands in the last month. A cost at or below salvage, or a useful life of
// zero or less, depreciates nothing.
qint64 straightLineAccumulated(qint64 costCents, qint64 salvageCents, int usefulLifeMonths,
                               QDate acquired, QDate asOf);

} // namespace Activo::Sandbox
