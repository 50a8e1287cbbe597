#pragma once

#include "models/Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace Activo {

// Reads an amount that a user typed in an amount field, written the way the
// user's locale writes numbers, into an exact Money. Input that is invalid or
// that could mean two different amounts is rejected with a translated message
// that quotes the input and shows how to write the amount in that locale.
//
// The locale's decimal separator and group separator decide the reading:
// - Spaces around the amount are ignored. So are the locale's currency symbol
//   and ISO code ("$", "€", "EUR") before or after the number, and the
//   invisible direction marks (U+200E, U+200F, U+061C) that right-to-left
//   locales put around signs.
// - One sign may precede the number or the currency symbol: the locale's
//   minus sign, "-", the locale's plus sign or "+". "-0" reads as zero.
// - Digits are ASCII, or the locale's own digits when it has them (ar_EG).
// - Group separators may appear only in the integer part. Besides the
//   locale's own, a locale that groups with a space also accepts U+0020,
//   U+00A0 and U+202F, and a locale that groups with an apostrophe accepts
//   both "'" and U+2019. Grouping must be well formed in one of two ways.
//   In standard grouping the first group has 1 to 3 digits and does not start
//   with 0, and every other group has exactly 3. Otherwise the grouping must be
//   the one that QLocale::toString() produces for that number, such as Indian
//   grouping in en_IN or "1234.567" in es_ES with Qt 6.4.
// - A single group separator that is "." or "," and is not followed by
//   exactly 3 digits is ambiguous and rejected ("1,5" in en_US, "1.5" in de_DE).
// - At most 2 significant decimals. Zeros after them are accepted, so
//   "1,500" in de_DE is 1.50.
// - A decimal separator before the number (".5") or after it ("5.") is
//   accepted. More than one decimal separator is rejected.
// - The magnitude may be at most Money::maxCents.
class MoneyParser
{
    Q_DECLARE_TR_FUNCTIONS(MoneyParser)

public:
    struct Result
    {
        std::optional<Money> value; // the amount, when the input is accepted
        QString error;              // translated reason, when the input is rejected
        // False for rejected input, and also for empty input, which has no error.
        bool isValid() const { return value.has_value(); }
    };

    // Parses `text` as written in `locale`. Input that is empty after trimming
    // returns no value and an empty error, so that the caller decides whether
    // the field is required. With `allowNegative` false, a negative amount
    // other than zero is rejected.
    static Result parse(const QString &text, const QLocale &locale, bool allowNegative = false);

    // Formats `money` the way parse() reads it back: Money::toString(locale).
    static QString format(const Money &money, const QLocale &locale);
};

} // namespace Activo
