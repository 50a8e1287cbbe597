#include "models/MoneyParser.h"

#include <QList>
#include <QStringList>

namespace Activo {

namespace {

// Digits before the decimal separator in Money::maxCents.
constexpr int maxIntegerDigits = 12;

bool isDirectionMark(QChar c)
{
    return c.unicode() == 0x200E || c.unicode() == 0x200F || c.unicode() == 0x061C;
}

QString removeDirectionMarks(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isDirectionMark(c))
            result.append(c);
    }
    return result;
}

bool isSpaceSeparator(QStringView separator)
{
    return separator.size() == 1 && separator.front().isSpace();
}

bool isApostropheSeparator(QStringView separator)
{
    return separator == QLatin1String("'") || separator == QStringView(u"\u2019");
}

// The separators, digits and signs that one reading of a number accepts.
struct Convention
{
    QString decimal;
    QStringList groups; // the locale's own group separator first
    QStringList signs;  // plus and minus signs, which may only precede the number
    QChar nativeZero;   // the locale's digit zero when it is not ASCII, else null
    // When set, the grouping that this locale's QLocale::toString() produces is also accepted.
    const QLocale *groupingLocale = nullptr;
};

Convention localeConvention(const QLocale &locale, const QStringList &signs)
{
    Convention convention;
    convention.decimal = removeDirectionMarks(locale.decimalPoint());

    const QString group = removeDirectionMarks(locale.groupSeparator());
    convention.groups.append(group);
    if (isSpaceSeparator(group)) {
        convention.groups << QStringLiteral(" ") << QString(QChar(0x00A0)) << QString(QChar(0x202F));
    } else if (isApostropheSeparator(group)) {
        convention.groups << QStringLiteral("'") << QString(QChar(0x2019));
    }
    convention.groups.removeDuplicates();

    convention.signs = signs;
    const QString zero = locale.zeroDigit();
    // NOTE: digits outside the Basic Multilingual Plane (a zeroDigit() of two UTF-16 units) are not read.
    if (zero.size() == 1 && zero.front() != QLatin1Char('0'))
        convention.nativeZero = zero.front();
    convention.groupingLocale = &locale;
    return convention;
}

// The convention with the other of "." and "," as the decimal separator, as a
// user used to another locale types it. It reads suggestions only.
Convention alternativeConvention(const Convention &own)
{
    Convention other;
    const bool ownDecimalIsPoint = own.decimal == QLatin1String(".");
    other.decimal = ownDecimalIsPoint ? QStringLiteral(",") : QStringLiteral(".");
    other.groups.append(ownDecimalIsPoint ? QStringLiteral(".") : QStringLiteral(","));
    for (const QString &group : own.groups) {
        if (group != other.decimal)
            other.groups.append(group);
    }
    other.groups.removeDuplicates();
    other.signs = own.signs;
    other.nativeZero = own.nativeZero;
    return other;
}

enum class TokenKind { Digits, Decimal, Group };

struct Token
{
    TokenKind kind;
    QString text; // ASCII digits for Digits, the separator as typed otherwise
};

enum class Problem {
    None,
    NoDigits,
    InvalidCharacter,
    MisplacedSign,
    UnusedSeparator,
    RepeatedDecimal,
    GroupAfterDecimal,
    AdjacentSeparators,
    AmbiguousGroup,
    MisplacedGroup,
    TooManyDecimals,
    TooLarge,
};

// The outcome of reading the number without its sign and currency.
struct Reading
{
    Problem problem = Problem::None;
    QString subject; // the character or separator that the problem is about
    // Magnitude in cents: the amount read, or the nearest valid amount for
    // MisplacedGroup and TooManyDecimals when there is one.
    std::optional<qint64> cents;
    int decimals = 0; // significant decimals, for TooManyDecimals
    // The only separator is followed by exactly 3 digits, so that the other
    // convention reads the same text as a different amount.
    bool loneSeparatorBeforeThreeDigits = false;
};

int digitValue(QChar c, QChar nativeZero)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (!nativeZero.isNull() && c.unicode() >= nativeZero.unicode() && c.unicode() <= nativeZero.unicode() + 9)
        return c.unicode() - nativeZero.unicode();
    return -1;
}

