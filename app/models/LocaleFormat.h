#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Activo::LocaleFormat {

// The locale's short date format with a four-digit year. Many locales' short
// formats use "yy", which shows 2014 as 14 and reads 25 back as 1925.
QString shortDateFormat(const QLocale &locale);

// `date` in shortDateFormat(), or an empty string for an invalid date.
QString shortDate(const QDate &date, const QLocale &locale);

} // namespace Activo::LocaleFormat
