#include "ChartAxes.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace Activo::ChartAxes {

namespace {

double roundStep(double span, int ticks)
{
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

void style(QCategoryAxis *axis, const QPalette &palette)
{
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setLabelsBrush(palette.brush(QPalette::Text));
    axis->setTruncateLabels(false);
}

} // namespace

qint64 position(const QDate &date)
{
    return QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
}

QCategoryAxis *amounts(double minimum, double maximum, const QLocale &locale, const QPalette &palette)
{
    auto *axis = new QCategoryAxis;
    style(axis, palette);
    const double low = std::min(0.0, minimum);
    const double step = roundStep(std::max(maximum, 1.0) - low, 5);
    const double start = std::floor(low / step) * step;
    const double end = std::ceil(std::max(maximum, 1.0) / step) * step;
    axis->setStartValue(start);
    for (double value = start; value <= end + step / 2; value += step)
        axis->append(locale.toString(value, 'f', 0), value);
    axis->setRange(start, end);
    return axis;
}

QCategoryAxis *months(const QDate &first, const QDate &last, const QLocale &locale, const QPalette &palette)
{
    auto *axis = new QCategoryAxis;
    style(axis, palette);
    const int span = (last.year() - first.year()) * 12 + last.month() - first.month();
    int every = 1;
    for (int candidate : {1, 3, 6, 12, 24, 60, 120}) {
        every = candidate;
        if (span / candidate <= 6)
            break;
    }
    axis->setStartValue(double(position(first)));
    // Whole years are labelled at their Decembers, other steps from the first month.
    QDate month(first.year(), first.month(), 1);
    if (every >= 12)
        month = QDate(first.year(), 12, 1);
    for (; month <= last; month = month.addMonths(every)) {
        const QDate end(month.year(), month.month(), month.daysInMonth());
        if (end < first)
            continue;
        const QString label = every >= 12 ? QString::number(month.year())
                                          : locale.toString(month, QStringLiteral("MMM yyyy"));
        axis->append(label, double(position(end)));
    }
    axis->setRange(double(position(first)), double(position(last)));
    return axis;
}

} // namespace Activo::ChartAxes
