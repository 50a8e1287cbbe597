#include "SandboxClient.h"

#include "api/ApiClient.h"
#include "api/ParallelPageLoader.h"
#include "models/CompanyList.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;

class TestParallelLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeRegisterInOrder_data();
    void wholeRegisterInOrder();
    void emptyResult();
    void unknownCompanyFails();
    void cancelStopsSignals();

private:
    QUrlQuery companyQuery(const QString &companyId) const;

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests"), QStringLiteral("--latency-ms"), QStringLiteral("10")}};
    ApiClient *m_client = nullptr;
    QString m_company;
};

void TestParallelLoader::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_client = Activo::Test::createSandboxClient(&m_network, m_sandbox, this);
    const QStringList companies = Activo::Test::loadCompanyIds(m_client);
    QVERIFY(!companies.isEmpty());
    m_company = companies.constFirst();
}

QUrlQuery TestParallelLoader::companyQuery(const QString &companyId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    return query;
}

void TestParallelLoader::wholeRegisterInOrder_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("concurrency");
    QTest::newRow("200 x 4") << 200 << 4;
    QTest::newRow("100 x 6") << 100 << 6;
    QTest::newRow("77 x 3, last page short") << 77 << 3;
    QTest::newRow("one at a time") << 200 << 1;
}

void TestParallelLoader::wholeRegisterInOrder()
{
    QFETCH(int, pageSize);
    QFETCH(int, concurrency);
    ParallelPageLoader loader(m_client, QStringLiteral("/assets"), companyQuery(m_company));
    loader.setPageSize(pageSize);
    loader.setConcurrency(concurrency);

    QStringList codes;
    QSet<QString> ids;
    int pages = 0;
    connect(&loader, &ParallelPageLoader::pageReady, this, [&](const QJsonArray &items) {
        ++pages;
        for (const QJsonValue &value : items) {
            codes << value.toObject().value(QLatin1String("assetCode")).toString();
            ids.insert(value.toObject().value(QLatin1String("id")).toString());
        }
    });
    QSignalSpy finished(&loader, &ParallelPageLoader::finished);
    QSignalSpy failed(&loader, &ParallelPageLoader::failed);
    const int requestsBefore = m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets?"));
    loader.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!loader.isRunning());

    const int expectedPages = (2500 + pageSize - 1) / pageSize;
    QCOMPARE(pages, expectedPages);
    QCOMPARE(codes.size(), 2500);
    QCOMPARE(ids.size(), 2500);
    // Pages arrive in order although they were requested together.
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(codes, sorted);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets?")), requestsBefore + expectedPages);
}

void TestParallelLoader::emptyResult()
{
    QUrlQuery query = companyQuery(m_company);
    query.addQueryItem(QStringLiteral("search"), QStringLiteral("zzz-nothing"));
    ParallelPageLoader loader(m_client, QStringLiteral("/assets"), query);
    int items = -1;
    connect(&loader, &ParallelPageLoader::pageReady, this, [&items](const QJsonArray &page) { items = int(page.size()); });
    QSignalSpy finished(&loader, &ParallelPageLoader::finished);
    loader.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(items, 0);
}

void TestParallelLoader::unknownCompanyFails()
{
    ParallelPageLoader loader(m_client, QStringLiteral("/assets"),
                              companyQuery(QStringLiteral("00000000-0000-0000-0000-000000000009")));
    QSignalSpy failed(&loader, &ParallelPageLoader::failed);
    QSignalSpy finished(&loader, &ParallelPageLoader::finished);
    loader.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::NotFound);
    QCOMPARE(finished.count(), 0);
}

void TestParallelLoader::cancelStopsSignals()
{
    ParallelPageLoader loader(m_client, QStringLiteral("/assets"), companyQuery(m_company));
    loader.setPageSize(50);
    int pages = 0;
    connect(&loader, &ParallelPageLoader::pageReady, this, [&pages, &loader](const QJsonArray &) {
        if (++pages == 3)
            loader.cancel();
    });
    QSignalSpy finished(&loader, &ParallelPageLoader::finished);
    loader.start();
    QTRY_VERIFY_WITH_TIMEOUT(pages >= 3, 10000);
    QTest::qWait(300);
    QCOMPARE(pages, 3);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!loader.isRunning());
}

QTEST_GUILESS_MAIN(TestParallelLoader)
#include "tst_parallelloader.moc"
