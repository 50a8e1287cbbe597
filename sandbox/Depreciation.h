#pragma once

#include <QDate>
#include <QList>
#include <QtGlobal>

namespace Activo::Sandbox {

// Number of monthly depreciation runs per depreciation book: the month-ends
// from 23 months before the latest run up to the latest run.
inline constexpr int kRunWindowMonths = 24;

// Returns the number of whole months from `from` to `to`, or 0 when `to` is
// not later than `from`. A month is complete once the same day of a later
// month is reached. A day that the later month lacks counts as its last day,
// so 31 January to 28 February (29 in leap years) is one month.
int elapsedMonths(QDate from, QDate to);

// Returns year * 12 + month - 1, a number that grows by one per calendar
// month, so that month arithmetic needs no dates.
int monthIndex(QDate date);

// Returns the last day of the month that monthIndex() numbered `index`.
QDate monthEnd(int index);

// Returns `date` when it is the last day of its month, otherwise the last
// day of the month before. Depreciation is posted at month-ends, so this is
// the date of the latest run on or before `date`.
QDate lastMonthEndOnOrBefore(QDate date);

// Returns the month whose end an asset's book values are computed at: that
// of the latest run on or before `today`, or on or before `disposalDate`
// when the asset was disposed of earlier. `disposalDate` is invalid for an
// asset that was not disposed of.
int valuationMonth(QDate today, QDate disposalDate);

// The asset fields that straight-line depreciation reads.
struct DepreciationBasis
{
    qint64 costCents = 0;
    qint64 salvageCents = 0;
    int usefulLifeMonths = 0; // 0 when not set
    QDate acquired;           // invalid when not set
};

// A revaluation of an asset: at the end of `month` (a monthIndex()), after
// that month's charge, the net book value becomes `newValueCents`.
struct RevaluationStep
{
    int month = 0;
    qint64 newValueCents = 0;
};

// The depreciation of one asset in one calendar month.
struct MonthlyCharge
{
    qint64 openingCents = 0;
    qint64 amountCents = 0;
    qint64 closingCents = 0; // openingCents - amountCents
};

// Straight-line schedule of one asset, month by month.
//
// The k-th charge falls in the k-th calendar month after the month of
// acquisition, for k from 1 to usefulLifeMonths. The monthly charge is the
// depreciable amount divided by the months, rounded half up to the cent,
// and the last month takes the rounding difference, so the schedule ends
// exactly at the salvage value. A revaluation restarts the schedule: the
// new value minus the salvage value is spread in the same way over the
// months of the useful life that are left.
//
// An asset without an acquisition date or useful life, or whose cost does
// not exceed its salvage value, never depreciates. Revaluations dated
// before the month of acquisition or after the last month of the useful
// life are ignored.
class DepreciationSchedule
{
public:
    // `revaluations` must be sorted by month.
    explicit DepreciationSchedule(const DepreciationBasis &basis, QList<RevaluationStep> revaluations = {});

    // Net book value at the end of `month`, after its charge and after a
    // revaluation in that month.
    qint64 netBookValueAt(int month) const;

    // The charge of `month`. The closing value is taken before a revaluation
    // in that month, so opening - amount = closing always holds.
    MonthlyCharge chargeIn(int month) const;

    // Months of the first and the last charge. Outside them chargeIn()
    // returns a zero amount. Both are 0 when the asset never depreciates.
    int firstChargeMonth() const;
    int lastChargeMonth() const;
    bool depreciates() const { return m_depreciates; }

private:
    // Net book value after the charge of `month`, counting only the
    // revaluations of earlier months, or of this month too when
    // `includeRevaluationInMonth` is set.
    qint64 valueAfter(int month, bool includeRevaluationInMonth) const;

    DepreciationBasis m_basis;
    QList<RevaluationStep> m_revaluations;
    int m_acquiredMonth = 0;
    bool m_depreciates = false;
};

// Returns the straight-line accumulated depreciation in cents as of `asOf`,
// without revaluations. Equals cost minus DepreciationSchedule's net book
// value at the end of the month of `asOf` when `asOf` is a month-end.
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
