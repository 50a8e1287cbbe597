// Contract test of activohq-sandbox: starts the real executable and checks
// its HTTP replies against the ActivoHQ v1 API rules it implements.

#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>

using Activo::Test::SandboxProcess;

namespace {

constexpr int kReplyTimeoutMs = 15000;
// Fixed, so that depreciation and acquisition dates do not depend on the day
// the test runs.
const QString kToday = QStringLiteral("2025-06-30");
constexpr qint64 kDefaultAssetCount = 2500;

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lowercase
    qint64 elapsedMs = 0;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Returns the amounts of `member` in the raw JSON text, in cents and in
// order of appearance, read without going through double. Amounts that do
// not have exactly two decimals do not match and so are missing.
QList<qint64> amountsInCents(const QByteArray &body, const QString &member)
{
    const QRegularExpression pattern(QStringLiteral("\"%1\":(-?)(\\d+)\\.(\\d{2})(?=[,}])").arg(member));
    QList<qint64> result;
    auto matches = pattern.globalMatch(QString::fromUtf8(body));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const qint64 cents = match.captured(2).toLongLong() * 100 + match.captured(3).toLongLong();
        result.append(match.captured(1).isEmpty() ? cents : -cents);
    }
    return result;
}

// Counts "member": values in the raw text, whatever their format.
qsizetype countMembers(const QByteArray &body, const QString &member)
{
    return QString::fromUtf8(body).count(QStringLiteral("\"%1\":").arg(member));
}

// Whole months from `from` to `to`: a month counts once the same day of a
// later month is reached, with days past the end of a short month taken as
// its last day. This is the rule the sandbox documents for depreciation.
int elapsedMonths(QDate from, QDate to)
{
    if (to <= from)
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (from.addMonths(months) > to)
        --months;
    return std::max(months, 0);
}

// Reads one HTTP/1.1 response with a Content-Length body from `socket`.
// Returns the status code and the body, or nothing on time-out.
std::optional<std::pair<int, QByteArray>> readRawResponse(QTcpSocket &socket, QByteArray &buffer)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = buffer.left(headerEnd);
            const QList<QByteArray> lines = head.split('\n');
            const int status = lines.value(0).split(' ').value(1).toInt();
            qsizetype contentLength = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= headerEnd + 4 + contentLength) {
                const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
                buffer.remove(0, headerEnd + 4 + contentLength);
                return std::make_pair(status, body);
            }
        }
        const qint64 remaining = kReplyTimeoutMs - timer.elapsed();
        if (remaining <= 0 || !socket.waitForReadyRead(int(remaining)))
            return std::nullopt;
        buffer += socket.readAll();
    }
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    HttpResult send(const QByteArray &method, const QUrl &baseUrl, const QString &path,
                    const QUrlQuery &query, const std::optional<QString> &apiKey);
    HttpResult get(const QString &path, const QUrlQuery &query = {});
    HttpResult getFrom(const SandboxProcess &sandbox, const QString &path, const QUrlQuery &query = {});
    QUrlQuery acmeQuery(const QList<std::pair<QString, QString>> &extra = {}) const;
    // Walks every page of /assets with `search` and returns the items.
    QList<QJsonObject> searchAll(const QString &companyId, const QString &search);
    std::unique_ptr<SandboxProcess> startSandbox(const QStringList &arguments);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_acmeId;
    QString m_istmoId;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void firstLine_hasListeningFormat();
    void demoKey_isPrintedAndAccepted();
    void apiKeyOption_acceptsEveryKey();
    void missingKey_returns401();
    void wrongKey_returns401();
    void unknownPath_returns404();
    void wrongMethod_returns405();
    void companyIdMissing_returns400_data();
    void companyIdMissing_returns400();
    void companyUnknownOrMalformed_returns404_data();
    void companyUnknownOrMalformed_returns404();
    void companies_listsBothCompanies();

    void assets_defaultPageHas50();
    void assets_takeAbove200IsCapped();
    void paging_invalidValue_returns400_data();
    void paging_invalidValue_returns400();
    void paging_fullWalkHasNoGapsOrDuplicates();
    void paging_skipPastEnd_returnsEmptyItems();
    void assets_smallCompanyHasOwnRegister();

    void search_byCode();
    void search_byNamePartIgnoresCase();
    void search_byAccentedNameIgnoresCase();
    void search_plusInQueryIsSpace();
    void search_byEpc();
    void search_noMatch_returnsEmptyPage();

    void assetById_matchesListItem();
    void assetById_unknownOrOtherCompany_returns404();

    void lookups_haveIdCodeName_data();
    void lookups_haveIdCodeName();
    void employees_haveEmail();
    void locations_haveCityCountryAndIsActive();
    void assets_linkToExistingLookups();

    void requestId_presentAndDistinct();
    void contentType_isJsonWhenBodyPresent();
    void money_hasTwoDecimalsInRawBody();
    void netBookValue_equalsCostMinusAccumulated();
    void depreciation_followsStraightLineRule();

    void seed_sameSeedGivesIdenticalData();
    void seed_differentSeedGivesDifferentData();
    void latency_delaysReplyByAtLeastOption();
    void logRequests_showsFingerprintNotKey();
    void keepAlive_servesTwoRequestsOnOneConnection();
    void parallelRequests_allSucceed();
    void invalidOption_exitsWithCode2_data();
    void invalidOption_exitsWithCode2();
};

HttpResult TestSandbox::send(const QByteArray &method, const QUrl &baseUrl, const QString &path,
                             const QUrlQuery &query, const std::optional<QString> &apiKey)
{
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(kReplyTimeoutMs);
    if (apiKey)
        request.setRawHeader("X-Api-Key", apiKey->toUtf8());

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kReplyTimeoutMs);

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return result;
}

HttpResult TestSandbox::get(const QString &path, const QUrlQuery &query)
{
    return getFrom(*m_sandbox, path, query);
}

HttpResult TestSandbox::getFrom(const SandboxProcess &sandbox, const QString &path, const QUrlQuery &query)
{
    return send("GET", sandbox.baseUrl(), path, query, sandbox.apiKey());
}

QUrlQuery TestSandbox::acmeQuery(const QList<std::pair<QString, QString>> &extra) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_acmeId);
    for (const auto &item : extra)
        query.addQueryItem(item.first, item.second);
    return query;
}

