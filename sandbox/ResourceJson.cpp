#include "ResourceJson.h"

#include "JsonWriter.h"

namespace Activo::Sandbox {

namespace {

// Writes `idName` and the nested `objectName`, both null when `record` is
// null.
void writeLink(JsonWriter &writer, QLatin1String idName, QLatin1String objectName,
               const LookupRecord *record)
{
    if (!record) {
        writer.key(idName);
        writer.null();
        writer.key(objectName);
        writer.null();
        return;
    }
    writer.member(idName, record->id);
    writer.key(objectName);
    writer.beginObject();
    writer.member(QLatin1String("id"), record->id);
    writer.member(QLatin1String("code"), record->code);
    writer.member(QLatin1String("name"), record->name);
    writer.endObject();
}

} // namespace

QByteArray companyJson(const CompanyRecord &company)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), company.id);
    writer.member(QLatin1String("name"), company.name);
    writer.endObject();
    return writer.take();
}

QByteArray lookupJson(LookupKind kind, const LookupRecord &record)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), record.id);
    writer.member(QLatin1String("code"), record.code);
    writer.member(QLatin1String("name"), record.name);
    if (kind == LookupKind::Location) {
        writer.member(QLatin1String("city"), record.city);
        writer.member(QLatin1String("country"), record.country);
        writer.memberBoolean(QLatin1String("isActive"), record.isActive);
    } else if (kind == LookupKind::Employee) {
        writer.member(QLatin1String("email"), record.email);
    }
    writer.endObject();
    return writer.take();
}

QByteArray assetJson(const CompanyRecord &company, const AssetRecord &asset)
{
    const auto link = [&company](LookupKind kind, int index) -> const LookupRecord * {
        return index == kNoLink ? nullptr : &company.lookup(kind).at(index);
    };

    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), asset.id);
    writer.member(QLatin1String("assetCode"), asset.assetCode);
    writer.member(QLatin1String("name"), asset.name);
    writer.key(QLatin1String("epc"));
    if (asset.epc)
        writer.string(*asset.epc);
    else
        writer.null();
    writeLink(writer, QLatin1String("categoryId"), QLatin1String("category"),
              link(LookupKind::Category, asset.categoryIndex));
    writeLink(writer, QLatin1String("locationId"), QLatin1String("location"),
              link(LookupKind::Location, asset.locationIndex));
    writeLink(writer, QLatin1String("costCenterId"), QLatin1String("costCenter"),
              link(LookupKind::CostCenter, asset.costCenterIndex));
    writeLink(writer, QLatin1String("custodianId"), QLatin1String("custodian"),
              link(LookupKind::Custodian, asset.custodianIndex));
    writeLink(writer, QLatin1String("depreciationBookId"), QLatin1String("depreciationBook"),
              link(LookupKind::DepreciationBook, asset.depreciationBookIndex));
    writer.key(QLatin1String("acquisitionDate"));
    if (asset.acquisitionDate.isValid())
        writer.string(asset.acquisitionDate.toString(Qt::ISODate));
    else
        writer.null();
    writer.memberMoney(QLatin1String("acquisitionCost"), asset.acquisitionCostCents);
    writer.memberMoney(QLatin1String("salvageValue"), asset.salvageValueCents);
    writer.key(QLatin1String("usefulLifeMonths"));
    if (asset.usefulLifeMonths > 0)
        writer.integer(asset.usefulLifeMonths);
    else
        writer.null();
    writer.member(QLatin1String("depreciationMethod"), asset.depreciationMethod);
    writer.member(QLatin1String("status"), asset.status);
    writer.member(QLatin1String("availability"), asset.availability);
    writer.memberMoney(QLatin1String("accumulatedDepreciation"), asset.accumulatedDepreciationCents);
    writer.memberMoney(QLatin1String("netBookValue"),
                       asset.acquisitionCostCents - asset.accumulatedDepreciationCents);
    for (const auto &[name, json] : asset.extraMembers)
        writer.memberRaw(name, json);
    writer.endObject();
    return writer.take();
}

} // namespace Activo::Sandbox
