#include "CommandLine.h"

#include <QTest>

using Activo::CommandLineOptions;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseUrl();
    void tenant();
    void company();
    void errors_data();
    void errors();
    void helpAndVersion();
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("Activo Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
}

void TestCommandLine::baseUrl()
{
    const auto options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:8080/api/v1")});
    QVERIFY2(!options.exitRequested, qPrintable(options.output));
    QCOMPARE(options.baseUrl.toString(), QStringLiteral("http://127.0.0.1:8080/api/v1"));
}

void TestCommandLine::tenant()
{
    const auto options =
        CommandLineOptions::parse({QStringLiteral("activo-desk"), QStringLiteral("--tenant"), QStringLiteral("acme")});
    QVERIFY(!options.exitRequested);
    QCOMPARE(options.baseUrl.toString(), QStringLiteral("https://acme.activohq.cloud/api/v1"));
}

void TestCommandLine::company()
{
    const auto options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--company"), QStringLiteral(" 3fa85f64-5717 ")});
    QVERIFY(!options.exitRequested);
    QVERIFY(options.baseUrl.isEmpty());
    QCOMPARE(options.companyId, QStringLiteral("3fa85f64-5717"));
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("plain http remote") << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://example.com")}
                                       << "HTTP";
    QTest::newRow("both") << QStringList{QStringLiteral("--base-url"), QStringLiteral("https://a.b"),
                                         QStringLiteral("--tenant"), QStringLiteral("acme")}
                          << "not both";
    QTest::newRow("tenant with dot") << QStringList{QStringLiteral("--tenant"), QStringLiteral("acme.activohq.cloud")}
                                     << "--base-url";
    QTest::newRow("base-url without address") << QStringList{QStringLiteral("--base-url"), QStringLiteral("garbage")}
                                              << "--tenant";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << "extra";
    QTest::newRow("missing value") << QStringList{QStringLiteral("--tenant")} << "tenant";
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    arguments.prepend(QStringLiteral("activo-desk"));
    const auto options = CommandLineOptions::parse(arguments);
    QVERIFY(options.exitRequested);
    QCOMPARE(options.exitCode, 2);
    QVERIFY2(options.output.contains(mentions, Qt::CaseInsensitive), qPrintable(options.output));
}

void TestCommandLine::helpAndVersion()
{
    auto options = CommandLineOptions::parse({QStringLiteral("activo-desk"), QStringLiteral("--help")});
    QVERIFY(options.exitRequested);
    QCOMPARE(options.exitCode, 0);
    QVERIFY(options.output.contains(QStringLiteral("--base-url")));
    QVERIFY(options.output.contains(QStringLiteral("ACTIVOHQ_API_KEY")));
    options = CommandLineOptions::parse({QStringLiteral("activo-desk"), QStringLiteral("--version")});
    QVERIFY(options.exitRequested);
    QCOMPARE(options.exitCode, 0);
    QVERIFY(options.output.contains(QStringLiteral("1.2.3")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