QList<QJsonObject> TestSandbox::searchAll(const QString &companyId, const QString &search)
{
    QList<QJsonObject> items;
    qint64 skip = 0;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("companyId"), companyId);
        query.addQueryItem(QStringLiteral("search"), search);
        query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
        query.addQueryItem(QStringLiteral("take"), QStringLiteral("200"));
        const HttpResult result = get(QStringLiteral("/assets"), query);
        if (result.status != 200)
            return {};
        const QJsonObject envelope = result.json();
        const QJsonArray pageItems = envelope.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : pageItems)
            items.append(item.toObject());
        skip += envelope.value(QStringLiteral("take")).toInteger();
        if (pageItems.isEmpty() || skip >= envelope.value(QStringLiteral("total")).toInteger())
            break;
    }
    return items;
}

std::unique_ptr<SandboxProcess> TestSandbox::startSandbox(const QStringList &arguments)
{
    auto sandbox = std::make_unique<SandboxProcess>(arguments);
    QString error;
    if (!sandbox->start(&error)) {
        qWarning("%s", qUtf8Printable(error));
        return nullptr;
    }
    return sandbox;
}

void TestSandbox::initTestCase()
{
    // The sandbox runs on this machine, so a proxy from the environment must
    // not see the requests.
    m_network.setProxy(QNetworkProxy::NoProxy);

    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--today"), kToday});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    const HttpResult companies = get(QStringLiteral("/companies"));
    QCOMPARE(companies.status, 200);
    const QJsonArray items = companies.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject company = item.toObject();
        if (company.value(QStringLiteral("name")).toString() == QStringLiteral("Acme Corp"))
            m_acmeId = company.value(QStringLiteral("id")).toString();
        else
            m_istmoId = company.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!m_acmeId.isEmpty());
    QVERIFY(!m_istmoId.isEmpty());
}

void TestSandbox::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandbox::firstLine_hasListeningFormat()
{
    // start() accepted the line only if it matched exactly. Check the parts.
    const QUrl baseUrl = m_sandbox->baseUrl();
    QCOMPARE(baseUrl.scheme(), QStringLiteral("http"));
    QCOMPARE(baseUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(baseUrl.port() > 0);
    QCOMPARE(baseUrl.path(), QStringLiteral("/api/v1"));
}

void TestSandbox::demoKey_isPrintedAndAccepted()
{
    QProcess process;
    const auto stopProcess = qScopeGuard([&process] {
        process.kill();
        process.waitForFinished(5000);
    });
    process.start(SandboxProcess::executablePath(), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(process.waitForStarted(kReplyTimeoutMs), qPrintable(process.errorString()));

    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (output.count('\n') < 2 && timer.elapsed() < kReplyTimeoutMs) {
        if (!process.waitForReadyRead(int(kReplyTimeoutMs - timer.elapsed())))
            break;
        output += process.readAllStandardOutput();
    }
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 2, output.constData());

    const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+/api/v1)$"));
    const QRegularExpressionMatch listeningMatch = listening.match(lines.at(0));
    QVERIFY2(listeningMatch.hasMatch(), qPrintable(lines.at(0)));
    const QRegularExpression keyLine(QStringLiteral("^api key: (ahq_demo_[0-9a-f]{24})$"));
    const QRegularExpressionMatch keyMatch = keyLine.match(lines.at(1));
    QVERIFY2(keyMatch.hasMatch(), qPrintable(lines.at(1)));

    const QUrl baseUrl(listeningMatch.captured(1));
    const HttpResult accepted = send("GET", baseUrl, QStringLiteral("/companies"), {}, keyMatch.captured(1));
    QCOMPARE(accepted.status, 200);
    const HttpResult rejected =
        send("GET", baseUrl, QStringLiteral("/companies"), {}, SandboxProcess::kDefaultApiKey);
    QCOMPARE(rejected.status, 401);
}

void TestSandbox::apiKeyOption_acceptsEveryKey()
{
    const auto sandbox = startSandbox({QStringLiteral("--api-key"), QStringLiteral("ahq_first_key"),
                                       QStringLiteral("--api-key"), QStringLiteral("ahq_second_key"),
                                       QStringLiteral("--assets"), QStringLiteral("10")});
    QVERIFY(sandbox);
    QCOMPARE(sandbox->apiKey(), QStringLiteral("ahq_first_key"));

    const QUrl baseUrl = sandbox->baseUrl();
    const QString path = QStringLiteral("/companies");
    QCOMPARE(send("GET", baseUrl, path, {}, QStringLiteral("ahq_first_key")).status, 200);
    QCOMPARE(send("GET", baseUrl, path, {}, QStringLiteral("ahq_second_key")).status, 200);
    QCOMPARE(send("GET", baseUrl, path, {}, SandboxProcess::kDefaultApiKey).status, 401);
}

void TestSandbox::missingKey_returns401()
{
    const HttpResult result =
        send("GET", m_sandbox->baseUrl(), QStringLiteral("/companies"), {}, std::nullopt);
    QCOMPARE(result.status, 401);
    QVERIFY(result.body.isEmpty());
    QVERIFY(!result.header("X-Request-Id").isEmpty());
    QVERIFY(result.header("Content-Type").isEmpty());

    // 401 comes before any other check, so an unknown path gives it too.
    const HttpResult unknownPath =
        send("GET", m_sandbox->baseUrl(), QStringLiteral("/no-such-thing"), {}, std::nullopt);
    QCOMPARE(unknownPath.status, 401);
}

void TestSandbox::wrongKey_returns401()
{
    const QStringList wrongKeys = {
        QStringLiteral("ahq_wrong_key"),
        SandboxProcess::kDefaultApiKey.toUpper(),
        SandboxProcess::kDefaultApiKey + QLatin1Char('x'),
        SandboxProcess::kDefaultApiKey.left(SandboxProcess::kDefaultApiKey.size() - 1),
    };
    for (const QString &key : wrongKeys) {
        const HttpResult result =
            send("GET", m_sandbox->baseUrl(), QStringLiteral("/assets"), acmeQuery(), key);
        QCOMPARE(result.status, 401);
        QVERIFY(result.body.isEmpty());
        QVERIFY(!result.header("X-Request-Id").isEmpty());
    }
}

