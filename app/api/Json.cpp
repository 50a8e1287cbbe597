#include "api/Json.h"

#include <QJsonObject>

#include <cmath>

namespace Activo::Json {

QString string(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return QString();
}

QUuid uuid(const QJsonValue &value)
{
    if (!value.isString())
        return QUuid();
    return QUuid::fromString(value.toString().trimmed());
}

QDate date(const QJsonValue &value)
{
    if (!value.isString())
        return QDate();
    const QString text = value.toString().trimmed();
    // Only the calendar part counts; a time or offset after it never moves the day.
    if (text.size() < 10)
        return QDate();
    const QDate parsed = QDate::fromString(text.left(10), Qt::ISODate);
    if (text.size() > 10 && text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' '))
        return QDate();
    return parsed;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > 9.0e15)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

Link link(const QJsonObject &object, QLatin1String name, QLatin1String idName)
{
    Link result;
    const QJsonValue nested = object.value(name);
    if (nested.isObject()) {
        const QJsonObject linked = nested.toObject();
        result.id = uuid(linked.value(QLatin1String("id")));
        result.code = string(linked, QLatin1String("code"));
        result.name = string(linked, QLatin1String("name"));
    }
    if (result.id.isNull())
        result.id = uuid(object.value(idName));
    return result;
}

} // namespace Activo::Json
