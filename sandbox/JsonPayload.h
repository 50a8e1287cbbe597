#pragma once

#include "RawJson.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Activo::Sandbox {

// Helpers that read the members of a JSON request body and return the 400
// message of the first problem, or an empty string when the member is valid.
// Messages name the member by its JSON name.

// Largest amount a write accepts, in cents: 9999999999999.99, which keeps
// every sum and difference of two amounts far inside qint64.
inline constexpr int kMaximumAmountDigits = 15;

// Returns `value` in double quotes for an error message, cut to 40
// characters followed by "..." when longer.
QString quoted(const QString &value);

// The members of one payload, by name.
class Payload
{
public:
    explicit Payload(const QList<RawJsonMember> &members)
    {
        for (const RawJsonMember &member : members)
            m_rawValues.insert(member.name, member.value);
    }

    bool contains(const QString &name) const { return m_rawValues.contains(name); }
    QByteArray raw(const QString &name) const { return m_rawValues.value(name); }
    // Undefined when the member is absent.
    QJsonValue value(const QString &name) const
    {
        const auto found = m_rawValues.constFind(name);
        return found == m_rawValues.cend() ? QJsonValue(QJsonValue::Undefined) : decodeValue(found.value());
    }
    // True when the member is absent or null.
    bool isMissing(const QString &name) const
    {
        const QJsonValue member = value(name);
        return member.isUndefined() || member.isNull();
    }

private:
    QHash<QString, QByteArray> m_rawValues;
};

// Reads a date in the form YYYY-MM-DD. Absent or null gives an invalid date.
QString readDate(const Payload &payload, const QString &name, QDate *date);

// Reads an amount exactly from the JSON text. Absent or null is 0.
QString readAmount(const Payload &payload, const QString &name, qint64 *cents);

// Reads a string that may be absent or null, which both give nothing.
QString readOptionalText(const Payload &payload, const QString &name, std::optional<QString> *text);

// Reads true or false. Absent or null gives `defaultValue`.
QString readBoolean(const Payload &payload, const QString &name, bool defaultValue, bool *value);

} // namespace Activo::Sandbox