void TestSandbox::unknownPath_returns404()
{
    const QStringList paths = {
        QStringLiteral("/no-such-resource"),
        QStringLiteral("/assets/") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("/extra"),
        QString(),
    };
    for (const QString &path : paths) {
        const HttpResult result = get(path, acmeQuery());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.body, QByteArray("{\"error\":\"Not found.\"}"));
        QVERIFY(!result.header("X-Request-Id").isEmpty());
    }

    // Outside the API base path.
    QUrl root = m_sandbox->baseUrl();
    root.setPath(QString());
    const HttpResult outside = send("GET", root, QStringLiteral("/api/v2/companies"), {}, m_sandbox->apiKey());
    QCOMPARE(outside.status, 404);
    QCOMPARE(outside.body, QByteArray("{\"error\":\"Not found.\"}"));
}

void TestSandbox::wrongMethod_returns405()
{
    const QList<QByteArray> methods = {"POST", "PUT", "DELETE", "PATCH"};
    for (const QByteArray &method : methods) {
        const HttpResult result =
            send(method, m_sandbox->baseUrl(), QStringLiteral("/companies"), {}, m_sandbox->apiKey());
        QCOMPARE(result.status, 405);
        QCOMPARE(result.body, QByteArray("{\"error\":\"Method not allowed.\"}"));
        QCOMPARE(result.header("Allow"), QByteArray("GET"));
        QVERIFY(!result.header("X-Request-Id").isEmpty());
    }
}

void TestSandbox::companyIdMissing_returns400_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("assets") << QStringLiteral("/assets");
    QTest::newRow("asset") << QStringLiteral("/assets/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("categories") << QStringLiteral("/categories");
    QTest::newRow("employees") << QStringLiteral("/employees");
}

void TestSandbox::companyIdMissing_returns400()
{
    QFETCH(QString, path);
    const HttpResult missing = get(path);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.body, QByteArray("{\"error\":\"companyId is required.\"}"));

    QUrlQuery empty;
    empty.addQueryItem(QStringLiteral("companyId"), QString());
    const HttpResult emptyValue = get(path, empty);
    QCOMPARE(emptyValue.status, 400);
    QCOMPARE(emptyValue.body, QByteArray("{\"error\":\"companyId is required.\"}"));
}

void TestSandbox::companyUnknownOrMalformed_returns404_data()
{
    QTest::addColumn<QString>("companyId");
    QTest::newRow("unknown") << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("malformed") << QStringLiteral("not-a-guid");
    QTest::newRow("truncated") << QStringLiteral("3fa85f64-5717-4562-b3fc");
    QTest::newRow("null uuid") << QStringLiteral("00000000-0000-0000-0000-000000000000");
}

void TestSandbox::companyUnknownOrMalformed_returns404()
{
    QFETCH(QString, companyId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    for (const QString &path : {QStringLiteral("/assets"), QStringLiteral("/locations")}) {
        const HttpResult result = get(path, query);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.body, QByteArray("{\"error\":\"Company not found.\"}"));
    }
}

void TestSandbox::companies_listsBothCompanies()
{
    const HttpResult result = get(QStringLiteral("/companies"));
    QCOMPARE(result.status, 200);
    const QJsonObject envelope = result.json();
    QCOMPARE(envelope.value(QStringLiteral("total")).toInteger(), 2);
    QCOMPARE(envelope.value(QStringLiteral("skip")).toInteger(), 0);
    QCOMPARE(envelope.value(QStringLiteral("take")).toInteger(), 50);

    const QJsonArray items = envelope.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QStringList names;
    for (const QJsonValue &item : items) {
        const QJsonObject company = item.toObject();
        QVERIFY(!QUuid::fromString(company.value(QStringLiteral("id")).toString()).isNull());
        names.append(company.value(QStringLiteral("name")).toString());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Acme Corp"), QString::fromUtf8("Istmo Logística S.A.")}));
    QVERIFY(result.body.contains(QString::fromUtf8("Logística").toUtf8()));

    const HttpResult paged = get(QStringLiteral("/companies"),
                                 QUrlQuery(QStringLiteral("skip=1&take=1")));
    QCOMPARE(paged.status, 200);
    QCOMPARE(paged.json().value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(paged.json().value(QStringLiteral("total")).toInteger(), 2);
}

void TestSandbox::assets_defaultPageHas50()
{
    const HttpResult result = get(QStringLiteral("/assets"), acmeQuery());
    QCOMPARE(result.status, 200);
    const QJsonObject envelope = result.json();
    QCOMPARE(envelope.value(QStringLiteral("items")).toArray().size(), 50);
    QCOMPARE(envelope.value(QStringLiteral("total")).toInteger(), kDefaultAssetCount);
    QCOMPARE(envelope.value(QStringLiteral("skip")).toInteger(), 0);
    QCOMPARE(envelope.value(QStringLiteral("take")).toInteger(), 50);
}

void TestSandbox::assets_takeAbove200IsCapped()
{
    for (const QString &take : {QStringLiteral("500"), QStringLiteral("201"), QStringLiteral("99999999999999999999")}) {
        const HttpResult result = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("take"), take}}));
        QCOMPARE(result.status, 200);
        const QJsonObject envelope = result.json();
        QCOMPARE(envelope.value(QStringLiteral("items")).toArray().size(), 200);
        QCOMPARE(envelope.value(QStringLiteral("take")).toInteger(), 200);
    }

    const HttpResult exact = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}));
    QCOMPARE(exact.json().value(QStringLiteral("items")).toArray().size(), 200);
    const HttpResult one = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("take"), QStringLiteral("1")}}));
    QCOMPARE(one.json().value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(one.json().value(QStringLiteral("take")).toInteger(), 1);
}

void TestSandbox::paging_invalidValue_returns400_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::newRow("take=-1") << QStringLiteral("take") << QStringLiteral("-1");
    QTest::newRow("take=abc") << QStringLiteral("take") << QStringLiteral("abc");
    QTest::newRow("take=0") << QStringLiteral("take") << QStringLiteral("0");
    QTest::newRow("take=1.5") << QStringLiteral("take") << QStringLiteral("1.5");
    QTest::newRow("take empty") << QStringLiteral("take") << QString();
    QTest::newRow("skip=-5") << QStringLiteral("skip") << QStringLiteral("-5");
    QTest::newRow("skip=abc") << QStringLiteral("skip") << QStringLiteral("abc");
    QTest::newRow("skip=+3") << QStringLiteral("skip") << QStringLiteral("+3");
    QTest::newRow("skip above int32") << QStringLiteral("skip") << QStringLiteral("2147483648");
}

