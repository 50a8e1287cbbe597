#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Page.h"
#include "models/CompanyList.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;

namespace {

// Runs `job` to its end and returns it; the job deletes itself afterwards,
// so the caller reads everything it needs inside `inspect`.
template <typename Inspect>
void runJob(ApiJob *job, Inspect inspect)
{
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [&](ApiJob *finished) {
        inspect(finished);
        done = true;
    });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
}

QUrlQuery companyQuery(const QString &companyId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    return query;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void companiesLoad();
    void wrongKeyIsUnauthorized();
    void missingKeyIsUnauthorized();
    void missingCompanyIdIsRejected();
    void unknownCompanyIsNotFound();
    void unknownAssetIsNotFound();
    void takeIsCappedByServer();
    void insecureUrlIsNeverSent();
    void connectionRefusedIsRetried();
    void slowReplyTimesOut();
    void requestLogHasNoKey();

private:
    ApiClient *newClient(const QUrl &baseUrl, const QString &key);
    QString firstCompanyId();

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
};

ApiClient *TestApiClient::newClient(const QUrl &baseUrl, const QString &key)
{
    auto *client = new ApiClient(&m_network, this);
    client->setBaseUrl(baseUrl);
    client->setApiKey(key);
    client->setRetryPolicy(0, std::chrono::milliseconds(10));
    return client;
}

void TestApiClient::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

QString TestApiClient::firstCompanyId()
{
    CompanyList companies(newClient(m_sandbox.baseUrl(), m_sandbox.apiKey()));
    QSignalSpy loaded(&companies, &CompanyList::loaded);
    companies.load();
    if (!loaded.wait(10000) || companies.companies().isEmpty())
        return QString();
    return companies.companies().constFirst().id;
}

void TestApiClient::companiesLoad()
{
    CompanyList companies(newClient(m_sandbox.baseUrl(), m_sandbox.apiKey()));
    QSignalSpy loaded(&companies, &CompanyList::loaded);
    QSignalSpy failed(&companies, &CompanyList::failed);
    companies.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(companies.companies().size(), 2);
    QCOMPARE(companies.companies().constFirst().name, QStringLiteral("Acme Corp"));
    QVERIFY(!QUuid::fromString(companies.companies().constFirst().id).isNull());
}

void TestApiClient::wrongKeyIsUnauthorized()
{
    ApiClient *client = newClient(m_sandbox.baseUrl(), QStringLiteral("ahq_wrong"));
    QSignalSpy authenticationFailed(client, &ApiClient::authenticationFailed);
    runJob(client->get(QStringLiteral("/companies")), [](ApiJob *job) {
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(job->httpStatus(), 401);
        QVERIFY(!job->requestId().isEmpty());
        QVERIFY(job->error().message().contains(QStringLiteral("401")));
        QVERIFY(!job->error().details().contains(QStringLiteral("ahq_wrong")));
    });
    QCOMPARE(authenticationFailed.count(), 1);
}

void TestApiClient::missingKeyIsUnauthorized()
{
    ApiClient *client = newClient(m_sandbox.baseUrl(), QString());
    runJob(client->get(QStringLiteral("/companies")),
           [](ApiJob *job) { QCOMPARE(job->error().kind, ApiError::Kind::Unauthorized); });
}

void TestApiClient::missingCompanyIdIsRejected()
{
    ApiClient *client = newClient(m_sandbox.baseUrl(), m_sandbox.apiKey());
    runJob(client->get(QStringLiteral("/assets")), [](ApiJob *job) {
        QCOMPARE(job->error().kind, ApiError::Kind::Validation);
        QCOMPARE(job->httpStatus(), 400);
        QCOMPARE(job->error().serverMessage, QStringLiteral("companyId is required."));
        QVERIFY(job->error().message().contains(QStringLiteral("companyId is required.")));
    });
}

