#include "models/AssetPayload.h"

#include <QJsonDocument>

namespace Activo::AssetPayload {

namespace {

QJsonValue idValue(const Json::Link &link)
{
    if (link.id.isNull())
        return QJsonValue(QJsonValue::Null);
    return link.id.toString(QUuid::WithoutBraces);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QByteArray toJson(const Asset &asset)
{
    QJsonObject object = asset.raw;
    for (const auto *name : {"id", "accumulatedDepreciation", "netBookValue", "category", "location", "costCenter",
                             "custodian", "depreciationBook", "acquisitionCost", "salvageValue"})
        object.remove(QLatin1String(name));

    object.insert(QLatin1String("assetCode"), asset.assetCode);
    object.insert(QLatin1String("name"), asset.name);
    object.insert(QLatin1String("categoryId"), idValue(asset.category));
    object.insert(QLatin1String("locationId"), idValue(asset.location));
    object.insert(QLatin1String("costCenterId"), idValue(asset.costCenter));
    object.insert(QLatin1String("custodianId"), idValue(asset.custodian));
    object.insert(QLatin1String("depreciationBookId"), idValue(asset.depreciationBook));
    object.insert(QLatin1String("acquisitionDate"), asset.acquisitionDate.isValid()
                                                        ? QJsonValue(asset.acquisitionDate.toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("usefulLifeMonths"),
                  asset.usefulLifeMonths ? QJsonValue(*asset.usefulLifeMonths) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("depreciationMethod"), textOrNull(asset.depreciationMethod));
    object.insert(QLatin1String("status"), textOrNull(asset.status));
    object.insert(QLatin1String("availability"), textOrNull(asset.availability));

    // QJsonDocument writes 1250.00 as 1250, so the amounts are appended as text.
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.chop(1); // the closing brace
    const auto appendAmount = [&json](const char *name, const std::optional<Money> &amount) {
        if (json.size() > 1)
            json += ',';
        json += '"';
        json += name;
        json += "\":";
        json += amount ? amount->toDecimalString().toLatin1() : QByteArrayLiteral("null");
    };
    appendAmount("acquisitionCost", asset.acquisitionCost);
    appendAmount("salvageValue", asset.salvageValue);
    json += '}';
    return json;
}

QJsonObject toReadObject(const Asset &asset)
{
    QJsonObject object = asset.raw;
    const auto putLink = [&object](const char *name, const char *idName, const Json::Link &link) {
        if (link.id.isNull()) {
            object.insert(QLatin1String(name), QJsonValue(QJsonValue::Null));
            object.insert(QLatin1String(idName), QJsonValue(QJsonValue::Null));
            return;
        }
        const QString id = link.id.toString(QUuid::WithoutBraces);
        object.insert(QLatin1String(name), QJsonObject{{QStringLiteral("id"), id},
                                                       {QStringLiteral("code"), link.code},
                                                       {QStringLiteral("name"), link.name}});
        object.insert(QLatin1String(idName), id);
    };
    const auto putAmount = [&object](const char *name, const std::optional<Money> &amount) {
        object.insert(QLatin1String(name),
                      amount ? QJsonValue(amount->toDecimalString()) : QJsonValue(QJsonValue::Null));
    };
    if (!asset.id.isNull())
        object.insert(QLatin1String("id"), asset.id.toString(QUuid::WithoutBraces));
    object.insert(QLatin1String("assetCode"), asset.assetCode);
    object.insert(QLatin1String("name"), asset.name);
    putLink("category", "categoryId", asset.category);
    putLink("location", "locationId", asset.location);
    putLink("costCenter", "costCenterId", asset.costCenter);
    putLink("custodian", "custodianId", asset.custodian);
    putLink("depreciationBook", "depreciationBookId", asset.depreciationBook);
    object.insert(QLatin1String("acquisitionDate"), asset.acquisitionDate.isValid()
                                                        ? QJsonValue(asset.acquisitionDate.toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null));
    putAmount("acquisitionCost", asset.acquisitionCost);
    putAmount("salvageValue", asset.salvageValue);
    putAmount("accumulatedDepreciation", asset.accumulatedDepreciation);
    putAmount("netBookValue", asset.netBookValue);
    object.insert(QLatin1String("usefulLifeMonths"),
                  asset.usefulLifeMonths ? QJsonValue(*asset.usefulLifeMonths) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("depreciationMethod"), asset.depreciationMethod);
    object.insert(QLatin1String("status"), asset.status);
    object.insert(QLatin1String("availability"), asset.availability);
    return object;
}

} // namespace Activo::AssetPayload