void TestSandbox::paging_invalidValue_returns400()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);

    // QUrlQuery would leave '+' as it is, and the sandbox reads '+' as a
    // space, so the value is percent-encoded by hand.
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(value));
    for (const QString &path : {QStringLiteral("/assets"), QStringLiteral("/cost-centers")}) {
        QUrlQuery query = acmeQuery();
        query.addQueryItem(parameter, encoded);
        const HttpResult result = get(path, query);
        QCOMPARE(result.status, 400);
        const QString message = result.json().value(QStringLiteral("error")).toString();
        QVERIFY2(message.startsWith(parameter + QStringLiteral(" must be a whole number")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1Char('"') + value + QLatin1Char('"')), qPrintable(message));
    }

    const HttpResult companies = get(QStringLiteral("/companies"), QUrlQuery(parameter + QLatin1Char('=') + encoded));
    QCOMPARE(companies.status, 400);
}

void TestSandbox::paging_fullWalkHasNoGapsOrDuplicates()
{
    QSet<QString> ids;
    QStringList codes;
    qint64 skip = 0;
    qint64 total = -1;
    int pages = 0;
    while (pages < 100) {
        const HttpResult result = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("skip"), QString::number(skip)},
                                                                             {QStringLiteral("take"), QStringLiteral("200")}}));
        QCOMPARE(result.status, 200);
        ++pages;
        const QJsonObject envelope = result.json();
        const qint64 pageTotal = envelope.value(QStringLiteral("total")).toInteger();
        if (total < 0)
            total = pageTotal;
        QCOMPARE(pageTotal, total);
        QCOMPARE(envelope.value(QStringLiteral("skip")).toInteger(), skip);

        const QJsonArray items = envelope.value(QStringLiteral("items")).toArray();
        QCOMPARE(qint64(items.size()), std::min<qint64>(200, total - skip));
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            codes.append(item.toObject().value(QStringLiteral("assetCode")).toString());
        }

        skip += envelope.value(QStringLiteral("take")).toInteger();
        if (items.isEmpty() || skip >= total)
            break;
    }

    QCOMPARE(total, kDefaultAssetCount);
    QCOMPARE(qint64(ids.size()), total);
    QCOMPARE(pages, 13);
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
}

void TestSandbox::paging_skipPastEnd_returnsEmptyItems()
{
    for (const QString &skip : {QStringLiteral("2500"), QStringLiteral("5000"), QStringLiteral("2147483647")}) {
        const HttpResult result = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("skip"), skip}}));
        QCOMPARE(result.status, 200);
        const QJsonObject envelope = result.json();
        QVERIFY(envelope.value(QStringLiteral("items")).isArray());
        QCOMPARE(envelope.value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(envelope.value(QStringLiteral("total")).toInteger(), kDefaultAssetCount);
        QCOMPARE(QString::number(envelope.value(QStringLiteral("skip")).toInteger()), skip);
    }

    const HttpResult lastPage = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("skip"), QStringLiteral("2490")}}));
    QCOMPARE(lastPage.json().value(QStringLiteral("items")).toArray().size(), 10);
}

void TestSandbox::assets_smallCompanyHasOwnRegister()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_istmoId);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("200"));
    const HttpResult assets = get(QStringLiteral("/assets"), query);
    QCOMPARE(assets.status, 200);
    const qint64 total = assets.json().value(QStringLiteral("total")).toInteger();
    QVERIFY2(total >= 30 && total <= 60, qPrintable(QString::number(total)));

    const HttpResult acmeCategories = get(QStringLiteral("/categories"), acmeQuery());
    const HttpResult istmoCategories = get(QStringLiteral("/categories"), query);
    QSet<QString> acmeIds;
    for (const QJsonValue &item : acmeCategories.json().value(QStringLiteral("items")).toArray())
        acmeIds.insert(item.toObject().value(QStringLiteral("id")).toString());
    const QJsonArray istmoItems = istmoCategories.json().value(QStringLiteral("items")).toArray();
    QVERIFY(!istmoItems.isEmpty());
    for (const QJsonValue &item : istmoItems)
        QVERIFY(!acmeIds.contains(item.toObject().value(QStringLiteral("id")).toString()));
}

void TestSandbox::search_byCode()
{
    const QJsonObject first = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("skip"), QStringLiteral("123")}}))
                                  .json().value(QStringLiteral("items")).toArray().at(0).toObject();
    const QString code = first.value(QStringLiteral("assetCode")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{3}-\\d{4,}$")).match(code).hasMatch());

    const QList<QJsonObject> found = searchAll(m_acmeId, code.toLower());
    QVERIFY(!found.isEmpty());
    bool containsAsset = false;
    for (const QJsonObject &item : found) {
        containsAsset = containsAsset || item.value(QStringLiteral("id")) == first.value(QStringLiteral("id"));
        QVERIFY(item.value(QStringLiteral("assetCode")).toString().contains(code, Qt::CaseInsensitive)
                || item.value(QStringLiteral("name")).toString().contains(code, Qt::CaseInsensitive));
    }
    QVERIFY(containsAsset);
}

void TestSandbox::search_byNamePartIgnoresCase()
{
    const QList<QJsonObject> found = searchAll(m_acmeId, QStringLiteral("LATITUDE"));
    QVERIFY(!found.isEmpty());
    for (const QJsonObject &item : found)
        QVERIFY(item.value(QStringLiteral("name")).toString().contains(QStringLiteral("latitude"), Qt::CaseInsensitive));

    const QList<QJsonObject> lower = searchAll(m_acmeId, QStringLiteral("latitude"));
    QCOMPARE(lower.size(), found.size());

    // Spanish names of office furniture ("Silla de oficina ...").
    const QList<QJsonObject> office = searchAll(m_acmeId, QStringLiteral("oficina"));
    QVERIFY(!office.isEmpty());
    for (const QJsonObject &item : office)
        QVERIFY(item.value(QStringLiteral("name")).toString().contains(QStringLiteral("oficina"), Qt::CaseInsensitive));

    // Every match must be counted: compare with a filter over the full register.
    const QList<QJsonObject> everything = searchAll(m_acmeId, QString());
    QCOMPARE(everything.size(), qsizetype(kDefaultAssetCount));
    const auto expected = std::count_if(everything.cbegin(), everything.cend(), [](const QJsonObject &item) {
        return item.value(QStringLiteral("name")).toString().contains(QStringLiteral("oficina"), Qt::CaseInsensitive);
    });
    QCOMPARE(office.size(), qsizetype(expected));
}