// Returns the separator of `candidates` that `text` starts with, or an empty view.
QStringView matchingPrefix(QStringView text, const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && text.startsWith(candidate))
            return candidate;
    }
    return {};
}

// Returns the code point at `index`, both halves of a surrogate pair included.
QString characterAt(QStringView text, qsizetype index)
{
    const qsizetype length = text.at(index).isHighSurrogate() && index + 1 < text.size() ? 2 : 1;
    return text.mid(index, length).toString();
}

// Splits `body` into digit runs and separators. Returns a reading with a
// problem when `body` contains something else.
Reading tokenize(QStringView body, const Convention &convention, QList<Token> *tokens)
{
    bool hasDigit = false;
    bool hasOtherDigit = false; // a decimal digit of a script that this locale does not write
    bool hasSign = false;
    QString invalidCharacter;
    QString unusedSeparator;

    qsizetype index = 0;
    while (index < body.size()) {
        const QChar c = body.at(index);
        const int digit = digitValue(c, convention.nativeZero);
        if (digit >= 0) {
            if (tokens->isEmpty() || tokens->constLast().kind != TokenKind::Digits)
                tokens->append(Token{TokenKind::Digits, QString()});
            tokens->last().text.append(QLatin1Char(char('0' + digit)));
            hasDigit = true;
            ++index;
            continue;
        }

        const QStringView rest = body.mid(index);
        if (!convention.decimal.isEmpty() && rest.startsWith(convention.decimal)) {
            tokens->append(Token{TokenKind::Decimal, convention.decimal});
            index += convention.decimal.size();
            continue;
        }
        const QStringView group = matchingPrefix(rest, convention.groups);
        if (!group.isEmpty()) {
            tokens->append(Token{TokenKind::Group, group.toString()});
            index += group.size();
            continue;
        }
        const QStringView sign = matchingPrefix(rest, convention.signs);
        if (!sign.isEmpty()) {
            hasSign = true;
            index += sign.size();
            continue;
        }

        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (unusedSeparator.isEmpty())
                unusedSeparator = c;
        } else if (invalidCharacter.isEmpty()) {
            invalidCharacter = characterAt(body, index);
        }
        hasOtherDigit = hasOtherDigit || c.isDigit();
        index += c.isHighSurrogate() ? 2 : 1;
    }

    Reading reading;
    if (!hasDigit && !hasOtherDigit) {
        reading.problem = Problem::NoDigits;
    } else if (hasSign) {
        reading.problem = Problem::MisplacedSign;
    } else if (!invalidCharacter.isEmpty()) {
        reading.problem = Problem::InvalidCharacter;
        reading.subject = invalidCharacter;
    } else if (!unusedSeparator.isEmpty()) {
        reading.problem = Problem::UnusedSeparator;
        reading.subject = unusedSeparator;
    }
    return reading;
}

QList<int> groupSizes(const QString &formatted, const QString &separator)
{
    QList<int> sizes;
    for (const QString &part : formatted.split(separator))
        sizes.append(int(part.toUcs4().size()));
    return sizes;
}

// True when `sizes` (the digit counts between group separators, left to
// right) group the integer `digits` the standard way or the way the locale
// itself formats that number.
bool isWellFormedGrouping(const QList<int> &sizes, const QString &digits, const Convention &convention)
{
    if (digits.startsWith(QLatin1Char('0')))
        return false;

    bool standard = sizes.first() >= 1 && sizes.first() <= 3;
    for (qsizetype i = 1; i < sizes.size(); ++i)
        standard = standard && sizes.at(i) == 3;
    if (standard)
        return true;

    if (!convention.groupingLocale || digits.size() > maxIntegerDigits)
        return false;
    const QLocale &locale = *convention.groupingLocale;
    const QString formatted = locale.toString(digits.toLongLong());
    return groupSizes(formatted, locale.groupSeparator()) == sizes;
}

