#include "models/Asset.h"

namespace Activo {

namespace {

std::optional<Money> readMoney(const QJsonObject &object, QLatin1String name, QStringList *warnings)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    std::optional<Money> money = Money::fromJson(value);
    if (!money && warnings)
        warnings->append(name);
    return money;
}

QString readEpc(const QJsonObject &object)
{
    // The EPC field name is not documented; "epc" is what count results use.
    for (const auto *name : {"epc", "rfidEpc", "rfidTag"}) {
        const QString value = Json::string(object, QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

std::optional<Asset> Asset::fromJson(const QJsonObject &object, QString *error, QStringList *warnings)
{
    Asset asset;
    asset.id = Json::uuid(object.value(QLatin1String("id")));
    if (asset.id.isNull()) {
        if (error)
            *error = tr("an asset has no valid id.");
        return std::nullopt;
    }
    asset.assetCode = Json::string(object, QLatin1String("assetCode"));
    asset.name = Json::string(object, QLatin1String("name"));
    asset.epc = readEpc(object);
    asset.category = Json::link(object, QLatin1String("category"), QLatin1String("categoryId"));
    asset.location = Json::link(object, QLatin1String("location"), QLatin1String("locationId"));
    asset.costCenter = Json::link(object, QLatin1String("costCenter"), QLatin1String("costCenterId"));
    asset.custodian = Json::link(object, QLatin1String("custodian"), QLatin1String("custodianId"));
    asset.depreciationBook =
        Json::link(object, QLatin1String("depreciationBook"), QLatin1String("depreciationBookId"));

    const QJsonValue dateValue = object.value(QLatin1String("acquisitionDate"));
    asset.acquisitionDate = Json::date(dateValue);
    if (!asset.acquisitionDate.isValid() && !dateValue.isUndefined() && !dateValue.isNull() && warnings)
        warnings->append(QStringLiteral("acquisitionDate"));

    asset.acquisitionCost = readMoney(object, QLatin1String("acquisitionCost"), warnings);
    asset.salvageValue = readMoney(object, QLatin1String("salvageValue"), warnings);
    asset.accumulatedDepreciation = readMoney(object, QLatin1String("accumulatedDepreciation"), warnings);
    asset.netBookValue = readMoney(object, QLatin1String("netBookValue"), warnings);

    const QJsonValue lifeValue = object.value(QLatin1String("usefulLifeMonths"));
    if (const auto life = Json::integer(lifeValue); life && *life >= 0 && *life <= 100000)
        asset.usefulLifeMonths = int(*life);
    else if (!lifeValue.isUndefined() && !lifeValue.isNull() && warnings)
        warnings->append(QStringLiteral("usefulLifeMonths"));

    asset.depreciationMethod = Json::string(object, QLatin1String("depreciationMethod"));
    asset.status = Json::string(object, QLatin1String("status"));
    asset.availability = Json::string(object, QLatin1String("availability"));
    asset.raw = object;
    return asset;
}

QString Asset::statusText(const QString &value)
{
    if (value == QLatin1String("Active"))
        return tr("Active", "asset status");
    if (value == QLatin1String("Inactive"))
        return tr("Inactive", "asset status");
    if (value == QLatin1String("UnderMaintenance"))
        return tr("Under maintenance", "asset status");
    if (value == QLatin1String("Disposed"))
        return tr("Disposed", "asset status");
    return value;
}

QString Asset::availabilityText(const QString &value)
{
    if (value == QLatin1String("Available"))
        return tr("Available", "asset availability");
    if (value == QLatin1String("CheckedOut"))
        return tr("Checked out", "asset availability");
    if (value == QLatin1String("Reserved"))
        return tr("Reserved", "asset availability");
    if (value == QLatin1String("Unavailable"))
        return tr("Unavailable", "asset availability");
    return value;
}

QString Asset::depreciationMethodText(const QString &value)
{
    if (value == QLatin1String("StraightLine"))
        return tr("Straight line", "depreciation method");
    return value;
}

QStringList Asset::editableStatuses()
{
    return {QStringLiteral("Active"), QStringLiteral("Inactive"), QStringLiteral("UnderMaintenance")};
}

QStringList Asset::editableAvailabilities()
{
    return {QStringLiteral("Available"), QStringLiteral("Reserved"), QStringLiteral("Unavailable")};
}

QString linkText(const Json::Link &link)
{
    if (!link.code.isEmpty() && !link.name.isEmpty())
        return link.code + QStringLiteral(" — ") + link.name;
    if (!link.name.isEmpty())
        return link.name;
    if (!link.code.isEmpty())
        return link.code;
    if (!link.id.isNull())
        return link.id.toString(QUuid::WithoutBraces);
    return QString();
}

} // namespace Activo