void TestSandbox::search_byAccentedNameIgnoresCase()
{
    const QList<QJsonObject> everything = searchAll(m_acmeId, QString());
    const auto accented = std::find_if(everything.cbegin(), everything.cend(), [](const QJsonObject &item) {
        const QString name = item.value(QStringLiteral("name")).toString();
        return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7F && c.isLower(); });
    });
    QVERIFY2(accented != everything.cend(), "the register has no name with a lowercase non-ASCII letter");
    const QString name = accented->value(QStringLiteral("name")).toString();

    const QList<QJsonObject> found = searchAll(m_acmeId, name.toUpper());
    QVERIFY2(!found.isEmpty(), qPrintable(name.toUpper()));
    bool containsAsset = false;
    for (const QJsonObject &item : found)
        containsAsset = containsAsset || item.value(QStringLiteral("id")) == accented->value(QStringLiteral("id"));
    QVERIFY(containsAsset);
}

void TestSandbox::search_plusInQueryIsSpace()
{
    const QUrlQuery plus(QStringLiteral("companyId=%1&search=silla+de+oficina&take=200").arg(m_acmeId));
    const HttpResult result = get(QStringLiteral("/assets"), plus);
    QCOMPARE(result.status, 200);
    const QJsonArray items = result.json().value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items)
        QVERIFY(item.toObject().value(QStringLiteral("name")).toString().contains(QStringLiteral("silla de oficina"), Qt::CaseInsensitive));
}

void TestSandbox::search_byEpc()
{
    const QJsonObject asset = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("skip"), QStringLiteral("777")}}))
                                  .json().value(QStringLiteral("items")).toArray().at(0).toObject();
    const QString epc = asset.value(QStringLiteral("epc")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Fa-f]{24}$")).match(epc).hasMatch());

    for (const QString &search : {epc, epc.toLower()}) {
        const HttpResult result = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("search"), search}}));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("total")).toInteger(), 1);
        QCOMPARE(result.json().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("id")),
                 asset.value(QStringLiteral("id")));
    }
}

void TestSandbox::search_noMatch_returnsEmptyPage()
{
    const HttpResult result =
        get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("search"), QStringLiteral("zz-no-such-asset-zz")}}));
    QCOMPARE(result.status, 200);
    const QJsonObject envelope = result.json();
    QCOMPARE(envelope.value(QStringLiteral("total")).toInteger(), 0);
    QVERIFY(envelope.value(QStringLiteral("items")).isArray());
    QCOMPARE(envelope.value(QStringLiteral("items")).toArray().size(), 0);
}

void TestSandbox::assetById_matchesListItem()
{
    const QJsonArray items =
        get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("skip"), QStringLiteral("1000")}, {QStringLiteral("take"), QStringLiteral("5")}}))
            .json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 5);
    for (const QJsonValue &item : items) {
        const QString id = item.toObject().value(QStringLiteral("id")).toString();
        const HttpResult single = get(QStringLiteral("/assets/") + id, acmeQuery());
        QCOMPARE(single.status, 200);
        QVERIFY(!single.body.startsWith("{\"items\""));
        QCOMPARE(single.json(), item.toObject());

        // Ids are GUIDs, so the upper-case form names the same asset.
        const HttpResult upper = get(QStringLiteral("/assets/") + id.toUpper(), acmeQuery());
        QCOMPARE(upper.status, 200);
    }
}

void TestSandbox::assetById_unknownOrOtherCompany_returns404()
{
    const QByteArray notFound("{\"error\":\"Asset not found.\"}");
    for (const QString &id : {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("not-a-guid")}) {
        const HttpResult result = get(QStringLiteral("/assets/") + id, acmeQuery());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.body, notFound);
    }

    QUrlQuery istmo;
    istmo.addQueryItem(QStringLiteral("companyId"), m_istmoId);
    const QString istmoAssetId = get(QStringLiteral("/assets"), istmo)
                                     .json().value(QStringLiteral("items")).toArray().at(0).toObject()
                                     .value(QStringLiteral("id")).toString();
    QVERIFY(!istmoAssetId.isEmpty());
    QCOMPARE(get(QStringLiteral("/assets/") + istmoAssetId, istmo).status, 200);
    const HttpResult wrongCompany = get(QStringLiteral("/assets/") + istmoAssetId, acmeQuery());
    QCOMPARE(wrongCompany.status, 404);
    QCOMPARE(wrongCompany.body, notFound);
}

void TestSandbox::lookups_haveIdCodeName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("minimumCount");
    QTest::newRow("categories") << QStringLiteral("/categories") << 8;
    QTest::newRow("locations") << QStringLiteral("/locations") << 8;
    QTest::newRow("cost-centers") << QStringLiteral("/cost-centers") << 4;
    QTest::newRow("depreciation-books") << QStringLiteral("/depreciation-books") << 2;
    QTest::newRow("custodians") << QStringLiteral("/custodians") << 25;
    QTest::newRow("employees") << QStringLiteral("/employees") << 50;
}

void TestSandbox::lookups_haveIdCodeName()
{
    QFETCH(QString, path);
    QFETCH(int, minimumCount);

    const HttpResult result = get(path, acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}));
    QCOMPARE(result.status, 200);
    const QJsonObject envelope = result.json();
    const QJsonArray items = envelope.value(QStringLiteral("items")).toArray();
    QVERIFY2(items.size() >= minimumCount, qPrintable(QString::number(items.size())));
    QCOMPARE(envelope.value(QStringLiteral("total")).toInteger(), items.size());
    QCOMPARE(envelope.value(QStringLiteral("take")).toInteger(), 200);

    QSet<QString> codes;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QVERIFY(!QUuid::fromString(item.value(QStringLiteral("id")).toString()).isNull());
        const QString code = item.value(QStringLiteral("code")).toString();
        QVERIFY(!code.isEmpty());
        QVERIFY(!codes.contains(code));
        codes.insert(code);
        QVERIFY(!item.value(QStringLiteral("name")).toString().isEmpty());
    }

    const HttpResult paged = get(path, acmeQuery({{QStringLiteral("skip"), QStringLiteral("1")}, {QStringLiteral("take"), QStringLiteral("1")}}));
    QCOMPARE(paged.json().value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(paged.json().value(QStringLiteral("items")).toArray().at(0), items.at(1));
}

