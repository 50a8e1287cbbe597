#include "Depreciation.h"

#include <algorithm>
#include <utility>

namespace Activo::Sandbox {

namespace {

// Returns the part of `depreciableCents` charged after `months` of a
// straight-line segment that lasts `segmentMonths` months.
qint64 chargedAfter(qint64 depreciableCents, int segmentMonths, int months)
{
    if (depreciableCents <= 0 || segmentMonths <= 0 || months <= 0)
        return 0;
    if (months >= segmentMonths)
        return depreciableCents;

    const qint64 monthlyCharge = (depreciableCents + segmentMonths / 2) / segmentMonths;
    return std::min(depreciableCents, monthlyCharge * months);
}

} // namespace

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

int monthIndex(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

QDate monthEnd(int index)
{
    const QDate first(index / 12, index % 12 + 1, 1);
    return QDate(first.year(), first.month(), first.daysInMonth());
}

QDate lastMonthEndOnOrBefore(QDate date)
{
    if (date.day() == date.daysInMonth())
        return date;
    return monthEnd(monthIndex(date) - 1);
}

int valuationMonth(QDate today, QDate disposalDate)
{
    const QDate asOf = disposalDate.isValid() ? std::min(today, disposalDate) : today;
    return monthIndex(lastMonthEndOnOrBefore(asOf));
}

DepreciationSchedule::DepreciationSchedule(const DepreciationBasis &basis, QList<RevaluationStep> revaluations)
    : m_basis(basis)
    , m_revaluations(std::move(revaluations))
{
    m_depreciates = basis.acquired.isValid() && basis.usefulLifeMonths > 0;
    m_acquiredMonth = m_depreciates ? monthIndex(basis.acquired) : 0;
}

int DepreciationSchedule::firstChargeMonth() const
{
    return m_depreciates ? m_acquiredMonth + 1 : 0;
}

int DepreciationSchedule::lastChargeMonth() const
{
    return m_depreciates ? m_acquiredMonth + m_basis.usefulLifeMonths : 0;
}

qint64 DepreciationSchedule::valueAfter(int month, bool includeRevaluationInMonth) const
{
    if (!m_depreciates)
        return m_basis.costCents;

    // The segment that `month` falls in starts at the cost, or at the value
    // of the latest revaluation that applies.
    qint64 segmentStartValue = m_basis.costCents;
    int segmentStartMonths = 0;
    for (const RevaluationStep &step : m_revaluations) {
        if (step.month > month || (step.month == month && !includeRevaluationInMonth))
            break;
        const int chargedBefore = step.month - m_acquiredMonth;
        if (chargedBefore < 0 || chargedBefore >= m_basis.usefulLifeMonths)
            continue;
        segmentStartValue = step.newValueCents;
        segmentStartMonths = chargedBefore;
    }

    const int charged = std::clamp(month - m_acquiredMonth, 0, m_basis.usefulLifeMonths);
    const qint64 depreciable = segmentStartValue - m_basis.salvageCents;
    return segmentStartValue
        - chargedAfter(depreciable, m_basis.usefulLifeMonths - segmentStartMonths, charged - segmentStartMonths);
}

qint64 DepreciationSchedule::netBookValueAt(int month) const
{
    return valueAfter(month, true);
}

MonthlyCharge DepreciationSchedule::chargeIn(int month) const
{
    MonthlyCharge charge;
    charge.openingCents = valueAfter(month - 1, true);
    charge.closingCents = valueAfter(month, false);
    charge.amountCents = charge.openingCents - charge.closingCents;
    return charge;
}

qint64 straightLineAccumulated(qint64 costCents, qint64 salvageCents, int usefulLifeMonths,
                               QDate acquired, QDate asOf)
{
    if (usefulLifeMonths <= 0)
        return 0;
    return chargedAfter(costCents - salvageCents, usefulLifeMonths, elapsedMonths(acquired, asOf));
}

} // namespace Activo::Sandbox
