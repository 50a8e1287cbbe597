#include "Depreciation.h"

#include <algorithm>

namespace Activo::Sandbox {

int elapsedMonths(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;

    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    // QDate::addMonths() clamps the day to the end of a shorter month, which
    // gives the rule documented in the header.
    if (from.addMonths(months) > to)
        --months;
    return std::max(months, 0);
}

qint64 straightLineAccumulated(qint64 costCents, qint64 salvageCents, int usefulLifeMonths,
                               QDate acquired, QDate asOf)
{
    const qint64 depreciable = costCents - salvageCents;
    if (depreciable <= 0 || usefulLifeMonths <= 0)
        return 0;

    const int months = elapsedMonths(acquired, asOf);
    if (months >= usefulLifeMonths)
        return depreciable;

    const qint64 monthlyCharge = (depreciable + usefulLifeMonths / 2) / usefulLifeMonths;
    return std::min(depreciable, monthlyCharge * months);
}

} // namespace Activo::Sandbox