// Computes the magnitude in cents from ASCII integer and fraction digits.
Reading readValue(const QString &integerDigits, const QString &fractionDigits)
{
    Reading reading;

    QStringView units = integerDigits;
    while (!units.isEmpty() && units.front() == QLatin1Char('0'))
        units = units.mid(1);
    if (units.size() > maxIntegerDigits) {
        reading.problem = Problem::TooLarge;
        return reading;
    }
    const qint64 unitCents = (units.isEmpty() ? 0 : units.toLongLong()) * 100;

    QStringView decimals = fractionDigits;
    while (!decimals.isEmpty() && decimals.back() == QLatin1Char('0'))
        decimals.chop(1);
    const qint64 truncated = unitCents + (decimals.size() >= 1 ? 10 * (decimals.at(0).unicode() - '0') : 0)
        + (decimals.size() >= 2 ? decimals.at(1).unicode() - '0' : 0);

    if (decimals.size() > 2) {
        reading.problem = Problem::TooManyDecimals;
        reading.decimals = int(decimals.size());
        // Rounded half away from zero, and offered only when the result is in range.
        const qint64 rounded = truncated + (decimals.at(2) >= QLatin1Char('5') ? 1 : 0);
        if (rounded <= Money::maxCents)
            reading.cents = rounded;
        return reading;
    }
    if (truncated > Money::maxCents) {
        reading.problem = Problem::TooLarge;
        return reading;
    }
    reading.cents = truncated;
    return reading;
}

// Reads the number without its sign and currency, as a magnitude.
Reading readNumber(QStringView body, const Convention &convention)
{
    QList<Token> tokens;
    Reading reading = tokenize(body, convention, &tokens);
    if (reading.problem != Problem::None)
        return reading;

    const bool loneSeparatorBeforeThreeDigits = tokens.size() == 3 && tokens.at(0).kind == TokenKind::Digits
        && tokens.at(1).kind != TokenKind::Digits && tokens.at(2).text.size() == 3;

    qsizetype decimalIndex = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.kind == TokenKind::Decimal) {
            if (decimalIndex >= 0) {
                reading.problem = Problem::RepeatedDecimal;
                reading.subject = token.text;
                return reading;
            }
            decimalIndex = i;
        }
    }
    for (qsizetype i = decimalIndex + 1; decimalIndex >= 0 && i < tokens.size(); ++i) {
        if (tokens.at(i).kind == TokenKind::Group) {
            reading.problem = Problem::GroupAfterDecimal;
            reading.subject = tokens.at(i).text;
            return reading;
        }
    }
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (tokens.at(i - 1).kind != TokenKind::Digits && tokens.at(i).kind != TokenKind::Digits) {
            reading.problem = Problem::AdjacentSeparators;
            return reading;
        }
    }

    // The integer part: its digits, and the digit count of each group when it has separators.
    const qsizetype integerEnd = decimalIndex >= 0 ? decimalIndex : tokens.size();
    QString integerDigits;
    QList<int> sizes{0};
    QString firstGroup;
    for (qsizetype i = 0; i < integerEnd; ++i) {
        const Token &token = tokens.at(i);
        if (token.kind == TokenKind::Digits) {
            integerDigits += token.text;
            sizes.last() = int(token.text.size());
        } else {
            if (firstGroup.isEmpty())
                firstGroup = token.text;
            sizes.append(0);
        }
    }
    const QString fractionDigits =
        decimalIndex >= 0 && decimalIndex + 1 < tokens.size() ? tokens.at(decimalIndex + 1).text : QString();

    if (sizes.size() > 1 && !isWellFormedGrouping(sizes, integerDigits, convention)) {
        const bool groupLooksDecimal = firstGroup == QLatin1String(".") || firstGroup == QLatin1String(",");
        if (sizes.size() == 2 && decimalIndex < 0 && groupLooksDecimal && sizes.last() != 3) {
            reading.problem = Problem::AmbiguousGroup;
        } else {
            reading.problem = Problem::MisplacedGroup;
            // The amount with the group separators left out, offered when it is a plausible reading.
            const Reading ungrouped = readValue(integerDigits, fractionDigits);
            if (ungrouped.problem == Problem::None && !integerDigits.startsWith(QLatin1Char('0')))
                reading.cents = ungrouped.cents;
        }
        reading.subject = firstGroup;
        return reading;
    }

    reading = readValue(integerDigits, fractionDigits);
    reading.loneSeparatorBeforeThreeDigits = loneSeparatorBeforeThreeDigits;
    return reading;
}

