#include "models/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Activo::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDecimalString_data();
    void fromDecimalString();
    void fromJsonNumbers_data();
    void fromJsonNumbers();
    void fromJsonRejects();
    void formatting_data();
    void formatting();
};

void TestMoney::fromDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("two decimals") << "1234.56" << true << qint64(123456);
    QTest::newRow("one decimal") << "1.5" << true << qint64(150);
    QTest::newRow("integer") << "12" << true << qint64(1200);
    QTest::newRow("negative") << "-0.05" << true << qint64(-5);
    QTest::newRow("trailing zeros") << "10.500" << true << qint64(1050);
    QTest::newRow("plus sign") << "+3.00" << true << qint64(300);
    QTest::newRow("three significant decimals") << "1.005" << false << qint64(0);
    QTest::newRow("comma") << "1,5" << false << qint64(0);
    QTest::newRow("two points") << "1.2.3" << false << qint64(0);
    QTest::newRow("text") << "abc" << false << qint64(0);
    QTest::newRow("sign only") << "-" << false << qint64(0);
    QTest::newRow("point only") << "." << false << qint64(0);
    QTest::newRow("trailing point") << "5." << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("fourteen integer digits") << "12345678901234" << false << qint64(0);
    QTest::newRow("largest") << "999999999999.99" << true << qint64(99999999999999);
}

void TestMoney::fromDecimalString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    const std::optional<Money> money = Money::fromDecimalString(text);
    QCOMPARE(money.has_value(), valid);
    if (valid)
        QCOMPARE(money->cents(), cents);
}

void TestMoney::fromJsonNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("cents");

    // Values whose binary doubles are not exact: they must still come back to the written cents.
    QTest::newRow("0.10") << QByteArray("0.10") << qint64(10);
    QTest::newRow("0.29") << QByteArray("0.29") << qint64(29);
    QTest::newRow("1250.00") << QByteArray("1250.00") << qint64(125000);
    QTest::newRow("4250.35") << QByteArray("4250.35") << qint64(425035);
    QTest::newRow("1234567.89") << QByteArray("1234567.89") << qint64(123456789);
    QTest::newRow("9999999999.99") << QByteArray("9999999999.99") << qint64(999999999999);
    QTest::newRow("negative") << QByteArray("-17.01") << qint64(-1701);
    QTest::newRow("integer") << QByteArray("42") << qint64(4200);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("string") << QByteArray("\"1234.56\"") << qint64(123456);
    // Whole amounts whose shortest 'g' text has an exponent ("1e+05").
    QTest::newRow("100000") << QByteArray("100000") << qint64(10000000);
    QTest::newRow("2000000") << QByteArray("2000000") << qint64(200000000);
    QTest::newRow("1e6 as sent") << QByteArray("1e6") << qint64(100000000);
    QTest::newRow("100000000000") << QByteArray("100000000000") << qint64(10000000000000);
}

void TestMoney::fromJsonNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, cents);
    const QJsonDocument document = QJsonDocument::fromJson("{\"v\":" + json + "}");
    const std::optional<Money> money = Money::fromJson(document.object().value(QLatin1String("v")));
    QVERIFY(money.has_value());
    QCOMPARE(money->cents(), cents);
}

void TestMoney::fromJsonRejects()
{
    const QJsonDocument document = QJsonDocument::fromJson(
        R"({"third": 0.125, "huge": 1e300, "big": 12345678901234.5, "tiny": 0.00001, "bool": true, "null": null,
            "obj": {}, "text": "12,50"})");
    const QJsonObject object = document.object();
    for (const QString &name : object.keys())
        QVERIFY2(!Money::fromJson(object.value(name)).has_value(), qPrintable(name));
}

void TestMoney::formatting_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US") << "en_US" << qint64(123456) << "1,234.56";
    QTest::newRow("de_DE") << "de_DE" << qint64(123456) << "1.234,56";
    QTest::newRow("es_PA") << "es_PA" << qint64(123456) << "1,234.56";
    QTest::newRow("fr_FR") << "fr_FR" << qint64(123456) << QString::fromUtf8("1\u202f234,56");
    // Qt 6.4 writes 1037.258 in es_ES; four-digit amounts stay ungrouped, as the locale wants.
    QTest::newRow("es_ES millions") << "es_ES" << qint64(103725843) << "1.037.258,43";
    QTest::newRow("es_ES thousands") << "es_ES" << qint64(123456) << "1234,56";
    QTest::newRow("en_US negative") << "en_US" << qint64(-5) << "-0.05";
    QTest::newRow("en_US millions") << "en_US" << qint64(123456789012) << "1,234,567,890.12";
}

void TestMoney::formatting()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).toString(QLocale(locale)), expected);
    QCOMPARE(Money::fromCents(cents).toDecimalString(),
             (cents < 0 ? QStringLiteral("-") : QString()) + QString::number(qAbs(cents) / 100) + QLatin1Char('.')
                 + QStringLiteral("%1").arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0')));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
