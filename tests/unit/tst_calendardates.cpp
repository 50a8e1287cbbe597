#include "api/Json.h"
#include "models/Asset.h"
#include "models/AssetPayload.h"
#include "models/LocaleFormat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Activo;

// Runs under several TZ settings (see CMakeLists.txt): dates are calendar
// days and must come out as they went in, whatever the local offset.
class TestCalendarDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void displayAndParseBack_data();
    void displayAndParseBack();
};

void TestCalendarDates::initTestCase()
{
    const QByteArray zone = qgetenv("TZ");
    QVERIFY2(!zone.isEmpty(), "this suite runs with TZ set to a zone far from UTC");
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    qInfo("TZ=%s, offset from UTC %d s", zone.constData(), offset);
    // The zones used are at least ten hours away from UTC, so a conversion would move the day.
    QVERIFY(qAbs(offset) >= 10 * 3600);
}

void TestCalendarDates::roundTrip_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QDate>("day");
    QTest::newRow("new year") << "2025-01-01" << QDate(2025, 1, 1);
    QTest::newRow("new year's eve") << "2024-12-31" << QDate(2024, 12, 31);
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
    QTest::newRow("midnight UTC") << "2025-06-05T00:00:00Z" << QDate(2025, 6, 5);
    QTest::newRow("just before midnight UTC") << "2025-06-05T23:59:59Z" << QDate(2025, 6, 5);
    QTest::newRow("offset west") << "2025-06-05T00:30:00-11:00" << QDate(2025, 6, 5);
    QTest::newRow("offset east") << "2025-06-05T23:30:00+14:00" << QDate(2025, 6, 5);
}

void TestCalendarDates::roundTrip()
{
    QFETCH(QString, wire);
    QFETCH(QDate, day);
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("f47edba8-67fe-42ce-8209-0e20e1abc17e")},
                             {QStringLiteral("acquisitionDate"), wire}};
    const std::optional<Asset> asset = Asset::fromJson(object, nullptr);
    QVERIFY(asset);
    QCOMPARE(asset->acquisitionDate, day);
    const QJsonObject body = QJsonDocument::fromJson(AssetPayload::toJson(*asset)).object();
    QCOMPARE(body.value(QLatin1String("acquisitionDate")).toString(), day.toString(Qt::ISODate));
    // Drafts keep the same day too.
    const std::optional<Asset> restored = Asset::fromJson(AssetPayload::toReadObject(*asset), nullptr);
    QVERIFY(restored);
    QCOMPARE(restored->acquisitionDate, day);
}

void TestCalendarDates::displayAndParseBack_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << "en_US";
    QTest::newRow("es_PA") << "es_PA";
    QTest::newRow("de_DE") << "de_DE";
    QTest::newRow("ja_JP") << "ja_JP";
}

void TestCalendarDates::displayAndParseBack()
{
    QFETCH(QString, locale);
    const QLocale chosen(locale);
    for (const QDate &day : {QDate(2012, 1, 1), QDate(2025, 12, 31), QDate(2026, 2, 28)}) {
        const QString text = LocaleFormat::shortDate(day, chosen);
        QVERIFY2(text.contains(QString::number(day.year())), qPrintable(text));
        QCOMPARE(chosen.toDate(text, LocaleFormat::shortDateFormat(chosen)), day);
    }
}

QTEST_GUILESS_MAIN(TestCalendarDates)
#include "tst_calendardates.moc"
