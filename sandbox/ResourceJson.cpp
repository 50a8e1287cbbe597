#include "ResourceJson.h"

#include "JsonWriter.h"

namespace Activo::Sandbox {

namespace {

void writeLink(JsonWriter &writer, QLatin1String idName, QLatin1String objectName,
               const LookupRecord &record)
{
    writer.member(idName, record.id);
    writer.key(objectName);
    writer.beginObject();
    writer.member(QLatin1String("id"), record.id);
    writer.member(QLatin1String("code"), record.code);
    writer.member(QLatin1String("name"), record.name);
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
    const auto link = [&company](LookupKind kind, int index) -> const LookupRecord & {
        return company.lookup(kind).at(index);
    };

    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("id"), asset.id);
    writer.member(QLatin1String("assetCode"), asset.assetCode);
    writer.member(QLatin1String("name"), asset.name);
    writer.member(QLatin1String("epc"), asset.epc);
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
    writer.member(QLatin1String("acquisitionDate"), asset.acquisitionDate.toString(Qt::ISODate));
    writer.memberMoney(QLatin1String("acquisitionCost"), asset.acquisitionCostCents);
    writer.memberMoney(QLatin1String("salvageValue"), asset.salvageValueCents);
    writer.memberInteger(QLatin1String("usefulLifeMonths"), asset.usefulLifeMonths);
    writer.member(QLatin1String("depreciationMethod"), asset.depreciationMethod);
    writer.member(QLatin1String("status"), asset.status);
    writer.member(QLatin1String("availability"), asset.availability);
    writer.memberMoney(QLatin1String("accumulatedDepreciation"), asset.accumulatedDepreciationCents);
    writer.memberMoney(QLatin1String("netBookValue"),
                       asset.acquisitionCostCents - asset.accumulatedDepreciationCents);
    writer.endObject();
    return writer.take();
}

} // namespace Activo::Sandbox
