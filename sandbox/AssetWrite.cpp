#include "AssetWrite.h"

#include "RawJson.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <limits>

namespace Activo::Sandbox {

namespace {

const QString kDefaultDepreciationMethod = QStringLiteral("StraightLine");
const QString kDefaultStatus = QStringLiteral("Active");
const QString kDefaultAvailability = QStringLiteral("Available");

// One linked record of the write payload: `idName` contains the id, and
// `objectName` is the nested form {"id": ...} that GET returns.
struct LinkField
{
    LookupKind kind;
    QLatin1String idName;
    QLatin1String objectName;
    QLatin1String recordNoun; // with its article, for messages
    int AssetRecord::*index;
};

const LinkField kLinkFields[] = {
    {LookupKind::Category, QLatin1String("categoryId"), QLatin1String("category"),
     QLatin1String("a category"), &AssetRecord::categoryIndex},
    {LookupKind::Location, QLatin1String("locationId"), QLatin1String("location"),
     QLatin1String("a location"), &AssetRecord::locationIndex},
    {LookupKind::CostCenter, QLatin1String("costCenterId"), QLatin1String("costCenter"),
     QLatin1String("a cost center"), &AssetRecord::costCenterIndex},
    {LookupKind::Custodian, QLatin1String("custodianId"), QLatin1String("custodian"),
     QLatin1String("a custodian"), &AssetRecord::custodianIndex},
    {LookupKind::DepreciationBook, QLatin1String("depreciationBookId"), QLatin1String("depreciationBook"),
     QLatin1String("a depreciation book"), &AssetRecord::depreciationBookIndex},
};

// Members that the sandbox reads or computes. Every other member is kept as
// an extra member. The asset JSON writes only names from this set, so an
// extra member can never repeat a name.
const QSet<QString> &knownMemberNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> result = {
            QStringLiteral("id"),
            QStringLiteral("assetCode"),
            QStringLiteral("name"),
            QStringLiteral("epc"),
            QStringLiteral("acquisitionDate"),
            QStringLiteral("acquisitionCost"),
            QStringLiteral("salvageValue"),
            QStringLiteral("usefulLifeMonths"),
            QStringLiteral("depreciationMethod"),
            QStringLiteral("status"),
            QStringLiteral("availability"),
            QStringLiteral("accumulatedDepreciation"),
            QStringLiteral("netBookValue"),
        };
        for (const LinkField &field : kLinkFields) {
            result.insert(field.idName);
            result.insert(field.objectName);
        }
        return result;
    }();
    return names;
}

// Reads a required, non-blank string member. Returns the error message or
// an empty string.
QString readRequiredText(const Payload &payload, const QString &name, QString *text)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("%1 is required.").arg(name);
    if (!value.isString())
        return QStringLiteral("%1 must be a string.").arg(name);
    if (value.toString().trimmed().isEmpty())
        return QStringLiteral("%1 is required.").arg(name);
    *text = value.toString();
    return {};
}

// Checks one id against the lookups. `fieldPath` is the name used in
// messages, such as "categoryId" or "category.id".
QString resolveLinkId(const QJsonValue &value, const QString &fieldPath, const LinkField &field,
                      const LookupIds &lookups, int *index)
{
    if (value.isUndefined() || value.isNull()) {
        *index = kNoLink;
        return {};
    }
    if (!value.isString())
        return QStringLiteral("%1 must be a string or null.").arg(fieldPath);

    const QString text = value.toString();
    const QUuid id = QUuid::fromString(text);
    *index = id.isNull() ? kNoLink : lookups.indexOf(field.kind, id);
    if (*index == kNoLink) {
        return QStringLiteral("%1 %2 does not match %3 of this company.")
            .arg(fieldPath, quoted(text), field.recordNoun);
    }
    return {};
}

// Reads one link. The plain xxxId member wins over the nested object when
// both are present, even when it is null.
QString readLink(const Payload &payload, const LinkField &field, const LookupIds &lookups, int *index)
{
    const QString idName = field.idName;
    if (payload.contains(idName))
        return resolveLinkId(payload.value(idName), idName, field, lookups, index);

    const QString objectName = field.objectName;
    const QJsonValue object = payload.value(objectName);
    if (object.isUndefined() || object.isNull()) {
        *index = kNoLink;
        return {};
    }
    if (!object.isObject())
        return QStringLiteral("%1 must be an object or null.").arg(objectName);
    return resolveLinkId(object.toObject().value(QStringLiteral("id")), objectName + QStringLiteral(".id"),
                         field, lookups, index);
}

