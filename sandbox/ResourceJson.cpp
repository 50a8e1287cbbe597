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

// Writes `text`, or null when it is empty, which is how records written
// without the member store it.
void writeTextOrNull(JsonWriter &writer, QLatin1String name, const QString &text)
{
    writer.key(name);
    if (text.isEmpty())
        writer.null();
    else
        writer.string(text);
}

// The member names of the link to a record of each kind, in LookupKind
// order. Assets have no link to an employee, so that entry only keeps the
// table indexed by LookupKind.
struct LinkNames
{
    QLatin1String idName;
    QLatin1String objectName;
};

const LinkNames kLinkNames[] = {
    {QLatin1String("categoryId"), QLatin1String("category")},
    {QLatin1String("locationId"), QLatin1String("location")},
    {QLatin1String("costCenterId"), QLatin1String("costCenter")},
    {QLatin1String("depreciationBookId"), QLatin1String("depreciationBook")},
    {QLatin1String("custodianId"), QLatin1String("custodian")},
    {QLatin1String("employeeId"), QLatin1String("employee")},
};

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
        writeTextOrNull(writer, QLatin1String("city"), record.city);
        writeTextOrNull(writer, QLatin1String("country"), record.country);
        writer.memberBoolean(QLatin1String("isActive"), record.isActive);
    } else if (kind == LookupKind::Employee) {
        writeTextOrNull(writer, QLatin1String("email"), record.email);
    }
    writer.endObject();
    return writer.take();
}

QByteArray linkMembersJson(LookupKind kind, const LookupRecord &record)
{
    Q_ASSERT(kind != LookupKind::Employee);
    const LinkNames &names = kLinkNames[std::size_t(kind)];
    JsonWriter writer;
    writer.beginObject();
    writeLink(writer, names.idName, names.objectName, &record);
    writer.endObject();
    // Without the braces of the object around the two members.
    return writer.take().chopped(1).mid(1);
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
