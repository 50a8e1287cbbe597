#include "models/Money.h"

#include <cmath>

namespace Activo {

std::optional<Money> Money::fromDecimalString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+')) {
        negative = text.front() == QLatin1Char('-');
        text = text.mid(1);
        if (text.isEmpty())
            return std::nullopt;
    }

    qint64 units = 0;
    qint64 fraction = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('.') && !inFraction) {
            inFraction = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int digit = c.unicode() - '0';
        if (inFraction) {
            if (++fractionDigits > 2) {
                // Zeros past the second decimal change nothing; any other digit would be lost.
                if (digit != 0)
                    return std::nullopt;
                continue;
            }
            fraction = fraction * 10 + digit;
        } else {
            if (integerDigits > 0 || digit != 0)
                ++integerDigits;
            if (integerDigits > 13)
                return std::nullopt;
            units = units * 10 + digit;
        }
    }
    if (inFraction && fractionDigits == 0)
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;

    const qint64 cents = units * 100 + fraction;
    if (cents > maxCents)
        return std::nullopt;
    return Money(negative ? -cents : cents);
}

std::optional<Money> Money::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return fromDecimalString(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::fabs(number) >= 1e13)
        return std::nullopt;
    // Only the conversion back to text touches the double; arithmetic happens on the digits.
    // The 'f' form has no exponent, unlike 'g', which writes 100000 as "1e+05".
    // Tiny values come out as "0.00001", with more than two decimals, and are rejected.
    const QString shortest = QString::number(number, 'f', QLocale::FloatingPointShortest);
    return fromDecimalString(shortest);
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    QString text = QString::number(magnitude / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (m_cents < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

namespace {

// The whole units in the locale's digits and grouping. Qt 6.4 applies the
// minimum-grouping rule of some locales (es_ES, pl_PL, pt_PT) to the whole
// number, giving 1037.258 for 1.037.258; such output is grouped by three again.
QString groupedUnits(qint64 units, const QLocale &locale)
{
    const QString text = locale.toString(units);
    const QString separator = locale.groupSeparator();
    if (separator.isEmpty() || !text.contains(separator))
        return text;
    QStringList groups = text.split(separator);
    if (groups.constFirst().size() <= 3)
        return text;
    const QString digits = groups.join(QString());
    QString regrouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            regrouped += separator;
        regrouped += digits.at(i);
    }
    return regrouped;
}

} // namespace

QString Money::toString(const QLocale &locale) const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    QString text = groupedUnits(magnitude / 100, locale) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (m_cents < 0)
        text.prepend(locale.negativeSign());
    return text;
}

} // namespace Activo
