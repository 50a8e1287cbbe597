#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

#include <optional>

namespace Activo {

// An amount of money in hundredths (cents), held as an integer so that no
// binary floating point is involved in arithmetic. The API does not name a
// currency; amounts carry two decimals.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    // Parses "1234.56", "-0.5", "12" (a '.' decimal point, no grouping, at most
    // two decimals). Returns nothing for anything else.
    static std::optional<Money> fromDecimalString(QStringView text);

    // Reads a JSON number or a numeric string. QJsonDocument stores numbers as
    // doubles. For any amount of 15 significant digits or fewer, the shortest
    // text that reproduces the double is the text the server sent, so that
    // text is parsed exactly. Larger amounts, NaN, infinities and amounts with
    // more than two decimals are rejected.
    static std::optional<Money> fromJson(const QJsonValue &value);

    constexpr qint64 cents() const { return m_cents; }

    // "1234.56": the form written on the wire.
    QString toDecimalString() const;
    // Grouped, with the locale's separators and two decimals: "1,234.56", "1.234,56".
    QString toString(const QLocale &locale) const;

    // Largest amount accepted from JSON: 15 significant digits with cents.
    static constexpr qint64 maxCents = 999'999'999'999'99;

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {
    }
    qint64 m_cents = 0;
};

} // namespace Activo
