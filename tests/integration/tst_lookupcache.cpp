#include "SandboxClient.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/CompanyList.h"
#include "models/LookupCache.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;

class TestLookupCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageOfEveryList_data();
    void everyPageOfEveryList();
    void loadedListsAreCached();
    void listsAreKeptPerCompany();
    void refreshLoadsAgain();

private:
    qint64 serverTotal(const QString &companyId, LookupKind kind);
    bool loadAndWait(LookupCache &cache, const QString &companyId, LookupKind kind);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests")}};
    ApiClient *m_client = nullptr;
    QString m_large;
    QString m_small;
};

void TestLookupCache::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_client = Activo::Test::createSandboxClient(&m_network, m_sandbox, this);
    const QStringList companies = Activo::Test::loadCompanyIds(m_client);
    QCOMPARE(companies.size(), 2);
    m_large = companies.at(0);
    m_small = companies.at(1);
}

qint64 TestLookupCache::serverTotal(const QString &companyId, LookupKind kind)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("1"));
    ApiJob *job = m_client->get(LookupCache::resourcePath(kind), query);
    qint64 total = -1;
    connect(job, &ApiJob::finished, this, [&total](ApiJob *finished) {
        total = finished->json().object().value(QLatin1String("total")).toInteger(-1);
    });
    job->start();
    if (!QTest::qWaitFor([&total] { return total >= 0; }, 10000))
        return -2;
    return total;
}

bool TestLookupCache::loadAndWait(LookupCache &cache, const QString &companyId, LookupKind kind)
{
    QSignalSpy loaded(&cache, &LookupCache::loaded);
    cache.load(companyId, kind);
    return cache.isLoaded(companyId, kind) || loaded.wait(15000);
}

void TestLookupCache::everyPageOfEveryList_data()
{
    QTest::addColumn<LookupKind>("kind");
    for (LookupKind kind : LookupCache::allKinds())
        QTest::newRow(qPrintable(LookupCache::resourcePath(kind))) << kind;
}

void TestLookupCache::everyPageOfEveryList()
{
    QFETCH(LookupKind, kind);
    LookupCache cache(m_client);
    cache.setPageSize(7); // several pages even for the shortest list
    QVERIFY(loadAndWait(cache, m_large, kind));
    const qint64 total = serverTotal(m_large, kind);
    QVERIFY(total > 0);
    QCOMPARE(qint64(cache.items(m_large, kind).size()), total);
    QSet<QUuid> ids;
    for (const LookupItem &item : cache.items(m_large, kind)) {
        QVERIFY(!item.code.isEmpty());
        QVERIFY(!item.name.isEmpty());
        ids.insert(item.id);
        QCOMPARE(cache.find(m_large, kind, item.id)->code, item.code);
    }
    QCOMPARE(qint64(ids.size()), total);
    if (kind == LookupKind::Employee)
        QVERIFY(cache.items(m_large, kind).constFirst().raw.value(QLatin1String("email")).toString().contains(QLatin1Char('@')));
}

void TestLookupCache::loadedListsAreCached()
{
    LookupCache cache(m_client);
    QVERIFY(loadAndWait(cache, m_large, LookupKind::Location));
    QTRY_VERIFY(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/locations")) > 0);
    const int before = m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/locations"));
    cache.load(m_large, LookupKind::Location);
    QVERIFY(!cache.isLoading(m_large, LookupKind::Location));
    QTest::qWait(200);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/locations")), before);
}

void TestLookupCache::listsAreKeptPerCompany()
{
    LookupCache cache(m_client);
    QVERIFY(loadAndWait(cache, m_large, LookupKind::Category));
    const auto largeItems = cache.items(m_large, LookupKind::Category);
    QVERIFY(!cache.isLoaded(m_small, LookupKind::Category));
    QVERIFY(loadAndWait(cache, m_small, LookupKind::Category));
    QVERIFY(cache.items(m_small, LookupKind::Category).constFirst().id != largeItems.constFirst().id);
    // The first company's list is still there, unchanged.
    QVERIFY(cache.isLoaded(m_large, LookupKind::Category));
    QCOMPARE(cache.items(m_large, LookupKind::Category).size(), largeItems.size());
    QCOMPARE(cache.items(m_large, LookupKind::Category).constFirst().id, largeItems.constFirst().id);
}

void TestLookupCache::refreshLoadsAgain()
{
    LookupCache cache(m_client);
    QVERIFY(loadAndWait(cache, m_large, LookupKind::CostCenter));
    QTRY_VERIFY(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/cost-centers")) > 0);
    const int before = m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/cost-centers"));
    QSignalSpy loaded(&cache, &LookupCache::loaded);
    cache.refresh(m_large, LookupKind::CostCenter);
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/cost-centers")), before + 1);
    QVERIFY(!cache.items(m_large, LookupKind::CostCenter).isEmpty());
}

QTEST_GUILESS_MAIN(TestLookupCache)
#include "tst_lookupcache.moc"