void TestSandbox::employees_haveEmail()
{
    const QJsonArray items = get(QStringLiteral("/employees"), acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}))
                                 .json().value(QStringLiteral("items")).toArray();
    QVERIFY(items.size() >= 50);
    const QRegularExpression email(QStringLiteral("^[a-z0-9.]+@[a-z0-9.-]+\\.example$"));
    QSet<QString> addresses;
    for (const QJsonValue &value : items) {
        const QString address = value.toObject().value(QStringLiteral("email")).toString();
        QVERIFY2(email.match(address).hasMatch(), qPrintable(address));
        QVERIFY(!addresses.contains(address));
        addresses.insert(address);
    }

    // Only employees carry an e-mail address.
    const QJsonArray custodians = get(QStringLiteral("/custodians"), acmeQuery())
                                      .json().value(QStringLiteral("items")).toArray();
    QVERIFY(!custodians.at(0).toObject().contains(QStringLiteral("email")));
}

void TestSandbox::locations_haveCityCountryAndIsActive()
{
    const QJsonArray items = get(QStringLiteral("/locations"), acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}))
                                 .json().value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    QSet<QString> countries;
    QSet<QString> cities;
    for (const QJsonValue &value : items) {
        const QJsonObject location = value.toObject();
        QVERIFY(!location.value(QStringLiteral("city")).toString().isEmpty());
        const QString country = location.value(QStringLiteral("country")).toString();
        QVERIFY2(alpha2.match(country).hasMatch(), qPrintable(country));
        QVERIFY(location.value(QStringLiteral("isActive")).isBool());
        countries.insert(country);
        cities.insert(location.value(QStringLiteral("city")).toString());
    }
    QVERIFY(countries.contains(QStringLiteral("PA")));
    QVERIFY(countries.size() >= 3);
    QVERIFY(cities.contains(QString::fromUtf8("Colón")));
}

void TestSandbox::assets_linkToExistingLookups()
{
    struct Link
    {
        QString path;
        QString idField;
        QString objectField;
    };
    const QList<Link> links = {
        {QStringLiteral("/categories"), QStringLiteral("categoryId"), QStringLiteral("category")},
        {QStringLiteral("/locations"), QStringLiteral("locationId"), QStringLiteral("location")},
        {QStringLiteral("/cost-centers"), QStringLiteral("costCenterId"), QStringLiteral("costCenter")},
        {QStringLiteral("/custodians"), QStringLiteral("custodianId"), QStringLiteral("custodian")},
        {QStringLiteral("/depreciation-books"), QStringLiteral("depreciationBookId"), QStringLiteral("depreciationBook")},
    };
    const QJsonArray assets = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}))
                                  .json().value(QStringLiteral("items")).toArray();
    QCOMPARE(assets.size(), 200);

    for (const Link &link : links) {
        QHash<QString, QJsonObject> lookupById;
        const QJsonArray lookups = get(link.path, acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}))
                                       .json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &value : lookups)
            lookupById.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());

        for (const QJsonValue &value : assets) {
            const QJsonObject asset = value.toObject();
            const QString id = asset.value(link.idField).toString();
            QVERIFY2(lookupById.contains(id), qPrintable(link.idField + QStringLiteral(" ") + id));
            const QJsonObject nested = asset.value(link.objectField).toObject();
            QCOMPARE(nested.value(QStringLiteral("id")).toString(), id);
            QCOMPARE(nested.value(QStringLiteral("code")), lookupById.value(id).value(QStringLiteral("code")));
            QCOMPARE(nested.value(QStringLiteral("name")), lookupById.value(id).value(QStringLiteral("name")));
        }
    }

    // The category decides the code prefix.
    for (const QJsonValue &value : assets) {
        const QJsonObject asset = value.toObject();
        if (asset.value(QStringLiteral("category")).toObject().value(QStringLiteral("name")).toString()
            == QStringLiteral("Computer equipment")) {
            QVERIFY(asset.value(QStringLiteral("assetCode")).toString().startsWith(QStringLiteral("LAP-")));
        }
    }
}

void TestSandbox::requestId_presentAndDistinct()
{
    QSet<QByteArray> ids;
    const QList<std::pair<QString, QUrlQuery>> requests = {
        {QStringLiteral("/companies"), {}},
        {QStringLiteral("/companies"), {}},
        {QStringLiteral("/assets"), acmeQuery()},
        {QStringLiteral("/assets"), {}},
        {QStringLiteral("/nowhere"), acmeQuery()},
        {QStringLiteral("/employees"), acmeQuery()},
    };
    for (const auto &request : requests) {
        const QByteArray id = get(request.first, request.second).header("X-Request-Id");
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), id.constData());
        ids.insert(id);
    }
    const QByteArray unauthorized =
        send("GET", m_sandbox->baseUrl(), QStringLiteral("/companies"), {}, std::nullopt).header("X-Request-Id");
    QVERIFY(!unauthorized.isEmpty());
    QVERIFY(!ids.contains(unauthorized));
}

void TestSandbox::contentType_isJsonWhenBodyPresent()
{
    const QByteArray json("application/json; charset=utf-8");
    QCOMPARE(get(QStringLiteral("/companies")).header("Content-Type"), json);
    QCOMPARE(get(QStringLiteral("/assets")).header("Content-Type"), json);          // 400
    QCOMPARE(get(QStringLiteral("/nowhere"), acmeQuery()).header("Content-Type"), json); // 404
}

void TestSandbox::money_hasTwoDecimalsInRawBody()
{
    const HttpResult result = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}));
    QCOMPARE(result.status, 200);
    const QStringList moneyFields = {QStringLiteral("acquisitionCost"), QStringLiteral("salvageValue"),
                                     QStringLiteral("accumulatedDepreciation"), QStringLiteral("netBookValue")};
    for (const QString &field : moneyFields) {
        QCOMPARE(countMembers(result.body, field), 200);
        QCOMPARE(amountsInCents(result.body, field).size(), 200);
    }

    // Whole amounts keep their ".00": some cost must end in it.
    const QList<qint64> costs = amountsInCents(result.body, QStringLiteral("acquisitionCost"));
    QVERIFY(std::any_of(costs.cbegin(), costs.cend(), [](qint64 cents) { return cents % 100 == 0; }));
    QVERIFY(std::any_of(costs.cbegin(), costs.cend(), [](qint64 cents) { return cents % 100 != 0; }));
    QVERIFY(result.body.contains(".00,"));
}