Money signedMoney(qint64 magnitude, bool negative)
{
    return Money::fromCents(negative ? -magnitude : magnitude);
}

// Removes the first of `candidates` (compared without case) from the start or the end of `text`.
bool removeAffix(QStringView *text, const QStringList &candidates, bool atStart)
{
    for (const QString &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        if (atStart && text->startsWith(candidate, Qt::CaseInsensitive)) {
            *text = text->mid(candidate.size()).trimmed();
            return true;
        }
        if (!atStart && text->endsWith(candidate, Qt::CaseInsensitive)) {
            *text = text->chopped(candidate.size()).trimmed();
            return true;
        }
    }
    return false;
}

// Removes a leading minus or plus sign from `text`. Returns whether there was one.
bool removeSign(QStringView *text, const QStringList &minusSigns, const QStringList &plusSigns, bool *negative)
{
    if (removeAffix(text, minusSigns, true)) {
        *negative = true;
        return true;
    }
    return removeAffix(text, plusSigns, true);
}

QString negativeAmountMessage(const QString &typed, const QLocale &locale)
{
    return MoneyParser::tr("\"%1\" is negative, but this amount must be %2 or more.")
        .arg(typed, Money().toString(locale));
}

// Returns the name of a separator or character for use inside a message.
QString describeCharacter(const QString &character)
{
    if (isSpaceSeparator(character)) {
        //: Names a space character inside an amount, as in: "1 234" contains a space.
        return MoneyParser::tr("a space");
    }
    if (character.size() == 1 && !character.front().isPrint()) {
        return MoneyParser::tr("the character U+%1")
            .arg(QString::number(character.front().unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    //: Quotes one character or separator of an amount inside a message.
    return MoneyParser::tr("\"%1\"").arg(character);
}

struct MessageContext
{
    QString typed; // the input as typed, trimmed
    QStringView body;
    const QLocale &locale;
    const Convention &convention;
    bool negative;
    bool allowNegative;
};

// The amount that a user of the other decimal convention meant, when that
// reading is valid and is the only plausible one.
std::optional<Money> alternativeAmount(const MessageContext &context)
{
    const Reading reading = readNumber(context.body, alternativeConvention(context.convention));
    if (reading.problem != Problem::None || reading.loneSeparatorBeforeThreeDigits || !reading.cents)
        return std::nullopt;
    return signedMoney(*reading.cents, context.negative);
}

QString withSuggestion(const QString &message, const std::optional<Money> &suggestion, const QLocale &locale)
{
    if (!suggestion)
        return message;
    return message + QLatin1Char(' ') + MoneyParser::tr("Did you mean %1?").arg(suggestion->toString(locale));
}

// Builds the message for a reading with a problem.
QString describeProblem(const Reading &reading, const MessageContext &context)
{
    const QLocale &locale = context.locale;
    const QString example = Money::fromCents(123456).toString(locale);
    const QString decimal = describeCharacter(context.convention.decimal);
    const QString subject = describeCharacter(reading.subject);

    switch (reading.problem) {
    case Problem::None:
        break;
    case Problem::NoDigits:
        return MoneyParser::tr("\"%1\" is not a valid amount. Type an amount such as %2.").arg(context.typed, example);
    case Problem::InvalidCharacter:
        return MoneyParser::tr("\"%1\" is not a valid amount because it contains %2. Type an amount such as %3.")
            .arg(context.typed, subject, example);
    case Problem::MisplacedSign:
        if (!context.allowNegative) {
            return MoneyParser::tr("\"%1\" has a sign in the wrong place, and this amount cannot be negative. "
                                   "Type an amount such as %2.")
                .arg(context.typed, example);
        }
        return MoneyParser::tr("\"%1\" has a sign in the wrong place. Type the minus sign before the amount, as in %2.")
            .arg(context.typed, Money::fromCents(-123456).toString(locale));
    case Problem::UnusedSeparator:
        return withSuggestion(MoneyParser::tr("\"%1\" contains %2, which this locale does not use in amounts. "
                                              "Decimals are written with %3, as in %4.")
                                  .arg(context.typed, subject, decimal, example),
                              alternativeAmount(context), locale);
    case Problem::RepeatedDecimal:
        return withSuggestion(MoneyParser::tr("\"%1\" contains the decimal separator %2 more than once. "
                                              "Type an amount such as %3.")
                                  .arg(context.typed, decimal, example),
                              alternativeAmount(context), locale);
    case Problem::GroupAfterDecimal:
        return withSuggestion(MoneyParser::tr("\"%1\" has %2 after the decimal separator %3. "
                                              "Group separators may appear only before it, as in %4.")
                                  .arg(context.typed, subject, decimal, example),
                              alternativeAmount(context), locale);
    case Problem::AdjacentSeparators:
        return MoneyParser::tr("\"%1\" has two separators in a row. Type an amount such as %2.")
            .arg(context.typed, example);
    case Problem::AmbiguousGroup:
        return withSuggestion(MoneyParser::tr("\"%1\" is ambiguous because %2 looks like a decimal separator. "
                                              "This locale groups thousands with %2 and writes decimals with %3, "
                                              "as in %4.")
                                  .arg(context.typed, subject, decimal, example),
                              alternativeAmount(context), locale);
    case Problem::MisplacedGroup: {
        const QString grouped =
            reading.cents ? signedMoney(*reading.cents, context.negative).toString(locale) : example;
        return MoneyParser::tr("\"%1\" has %2 in the wrong place for a group separator. Group the digits as in %3.")
            .arg(context.typed, subject, grouped);
    }
    case Problem::TooManyDecimals: {
        const QString message = MoneyParser::tr("\"%1\" has %n decimals, but amounts have at most 2.", nullptr,
                                                reading.decimals)
                                    .arg(context.typed);
        if (!reading.cents)
            return message;
        return message + QLatin1Char(' ')
            + MoneyParser::tr("Rounded to 2 decimals, it is %1.")
                  .arg(signedMoney(*reading.cents, context.negative).toString(locale));
    }
    case Problem::TooLarge:
        if (context.negative && context.allowNegative) {
            return MoneyParser::tr("\"%1\" is smaller than the minimum amount, %2.")
                .arg(context.typed, Money::fromCents(-Money::maxCents).toString(locale));
        }
        if (context.negative)
            return negativeAmountMessage(context.typed, locale);
        return MoneyParser::tr("\"%1\" is larger than the maximum amount, %2.")
            .arg(context.typed, Money::fromCents(Money::maxCents).toString(locale));
    }
    return QString();
}

} // namespace

MoneyParser::Result MoneyParser::parse(const QString &text, const QLocale &locale, bool allowNegative)
{
    Result result;
    const QString typed = text.trimmed();
    const QString cleaned = removeDirectionMarks(typed).trimmed();
    if (cleaned.isEmpty())
        return result;

    const QStringList minusSigns{removeDirectionMarks(locale.negativeSign()), QStringLiteral("-")};
    const QStringList plusSigns{removeDirectionMarks(locale.positiveSign()), QStringLiteral("+")};
    const QStringList currencies{removeDirectionMarks(locale.currencySymbol(QLocale::CurrencySymbol)),
                                 removeDirectionMarks(locale.currencySymbol(QLocale::CurrencyIsoCode))};
    const Convention convention = localeConvention(locale, minusSigns + plusSigns);

    // One sign, before or after a currency prefix, and one currency mention at either end.
    QStringView body = cleaned;
    bool negative = false;
    const bool hasSign = removeSign(&body, minusSigns, plusSigns, &negative);
    const bool hasCurrency = removeAffix(&body, currencies, true);
    if (!hasSign)
        removeSign(&body, minusSigns, plusSigns, &negative);
    if (!hasCurrency)
        removeAffix(&body, currencies, false);

    const Reading reading = readNumber(body, convention);
    const MessageContext context{typed, body, locale, convention, negative, allowNegative};
    if (reading.problem != Problem::None) {
        result.error = describeProblem(reading, context);
        return result;
    }

    const qint64 cents = *reading.cents;
    if (negative && cents != 0 && !allowNegative) {
        result.error = negativeAmountMessage(typed, locale);
        return result;
    }
    result.value = signedMoney(cents, negative);
    return result;
}

QString MoneyParser::format(const Money &money, const QLocale &locale)
{
    return money.toString(locale);
}

} // namespace Activo
