#include "models/DepreciationSchedule.h"

#include "api/Json.h"
#include "models/Asset.h"
#include "models/Money.h"

#include <QHash>

#include <algorithm>

namespace Activo {

namespace {

// Monthly charge of `depreciable` spread over `months`, rounded half up.
qint64 monthlyCharge(qint64 depreciable, int months)
{
    if (depreciable <= 0 || months <= 0)
        return 0;
    return (depreciable + months / 2) / months;
}

} // namespace

QDate DepreciationSchedule::Period::endDate() const
{
    const QDate first(year, month, 1);
    return QDate(year, month, first.daysInMonth());
}

std::optional<DepreciationSchedule::PostedEntry> DepreciationSchedule::entryFromJson(const QJsonObject &object)
{
    const std::optional<qint64> year = Json::integer(object.value(QLatin1String("year")));
    const std::optional<qint64> month = Json::integer(object.value(QLatin1String("month")));
    const std::optional<Money> amount = Money::fromJson(object.value(QLatin1String("depreciationAmount")));
    const std::optional<Money> opening = Money::fromJson(object.value(QLatin1String("openingNbv")));
    const std::optional<Money> closing = Money::fromJson(object.value(QLatin1String("closingNbv")));
    if (!year || !month || *month < 1 || *month > 12 || *year < 1900 || *year > 9999 || !amount)
        return std::nullopt;
    PostedEntry entry;
    entry.year = int(*year);
    entry.month = int(*month);
    entry.chargeCents = amount->cents();
    // A missing opening or closing value follows from the other and the charge.
    if (opening && closing) {
        entry.openingCents = opening->cents();
        entry.closingCents = closing->cents();
    } else if (opening) {
        entry.openingCents = opening->cents();
        entry.closingCents = opening->cents() - amount->cents();
    } else if (closing) {
        entry.closingCents = closing->cents();
        entry.openingCents = closing->cents() + amount->cents();
    } else {
        return std::nullopt;
    }
    if (const std::optional<Money> accumulated = Money::fromJson(object.value(QLatin1String("accumulatedDepreciation"))))
        entry.accumulatedCents = accumulated->cents();
    return entry;
}

DepreciationSchedule DepreciationSchedule::forAsset(const Asset &asset, const QVector<PostedEntry> &posted)
{
    return build(asset.acquisitionCost ? asset.acquisitionCost->cents() : 0,
                 asset.salvageValue ? asset.salvageValue->cents() : 0, asset.usefulLifeMonths.value_or(0),
                 asset.acquisitionDate, asset.depreciationMethod, posted);
}

DepreciationSchedule DepreciationSchedule::build(qint64 costCents, qint64 salvageCents, int usefulLifeMonths,
                                                 const QDate &acquired, const QString &method,
                                                 const QVector<PostedEntry> &posted)
{
    DepreciationSchedule schedule;
    schedule.m_costCents = costCents;
    schedule.m_salvageCents = salvageCents;
    if (!acquired.isValid()) {
        schedule.m_reason = tr("The asset has no acquisition date, so its depreciation cannot be scheduled.");
        return schedule;
    }
    if (usefulLifeMonths <= 0) {
        schedule.m_reason = tr("The asset has no useful life, so its depreciation cannot be scheduled.");
        return schedule;
    }
    if (costCents <= salvageCents && posted.isEmpty()) {
        schedule.m_reason = tr("The cost does not exceed the salvage value, so there is nothing to depreciate.");
        return schedule;
    }
    schedule.m_estimate = !method.isEmpty() && method != u"StraightLine";

    const int firstIndex = acquired.year() * 12 + acquired.month(); // the month after acquisition
    const int lastIndex = firstIndex + usefulLifeMonths - 1;
    QHash<int, PostedEntry> byMonth;
    for (const PostedEntry &entry : posted) {
        const int index = entry.year * 12 + entry.month - 1;
        if (index < firstIndex || index > lastIndex || byMonth.contains(index)) {
            ++schedule.m_ignoredEntries;
            continue;
        }
        byMonth.insert(index, entry);
    }

    // The plan from cost, replaced by a new segment whenever a posted month
    // closes at a value the plan does not give.
    qint64 segmentValue = costCents;
    int segmentStart = firstIndex;
    qint64 segmentMonthly = monthlyCharge(costCents - salvageCents, usefulLifeMonths);
    qint64 value = costCents;
    schedule.m_periods.reserve(usefulLifeMonths);
    for (int index = firstIndex; index <= lastIndex; ++index) {
        Period period;
        period.year = index / 12;
        period.month = index % 12 + 1;
        const auto found = byMonth.constFind(index);
        if (found != byMonth.constEnd()) {
            period.openingCents = found->openingCents;
            period.chargeCents = found->chargeCents;
            period.closingCents = found->closingCents;
            period.posted = true;
            ++schedule.m_postedCount;
        } else {
            const qint64 depreciable = segmentValue - salvageCents;
            const int monthsDone = index - segmentStart;
            const qint64 chargedBefore = std::min(depreciable, segmentMonthly * monthsDone);
            const qint64 chargedAfter = index == lastIndex ? depreciable
                                                           : std::min(depreciable, segmentMonthly * (monthsDone + 1));
            period.openingCents = value;
            period.chargeCents = std::max<qint64>(0, chargedAfter - chargedBefore);
            period.closingCents = period.openingCents - period.chargeCents;
        }
        value = period.closingCents;
        period.accumulatedCents = costCents - value;
        // Where a posted month leaves the plan, the months after it start a new one.
        const int nextMonthsDone = index + 1 - segmentStart;
        const qint64 planned = segmentValue
            - (index == lastIndex ? segmentValue - salvageCents
                                  : std::min(segmentValue - salvageCents, segmentMonthly * nextMonthsDone));
        if (period.posted && value != planned && index < lastIndex) {
            segmentValue = value;
            segmentStart = index + 1;
            segmentMonthly = monthlyCharge(value - salvageCents, lastIndex - index);
        }
        schedule.m_periods.append(period);
    }
    return schedule;
}

qint64 DepreciationSchedule::totalChargeCents() const
{
    qint64 total = 0;
    for (const Period &period : m_periods)
        total += period.chargeCents;
    return total;
}

int DepreciationSchedule::periodAt(const QDate &date) const
{
    if (m_periods.isEmpty() || !date.isValid())
        return -1;
    const int index = date.year() * 12 + date.month() - 1;
    const int first = m_periods.first().index();
    if (index < first)
        return -1;
    return std::min(int(m_periods.size()) - 1, index - first);
}

} // namespace Activo