void TestSandbox::netBookValue_equalsCostMinusAccumulated()
{
    for (const QString &skip : {QStringLiteral("0"), QStringLiteral("1200"), QStringLiteral("2400")}) {
        const HttpResult result = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("skip"), skip},
                                                                           {QStringLiteral("take"), QStringLiteral("200")}}));
        const QList<qint64> costs = amountsInCents(result.body, QStringLiteral("acquisitionCost"));
        const QList<qint64> salvages = amountsInCents(result.body, QStringLiteral("salvageValue"));
        const QList<qint64> accumulated = amountsInCents(result.body, QStringLiteral("accumulatedDepreciation"));
        const QList<qint64> netBookValues = amountsInCents(result.body, QStringLiteral("netBookValue"));
        const qsizetype count = result.json().value(QStringLiteral("items")).toArray().size();
        QVERIFY(count > 0);
        QCOMPARE(costs.size(), count);
        QCOMPARE(accumulated.size(), count);
        QCOMPARE(netBookValues.size(), count);

        for (qsizetype i = 0; i < count; ++i) {
            QCOMPARE(netBookValues.at(i), costs.at(i) - accumulated.at(i));
            QVERIFY(accumulated.at(i) >= 0);
            QVERIFY(accumulated.at(i) <= costs.at(i) - salvages.at(i));
            QVERIFY(salvages.at(i) < costs.at(i));
        }
    }
}

void TestSandbox::depreciation_followsStraightLineRule()
{
    const QDate today = QDate::fromString(kToday, Qt::ISODate);
    const HttpResult result = get(QStringLiteral("/assets"), acmeQuery({{QStringLiteral("take"), QStringLiteral("200")}}));
    const QJsonArray items = result.json().value(QStringLiteral("items")).toArray();
    const QList<qint64> costs = amountsInCents(result.body, QStringLiteral("acquisitionCost"));
    const QList<qint64> salvages = amountsInCents(result.body, QStringLiteral("salvageValue"));
    const QList<qint64> accumulated = amountsInCents(result.body, QStringLiteral("accumulatedDepreciation"));
    QCOMPARE(costs.size(), items.size());

    int fullyDepreciated = 0;
    int partlyDepreciated = 0;
    QSet<QString> statuses;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject asset = items.at(i).toObject();
        const QDate acquired = QDate::fromString(asset.value(QStringLiteral("acquisitionDate")).toString(), Qt::ISODate);
        QVERIFY(acquired.isValid());
        QVERIFY(acquired >= QDate(2012, 1, 1));
        QVERIFY(acquired <= today);
        QCOMPARE(asset.value(QStringLiteral("depreciationMethod")).toString(), QStringLiteral("StraightLine"));
        statuses.insert(asset.value(QStringLiteral("status")).toString());

        const int life = asset.value(QStringLiteral("usefulLifeMonths")).toInt();
        QVERIFY(life > 0);
        const qint64 depreciable = costs.at(i) - salvages.at(i);
        const int months = elapsedMonths(acquired, today);
        const qint64 monthly = (depreciable + life / 2) / life;
        const qint64 expected = months >= life ? depreciable : std::min(depreciable, monthly * months);
        QCOMPARE(accumulated.at(i), expected);
        if (expected == depreciable)
            ++fullyDepreciated;
        else if (expected > 0)
            ++partlyDepreciated;
    }
    QVERIFY(fullyDepreciated > 0);
    QVERIFY(partlyDepreciated > 0);
    QVERIFY(statuses.contains(QStringLiteral("Active")));
}

void TestSandbox::seed_sameSeedGivesIdenticalData()
{
    const QStringList arguments = {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--assets"),
                                   QStringLiteral("300"), QStringLiteral("--today"), kToday};
    const auto first = startSandbox(arguments);
    const auto second = startSandbox(arguments);
    QVERIFY(first);
    QVERIFY(second);

    const HttpResult firstCompanies = getFrom(*first, QStringLiteral("/companies"));
    const HttpResult secondCompanies = getFrom(*second, QStringLiteral("/companies"));
    QCOMPARE(firstCompanies.status, 200);
    QCOMPARE(firstCompanies.body, secondCompanies.body);

    const QString companyId = firstCompanies.json().value(QStringLiteral("items")).toArray().at(0).toObject()
                                  .value(QStringLiteral("id")).toString();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("200"));
    for (const QString &path : {QStringLiteral("/assets"), QStringLiteral("/employees"), QStringLiteral("/locations")}) {
        const HttpResult firstPage = getFrom(*first, path, query);
        const HttpResult secondPage = getFrom(*second, path, query);
        QCOMPARE(firstPage.status, 200);
        QCOMPARE(firstPage.body, secondPage.body);
    }
}

void TestSandbox::seed_differentSeedGivesDifferentData()
{
    const auto seven = startSandbox({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--assets"),
                                     QStringLiteral("300"), QStringLiteral("--today"), kToday});
    const auto eight = startSandbox({QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--assets"),
                                     QStringLiteral("300"), QStringLiteral("--today"), kToday});
    QVERIFY(seven);
    QVERIFY(eight);

    const HttpResult sevenCompanies = getFrom(*seven, QStringLiteral("/companies"));
    const HttpResult eightCompanies = getFrom(*eight, QStringLiteral("/companies"));
    QVERIFY(sevenCompanies.body != eightCompanies.body);

    const auto firstPage = [this](const SandboxProcess &sandbox, const HttpResult &companies) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("companyId"), companies.json().value(QStringLiteral("items")).toArray().at(0)
                                                            .toObject().value(QStringLiteral("id")).toString());
        return getFrom(sandbox, QStringLiteral("/assets"), query);
    };
    const HttpResult sevenAssets = firstPage(*seven, sevenCompanies);
    const HttpResult eightAssets = firstPage(*eight, eightCompanies);
    QCOMPARE(sevenAssets.status, 200);
    QCOMPARE(eightAssets.status, 200);
    QVERIFY(sevenAssets.body != eightAssets.body);
    QCOMPARE(sevenAssets.json().value(QStringLiteral("total")).toInteger(), 300);
}

