#include "RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace Activo::Sandbox {

namespace {

// Exponents are saturated here. Any exponent this large already makes a
// value too large or too precise for every use in the sandbox.
constexpr qint64 kExponentLimit = 1000000000;

bool isJsonWhitespace(char character)
{
    return character == ' ' || character == '\t' || character == '\r' || character == '\n';
}

bool isDigit(char character)
{
    return character >= '0' && character <= '9';
}

qsizetype skipWhitespace(const QByteArray &text, qsizetype position)
{
    while (position < text.size() && isJsonWhitespace(text.at(position)))
        ++position;
    return position;
}

// Returns the position after the string that starts with the quote at
// `position`, or -1 when the string does not end.
qsizetype skipString(const QByteArray &text, qsizetype position)
{
    for (qsizetype i = position + 1; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// Returns the position after the value that starts at `position`, or -1.
// The text has passed QJsonDocument already, so this only has to find
// where the value ends, not check it.
qsizetype skipValue(const QByteArray &text, qsizetype position)
{
    if (position >= text.size())
        return -1;

    const char first = text.at(position);
    if (first == '"')
        return skipString(text, position);

    if (first == '{' || first == '[') {
        int depth = 0;
        qsizetype i = position;
        while (i < text.size()) {
            const char character = text.at(i);
            if (character == '"') {
                i = skipString(text, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (character == '{' || character == '[') {
                ++depth;
            } else if (character == '}' || character == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return -1;
    }

    // A number, true, false or null.
    qsizetype end = position;
    while (end < text.size()) {
        const char character = text.at(end);
        if (character == ',' || character == '}' || character == ']' || isJsonWhitespace(character))
            break;
        ++end;
    }
    return end > position ? end : -1;
}

// Returns `members` without the members whose name appears again later.
QList<RawJsonMember> withoutEarlierRepeats(const QList<RawJsonMember> &members)
{
    QSet<QString> laterNames;
    QList<RawJsonMember> reversed;
    for (auto member = members.crbegin(); member != members.crend(); ++member) {
        if (laterNames.contains(member->name))
            continue;
        laterNames.insert(member->name);
        reversed.append(*member);
    }
    return QList<RawJsonMember>(reversed.crbegin(), reversed.crend());
}

} // namespace

std::optional<QList<RawJsonMember>> readObjectMembers(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;

    qsizetype position = 0;
    if (text.startsWith("\xEF\xBB\xBF"))
        position = 3;
    position = skipWhitespace(text, position);
    if (position >= text.size() || text.at(position) != '{')
        return std::nullopt;
    position = skipWhitespace(text, position + 1);

    QList<RawJsonMember> members;
    if (position < text.size() && text.at(position) == '}')
        return members;

    for (;;) {
        if (position >= text.size() || text.at(position) != '"')
            return std::nullopt;
        const qsizetype nameEnd = skipString(text, position);
        if (nameEnd < 0)
            return std::nullopt;
        const QString name = decodeValue(text.mid(position, nameEnd - position)).toString();

        position = skipWhitespace(text, nameEnd);
        if (position >= text.size() || text.at(position) != ':')
            return std::nullopt;
        position = skipWhitespace(text, position + 1);
        const qsizetype valueEnd = skipValue(text, position);
        if (valueEnd < 0)
            return std::nullopt;

        members.append(RawJsonMember{name, text.mid(position, valueEnd - position)});

        position = skipWhitespace(text, valueEnd);
        if (position >= text.size())
            return std::nullopt;
        if (text.at(position) == '}')
            return withoutEarlierRepeats(members);
        if (text.at(position) != ',')
            return std::nullopt;
        position = skipWhitespace(text, position + 1);
    }
}

std::optional<QList<QByteArray>> readArrayElements(const QByteArray &value)
{
    qsizetype position = skipWhitespace(value, 0);
    if (position >= value.size() || value.at(position) != '[')
        return std::nullopt;
    position = skipWhitespace(value, position + 1);

    QList<QByteArray> elements;
    if (position < value.size() && value.at(position) == ']')
        return elements;
    for (;;) {
        const qsizetype valueEnd = skipValue(value, position);
        if (valueEnd < 0)
            return std::nullopt;
        elements.append(value.mid(position, valueEnd - position));
        position = skipWhitespace(value, valueEnd);
        if (position >= value.size())
            return std::nullopt;
        if (value.at(position) == ']')
            return elements;
        if (value.at(position) != ',')
            return std::nullopt;
        position = skipWhitespace(value, position + 1);
    }
}

QJsonValue decodeValue(const QByteArray &value)
{
    // QJsonDocument parses only objects and arrays, so the value is read as
    // the single element of an array.
    const QJsonDocument document = QJsonDocument::fromJson('[' + value + ']');
    if (!document.isArray() || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().at(0);
}

QByteArray compactJson(QByteArrayView text)
{
    QByteArray result;
    result.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char character = text.at(i);
        if (inString) {
            result.append(character);
            if (character == '\\' && i + 1 < text.size())
                result.append(text.at(++i));
            else if (character == '"')
                inString = false;
        } else if (!isJsonWhitespace(character)) {
            result.append(character);
            inString = character == '"';
        }
    }
    return result;
}

std::optional<ExactDecimal> readDecimal(QByteArrayView token)
{
    // Grammar of RFC 8259: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
    ExactDecimal result;
    qsizetype i = 0;
    if (i < token.size() && token.at(i) == '-') {
        result.negative = true;
        ++i;
    }

    const qsizetype integerStart = i;
    while (i < token.size() && isDigit(token.at(i)))
        ++i;
    const QByteArrayView integerPart = token.sliced(integerStart, i - integerStart);
    if (integerPart.isEmpty() || (integerPart.size() > 1 && integerPart.at(0) == '0'))
        return std::nullopt;

    QByteArrayView fractionPart;
    if (i < token.size() && token.at(i) == '.') {
        const qsizetype fractionStart = ++i;
        while (i < token.size() && isDigit(token.at(i)))
            ++i;
        fractionPart = token.sliced(fractionStart, i - fractionStart);
        if (fractionPart.isEmpty())
            return std::nullopt;
    }

    qint64 exponent = 0;
    if (i < token.size() && (token.at(i) == 'e' || token.at(i) == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < token.size() && (token.at(i) == '+' || token.at(i) == '-'))
            negativeExponent = token.at(i++) == '-';
        const qsizetype exponentStart = i;
        while (i < token.size() && isDigit(token.at(i))) {
            exponent = std::min(kExponentLimit, exponent * 10 + (token.at(i) - '0'));
            ++i;
        }
        if (i == exponentStart)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != token.size())
        return std::nullopt;

    result.digits = integerPart.toByteArray() + fractionPart.toByteArray();
    result.scale = fractionPart.size() - exponent;

    qsizetype leadingZeros = 0;
    while (leadingZeros < result.digits.size() && result.digits.at(leadingZeros) == '0')
        ++leadingZeros;
    result.digits.remove(0, leadingZeros);
    while (result.digits.endsWith('0')) {
        result.digits.chop(1);
        --result.scale;
    }
    if (result.digits.isEmpty()) {
        // Zero, "-0" and "0.00e5" included, has one form.
        result.negative = false;
        result.scale = 0;
    }
    return result;
}

std::optional<qint64> scaledInteger(const ExactDecimal &value, int decimals, int maximumDigits)
{
    Q_ASSERT(maximumDigits <= 18);
    if (value.isZero())
        return 0;
    if (value.scale > decimals)
        return std::nullopt;

    const qint64 shift = decimals - value.scale;
    if (value.digits.size() + shift > maximumDigits)
        return std::nullopt;

    qint64 result = 0;
    for (const char digit : value.digits)
        result = result * 10 + (digit - '0');
    for (qint64 i = 0; i < shift; ++i)
        result *= 10;
    return value.negative ? -result : result;
}

} // namespace Activo::Sandbox
