#pragma once

#include <QDate>

class QCategoryAxis;
class QLocale;
class QPalette;

namespace Activo::ChartAxes {

// An axis of amounts from 0 (or `minimum` when negative) to a round value at
// or above `maximum`, with ticks at round steps (1, 2 or 5 times a power of
// ten) labelled in the locale's own digits and grouping. Qt Charts' value
// axes format their labels with printf, which ignores the locale.
QCategoryAxis *amounts(double minimum, double maximum, const QLocale &locale, const QPalette &palette);

// An axis of months from `first` to `last`, both month-ends, as milliseconds
// since the epoch at noon. Ticks sit on month-ends, labelled with that month
// ("Mar 2026"), every one, three or twelve months or more, so that about six
// labels fit.
QCategoryAxis *months(const QDate &first, const QDate &last, const QLocale &locale, const QPalette &palette);

// Milliseconds since the epoch at noon of `date`: the x value of a month-end.
qint64 position(const QDate &date);

} // namespace Activo::ChartAxes