// Reads a positive whole number. Absent or null is 0, which stands for
// "not set".
QString readPositiveInteger(const Payload &payload, const QString &name, int *number)
{
    if (payload.isMissing(name)) {
        *number = 0;
        return {};
    }

    const std::optional<ExactDecimal> decimal = readDecimal(payload.raw(name));
    if (!decimal || decimal->scale > 0)
        return QStringLiteral("%1 must be a whole number.").arg(name);
    if (decimal->negative || decimal->isZero())
        return QStringLiteral("%1 must be greater than 0.").arg(name);

    constexpr int kMaximum = std::numeric_limits<int>::max();
    const std::optional<qint64> value = scaledInteger(*decimal, 0, 10);
    if (!value || *value > kMaximum)
        return QStringLiteral("%1 must not be greater than %2.").arg(name).arg(kMaximum);
    *number = int(*value);
    return {};
}

// Reads an enumeration. Any non-blank string is accepted and kept as sent,
// because the API reference does not list every value.
QString readEnumeration(const Payload &payload, const QString &name, const QString &defaultValue,
                        QString *text)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull()) {
        *text = defaultValue;
        return {};
    }
    if (!value.isString())
        return QStringLiteral("%1 must be a string.").arg(name);
    if (value.toString().trimmed().isEmpty())
        return QStringLiteral("%1 must not be empty.").arg(name);
    *text = value.toString();
    return {};
}

AssetWriteResult failure(const QString &message)
{
    AssetWriteResult result;
    result.error = message;
    return result;
}

} // namespace

LookupIds::LookupIds(const CompanyRecord &company)
{
    for (int kind = 0; kind < kLookupKindCount; ++kind) {
        const QList<LookupRecord> &records = company.lookups[std::size_t(kind)];
        QHash<QUuid, int> &indexes = m_indexes[std::size_t(kind)];
        for (int index = 0; index < records.size(); ++index)
            indexes.insert(QUuid::fromString(records.at(index).id), index);
    }
}

int LookupIds::indexOf(LookupKind kind, const QUuid &id) const
{
    return m_indexes[std::size_t(kind)].value(id, kNoLink);
}

void LookupIds::insert(LookupKind kind, const QUuid &id, int index)
{
    m_indexes[std::size_t(kind)].insert(id, index);
}

QString duplicateAssetCodeMessage(const QString &assetCode)
{
    return QStringLiteral("assetCode %1 is already used by another asset.").arg(quoted(assetCode));
}

AssetWriteResult readAssetWrite(const QByteArray &body, const LookupIds &lookups)
{
    const std::optional<QList<RawJsonMember>> members = readObjectMembers(body);
    if (!members)
        return failure(QStringLiteral("The request body is not a JSON object."));
    const Payload payload(*members);

    AssetRecord asset;
    QString error = readRequiredText(payload, QStringLiteral("assetCode"), &asset.assetCode);
    if (error.isEmpty())
        error = readRequiredText(payload, QStringLiteral("name"), &asset.name);
    if (!error.isEmpty())
        return failure(error);

    const QJsonValue epc = payload.value(QStringLiteral("epc"));
    if (epc.isString())
        asset.epc = epc.toString();
    else if (!epc.isUndefined() && !epc.isNull())
        return failure(QStringLiteral("epc must be a string or null."));

    for (const LinkField &field : kLinkFields) {
        error = readLink(payload, field, lookups, &(asset.*field.index));
        if (!error.isEmpty())
            return failure(error);
    }

    error = readDate(payload, QStringLiteral("acquisitionDate"), &asset.acquisitionDate);
    if (error.isEmpty())
        error = readAmount(payload, QStringLiteral("acquisitionCost"), &asset.acquisitionCostCents);
    if (error.isEmpty())
        error = readAmount(payload, QStringLiteral("salvageValue"), &asset.salvageValueCents);
    if (error.isEmpty() && asset.salvageValueCents > asset.acquisitionCostCents)
        error = QStringLiteral("salvageValue must not be greater than acquisitionCost.");
    if (error.isEmpty())
        error = readPositiveInteger(payload, QStringLiteral("usefulLifeMonths"), &asset.usefulLifeMonths);
    if (error.isEmpty()) {
        error = readEnumeration(payload, QStringLiteral("depreciationMethod"), kDefaultDepreciationMethod,
                                &asset.depreciationMethod);
    }
    if (error.isEmpty())
        error = readEnumeration(payload, QStringLiteral("status"), kDefaultStatus, &asset.status);
    if (error.isEmpty())
        error = readEnumeration(payload, QStringLiteral("availability"), kDefaultAvailability, &asset.availability);
    if (!error.isEmpty())
        return failure(error);

    for (const RawJsonMember &member : *members) {
        if (!knownMemberNames().contains(member.name))
            asset.extraMembers.append({member.name, compactJson(member.value)});
    }

    AssetWriteResult result;
    result.asset = std::move(asset);
    return result;
}

} // namespace Activo::Sandbox
