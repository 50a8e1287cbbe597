#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace Activo::Sandbox {

// Helpers that work on JSON text instead of QJsonValue, because QJsonValue
// stores every number as a double and so cannot tell 0.10 from 0.1 or keep
// 999999999.99 exact.

// One member of a JSON object: the decoded name and the value as it appears
// in the text.
struct RawJsonMember
{
    QString name;
    QByteArray value;
};

// Returns the members of the JSON object in `text`, in the order they appear,
// or nothing when `text` is not one valid JSON object. Surrounding whitespace
// and a UTF-8 byte order mark are allowed, as QJsonDocument allows them. When
// a name repeats, only its last member is returned, which is the member that
// QJsonDocument keeps too.
std::optional<QList<RawJsonMember>> readObjectMembers(const QByteArray &text);

// Returns the elements of the JSON array `value`, each as it appears in the
// text, or nothing when `value` is not an array. `value` must be valid JSON,
// such as a member value from readObjectMembers().
std::optional<QList<QByteArray>> readArrayElements(const QByteArray &value);

// Decodes one JSON value, such as a member value from readObjectMembers().
// Numbers lose precision here, so read amounts with readDecimal() instead.
QJsonValue decodeValue(const QByteArray &value);

// Returns valid JSON `text` without the whitespace between tokens. Strings
// and numbers are copied byte for byte.
QByteArray compactJson(QByteArrayView text);

// A JSON number read exactly: `digits` × 10^-`scale`, negative when
// `negative` is set. `digits` has no leading or trailing zeros, so it is
// empty for zero and `scale` is the number of decimals the value needs. A
// negative `scale` stands for trailing zeros of a whole number.
struct ExactDecimal
{
    bool negative = false;
    QByteArray digits;
    qint64 scale = 0;

    bool isZero() const { return digits.isEmpty(); }
    // Number of digits before the decimal point, 0 for values below 1.
    qint64 integerDigitCount() const { return std::max<qint64>(0, digits.size() - scale); }
};

// Reads `token` as a JSON number, exponent included, without going through
// double. Returns nothing when `token` is not a JSON number, for example a
// string, true or null. "1.50", "1.5" and "15e-1" give the same value.
std::optional<ExactDecimal> readDecimal(QByteArrayView token);

// Returns `value` × 10^`decimals` when that is a whole number of at most
// `maximumDigits` digits, otherwise nothing. With `decimals` 2 this turns
// 1234.56 into 123456 hundredths. `maximumDigits` must not exceed 18, so the
// result fits in qint64.
std::optional<qint64> scaledInteger(const ExactDecimal &value, int decimals, int maximumDigits);

} // namespace Activo::Sandbox
