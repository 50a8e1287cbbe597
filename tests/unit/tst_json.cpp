#include "api/Json.h"
#include "models/Asset.h"

#include <QJsonDocument>
#include <QTest>

using namespace Activo;

namespace {
QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullAssetWithNestedLinks();
    void plainIdFieldsOnly();
    void missingFieldsLeaveBlanks();
    void wrongTypesAreTolerated();
    void extraFieldsAreKept();
    void missingIdIsRejected();
    void dates_data();
    void dates();
    void enumerationsKeepUnknownValues();
};

void TestJson::fullAssetWithNestedLinks()
{
    const QJsonObject object = parse(R"({
        "id": "f47edba8-67fe-42ce-8209-0e20e1abc17e",
        "assetCode": "LAP-0042", "name": "Dell Latitude 5540", "epc": "E28011700000020F4B1C0D5A",
        "category": {"id": "b1e2c3d4-e5f6-7890-abcd-ef1234567890", "code": "IT", "name": "Computer equipment"},
        "location": {"id": "d1a2b3c4-e5f6-7890-abcd-ef1234567890", "code": "HQ-01", "name": "Head Office"},
        "custodian": {"id": "11111111-2222-3333-4444-555555555555", "code": "C-7", "name": "Ana Pérez"},
        "acquisitionDate": "2024-01-15", "acquisitionCost": 1250.00, "salvageValue": 100.00,
        "usefulLifeMonths": 60, "depreciationMethod": "StraightLine", "status": "Active",
        "availability": "Available", "accumulatedDepreciation": 402.50, "netBookValue": 847.50
    })");
    QString error;
    const std::optional<Asset> asset = Asset::fromJson(object, &error);
    QVERIFY2(asset, qPrintable(error));
    QCOMPARE(asset->id, QUuid(QStringLiteral("f47edba8-67fe-42ce-8209-0e20e1abc17e")));
    QCOMPARE(asset->assetCode, QStringLiteral("LAP-0042"));
    QCOMPARE(asset->epc, QStringLiteral("E28011700000020F4B1C0D5A"));
    QCOMPARE(asset->category.code, QStringLiteral("IT"));
    QCOMPARE(asset->category.name, QStringLiteral("Computer equipment"));
    QCOMPARE(asset->custodian.name, QString::fromUtf8("Ana Pérez"));
    QCOMPARE(linkText(asset->location), QString::fromUtf8("HQ-01 — Head Office"));
    QCOMPARE(asset->acquisitionDate, QDate(2024, 1, 15));
    QCOMPARE(asset->acquisitionCost->cents(), qint64(125000));
    QCOMPARE(asset->salvageValue->cents(), qint64(10000));
    QCOMPARE(asset->accumulatedDepreciation->cents(), qint64(40250));
    QCOMPARE(asset->netBookValue->cents(), qint64(84750));
    QCOMPARE(asset->usefulLifeMonths.value(), 60);
    QVERIFY(asset->costCenter.isNull());
}

void TestJson::plainIdFieldsOnly()
{
    const QJsonObject object = parse(R"({
        "id": "f47edba8-67fe-42ce-8209-0e20e1abc17e", "assetCode": "VEH-0001", "name": "Toyota Hilux",
        "categoryId": "b1e2c3d4-e5f6-7890-abcd-ef1234567890",
        "locationId": "{d1a2b3c4-e5f6-7890-abcd-ef1234567890}",
        "costCenterId": "22222222-2222-3333-4444-555555555555"
    })");
    const std::optional<Asset> asset = Asset::fromJson(object, nullptr);
    QVERIFY(asset);
    QCOMPARE(asset->category.id, QUuid(QStringLiteral("b1e2c3d4-e5f6-7890-abcd-ef1234567890")));
    QCOMPARE(asset->location.id, QUuid(QStringLiteral("d1a2b3c4-e5f6-7890-abcd-ef1234567890")));
    QVERIFY(asset->category.name.isEmpty());
    // Without a name or code, the id is what can be shown.
    QCOMPARE(linkText(asset->costCenter), QStringLiteral("22222222-2222-3333-4444-555555555555"));
}

