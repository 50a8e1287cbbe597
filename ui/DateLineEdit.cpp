#include "DateLineEdit.h"

#include "models/LocaleFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace Activo {

namespace {

// The locale's short format in the variants people type: with one- or
// two-digit days and months, with a two- or four-digit year.
QStringList typedFormats(const QLocale &locale)
{
    const QString base = LocaleFormat::shortDateFormat(locale);
    QString loose = base;
    loose.replace(QLatin1String("dd"), QLatin1String("d"));
    loose.replace(QLatin1String("MM"), QLatin1String("M"));
    QString shortYear = loose;
    shortYear.replace(QLatin1String("yyyy"), QLatin1String("yy"));
    return {base, loose, shortYear};
}

} // namespace

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_minimum(1900, 1, 1)
    , m_maximum(QDate::currentDate().addYears(10))
{
    const QLocale locale;
    setPlaceholderText(tr("for example %1").arg(LocaleFormat::shortDate(QDate(2026, 1, 31), locale)));
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::reformat);
}

void DateLineEdit::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(LocaleFormat::shortDate(date, QLocale()));
}

DateLineEdit::Result DateLineEdit::parseResult() const
{
    return parse(text(), QLocale(), m_minimum, m_maximum);
}

DateLineEdit::Result DateLineEdit::parse(const QString &text, const QLocale &locale, const QDate &minimum,
                                         const QDate &maximum)
{
    Result result;
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return result;

    QDate date;
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    if (iso.match(typed).hasMatch())
        date = QDate::fromString(typed, QStringLiteral("yyyy-M-d"));
    if (!date.isValid()) {
        const QStringList formats = typedFormats(locale);
        for (int i = 0; i < formats.size() && !date.isValid(); ++i) {
            date = locale.toDate(typed, formats.at(i));
            // Qt reads "yy" as 19yy; people mean this century unless that is far ahead.
            if (date.isValid() && i == formats.size() - 1 && date.year() < 2000) {
                const QDate inThisCentury = date.addYears(100);
                if (inThisCentury <= QDate::currentDate().addYears(10))
                    date = inThisCentury;
            }
        }
    }

    const QString example = LocaleFormat::shortDate(QDate(2026, 1, 31), locale);
    if (!date.isValid()) {
        result.error = tr("\"%1\" is not a date. Type it as %2, or as 2026-01-31.").arg(typed, example);
        return result;
    }
    if (date < minimum || date > maximum) {
        result.error = tr("%1 is outside the accepted range, %2 to %3.")
                           .arg(LocaleFormat::shortDate(date, locale), LocaleFormat::shortDate(minimum, locale),
                                LocaleFormat::shortDate(maximum, locale));
        return result;
    }
    result.date = date;
    return result;
}

void DateLineEdit::reformat()
{
    const Result result = parseResult();
    if (result.date.isValid()) {
        const QString formatted = LocaleFormat::shortDate(result.date, QLocale());
        if (formatted != text())
            setText(formatted);
    }
}

} // namespace Activo