void TestApiClient::unknownCompanyIsNotFound()
{
    ApiClient *client = newClient(m_sandbox.baseUrl(), m_sandbox.apiKey());
    const QUrlQuery query = companyQuery(QStringLiteral("00000000-0000-0000-0000-000000000001"));
    runJob(client->get(QStringLiteral("/assets"), query), [](ApiJob *job) {
        QCOMPARE(job->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(job->error().serverMessage, QStringLiteral("Company not found."));
        QVERIFY(!job->error().requestId.isEmpty());
        QVERIFY(job->error().details().contains(job->error().requestId));
    });
}

void TestApiClient::unknownAssetIsNotFound()
{
    const QString companyId = firstCompanyId();
    QVERIFY(!companyId.isEmpty());
    ApiClient *client = newClient(m_sandbox.baseUrl(), m_sandbox.apiKey());
    runJob(client->get(QStringLiteral("/assets/00000000-0000-0000-0000-0000000000aa"), companyQuery(companyId)),
           [](ApiJob *job) {
               QCOMPARE(job->error().kind, ApiError::Kind::NotFound);
               QCOMPARE(job->httpStatus(), 404);
           });
}

void TestApiClient::takeIsCappedByServer()
{
    const QString companyId = firstCompanyId();
    ApiClient *client = newClient(m_sandbox.baseUrl(), m_sandbox.apiKey());
    QUrlQuery query = companyQuery(companyId);
    query.addQueryItem(QStringLiteral("skip"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("500"));
    runJob(client->get(QStringLiteral("/assets"), query), [](ApiJob *job) {
        QVERIFY(job->succeeded());
        Page page;
        QString error;
        QVERIFY2(Page::parse(job->json(), 0, &page, &error), qPrintable(error));
        QCOMPARE(page.take, qint64(200));
        QCOMPARE(page.items.size(), 200);
        PageCursor cursor(200);
        cursor.advance(page);
        QCOMPARE(cursor.nextSkip(), qint64(200));
    });
}

void TestApiClient::insecureUrlIsNeverSent()
{
    // 192.0.2.0/24 is reserved for documentation; the request must be refused before any connection.
    ApiClient *client = newClient(QUrl(QStringLiteral("http://192.0.2.10/api/v1")), QStringLiteral("ahq_secret"));
    runJob(client->get(QStringLiteral("/companies")), [](ApiJob *job) {
        QCOMPARE(job->error().kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(job->attempts(), 0);
    });
}

void TestApiClient::connectionRefusedIsRetried()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    ApiClient *client = newClient(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)), m_sandbox.apiKey());
    client->setRetryPolicy(2, std::chrono::milliseconds(20));
    runJob(client->get(QStringLiteral("/companies")), [](ApiJob *job) {
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QCOMPARE(job->attempts(), 3);
        QCOMPARE(job->error().attempts, 3);
    });
}

void TestApiClient::slowReplyTimesOut()
{
    SandboxProcess slow({QStringLiteral("--latency-ms"), QStringLiteral("3000")});
    QString error;
    QVERIFY2(slow.start(&error), qPrintable(error));
    ApiClient *client = newClient(slow.baseUrl(), slow.apiKey());
    client->setTransferTimeout(std::chrono::milliseconds(300));
    client->setRetryPolicy(3, std::chrono::milliseconds(20));
    runJob(client->get(QStringLiteral("/companies")), [](ApiJob *job) {
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
        // The message names the request; a time-out is tried once more, not three times.
        QVERIFY2(job->error().message().contains(QStringLiteral("in reply to GET /api/v1/companies")),
                 qPrintable(job->error().message()));
        QCOMPARE(job->attempts(), 2);
    });
}

void TestApiClient::requestLogHasNoKey()
{
    static QStringList messages;
    messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &context, const QString &message) {
            messages << QString::fromLatin1(context.category) + QLatin1Char(' ') + message;
        });
    QLoggingCategory::setFilterRules(QStringLiteral("activo.*=true"));

    ApiClient *client = newClient(m_sandbox.baseUrl(), m_sandbox.apiKey());
    runJob(client->get(QStringLiteral("/companies")), [](ApiJob *job) { QVERIFY(job->succeeded()); });

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("activo.net GET /api/v1/companies 200")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("request-id")), qPrintable(all));
    QVERIFY(!all.contains(m_sandbox.apiKey()));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
