#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUuid>

#include <optional>

namespace Activo::Json {

// Tolerant readers for values of API objects. Each returns an empty result
// for a missing field, null or a value of the wrong type, so one odd field
// never costs the whole record.

// A string, or a number written as text; anything else yields an empty string.
QString string(const QJsonObject &object, QLatin1String name);

// A GUID in any of the forms QUuid accepts ("3fa8...", "{3fa8...}").
QUuid uuid(const QJsonValue &value);

// A "YYYY-MM-DD" calendar date. A date-time ("2025-06-05T00:00:00Z") keeps
// its written calendar day: no time-zone conversion.
QDate date(const QJsonValue &value);

// A whole number from a JSON number without fraction or a numeric string.
std::optional<qint64> integer(const QJsonValue &value);

// A boolean, or the strings "true"/"false".
std::optional<bool> boolean(const QJsonValue &value);

// A linked record as the API returns it: a nested {id, code, name} object
// under `name`, or only a plain id under `name` + "Id"; both are accepted.
struct Link
{
    QUuid id;
    QString code;
    QString name;
    bool isNull() const { return id.isNull() && code.isEmpty() && name.isEmpty(); }
};
Link link(const QJsonObject &object, QLatin1String name, QLatin1String idName);

} // namespace Activo::Json
