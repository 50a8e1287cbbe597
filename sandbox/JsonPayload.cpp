#include "JsonPayload.h"

#include <QRegularExpression>

namespace Activo::Sandbox {

namespace {

// Maximum number of characters of a rejected value that a message repeats.
constexpr qsizetype kMaximumEchoedLength = 40;

QString maximumAmountText()
{
    return QString(kMaximumAmountDigits - 2, QLatin1Char('9')) + QStringLiteral(".99");
}

} // namespace

QString quoted(const QString &value)
{
    QString echoed = value;
    if (echoed.size() > kMaximumEchoedLength)
        echoed = echoed.left(kMaximumEchoedLength) + QStringLiteral("...");
    return QLatin1Char('"') + echoed + QLatin1Char('"');
}

QString readDate(const Payload &payload, const QString &name, QDate *date)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull()) {
        *date = QDate();
        return {};
    }

    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = isoDate.match(value.toString());
    const QDate parsed = value.isString() && match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QDate();
    if (!parsed.isValid())
        return QStringLiteral("%1 must be a date in the form YYYY-MM-DD.").arg(name);
    *date = parsed;
    return {};
}

QString readAmount(const Payload &payload, const QString &name, qint64 *cents)
{
    if (payload.isMissing(name)) {
        *cents = 0;
        return {};
    }

    const QString formatError = QStringLiteral("%1 must be a number with at most two decimals.").arg(name);
    const std::optional<ExactDecimal> decimal = readDecimal(payload.raw(name));
    if (!decimal)
        return formatError;
    if (decimal->negative)
        return QStringLiteral("%1 must not be negative.").arg(name);
    if (decimal->scale > 2)
        return formatError;
    const std::optional<qint64> value = scaledInteger(*decimal, 2, kMaximumAmountDigits);
    if (!value)
        return QStringLiteral("%1 must not be greater than %2.").arg(name, maximumAmountText());
    *cents = *value;
    return {};
}

QString readOptionalText(const Payload &payload, const QString &name, std::optional<QString> *text)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull()) {
        text->reset();
        return {};
    }
    if (!value.isString())
        return QStringLiteral("%1 must be a string or null.").arg(name);
    *text = value.toString();
    return {};
}

QString readBoolean(const Payload &payload, const QString &name, bool defaultValue, bool *value)
{
    const QJsonValue member = payload.value(name);
    if (member.isUndefined() || member.isNull()) {
        *value = defaultValue;
        return {};
    }
    if (!member.isBool())
        return QStringLiteral("%1 must be true or false.").arg(name);
    *value = member.toBool();
    return {};
}

} // namespace Activo::Sandbox