void TestJson::missingFieldsLeaveBlanks()
{
    const std::optional<Asset> asset = Asset::fromJson(parse(R"({"id": "f47edba8-67fe-42ce-8209-0e20e1abc17e"})"),
                                                       nullptr);
    QVERIFY(asset);
    QVERIFY(asset->assetCode.isEmpty());
    QVERIFY(!asset->acquisitionDate.isValid());
    QVERIFY(!asset->acquisitionCost.has_value());
    QVERIFY(!asset->usefulLifeMonths.has_value());
    QVERIFY(asset->category.isNull());
}

void TestJson::wrongTypesAreTolerated()
{
    const QJsonObject object = parse(R"({
        "id": "f47edba8-67fe-42ce-8209-0e20e1abc17e", "assetCode": 42, "name": null,
        "category": "not an object", "acquisitionDate": "15/01/2024", "acquisitionCost": "1250.50",
        "salvageValue": {"amount": 1}, "usefulLifeMonths": "36", "netBookValue": true, "status": ["Active"]
    })");
    QStringList warnings;
    const std::optional<Asset> asset = Asset::fromJson(object, nullptr, &warnings);
    QVERIFY(asset);
    QCOMPARE(asset->assetCode, QStringLiteral("42"));
    QVERIFY(asset->name.isEmpty());
    QVERIFY(asset->category.isNull());
    QVERIFY(!asset->acquisitionDate.isValid());
    QCOMPARE(asset->acquisitionCost->cents(), qint64(125050));
    QVERIFY(!asset->salvageValue.has_value());
    QCOMPARE(asset->usefulLifeMonths.value(), 36);
    QVERIFY(!asset->netBookValue.has_value());
    QVERIFY(asset->status.isEmpty());
    QVERIFY(warnings.contains(QStringLiteral("acquisitionDate")));
    QVERIFY(warnings.contains(QStringLiteral("salvageValue")));
    QVERIFY(warnings.contains(QStringLiteral("netBookValue")));
}

void TestJson::extraFieldsAreKept()
{
    const std::optional<Asset> asset = Asset::fromJson(
        parse(R"({"id": "f47edba8-67fe-42ce-8209-0e20e1abc17e", "serialNumber": "SN-1", "customFields": {"a": 1}})"),
        nullptr);
    QVERIFY(asset);
    QCOMPARE(asset->raw.value(QLatin1String("serialNumber")).toString(), QStringLiteral("SN-1"));
    QVERIFY(asset->raw.value(QLatin1String("customFields")).isObject());
}

void TestJson::missingIdIsRejected()
{
    QString error;
    QVERIFY(!Asset::fromJson(parse(R"({"assetCode": "LAP-1"})"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Asset::fromJson(parse(R"({"id": "not-a-guid"})"), &error));
    QVERIFY(!Asset::fromJson(parse(R"({"id": 17})"), &error));
}

void TestJson::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("date") << "2025-06-05" << QDate(2025, 6, 5);
    QTest::newRow("date-time UTC keeps the day") << "2025-06-05T23:30:00Z" << QDate(2025, 6, 5);
    QTest::newRow("date-time with offset keeps the day") << "2025-06-05T00:10:00-05:00" << QDate(2025, 6, 5);
    QTest::newRow("invalid month") << "2025-13-01" << QDate();
    QTest::newRow("day first") << "05/06/2025" << QDate();
    QTest::newRow("short") << "2025-6-5" << QDate();
    QTest::newRow("garbage after date") << "2025-06-05x" << QDate();
}

void TestJson::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(Json::date(QJsonValue(text)), expected);
}

void TestJson::enumerationsKeepUnknownValues()
{
    QCOMPARE(Asset::statusText(QStringLiteral("Retired")), QStringLiteral("Retired"));
    QCOMPARE(Asset::availabilityText(QStringLiteral("InTransit")), QStringLiteral("InTransit"));
    QCOMPARE(Asset::availabilityText(QStringLiteral("CheckedOut")), QStringLiteral("Checked out"));
    QCOMPARE(Asset::depreciationMethodText(QStringLiteral("SumOfYearsDigits")), QStringLiteral("SumOfYearsDigits"));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
