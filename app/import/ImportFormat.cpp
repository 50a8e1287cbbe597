#include "import/ImportFormat.h"

namespace Activo {

namespace {

struct DateLayout
{
    QChar separator;
    int dayPart;
    int monthPart;
    int yearPart;
};

DateLayout layoutOf(DateConvention convention)
{
    switch (convention) {
    case DateConvention::IsoDate: return {u'-', 2, 1, 0};
    case DateConvention::DayMonthYear: return {u'/', 0, 1, 2};
    case DateConvention::MonthDayYear: return {u'/', 1, 0, 2};
    case DateConvention::DayMonthYearDot: return {u'.', 0, 1, 2};
    }
    return {u'-', 2, 1, 0};
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The convention that one amount proves, if any.
std::optional<NumberConvention> conventionOfSample(const QString &sample)
{
    QString digits;
    for (const QChar c : sample) {
        if ((c >= u'0' && c <= u'9') || c == u'.' || c == u',')
            digits.append(c);
    }
    const qsizetype lastPoint = digits.lastIndexOf(u'.');
    const qsizetype lastComma = digits.lastIndexOf(u',');
    if (lastPoint < 0 && lastComma < 0)
        return std::nullopt;
    if (lastPoint >= 0 && lastComma >= 0)
        return lastPoint > lastComma ? NumberConvention::PointDecimal : NumberConvention::CommaDecimal;

    const QChar mark = lastPoint >= 0 ? QChar(u'.') : QChar(u',');
    const qsizetype position = qMax(lastPoint, lastComma);
    const qsizetype decimals = digits.size() - position - 1;
    const bool repeated = digits.count(mark) > 1;
    // "1.234.567" groups with the mark; "12,5" and "12.50" use it as the decimal
    // point; "1,234" could be either and decides nothing.
    if (repeated)
        return mark == u'.' ? NumberConvention::CommaDecimal : NumberConvention::PointDecimal;
    if (decimals == 3)
        return std::nullopt;
    return mark == u'.' ? NumberConvention::PointDecimal : NumberConvention::CommaDecimal;
}

} // namespace

ImportFormat::ImportFormat(NumberConvention numbers, DateConvention dates, const QLocale &systemLocale)
    : m_numbers(numbers)
    , m_dates(dates)
    , m_systemLocale(systemLocale)
{
}

QLocale ImportFormat::numberLocale() const
{
    switch (m_numbers) {
    case NumberConvention::PointDecimal: return QLocale(QLocale::English, QLocale::UnitedStates);
    case NumberConvention::CommaDecimal: return QLocale(QLocale::German, QLocale::Germany);
    case NumberConvention::SystemLocale: return m_systemLocale;
    }
    return m_systemLocale;
}

MoneyParser::Result ImportFormat::readAmount(const QString &text) const
{
    return MoneyParser::parse(text, numberLocale(), false);
}

std::optional<int> ImportFormat::readPositiveWholeNumber(const QString &text, QString *error) const
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const int value = numberLocale().toInt(trimmed, &ok);
    if (ok && value > 0)
        return value;
    if (ok)
        *error = tr("\"%1\" is not more than 0. Write a whole number of months such as 60.").arg(trimmed);
    else
        *error = tr("\"%1\" is not a whole number. Write a whole number of months such as 60.").arg(trimmed);
    return std::nullopt;
}

QDate ImportFormat::readDate(const QString &text, QString *error) const
{
    const QString trimmed = text.trimmed();
    const DateLayout layout = layoutOf(m_dates);
    const QStringList parts = trimmed.split(layout.separator);
    const auto fail = [&](const QString &message) {
        *error = message;
        return QDate();
    };
    const QString expected = tr("Write it as %1 (%2), or choose another date format.")
                                 .arg(dateExample(m_dates), datePattern(m_dates));
    if (parts.size() != 3 || !isDigits(parts.at(0)) || !isDigits(parts.at(1)) || !isDigits(parts.at(2)))
        return fail(tr("\"%1\" is not a date in the form %2. %3").arg(trimmed, datePattern(m_dates), expected));

    const QString year = parts.at(layout.yearPart);
    const QString month = parts.at(layout.monthPart);
    const QString day = parts.at(layout.dayPart);
    if (year.size() != 4)
        return fail(tr("\"%1\" does not have a four-digit year. %2").arg(trimmed, expected));
    if (month.size() > 2 || day.size() > 2)
        return fail(tr("\"%1\" is not a date in the form %2. %3").arg(trimmed, datePattern(m_dates), expected));

    const QDate date(year.toInt(), month.toInt(), day.toInt());
    if (!date.isValid()) {
        return fail(tr("\"%1\" is not a valid date: there is no day %2 in month %3 of %4. %5")
                        .arg(trimmed, day, month, year, expected));
    }
    return date;
}

QString ImportFormat::numberExample(NumberConvention convention, const QLocale &systemLocale)
{
    const ImportFormat format(convention, DateConvention::IsoDate, systemLocale);
    return MoneyParser::format(Money::fromCents(123456), format.numberLocale());
}

QString ImportFormat::datePattern(DateConvention convention)
{
    switch (convention) {
    case DateConvention::IsoDate: return tr("YYYY-MM-DD", "date pattern");
    case DateConvention::DayMonthYear: return tr("DD/MM/YYYY", "date pattern");
    case DateConvention::MonthDayYear: return tr("MM/DD/YYYY", "date pattern");
    case DateConvention::DayMonthYearDot: return tr("DD.MM.YYYY", "date pattern");
    }
    return QString();
}

QString ImportFormat::dateExample(DateConvention convention)
{
    switch (convention) {
    case DateConvention::IsoDate: return QStringLiteral("2026-12-31");
    case DateConvention::DayMonthYear: return QStringLiteral("31/12/2026");
    case DateConvention::MonthDayYear: return QStringLiteral("12/31/2026");
    case DateConvention::DayMonthYearDot: return QStringLiteral("31.12.2026");
    }
    return QString();
}

NumberConvention ImportFormat::guessNumbers(const QStringList &samples, NumberConvention fallback)
{
    int point = 0;
    int comma = 0;
    for (const QString &sample : samples) {
        const std::optional<NumberConvention> convention = conventionOfSample(sample);
        if (convention == NumberConvention::PointDecimal)
            ++point;
        else if (convention == NumberConvention::CommaDecimal)
            ++comma;
    }
    if (point > comma)
        return NumberConvention::PointDecimal;
    if (comma > point)
        return NumberConvention::CommaDecimal;
    return fallback;
}

DateConvention ImportFormat::guessDates(const QStringList &samples, DateConvention fallback)
{
    // The convention that reads the most samples, so one mistyped date does
    // not decide; ties go to `fallback`, then to the order below.
    const DateConvention candidates[] = {fallback, DateConvention::IsoDate, DateConvention::DayMonthYear,
                                         DateConvention::MonthDayYear, DateConvention::DayMonthYearDot};
    DateConvention best = fallback;
    int bestCount = 0;
    for (const DateConvention candidate : candidates) {
        const ImportFormat format(NumberConvention::PointDecimal, candidate);
        int count = 0;
        for (const QString &sample : samples) {
            QString error;
            if (!sample.trimmed().isEmpty() && format.readDate(sample, &error).isValid())
                ++count;
        }
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

DateConvention ImportFormat::dateConventionOf(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype year = format.indexOf(u'y');
    const qsizetype month = format.indexOf(u'M');
    const qsizetype day = format.indexOf(u'd');
    if (year >= 0 && year < month && year < day)
        return DateConvention::IsoDate;
    if (month >= 0 && day >= 0 && month < day)
        return DateConvention::MonthDayYear;
    return format.contains(u'.') ? DateConvention::DayMonthYearDot : DateConvention::DayMonthYear;
}

} // namespace Activo
