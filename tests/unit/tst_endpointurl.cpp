#include "api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using Activo::ApiClient;

class TestEndpointUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsBaseAndPath_data();
    void joinsBaseAndPath();
    void encodesQueryValues_data();
    void encodesQueryValues();
    void keepsParameterOrder();
};

void TestEndpointUrl::joinsBaseAndPath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tenant") << "https://acme.activohq.cloud/api/v1" << "/assets"
                            << "https://acme.activohq.cloud/api/v1/assets";
    QTest::newRow("trailing slash on base") << "http://127.0.0.1:8080/api/v1/" << "/companies"
                                            << "http://127.0.0.1:8080/api/v1/companies";
    QTest::newRow("id in path") << "https://acme.activohq.cloud/api/v1"
                                << "/assets/f47edba8-67fe-42ce-8209-0e20e1abc17e"
                                << "https://acme.activohq.cloud/api/v1/assets/f47edba8-67fe-42ce-8209-0e20e1abc17e";
}

void TestEndpointUrl::joinsBaseAndPath()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(QUrl(base));
    QCOMPARE(client.endpointUrl(path).toString(), expected);
}

void TestEndpointUrl::encodesQueryValues_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << "laptop" << QByteArray("search=laptop");
    QTest::newRow("plus signs") << "C++" << QByteArray("search=C%2B%2B");
    QTest::newRow("space") << "Dell Latitude" << QByteArray("search=Dell%20Latitude");
    QTest::newRow("ampersand and equals") << "a&b=c" << QByteArray("search=a%26b%3Dc");
    QTest::newRow("accents") << QString::fromUtf8("Logística") << QByteArray("search=Log%C3%ADstica");
    QTest::newRow("hash and percent") << "#12 100%" << QByteArray("search=%2312%20100%25");
}

void TestEndpointUrl::encodesQueryValues()
{
    QFETCH(QString, search);
    QFETCH(QByteArray, encoded);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(QUrl(QStringLiteral("https://acme.activohq.cloud/api/v1")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), search);
    const QUrl url = client.endpointUrl(QStringLiteral("/assets"), query);
    QCOMPARE(url.query(QUrl::FullyEncoded).toLatin1(), encoded);
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded), search);
}

void TestEndpointUrl::keepsParameterOrder()
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    query.addQueryItem(QStringLiteral("skip"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("100"));
    QCOMPARE(client.endpointUrl(QStringLiteral("/assets"), query).toString(),
             QStringLiteral("http://127.0.0.1:8080/api/v1/assets?companyId=3fa85f64-5717-4562-b3fc-2c963f66afa6"
                            "&skip=0&take=100"));
}

QTEST_GUILESS_MAIN(TestEndpointUrl)
#include "tst_endpointurl.moc"