void TestSandbox::latency_delaysReplyByAtLeastOption()
{
    const auto sandbox = startSandbox({QStringLiteral("--latency-ms"), QStringLiteral("300"),
                                       QStringLiteral("--assets"), QStringLiteral("10")});
    QVERIFY(sandbox);

    for (int i = 0; i < 2; ++i) {
        const HttpResult result = getFrom(*sandbox, QStringLiteral("/companies"));
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 300, qPrintable(QString::number(result.elapsedMs)));
    }
    // Error replies are delayed as well.
    const HttpResult error = getFrom(*sandbox, QStringLiteral("/assets"));
    QCOMPARE(error.status, 400);
    QVERIFY2(error.elapsedMs >= 300, qPrintable(QString::number(error.elapsedMs)));
}

void TestSandbox::logRequests_showsFingerprintNotKey()
{
    const auto sandbox = startSandbox({QStringLiteral("--log-requests"), QStringLiteral("--assets"), QStringLiteral("10")});
    QVERIFY(sandbox);

    const HttpResult ok = getFrom(*sandbox, QStringLiteral("/companies"), QUrlQuery(QStringLiteral("take=5")));
    QCOMPARE(ok.status, 200);
    const QString wrongKey = QStringLiteral("ahq_wrong_secret_value");
    const HttpResult rejected = send("GET", sandbox->baseUrl(), QStringLiteral("/categories"), {}, wrongKey);
    QCOMPARE(rejected.status, 401);

    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(sandbox->apiKey().toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    const QString requestLine = QStringLiteral("GET /api/v1/companies?take=5 200 ");
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->standardError().contains(requestLine), kReplyTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->standardError().contains(QStringLiteral("/api/v1/categories 401")),
                             kReplyTimeoutMs);

    const QString log = sandbox->standardError();
    const QString line = log.split(QLatin1Char('\n')).filter(requestLine).value(0);
    QVERIFY2(line.contains(fingerprint), qPrintable(line));
    QVERIFY2(line.contains(QString::fromLatin1(ok.header("X-Request-Id"))), qPrintable(line));
    QVERIFY2(QRegularExpression(QStringLiteral(" 200 \\d+\\.\\d{2} ms ")).match(line).hasMatch(), qPrintable(line));
    QVERIFY(!log.contains(sandbox->apiKey()));
    QVERIFY(!log.contains(wrongKey));
}

void TestSandbox::keepAlive_servesTwoRequestsOnOneConnection()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(m_sandbox->baseUrl().port()));
    QVERIFY(socket.waitForConnected(kReplyTimeoutMs));

    const QByteArray request = "GET /api/v1/companies HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: "
        + m_sandbox->apiKey().toUtf8() + "\r\n\r\n";
    QByteArray buffer;
    for (int i = 0; i < 3; ++i) {
        socket.write(request);
        const auto response = readRawResponse(socket, buffer);
        QVERIFY2(response.has_value(), "no complete response within the time-out");
        QCOMPARE(response->first, 200);
        QVERIFY(response->second.contains("Acme Corp"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void TestSandbox::parallelRequests_allSucceed()
{
    constexpr int kRequestCount = 24;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kRequestCount; ++i) {
        QUrl url = m_sandbox->baseUrl();
        url.setPath(url.path() + QStringLiteral("/assets"));
        url.setQuery(acmeQuery({{QStringLiteral("skip"), QString::number(i * 100)}, {QStringLiteral("take"), QStringLiteral("100")}}));
        QNetworkRequest request(url);
        request.setTransferTimeout(kReplyTimeoutMs);
        request.setRawHeader("X-Api-Key", m_sandbox->apiKey().toUtf8());
        replies.append(m_network.get(request));
    }
    const auto cleanup = qScopeGuard([&replies] { qDeleteAll(replies); });

    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *reply) { return reply->isFinished(); }),
                             kReplyTimeoutMs);
    QSet<QString> ids;
    for (int i = 0; i < kRequestCount; ++i) {
        QNetworkReply *reply = replies.at(i);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(envelope.value(QStringLiteral("skip")).toInteger(), i * 100);
        const QJsonArray items = envelope.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), i < 25 ? 100 : 0);
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), kRequestCount * 100);
}

void TestSandbox::invalidOption_exitsWithCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("assets too large") << QStringList{QStringLiteral("--assets"), QStringLiteral("100001")}
                                      << QStringLiteral("--assets must be a whole number from 1 to 100000; got \"100001\".");
    QTest::newRow("assets not a number") << QStringList{QStringLiteral("--assets"), QStringLiteral("x")}
                                         << QStringLiteral("--assets must be a whole number from 1 to 100000; got \"x\".");
    QTest::newRow("assets zero") << QStringList{QStringLiteral("--assets"), QStringLiteral("0")}
                                 << QStringLiteral("--assets must be a whole number");
    QTest::newRow("seed negative") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")}
                                   << QStringLiteral("--seed must be a whole number");
    QTest::newRow("today invalid") << QStringList{QStringLiteral("--today"), QStringLiteral("2025-02-30")}
                                   << QStringLiteral("--today must be a valid date");
    QTest::newRow("today too early") << QStringList{QStringLiteral("--today"), QStringLiteral("2011-12-31")}
                                     << QStringLiteral("--today must not be earlier than 2012-01-01");
    QTest::newRow("port too large") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                    << QStringLiteral("--port must be a whole number from 0 to 65535");
    QTest::newRow("latency negative") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-5")}
                                      << QStringLiteral("--latency-ms must be a whole number");
    QTest::newRow("empty api key") << QStringList{QStringLiteral("--api-key"), QString()}
                                   << QStringLiteral("--api-key must be non-empty visible ASCII");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bind"), QStringLiteral("0.0.0.0")}
                                    << QStringLiteral("Unknown option");
}

void TestSandbox::invalidOption_exitsWithCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    SandboxProcess sandbox(arguments);
    QString error;
    QVERIFY(!sandbox.start(&error));
    // These arguments make the sandbox exit, so start() has seen it finish.
    QCOMPARE(sandbox.process()->state(), QProcess::NotRunning);
    QCOMPARE(sandbox.process()->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process()->exitCode(), 2);
    QVERIFY2(sandbox.standardError().contains(message), qPrintable(sandbox.standardError()));
    QVERIFY(sandbox.standardOutputLines().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
