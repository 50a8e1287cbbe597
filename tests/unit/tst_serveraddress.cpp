#include "api/ServerAddress.h"

#include <QTest>

using Activo::ServerAddress;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void loopbackHosts_data();
    void loopbackHosts();
    void sameOrigin();
    void displayName();
};

void TestServerAddress::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tenant") << "acme" << "https://acme.activohq.cloud/api/v1";
    QTest::newRow("tenant upper case and spaces") << "  ACME  " << "https://acme.activohq.cloud/api/v1";
    QTest::newRow("tenant with hyphen") << "acme-panama" << "https://acme-panama.activohq.cloud/api/v1";
    QTest::newRow("host without scheme") << "acme.activohq.cloud" << "https://acme.activohq.cloud/api/v1";
    QTest::newRow("full URL") << "https://acme.activohq.cloud/api/v1" << "https://acme.activohq.cloud/api/v1";
    QTest::newRow("trailing slash") << "https://acme.activohq.cloud/api/v1/" << "https://acme.activohq.cloud/api/v1";
    QTest::newRow("staging path kept") << "https://staging.example.com/activo/api/v1"
                                       << "https://staging.example.com/activo/api/v1";
    QTest::newRow("loopback http") << "http://127.0.0.1:8080/api/v1" << "http://127.0.0.1:8080/api/v1";
    QTest::newRow("loopback without scheme") << "127.0.0.1:8080" << "http://127.0.0.1:8080/api/v1";
    QTest::newRow("localhost") << "http://localhost:9000" << "http://localhost:9000/api/v1";
    QTest::newRow("ipv6 loopback") << "http://[::1]:8080/api/v1" << "http://[::1]:8080/api/v1";
    QTest::newRow("127/8 range") << "http://127.1.2.3:81/api/v1" << "http://127.1.2.3:81/api/v1";
    QTest::newRow("scheme upper case") << "HTTPS://Acme.ActivoHQ.cloud" << "https://acme.activohq.cloud/api/v1";
}

void TestServerAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const ServerAddress::Parsed parsed = ServerAddress::parse(input);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    QCOMPARE(parsed.baseUrl.toString(), expected);
}

void TestServerAddress::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << "   " << "tenant";
    QTest::newRow("plain http to a remote host") << "http://acme.activohq.cloud/api/v1" << "HTTPS";
    QTest::newRow("plain http to a private address") << "http://192.168.1.10:8080" << "HTTP";
    QTest::newRow("ftp") << "ftp://acme.activohq.cloud" << "ftp";
    QTest::newRow("user info") << "https://user:secret@acme.activohq.cloud" << "user name";
    QTest::newRow("query") << "https://acme.activohq.cloud/api/v1?companyId=1" << "?";
    QTest::newRow("underscore tenant") << "acme_corp" << "acme_corp";
    QTest::newRow("space inside") << "acme corp" << "space";
    QTest::newRow("hyphen at end") << "acme-" << "acme-";
}

void TestServerAddress::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const ServerAddress::Parsed parsed = ServerAddress::parse(input);
    QVERIFY(!parsed.isValid());
    QVERIFY2(parsed.error.contains(mentions, Qt::CaseInsensitive), qPrintable(parsed.error));
}

void TestServerAddress::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.0.9") << "127.255.0.9" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("localhost.evil.com") << "localhost.evil.com" << false;
    QTest::newRow("app.localhost") << "app.localhost" << false;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
}

void TestServerAddress::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ServerAddress::isLoopbackHost(host), loopback);
}

void TestServerAddress::sameOrigin()
{
    const QUrl base(QStringLiteral("https://acme.activohq.cloud/api/v1"));
    QVERIFY(ServerAddress::isSameOrigin(base, QUrl(QStringLiteral("https://acme.activohq.cloud:443/other"))));
    QVERIFY(ServerAddress::isSameOrigin(base, QUrl(QStringLiteral("HTTPS://ACME.activohq.cloud/api/v1/assets"))));
    QVERIFY(!ServerAddress::isSameOrigin(base, QUrl(QStringLiteral("http://acme.activohq.cloud/api/v1"))));
    QVERIFY(!ServerAddress::isSameOrigin(base, QUrl(QStringLiteral("https://acme.activohq.cloud:8443/api/v1"))));
    QVERIFY(!ServerAddress::isSameOrigin(base, QUrl(QStringLiteral("https://evil.activohq.cloud/api/v1"))));
}

void TestServerAddress::displayName()
{
    QCOMPARE(ServerAddress::displayName(QUrl(QStringLiteral("https://acme.activohq.cloud/api/v1"))),
             QStringLiteral("acme"));
    QCOMPARE(ServerAddress::displayName(QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"))),
             QStringLiteral("127.0.0.1:8080"));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
