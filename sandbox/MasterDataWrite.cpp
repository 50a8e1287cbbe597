#include "MasterDataWrite.h"

#include "JsonPayload.h"

#include <QRegularExpression>

namespace Activo::Sandbox {

namespace {

// Reads `code` or `name`. `label` is the capitalised member name that the
// messages start with.
QString readRequiredTrimmed(const Payload &payload, const QString &name, const QString &label, QString *text)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("%1 is required.").arg(label);
    if (!value.isString())
        return QStringLiteral("%1 must be a string.").arg(label);
    *text = value.toString().trimmed();
    if (text->isEmpty())
        return QStringLiteral("%1 is required.").arg(label);
    return {};
}

// Reads an optional text member, trimmed. Blank text gives an empty string.
QString readOptionalTrimmed(const Payload &payload, const QString &name, QString *text)
{
    std::optional<QString> value;
    const QString error = readOptionalText(payload, name, &value);
    if (!error.isEmpty())
        return error;
    *text = value.value_or(QString()).trimmed();
    return {};
}

MasterDataWriteResult failure(const QString &message)
{
    MasterDataWriteResult result;
    result.error = message;
    return result;
}

} // namespace

QString lookupPath(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Category:
        return QStringLiteral("/categories");
    case LookupKind::Location:
        return QStringLiteral("/locations");
    case LookupKind::CostCenter:
        return QStringLiteral("/cost-centers");
    case LookupKind::DepreciationBook:
        return QStringLiteral("/depreciation-books");
    case LookupKind::Custodian:
        return QStringLiteral("/custodians");
    case LookupKind::Employee:
        return QStringLiteral("/employees");
    }
    Q_UNREACHABLE();
}

QString lookupNoun(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Category:
        return QStringLiteral("Category");
    case LookupKind::Location:
        return QStringLiteral("Location");
    case LookupKind::CostCenter:
        return QStringLiteral("Cost center");
    case LookupKind::DepreciationBook:
        return QStringLiteral("Depreciation book");
    case LookupKind::Custodian:
        return QStringLiteral("Custodian");
    case LookupKind::Employee:
        return QStringLiteral("Employee");
    }
    Q_UNREACHABLE();
}

MasterDataWriteResult readMasterDataWrite(const QByteArray &body, LookupKind kind)
{
    const std::optional<QList<RawJsonMember>> members = readObjectMembers(body);
    if (!members)
        return failure(QStringLiteral("The request body is not a JSON object."));
    const Payload payload(*members);

    LookupRecord record;
    QString error = readRequiredTrimmed(payload, QStringLiteral("code"), QStringLiteral("Code"), &record.code);
    if (error.isEmpty())
        error = readRequiredTrimmed(payload, QStringLiteral("name"), QStringLiteral("Name"), &record.name);

    if (error.isEmpty() && kind == LookupKind::Location) {
        error = readOptionalTrimmed(payload, QStringLiteral("city"), &record.city);
        if (error.isEmpty())
            error = readOptionalTrimmed(payload, QStringLiteral("country"), &record.country);
        if (error.isEmpty())
            error = readBoolean(payload, QStringLiteral("isActive"), true, &record.isActive);
    }

    if (error.isEmpty() && kind == LookupKind::Employee) {
        error = readOptionalTrimmed(payload, QStringLiteral("email"), &record.email);
        // One "@" with text on both sides and no spaces. Anything stricter
        // would reject addresses that mail servers accept.
        static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        if (error.isEmpty() && !record.email.isEmpty() && !address.match(record.email).hasMatch())
            error = QStringLiteral("email %1 is not an e-mail address.").arg(quoted(record.email));
    }

    if (!error.isEmpty())
        return failure(error);
    MasterDataWriteResult result;
    result.record = std::move(record);
    return result;
}

} // namespace Activo::Sandbox
