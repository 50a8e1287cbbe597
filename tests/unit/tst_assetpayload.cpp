#include "models/AssetPayload.h"

#include <QJsonDocument>
#include <QTest>

using namespace Activo;

namespace {

Asset readAsset(const char *json)
{
    QString error;
    const std::optional<Asset> asset = Asset::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &error);
    if (!asset)
        qFatal("test asset rejected: %s", qPrintable(error));
    return *asset;
}

const char *kServerAsset = R"({
    "id": "f47edba8-67fe-42ce-8209-0e20e1abc17e", "assetCode": "LAP-0042", "name": "Dell Latitude 5540",
    "epc": "E28011700000020F4B1C0D5A", "serialNumber": "SN-9", "customFields": {"floor": 3, "tags": ["a"]},
    "category": {"id": "b1e2c3d4-e5f6-7890-abcd-ef1234567890", "code": "IT", "name": "Computer equipment"},
    "categoryId": "b1e2c3d4-e5f6-7890-abcd-ef1234567890",
    "location": {"id": "d1a2b3c4-e5f6-7890-abcd-ef1234567890", "code": "HQ", "name": "Head Office"},
    "acquisitionDate": "2024-01-15", "acquisitionCost": 1250.00, "salvageValue": 100.5,
    "usefulLifeMonths": 60, "depreciationMethod": "SumOfYearsDigits", "status": "Retired",
    "availability": "Available", "accumulatedDepreciation": 402.50, "netBookValue": 847.50
})";

} // namespace

class TestAssetPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountsHaveTwoDecimals();
    void unknownPropertiesSurvive();
    void computedAndNestedFieldsAreLeftOut();
    void linksBecomeIds();
    void clearedValuesAreNull();
};

void TestAssetPayload::amountsHaveTwoDecimals()
{
    const QByteArray json = AssetPayload::toJson(readAsset(kServerAsset));
    QVERIFY2(json.contains("\"acquisitionCost\":1250.00"), json.constData());
    QVERIFY2(json.contains("\"salvageValue\":100.50"), json.constData());
    QVERIFY(QJsonDocument::fromJson(json).isObject());
}

void TestAssetPayload::unknownPropertiesSurvive()
{
    const QJsonObject body = QJsonDocument::fromJson(AssetPayload::toJson(readAsset(kServerAsset))).object();
    QCOMPARE(body.value(QLatin1String("serialNumber")).toString(), QStringLiteral("SN-9"));
    QCOMPARE(body.value(QLatin1String("epc")).toString(), QStringLiteral("E28011700000020F4B1C0D5A"));
    QCOMPARE(body.value(QLatin1String("customFields")).toObject().value(QLatin1String("floor")).toInt(), 3);
    // Unknown enumeration values go back as they came.
    QCOMPARE(body.value(QLatin1String("depreciationMethod")).toString(), QStringLiteral("SumOfYearsDigits"));
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("Retired"));
}

void TestAssetPayload::computedAndNestedFieldsAreLeftOut()
{
    const QJsonObject body = QJsonDocument::fromJson(AssetPayload::toJson(readAsset(kServerAsset))).object();
    for (const auto *name : {"id", "accumulatedDepreciation", "netBookValue", "category", "location"})
        QVERIFY2(!body.contains(QLatin1String(name)), name);
}

void TestAssetPayload::linksBecomeIds()
{
    const QJsonObject body = QJsonDocument::fromJson(AssetPayload::toJson(readAsset(kServerAsset))).object();
    QCOMPARE(body.value(QLatin1String("categoryId")).toString(), QStringLiteral("b1e2c3d4-e5f6-7890-abcd-ef1234567890"));
    QCOMPARE(body.value(QLatin1String("locationId")).toString(), QStringLiteral("d1a2b3c4-e5f6-7890-abcd-ef1234567890"));
    QCOMPARE(body.value(QLatin1String("acquisitionDate")).toString(), QStringLiteral("2024-01-15"));
    QCOMPARE(body.value(QLatin1String("usefulLifeMonths")).toInt(), 60);
}

void TestAssetPayload::clearedValuesAreNull()
{
    Asset asset = readAsset(kServerAsset);
    asset.category = Json::Link();
    asset.salvageValue.reset();
    asset.acquisitionDate = QDate();
    const QByteArray json = AssetPayload::toJson(asset);
    const QJsonObject body = QJsonDocument::fromJson(json).object();
    QVERIFY(body.value(QLatin1String("categoryId")).isNull());
    QVERIFY(body.value(QLatin1String("acquisitionDate")).isNull());
    QVERIFY2(json.contains("\"salvageValue\":null"), json.constData());
    QVERIFY(body.value(QLatin1String("costCenterId")).isNull());
}

QTEST_GUILESS_MAIN(TestAssetPayload)
#include "tst_assetpayload.moc"
