// Tests of the write side of activohq-sandbox: POST and PUT /assets, the
// asset limit, the fault switch and the /_sandbox control API. Every test
// talks to the real executable over 127.0.0.1.

#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
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
// Fixed, so that depreciation does not depend on the day the test runs.
const QString kToday = QStringLiteral("2025-06-30");
constexpr qint64 kAcmeAssetCount = 50;

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lowercase
    qint64 elapsedMs = 0;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorMessage() const { return json().value(QStringLiteral("error")).toString(); }
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Returns the raw text of the number that follows "member": in `body`, or
// an empty array. Only the first occurrence counts, which in an asset is the
// top-level member.
QByteArray rawNumber(const QByteArray &body, const QByteArray &member)
{
    const QByteArray key = '"' + member + "\":";
    const qsizetype start = body.indexOf(key);
    if (start < 0)
        return {};
    qsizetype end = start + key.size();
    while (end < body.size() && body.at(end) != ',' && body.at(end) != '}')
        ++end;
    return body.mid(start + key.size(), end - start - key.size());
}

} // namespace

class TestSandboxWrites : public QObject
{
    Q_OBJECT

private:
    HttpResult send(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                    const QUrlQuery &query, const QByteArray &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                    const std::optional<QString> &apiKey = std::nullopt);
    HttpResult get(const QString &path, const QUrlQuery &query = {});
    HttpResult postAsset(const QByteArray &body, const QString &companyId = {});
    HttpResult putAsset(const QString &id, const QByteArray &body);
    HttpResult getAsset(const QString &id);
    HttpResult control(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                       const QByteArray &body = {}, bool withHeader = true);
    // Returns the assets that `search` finds in the Acme register.
    QJsonArray search(const QString &text, const SandboxProcess *sandbox = nullptr);
    qint64 acmeTotal();
    QUrlQuery companyQuery(const QString &companyId) const;
    std::unique_ptr<SandboxProcess> startSandbox(const QStringList &arguments);

    // Returns a new asset code, different in every call.
    QString nextCode(const QString &prefix = QStringLiteral("TST"));
    // A payload with every documented field, linked to Acme lookups.
    QJsonObject fullAsset(const QString &code) const;
    // {"assetCode":"<new code>","name":"Test asset",<members>}.
    QByteArray bodyWith(const QString &members);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_acmeId;
    QString m_istmoId;
    QHash<QString, QString> m_acmeLinkIds; // first Acme record per xxxId member
    QString m_istmoCategoryId;
    int m_codeCounter = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void create_returns201WithLocationAndBody();
    void create_appearsInListByIdAndSearch();
    void create_toleratesMissingOrWrongContentType();
    void create_notJsonObject_returns400_data();
    void create_notJsonObject_returns400();
    void create_defaultsAndNulls();
    void create_sameCodeInOtherCompany();
    void validation_returns400_data();
    void validation_returns400();
    void validation_appliesToPut();
    void validation_reportsFirstFailure();
    void duplicateCode_ignoresCase();
    void links_acceptNestedObjects();
    void enumerations_keepAnyValue();
    void computedFields_areIgnoredAndRecalculated();
    void unknownProperties_surviveRoundTrip();
    void amounts_storedExactly_data();
    void amounts_storedExactly();
    void amounts_tooPrecise_rejected_data();
    void amounts_tooPrecise_rejected();
    void put_sameCodeOnSameAsset_isAccepted();
    void put_replacesWholeRecord();
    void put_ofGetReplyKeepsAsset();
    void put_movesAssetInListAndSearch();
    void put_unknownAsset_returns404();
    void writeRoutes_methodNotAllowedListsWrites();

    void assetLimit_rejectsPostAtLimit();
    void assetLimitOption_invalid_exitsWithCode2_data();
    void assetLimitOption_invalid_exitsWithCode2();

    void dropAfterStore_storesPostOnce();
    void dropAfterStore_neverStoresTwice();
    void dropAfterStore_appliesToPut();
    void drop_closesWithoutProcessing();
    void statusFault_repliesWithoutProcessing();
    void statusFault_everySecondRequest();
    void latencyFault_delaysMatchingRequests();
    void faultOption_appliesFromStart();
    void faultOption_invalid_exitsWithCode2_data();
    void faultOption_invalid_exitsWithCode2();

    void controlApi_requiresHeader();
    void controlApi_rejectsInvalidRequests();
    void controlApi_isNotFaulted();
    void revokeKey_makesKeyGet401();
    void acceptKey_addsKey();
    void countRequests_countsLoggedRequests();
};

HttpResult TestSandboxWrites::send(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                                   const QUrlQuery &query, const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers,
                                   const std::optional<QString> &apiKey)
{
    QUrl url = sandbox.baseUrl();
    // Paths outside /api/v1, such as the control API, are given in full.
    const bool fullPath = path.startsWith(QStringLiteral("/_sandbox")) || path.startsWith(QStringLiteral("/api/"));
    url.setPath(fullPath ? path : url.path() + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(kReplyTimeoutMs);
    request.setRawHeader("X-Api-Key", apiKey.value_or(sandbox.apiKey()).toUtf8());
    bool contentTypeSet = false;
    for (const auto &header : headers) {
        request.setRawHeader(header.first, header.second);
        contentTypeSet = contentTypeSet || header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !contentTypeSet)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
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

HttpResult TestSandboxWrites::get(const QString &path, const QUrlQuery &query)
{
    return send(*m_sandbox, "GET", path, query);
}

HttpResult TestSandboxWrites::postAsset(const QByteArray &body, const QString &companyId)
{
    return send(*m_sandbox, "POST", QStringLiteral("/assets"),
                companyQuery(companyId.isEmpty() ? m_acmeId : companyId), body);
}

HttpResult TestSandboxWrites::putAsset(const QString &id, const QByteArray &body)
{
    return send(*m_sandbox, "PUT", QStringLiteral("/assets/") + id, companyQuery(m_acmeId), body);
}

HttpResult TestSandboxWrites::getAsset(const QString &id)
{
    return get(QStringLiteral("/assets/") + id, companyQuery(m_acmeId));
}

HttpResult TestSandboxWrites::control(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                                      const QByteArray &body, bool withHeader)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (withHeader)
        headers.append({QByteArrayLiteral("X-Sandbox-Control"), QByteArrayLiteral("yes")});
    return send(sandbox, method, QStringLiteral("/_sandbox") + path, {}, body, headers);
}

QJsonArray TestSandboxWrites::search(const QString &text, const SandboxProcess *sandbox)
{
    QUrlQuery query = companyQuery(m_acmeId);
    query.addQueryItem(QStringLiteral("search"), text);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("200"));
    const HttpResult result = send(sandbox ? *sandbox : *m_sandbox, "GET", QStringLiteral("/assets"), query);
    if (result.status != 200)
        qWarning("search for %s returned %d", qUtf8Printable(text), result.status);
    return result.json().value(QStringLiteral("items")).toArray();
}

qint64 TestSandboxWrites::acmeTotal()
{
    return get(QStringLiteral("/assets"), companyQuery(m_acmeId)).json().value(QStringLiteral("total")).toInteger(-1);
}

QUrlQuery TestSandboxWrites::companyQuery(const QString &companyId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    return query;
}

std::unique_ptr<SandboxProcess> TestSandboxWrites::startSandbox(const QStringList &arguments)
{
    auto sandbox = std::make_unique<SandboxProcess>(arguments);
    QString error;
    if (!sandbox->start(&error)) {
        qWarning("%s", qUtf8Printable(error));
        return nullptr;
    }
    return sandbox;
}

QString TestSandboxWrites::nextCode(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(++m_codeCounter, 5, 10, QLatin1Char('0'));
}

QJsonObject TestSandboxWrites::fullAsset(const QString &code) const
{
    QJsonObject asset{
        {QStringLiteral("assetCode"), code},
        {QStringLiteral("name"), QStringLiteral("Dell Latitude 5540")},
        {QStringLiteral("epc"), QStringLiteral("E280AAAABBBBCCCCDDDDEEEE")},
        {QStringLiteral("acquisitionDate"), QStringLiteral("2024-01-15")},
        {QStringLiteral("acquisitionCost"), 1250},
        {QStringLiteral("salvageValue"), 100},
        {QStringLiteral("usefulLifeMonths"), 60},
        {QStringLiteral("depreciationMethod"), QStringLiteral("StraightLine")},
        {QStringLiteral("status"), QStringLiteral("Inactive")},
        {QStringLiteral("availability"), QStringLiteral("Reserved")},
    };
    for (auto link = m_acmeLinkIds.cbegin(); link != m_acmeLinkIds.cend(); ++link)
        asset.insert(link.key(), link.value());
    return asset;
}

QByteArray TestSandboxWrites::bodyWith(const QString &members)
{
    QString body = QStringLiteral("{\"assetCode\":\"%1\",\"name\":\"Test asset\"").arg(nextCode(QStringLiteral("VAL")));
    if (!members.isEmpty())
        body += QLatin1Char(',') + members;
    return (body + QLatin1Char('}')).toUtf8();
}

void TestSandboxWrites::initTestCase()
{
    // The sandbox runs on this machine, so a proxy from the environment must
    // not see the requests.
    m_network.setProxy(QNetworkProxy::NoProxy);

    m_sandbox = startSandbox({QStringLiteral("--today"), kToday, QStringLiteral("--assets"),
                              QString::number(kAcmeAssetCount), QStringLiteral("--log-requests")});
    QVERIFY(m_sandbox);

    const QJsonArray companies = get(QStringLiteral("/companies")).json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : companies) {
        const QJsonObject company = item.toObject();
        if (company.value(QStringLiteral("name")).toString() == QStringLiteral("Acme Corp"))
            m_acmeId = company.value(QStringLiteral("id")).toString();
        else
            m_istmoId = company.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!m_acmeId.isEmpty());
    QVERIFY(!m_istmoId.isEmpty());

    const QList<std::pair<QString, QString>> lookups = {
        {QStringLiteral("/categories"), QStringLiteral("categoryId")},
        {QStringLiteral("/locations"), QStringLiteral("locationId")},
        {QStringLiteral("/cost-centers"), QStringLiteral("costCenterId")},
        {QStringLiteral("/custodians"), QStringLiteral("custodianId")},
        {QStringLiteral("/depreciation-books"), QStringLiteral("depreciationBookId")},
    };
    for (const auto &[path, member] : lookups) {
        const QJsonArray items = get(path, companyQuery(m_acmeId)).json().value(QStringLiteral("items")).toArray();
        QVERIFY2(!items.isEmpty(), qPrintable(path));
        m_acmeLinkIds.insert(member, items.at(0).toObject().value(QStringLiteral("id")).toString());
    }
    m_istmoCategoryId = get(QStringLiteral("/categories"), companyQuery(m_istmoId))
                            .json().value(QStringLiteral("items")).toArray().at(0).toObject()
                            .value(QStringLiteral("id")).toString();
    QVERIFY(!m_istmoCategoryId.isEmpty());
}

void TestSandboxWrites::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxWrites::create_returns201WithLocationAndBody()
{
    const QString code = nextCode();
    const HttpResult created = postAsset(compact(fullAsset(code)));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.header("X-Request-Id").isEmpty());
    QCOMPARE(created.header("Content-Type"), QByteArray("application/json; charset=utf-8"));

    const QJsonObject asset = created.json();
    const QString id = asset.value(QStringLiteral("id")).toString();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    QCOMPARE(asset.value(QStringLiteral("assetCode")).toString(), code);
    QCOMPARE(asset.value(QStringLiteral("name")).toString(), QStringLiteral("Dell Latitude 5540"));
    QCOMPARE(asset.value(QStringLiteral("epc")).toString(), QStringLiteral("E280AAAABBBBCCCCDDDDEEEE"));
    QCOMPARE(asset.value(QStringLiteral("acquisitionDate")).toString(), QStringLiteral("2024-01-15"));
    QCOMPARE(rawNumber(created.body, "acquisitionCost"), QByteArray("1250.00"));
    QCOMPARE(rawNumber(created.body, "salvageValue"), QByteArray("100.00"));
    QCOMPARE(asset.value(QStringLiteral("usefulLifeMonths")).toInt(), 60);
    QCOMPARE(asset.value(QStringLiteral("status")).toString(), QStringLiteral("Inactive"));
    QCOMPARE(asset.value(QStringLiteral("availability")).toString(), QStringLiteral("Reserved"));
    for (auto link = m_acmeLinkIds.cbegin(); link != m_acmeLinkIds.cend(); ++link) {
        QCOMPARE(asset.value(link.key()).toString(), link.value());
        const QString objectName = link.key().chopped(2);
        const QJsonObject nested = asset.value(objectName).toObject();
        QCOMPARE(nested.value(QStringLiteral("id")).toString(), link.value());
        QVERIFY2(!nested.value(QStringLiteral("code")).toString().isEmpty(), qPrintable(objectName));
        QVERIFY2(!nested.value(QStringLiteral("name")).toString().isEmpty(), qPrintable(objectName));
    }

    // The Location header is the absolute URL of the new asset.
    const QUrl location(QString::fromUtf8(created.header("Location")));
    QVERIFY2(location.isValid(), created.header("Location").constData());
    QCOMPARE(location.scheme(), QStringLiteral("http"));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), m_sandbox->baseUrl().port());
    QCOMPARE(location.path(), QStringLiteral("/api/v1/assets/") + id);
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("companyId")), m_acmeId);

    // Following it gives the same asset, byte for byte.
    QNetworkRequest request(location);
    request.setRawHeader("X-Api-Key", m_sandbox->apiKey().toUtf8());
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(kReplyTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), created.body);
    reply->deleteLater();
}

void TestSandboxWrites::create_appearsInListByIdAndSearch()
{
    const qint64 totalBefore = acmeTotal();
    const QString code = nextCode(QStringLiteral("LST"));
    QJsonObject payload = fullAsset(code);
    payload.insert(QStringLiteral("name"), QStringLiteral("Impresora térmica Zebra"));
    const HttpResult created = postAsset(compact(payload));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();

    QCOMPARE(acmeTotal(), totalBefore + 1);

    const HttpResult byId = getAsset(id);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.body, created.body);

    // The list stays sorted by assetCode and contains the asset once.
    QUrlQuery query = companyQuery(m_acmeId);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("200"));
    const QJsonArray items = get(QStringLiteral("/assets"), query).json().value(QStringLiteral("items")).toArray();
    QStringList codes;
    int found = 0;
    for (const QJsonValue &item : items) {
        codes.append(item.toObject().value(QStringLiteral("assetCode")).toString());
        if (item.toObject().value(QStringLiteral("id")).toString() == id) {
            ++found;
            QCOMPARE(compact(item.toObject()), compact(created.json()));
        }
    }
    QCOMPARE(found, 1);
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));

    // Search finds it by code, by part of the name and by EPC.
    for (const QString &text : {code, code.toLower(), QStringLiteral("TÉRMICA zebra"), QStringLiteral("e280aaaabbbb")}) {
        const QJsonArray matches = search(text);
        const bool matched = std::any_of(matches.cbegin(), matches.cend(), [&id](const QJsonValue &value) {
            return value.toObject().value(QStringLiteral("id")).toString() == id;
        });
        QVERIFY2(matched, qPrintable(text));
    }
    QCOMPARE(search(code).size(), 1);
}

void TestSandboxWrites::create_toleratesMissingOrWrongContentType()
{
    const QString wrongTypeCode = nextCode();
    const HttpResult wrongType =
        send(*m_sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId),
             compact(QJsonObject{{QStringLiteral("assetCode"), wrongTypeCode}, {QStringLiteral("name"), QStringLiteral("x")}}),
             {{"Content-Type", "text/plain"}});
    QCOMPARE(wrongType.status, 201);
    QCOMPARE(search(wrongTypeCode).size(), 1);

    // QNetworkAccessManager may add a Content-Type on its own, so the request
    // without one is written by hand.
    const QString missingTypeCode = nextCode();
    const QByteArray body = compact(QJsonObject{{QStringLiteral("assetCode"), missingTypeCode},
                                                {QStringLiteral("name"), QStringLiteral("x")}});
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(m_sandbox->baseUrl().port()));
    QVERIFY(socket.waitForConnected(kReplyTimeoutMs));
    socket.write("POST /api/v1/assets?companyId=" + m_acmeId.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: "
                 + m_sandbox->apiKey().toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (!response.contains("\r\n\r\n") && timer.elapsed() < kReplyTimeoutMs) {
        if (!socket.waitForReadyRead(int(kReplyTimeoutMs - timer.elapsed())))
            break;
        response += socket.readAll();
    }
    QVERIFY2(response.startsWith("HTTP/1.1 201"), response.constData());
    QCOMPARE(search(missingTypeCode).size(), 1);
}

void TestSandboxWrites::create_notJsonObject_returns400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("assetCode=LAP-1&name=x");
    QTest::newRow("array") << QByteArray("[{\"assetCode\":\"LAP-1\",\"name\":\"x\"}]");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("string") << QByteArray("\"LAP-1\"");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("truncated") << QByteArray("{\"assetCode\":\"LAP-1\",\"name\":");
    QTest::newRow("two objects") << QByteArray("{} {}");
    QTest::newRow("trailing comma") << QByteArray("{\"assetCode\":\"LAP-1\",}");
    QTest::newRow("single quotes") << QByteArray("{'assetCode':'LAP-1'}");
}

void TestSandboxWrites::create_notJsonObject_returns400()
{
    QFETCH(QByteArray, body);
    const qint64 totalBefore = acmeTotal();

    const HttpResult result = postAsset(body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.body, QByteArray("{\"error\":\"The request body is not a JSON object.\"}"));

    const QString seededId = search(QStringLiteral("-0001")).at(0).toObject().value(QStringLiteral("id")).toString();
    const HttpResult put = putAsset(seededId, body);
    QCOMPARE(put.status, 400);
    QCOMPARE(put.errorMessage(), QStringLiteral("The request body is not a JSON object."));
    QCOMPARE(acmeTotal(), totalBefore);
}

void TestSandboxWrites::create_defaultsAndNulls()
{
    const QString code = nextCode();
    const HttpResult created = postAsset(compact(QJsonObject{{QStringLiteral("assetCode"), code},
                                                             {QStringLiteral("name"), QStringLiteral("Minimal")}}));
    QCOMPARE(created.status, 201);
    const QJsonObject asset = created.json();

    QCOMPARE(asset.value(QStringLiteral("depreciationMethod")).toString(), QStringLiteral("StraightLine"));
    QCOMPARE(asset.value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
    QCOMPARE(asset.value(QStringLiteral("availability")).toString(), QStringLiteral("Available"));
    const QStringList nullMembers = {
        QStringLiteral("epc"),          QStringLiteral("categoryId"),         QStringLiteral("category"),
        QStringLiteral("locationId"),   QStringLiteral("location"),           QStringLiteral("costCenterId"),
        QStringLiteral("costCenter"),   QStringLiteral("custodianId"),        QStringLiteral("custodian"),
        QStringLiteral("depreciationBookId"), QStringLiteral("depreciationBook"), QStringLiteral("acquisitionDate"),
        QStringLiteral("usefulLifeMonths"),
    };
    for (const QString &member : nullMembers) {
        QVERIFY2(asset.contains(member), qPrintable(member));
        QVERIFY2(asset.value(member).isNull(), qPrintable(member));
    }
    QCOMPARE(rawNumber(created.body, "acquisitionCost"), QByteArray("0.00"));
    QCOMPARE(rawNumber(created.body, "salvageValue"), QByteArray("0.00"));
    QCOMPARE(rawNumber(created.body, "accumulatedDepreciation"), QByteArray("0.00"));
    QCOMPARE(rawNumber(created.body, "netBookValue"), QByteArray("0.00"));

    // Explicit nulls mean the same as missing members.
    const QByteArray withNulls = bodyWith(QStringLiteral(
        "\"epc\":null,\"categoryId\":null,\"acquisitionDate\":null,\"acquisitionCost\":null,"
        "\"salvageValue\":null,\"usefulLifeMonths\":null,\"status\":null,\"availability\":null,"
        "\"depreciationMethod\":null"));
    const HttpResult nulls = postAsset(withNulls);
    QCOMPARE(nulls.status, 201);
    QVERIFY(nulls.json().value(QStringLiteral("categoryId")).isNull());
    QCOMPARE(nulls.json().value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
    QCOMPARE(rawNumber(nulls.body, "acquisitionCost"), QByteArray("0.00"));
}

void TestSandboxWrites::create_sameCodeInOtherCompany()
{
    const QString code = nextCode(QStringLiteral("SHR"));
    const QByteArray body = compact(QJsonObject{{QStringLiteral("assetCode"), code}, {QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(postAsset(body).status, 201);
    // Codes are unique per company only.
    const HttpResult istmo = postAsset(body, m_istmoId);
    QCOMPARE(istmo.status, 201);

    // An Acme lookup does not belong to Istmo.
    const QByteArray crossLink = compact(QJsonObject{{QStringLiteral("assetCode"), nextCode()},
                                                     {QStringLiteral("name"), QStringLiteral("x")},
                                                     {QStringLiteral("categoryId"), m_acmeLinkIds.value(QStringLiteral("categoryId"))}});
    const HttpResult rejected = postAsset(crossLink, m_istmoId);
    QCOMPARE(rejected.status, 400);
    QCOMPARE(rejected.errorMessage(), QStringLiteral("categoryId \"%1\" does not match a category of this company.")
                                          .arg(m_acmeLinkIds.value(QStringLiteral("categoryId"))));

    // Unknown company.
    const HttpResult unknownCompany = postAsset(body, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(unknownCompany.status, 404);
    QCOMPARE(unknownCompany.errorMessage(), QStringLiteral("Company not found."));
    const HttpResult noCompany = send(*m_sandbox, "POST", QStringLiteral("/assets"), {}, body);
    QCOMPARE(noCompany.status, 400);
    QCOMPARE(noCompany.errorMessage(), QStringLiteral("companyId is required."));
}

void TestSandboxWrites::validation_returns400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto row = [this](const char *name, const QString &members, const QString &message) {
        QTest::newRow(name) << bodyWith(members) << message;
    };

    QTest::newRow("assetCode missing") << QByteArray("{\"name\":\"x\"}") << QStringLiteral("assetCode is required.");
    QTest::newRow("assetCode null") << QByteArray("{\"assetCode\":null,\"name\":\"x\"}") << QStringLiteral("assetCode is required.");
    QTest::newRow("assetCode empty") << QByteArray("{\"assetCode\":\"\",\"name\":\"x\"}") << QStringLiteral("assetCode is required.");
    QTest::newRow("assetCode blank") << QByteArray("{\"assetCode\":\"  \",\"name\":\"x\"}") << QStringLiteral("assetCode is required.");
    QTest::newRow("assetCode number") << QByteArray("{\"assetCode\":42,\"name\":\"x\"}") << QStringLiteral("assetCode must be a string.");
    QTest::newRow("name missing") << QByteArray("{\"assetCode\":\"VAL-NAME-1\"}") << QStringLiteral("name is required.");
    QTest::newRow("name blank") << QByteArray("{\"assetCode\":\"VAL-NAME-2\",\"name\":\" \"}") << QStringLiteral("name is required.");
    QTest::newRow("name object") << QByteArray("{\"assetCode\":\"VAL-NAME-3\",\"name\":{}}") << QStringLiteral("name must be a string.");

    row("epc number", QStringLiteral("\"epc\":123"), QStringLiteral("epc must be a string or null."));

    row("categoryId unknown", QStringLiteral("\"categoryId\":\"%1\"").arg(unknownId),
        QStringLiteral("categoryId \"%1\" does not match a category of this company.").arg(unknownId));
    row("categoryId not a GUID", QStringLiteral("\"categoryId\":\"MOB\""),
        QStringLiteral("categoryId \"MOB\" does not match a category of this company."));
    row("categoryId empty", QStringLiteral("\"categoryId\":\"\""),
        QStringLiteral("categoryId \"\" does not match a category of this company."));
    row("categoryId of other company", QStringLiteral("\"categoryId\":\"%1\"").arg(m_istmoCategoryId),
        QStringLiteral("categoryId \"%1\" does not match a category of this company.").arg(m_istmoCategoryId));
    row("categoryId of a location", QStringLiteral("\"categoryId\":\"%1\"").arg(m_acmeLinkIds.value(QStringLiteral("locationId"))),
        QStringLiteral("categoryId \"%1\" does not match a category of this company.")
            .arg(m_acmeLinkIds.value(QStringLiteral("locationId"))));
    row("categoryId number", QStringLiteral("\"categoryId\":7"), QStringLiteral("categoryId must be a string or null."));
    row("locationId unknown", QStringLiteral("\"locationId\":\"%1\"").arg(unknownId),
        QStringLiteral("locationId \"%1\" does not match a location of this company.").arg(unknownId));
    row("costCenterId unknown", QStringLiteral("\"costCenterId\":\"%1\"").arg(unknownId),
        QStringLiteral("costCenterId \"%1\" does not match a cost center of this company.").arg(unknownId));
    row("custodianId unknown", QStringLiteral("\"custodianId\":\"%1\"").arg(unknownId),
        QStringLiteral("custodianId \"%1\" does not match a custodian of this company.").arg(unknownId));
    row("depreciationBookId unknown", QStringLiteral("\"depreciationBookId\":\"%1\"").arg(unknownId),
        QStringLiteral("depreciationBookId \"%1\" does not match a depreciation book of this company.").arg(unknownId));
    row("category.id unknown", QStringLiteral("\"category\":{\"id\":\"%1\",\"code\":\"X\"}").arg(unknownId),
        QStringLiteral("category.id \"%1\" does not match a category of this company.").arg(unknownId));
    row("custodian.id number", QStringLiteral("\"custodian\":{\"id\":5}"), QStringLiteral("custodian.id must be a string or null."));
    row("location as string", QStringLiteral("\"location\":\"HQ\""), QStringLiteral("location must be an object or null."));

    const QString dateMessage = QStringLiteral("acquisitionDate must be a date in the form YYYY-MM-DD.");
    row("date 30 February", QStringLiteral("\"acquisitionDate\":\"2024-02-30\""), dateMessage);
    row("date day first", QStringLiteral("\"acquisitionDate\":\"15/01/2024\""), dateMessage);
    row("date one digit month", QStringLiteral("\"acquisitionDate\":\"2024-1-15\""), dateMessage);
    row("date with time", QStringLiteral("\"acquisitionDate\":\"2024-01-15T00:00:00\""), dateMessage);
    row("date number", QStringLiteral("\"acquisitionDate\":20240115"), dateMessage);
    row("date empty", QStringLiteral("\"acquisitionDate\":\"\""), dateMessage);

    const QString costFormat = QStringLiteral("acquisitionCost must be a number with at most two decimals.");
    row("cost three decimals", QStringLiteral("\"acquisitionCost\":1.005"), costFormat);
    row("cost string", QStringLiteral("\"acquisitionCost\":\"1250.00\""), costFormat);
    row("cost boolean", QStringLiteral("\"acquisitionCost\":true"), costFormat);
    row("cost negative", QStringLiteral("\"acquisitionCost\":-1.00"), QStringLiteral("acquisitionCost must not be negative."));
    row("cost too large", QStringLiteral("\"acquisitionCost\":10000000000000"),
        QStringLiteral("acquisitionCost must not be greater than 9999999999999.99."));
    row("salvage three decimals", QStringLiteral("\"acquisitionCost\":10,\"salvageValue\":0.001"),
        QStringLiteral("salvageValue must be a number with at most two decimals."));
    row("salvage negative", QStringLiteral("\"acquisitionCost\":10,\"salvageValue\":-0.01"),
        QStringLiteral("salvageValue must not be negative."));
    row("salvage above cost", QStringLiteral("\"acquisitionCost\":100.00,\"salvageValue\":100.01"),
        QStringLiteral("salvageValue must not be greater than acquisitionCost."));
    row("salvage without cost", QStringLiteral("\"salvageValue\":5"),
        QStringLiteral("salvageValue must not be greater than acquisitionCost."));

    row("life zero", QStringLiteral("\"usefulLifeMonths\":0"), QStringLiteral("usefulLifeMonths must be greater than 0."));
    row("life negative", QStringLiteral("\"usefulLifeMonths\":-12"), QStringLiteral("usefulLifeMonths must be greater than 0."));
    row("life fraction", QStringLiteral("\"usefulLifeMonths\":1.5"), QStringLiteral("usefulLifeMonths must be a whole number."));
    row("life string", QStringLiteral("\"usefulLifeMonths\":\"60\""), QStringLiteral("usefulLifeMonths must be a whole number."));
    row("life too large", QStringLiteral("\"usefulLifeMonths\":2147483648"),
        QStringLiteral("usefulLifeMonths must not be greater than 2147483647."));

    row("status empty", QStringLiteral("\"status\":\"\""), QStringLiteral("status must not be empty."));
    row("status number", QStringLiteral("\"status\":1"), QStringLiteral("status must be a string."));
    row("availability blank", QStringLiteral("\"availability\":\"  \""), QStringLiteral("availability must not be empty."));
    row("depreciationMethod array", QStringLiteral("\"depreciationMethod\":[\"StraightLine\"]"),
        QStringLiteral("depreciationMethod must be a string."));
}

void TestSandboxWrites::validation_returns400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const qint64 totalBefore = acmeTotal();

    const HttpResult result = postAsset(body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorMessage(), message);
    QCOMPARE(result.json().keys(), QStringList{QStringLiteral("error")});
    QVERIFY(result.header("Location").isEmpty());

    // Nothing was stored.
    QCOMPARE(acmeTotal(), totalBefore);
    const QString code = QJsonDocument::fromJson(body).object().value(QStringLiteral("assetCode")).toString();
    if (!code.trimmed().isEmpty())
        QCOMPARE(search(code).size(), 0);
}

void TestSandboxWrites::validation_appliesToPut()
{
    const HttpResult created = postAsset(compact(fullAsset(nextCode())));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();

    const QList<std::pair<QByteArray, QString>> cases = {
        {QByteArray("{\"name\":\"x\"}"), QStringLiteral("assetCode is required.")},
        {bodyWith(QStringLiteral("\"acquisitionCost\":12.345")),
         QStringLiteral("acquisitionCost must be a number with at most two decimals.")},
        {bodyWith(QStringLiteral("\"usefulLifeMonths\":0")), QStringLiteral("usefulLifeMonths must be greater than 0.")},
        {bodyWith(QStringLiteral("\"acquisitionDate\":\"2024-13-01\"")),
         QStringLiteral("acquisitionDate must be a date in the form YYYY-MM-DD.")},
    };
    for (const auto &[body, message] : cases) {
        const HttpResult result = putAsset(id, body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorMessage(), message);
    }
    // The asset is unchanged.
    QCOMPARE(getAsset(id).body, created.body);
}

void TestSandboxWrites::validation_reportsFirstFailure()
{
    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<std::pair<QByteArray, QString>> cases = {
        // name comes before every other field.
        {QByteArray("{\"assetCode\":\"VAL-ORDER-1\",\"acquisitionCost\":-5,\"usefulLifeMonths\":0}"),
         QStringLiteral("name is required.")},
        // Links come before the date and the amounts.
        {bodyWith(QStringLiteral("\"acquisitionDate\":\"x\",\"locationId\":\"%1\",\"acquisitionCost\":1.001").arg(unknownId)),
         QStringLiteral("locationId \"%1\" does not match a location of this company.").arg(unknownId)},
        // categoryId comes before locationId whatever the order in the body.
        {bodyWith(QStringLiteral("\"locationId\":\"%1\",\"categoryId\":\"%1\"").arg(unknownId)),
         QStringLiteral("categoryId \"%1\" does not match a category of this company.").arg(unknownId)},
        // The date comes before the amounts.
        {bodyWith(QStringLiteral("\"acquisitionCost\":1.001,\"acquisitionDate\":\"2024-02-30\"")),
         QStringLiteral("acquisitionDate must be a date in the form YYYY-MM-DD.")},
        // usefulLifeMonths comes after the amounts and before the enumerations.
        {bodyWith(QStringLiteral("\"status\":\"\",\"usefulLifeMonths\":0,\"salvageValue\":1")),
         QStringLiteral("salvageValue must not be greater than acquisitionCost.")},
        {bodyWith(QStringLiteral("\"status\":\"\",\"usefulLifeMonths\":0")),
         QStringLiteral("usefulLifeMonths must be greater than 0.")},
        // Field checks come before the duplicate check.
        {QByteArray("{\"assetCode\":\"") + search(QStringLiteral("-0001")).at(0).toObject()
                                                   .value(QStringLiteral("assetCode")).toString().toUtf8()
             + "\",\"name\":\"x\",\"status\":\"\"}",
         QStringLiteral("status must not be empty.")},
    };
    for (const auto &[body, message] : cases) {
        const HttpResult result = postAsset(body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorMessage(), message);
    }
}

void TestSandboxWrites::duplicateCode_ignoresCase()
{
    const QString code = nextCode(QStringLiteral("DUP"));
    const HttpResult first = postAsset(compact(fullAsset(code)));
    QCOMPARE(first.status, 201);
    const qint64 totalAfterFirst = acmeTotal();

    const QStringList variants = {code, code.toLower(), QStringLiteral("dUp") + code.mid(3)};
    for (const QString &variant : variants) {
        const HttpResult again = postAsset(compact(fullAsset(variant)));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorMessage(), QStringLiteral("assetCode \"%1\" is already used by another asset.").arg(variant));
    }

    // Seeded codes count as well.
    const QString seededCode = search(QStringLiteral("-0001")).at(0).toObject().value(QStringLiteral("assetCode")).toString();
    QVERIFY(!seededCode.isEmpty());
    const HttpResult seeded = postAsset(compact(fullAsset(seededCode.toLower())));
    QCOMPARE(seeded.status, 400);
    QCOMPARE(seeded.errorMessage(),
             QStringLiteral("assetCode \"%1\" is already used by another asset.").arg(seededCode.toLower()));

    // PUT of another asset to the code is rejected too.
    const HttpResult other = postAsset(compact(fullAsset(nextCode(QStringLiteral("DUP")))));
    QCOMPARE(other.status, 201);
    const HttpResult renamed = putAsset(other.json().value(QStringLiteral("id")).toString(), compact(fullAsset(code.toLower())));
    QCOMPARE(renamed.status, 400);
    QCOMPARE(renamed.errorMessage(), QStringLiteral("assetCode \"%1\" is already used by another asset.").arg(code.toLower()));

    QCOMPARE(acmeTotal(), totalAfterFirst + 1);
    QCOMPARE(search(code).size(), 1);
}

void TestSandboxWrites::links_acceptNestedObjects()
{
    const QString categoryId = m_acmeLinkIds.value(QStringLiteral("categoryId"));
    const QString locationId = m_acmeLinkIds.value(QStringLiteral("locationId"));

    // The nested form that GET returns.
    const HttpResult nested = postAsset(bodyWith(
        QStringLiteral("\"category\":{\"id\":\"%1\",\"code\":\"ignored\",\"name\":\"ignored\"},\"location\":{\"id\":\"%2\"}")
            .arg(categoryId, locationId)));
    QCOMPARE(nested.status, 201);
    QCOMPARE(nested.json().value(QStringLiteral("categoryId")).toString(), categoryId);
    QCOMPARE(nested.json().value(QStringLiteral("locationId")).toString(), locationId);
    QVERIFY(nested.json().value(QStringLiteral("category")).toObject().value(QStringLiteral("code")).toString()
            != QStringLiteral("ignored"));

    // The plain xxxId wins when both are present, even when it is null.
    const HttpResult nullWins = postAsset(bodyWith(
        QStringLiteral("\"categoryId\":null,\"category\":{\"id\":\"%1\"}").arg(categoryId)));
    QCOMPARE(nullWins.status, 201);
    QVERIFY(nullWins.json().value(QStringLiteral("categoryId")).isNull());

    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpResult plainWins = postAsset(bodyWith(
        QStringLiteral("\"categoryId\":\"%1\",\"category\":{\"id\":\"%2\"}").arg(categoryId, unknownId)));
    QCOMPARE(plainWins.status, 201);
    QCOMPARE(plainWins.json().value(QStringLiteral("categoryId")).toString(), categoryId);

    // Ids are compared as GUIDs, so case and braces do not matter, and the
    // reply uses the lookup's own spelling.
    const HttpResult upper = postAsset(bodyWith(
        QStringLiteral("\"categoryId\":\"{%1}\"").arg(categoryId.toUpper())));
    QCOMPARE(upper.status, 201);
    QCOMPARE(upper.json().value(QStringLiteral("categoryId")).toString(), categoryId);

    // A nested object without an id, or null, links nothing.
    const HttpResult noId = postAsset(bodyWith(QStringLiteral("\"category\":{\"code\":\"MOB\"},\"location\":null")));
    QCOMPARE(noId.status, 201);
    QVERIFY(noId.json().value(QStringLiteral("categoryId")).isNull());
    QVERIFY(noId.json().value(QStringLiteral("location")).isNull());
}

void TestSandboxWrites::enumerations_keepAnyValue()
{
    const HttpResult created = postAsset(bodyWith(QStringLiteral(
        "\"status\":\"Disposed\",\"availability\":\"Lost\",\"depreciationMethod\":\"DecliningBalance\"")));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("Disposed"));
    QCOMPARE(created.json().value(QStringLiteral("availability")).toString(), QStringLiteral("Lost"));
    QCOMPARE(created.json().value(QStringLiteral("depreciationMethod")).toString(), QStringLiteral("DecliningBalance"));
    QCOMPARE(getAsset(created.json().value(QStringLiteral("id")).toString()).body, created.body);
}

void TestSandboxWrites::computedFields_areIgnoredAndRecalculated()
{
    struct Case
    {
        QString members;
        QByteArray accumulated;
        QByteArray netBookValue;
    };
    // --today is 2025-06-30. The monthly charge is (cost - salvage) / life,
    // rounded half up to the cent, times the whole months elapsed.
    const QList<Case> cases = {
        // 31 January to 30 June is five months (28 February counts), 100.00 a month.
        {QStringLiteral("\"acquisitionDate\":\"2025-01-31\",\"acquisitionCost\":1200.00,\"usefulLifeMonths\":12"),
         "500.00", "700.00"},
        // 1000.00 / 7 = 142.857..., so 142.86 a month for 5 months.
        {QStringLiteral("\"acquisitionDate\":\"2025-01-15\",\"acquisitionCost\":1000.00,\"usefulLifeMonths\":7"),
         "714.30", "285.70"},
        // Fully depreciated: exactly cost - salvage.
        {QStringLiteral("\"acquisitionDate\":\"2015-03-01\",\"acquisitionCost\":999.99,\"salvageValue\":0.33,"
                        "\"usefulLifeMonths\":36"),
         "999.66", "0.33"},
        // Acquired after --today: nothing yet.
        {QStringLiteral("\"acquisitionDate\":\"2025-07-01\",\"acquisitionCost\":500.00,\"usefulLifeMonths\":10"),
         "0.00", "500.00"},
        // No useful life: nothing.
        {QStringLiteral("\"acquisitionDate\":\"2020-01-01\",\"acquisitionCost\":500.00"), "0.00", "500.00"},
    };

    for (const Case &testCase : cases) {
        const QString fakeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray body = bodyWith(testCase.members
                                         + QStringLiteral(",\"id\":\"%1\",\"accumulatedDepreciation\":1.00,"
                                                          "\"netBookValue\":99999.99")
                                               .arg(fakeId));
        const HttpResult created = postAsset(body);
        QCOMPARE(created.status, 201);
        QVERIFY(created.json().value(QStringLiteral("id")).toString() != fakeId);
        QCOMPARE(rawNumber(created.body, "accumulatedDepreciation"), testCase.accumulated);
        QCOMPARE(rawNumber(created.body, "netBookValue"), testCase.netBookValue);
        // The computed members appear once, so the values sent were dropped.
        QCOMPARE(created.body.count("\"netBookValue\":"), 1);
        QCOMPARE(created.body.count("\"accumulatedDepreciation\":"), 1);
        QCOMPARE(getAsset(fakeId).status, 404);
    }

    // PUT recalculates as well.
    const HttpResult created = postAsset(bodyWith(cases.at(0).members));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QString code = created.json().value(QStringLiteral("assetCode")).toString();
    const HttpResult updated = putAsset(id, QStringLiteral(
        "{\"assetCode\":\"%1\",\"name\":\"x\",\"acquisitionDate\":\"2025-01-31\",\"acquisitionCost\":2400.00,"
        "\"salvageValue\":0.00,\"usefulLifeMonths\":12,\"netBookValue\":1,\"id\":\"%2\"}")
                                                .arg(code, QUuid::createUuid().toString(QUuid::WithoutBraces))
                                                .toUtf8());
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(rawNumber(updated.body, "accumulatedDepreciation"), QByteArray("1000.00"));
    QCOMPARE(rawNumber(updated.body, "netBookValue"), QByteArray("1400.00"));
}

void TestSandboxWrites::unknownProperties_surviveRoundTrip()
{
    const QString code = nextCode(QStringLiteral("EXT"));
    const QByteArray extras =
        "\"serialNumber\":\"SN-42\",\"customFields\":{ \"warranty\" : \"3 years\", \"score\": 1.005, \"tags\": [\"a\", \"b\"] },"
        "\"notes\":null,\"Name\":\"other case\"";
    const QByteArray body = "{\"assetCode\":\"" + code.toUtf8() + "\",\"name\":\"x\"," + extras + "}";
    const QByteArray expectedExtras =
        "\"serialNumber\":\"SN-42\",\"customFields\":{\"warranty\":\"3 years\",\"score\":1.005,\"tags\":[\"a\",\"b\"]},"
        "\"notes\":null,\"Name\":\"other case\"";

    const HttpResult created = postAsset(body);
    QCOMPARE(created.status, 201);
    QVERIFY2(created.body.endsWith(QByteArray(expectedExtras + '}')), created.body.constData());
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(getAsset(id).body, created.body);

    // A client that sends the members back keeps them, with new values.
    QByteArray changed = body;
    changed.replace("SN-42", "SN-43");
    const HttpResult updated = putAsset(id, changed);
    QCOMPARE(updated.status, 200);
    QVERIFY2(updated.body.contains("\"serialNumber\":\"SN-43\""), updated.body.constData());
    QVERIFY2(updated.body.contains("\"score\":1.005"), updated.body.constData());
    const HttpResult afterPut = getAsset(id);
    QCOMPARE(afterPut.body, updated.body);
    QCOMPARE(afterPut.json().value(QStringLiteral("customFields")).toObject().value(QStringLiteral("tags")).toArray().size(), 2);

    // PUT replaces the whole record, so members left out are removed.
    const HttpResult withoutExtras =
        putAsset(id, compact(QJsonObject{{QStringLiteral("assetCode"), code}, {QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(withoutExtras.status, 200);
    QVERIFY(!withoutExtras.json().contains(QStringLiteral("serialNumber")));
    QVERIFY(!getAsset(id).json().contains(QStringLiteral("customFields")));
}

void TestSandboxWrites::amounts_storedExactly_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("cents") << QByteArray("1234.56") << QByteArray("1234.56");
    QTest::newRow("ten cents") << QByteArray("0.10") << QByteArray("0.10");
    QTest::newRow("one decimal") << QByteArray("0.1") << QByteArray("0.10");
    QTest::newRow("large") << QByteArray("999999999.99") << QByteArray("999999999.99");
    QTest::newRow("maximum") << QByteArray("9999999999999.99") << QByteArray("9999999999999.99");
    QTest::newRow("whole") << QByteArray("1250") << QByteArray("1250.00");
    QTest::newRow("zero") << QByteArray("0") << QByteArray("0.00");
    QTest::newRow("negative zero") << QByteArray("-0.00") << QByteArray("0.00");
    QTest::newRow("trailing zeros") << QByteArray("1234.5000") << QByteArray("1234.50");
    QTest::newRow("exponent") << QByteArray("1.5e2") << QByteArray("150.00");
    QTest::newRow("negative exponent") << QByteArray("12345E-2") << QByteArray("123.45");
    QTest::newRow("one cent") << QByteArray("0.01") << QByteArray("0.01");
    // As doubles these are just below the amount, e.g. 0.29 * 100 is
    // 28.999999999999996, so truncating a double loses a cent.
    QTest::newRow("0.29") << QByteArray("0.29") << QByteArray("0.29");
    QTest::newRow("4.35") << QByteArray("4.35") << QByteArray("4.35");
    QTest::newRow("19.99") << QByteArray("19.99") << QByteArray("19.99");
}

void TestSandboxWrites::amounts_storedExactly()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, stored);

    // Salvage equals cost, so nothing depreciates and the net book value
    // repeats the amount.
    const QByteArray body = bodyWith(QStringLiteral("\"acquisitionCost\":%1,\"salvageValue\":%1,\"usefulLifeMonths\":12,"
                                                    "\"acquisitionDate\":\"2020-01-01\"")
                                         .arg(QString::fromLatin1(sent)));
    const HttpResult created = postAsset(body);
    QCOMPARE(created.status, 201);
    QCOMPARE(rawNumber(created.body, "acquisitionCost"), stored);
    QCOMPARE(rawNumber(created.body, "salvageValue"), stored);
    QCOMPARE(rawNumber(created.body, "netBookValue"), stored);
    QCOMPARE(rawNumber(created.body, "accumulatedDepreciation"), QByteArray("0.00"));

    const HttpResult readBack = getAsset(created.json().value(QStringLiteral("id")).toString());
    QCOMPARE(rawNumber(readBack.body, "acquisitionCost"), stored);
    QCOMPARE(rawNumber(readBack.body, "salvageValue"), stored);
}

void TestSandboxWrites::amounts_tooPrecise_rejected_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("half cent") << QByteArray("1.005");
    QTest::newRow("tenth of a cent") << QByteArray("0.001");
    QTest::newRow("three decimals") << QByteArray("12.345");
    QTest::newRow("exponent") << QByteArray("1e-3");
    // The nearest double is 1234.56, so only the text shows the extra digit.
    QTest::newRow("beyond double precision") << QByteArray("1234.560000000000001");
    QTest::newRow("many decimals") << QByteArray("1234.5600000000001");
}

void TestSandboxWrites::amounts_tooPrecise_rejected()
{
    QFETCH(QByteArray, sent);
    const QByteArray body = bodyWith(QStringLiteral("\"acquisitionCost\":%1").arg(QString::fromLatin1(sent)));
    const HttpResult result = postAsset(body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorMessage(), QStringLiteral("acquisitionCost must be a number with at most two decimals."));
}

void TestSandboxWrites::put_sameCodeOnSameAsset_isAccepted()
{
    const QString code = nextCode(QStringLiteral("PUT"));
    const HttpResult created = postAsset(compact(fullAsset(code)));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();

    QJsonObject changed = fullAsset(code);
    changed.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
    const HttpResult same = putAsset(id, compact(changed));
    QCOMPARE(same.status, 200);
    QVERIFY(same.header("Location").isEmpty());
    QCOMPARE(same.json().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));

    // Changing only the case of its own code is allowed too.
    const HttpResult lower = putAsset(id, compact(fullAsset(code.toLower())));
    QCOMPARE(lower.status, 200);
    QCOMPARE(lower.json().value(QStringLiteral("assetCode")).toString(), code.toLower());
    QCOMPARE(getAsset(id).json().value(QStringLiteral("assetCode")).toString(), code.toLower());
    QCOMPARE(search(code).size(), 1);
}

void TestSandboxWrites::put_replacesWholeRecord()
{
    QJsonObject full = fullAsset(nextCode(QStringLiteral("PUT")));
    full.insert(QStringLiteral("serialNumber"), QStringLiteral("SN-1"));
    const HttpResult created = postAsset(compact(full));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const qint64 totalBefore = acmeTotal();

    const QString code = full.value(QStringLiteral("assetCode")).toString();
    const HttpResult updated =
        putAsset(id, compact(QJsonObject{{QStringLiteral("assetCode"), code}, {QStringLiteral("name"), QStringLiteral("Bare")}}));
    QCOMPARE(updated.status, 200);
    const QJsonObject asset = updated.json();
    QCOMPARE(asset.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(asset.value(QStringLiteral("name")).toString(), QStringLiteral("Bare"));
    for (const QString &member : {QStringLiteral("epc"), QStringLiteral("categoryId"), QStringLiteral("category"),
                                  QStringLiteral("locationId"), QStringLiteral("custodianId"),
                                  QStringLiteral("depreciationBookId"), QStringLiteral("costCenterId"),
                                  QStringLiteral("acquisitionDate"), QStringLiteral("usefulLifeMonths")}) {
        QVERIFY2(asset.value(member).isNull(), qPrintable(member));
    }
    QCOMPARE(rawNumber(updated.body, "acquisitionCost"), QByteArray("0.00"));
    QCOMPARE(rawNumber(updated.body, "salvageValue"), QByteArray("0.00"));
    // Enumerations left out get their defaults, not the previous values.
    QCOMPARE(asset.value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
    QCOMPARE(asset.value(QStringLiteral("availability")).toString(), QStringLiteral("Available"));
    QVERIFY(!asset.contains(QStringLiteral("serialNumber")));

    QCOMPARE(getAsset(id).body, updated.body);
    QCOMPARE(acmeTotal(), totalBefore);
}

void TestSandboxWrites::put_ofGetReplyKeepsAsset()
{
    const HttpResult created = postAsset(compact(fullAsset(nextCode(QStringLiteral("PUT")))));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();

    // A client may send back what GET returned, computed members included.
    const HttpResult sentBack = putAsset(id, getAsset(id).body);
    QCOMPARE(sentBack.status, 200);
    QCOMPARE(sentBack.body, created.body);

    // Also for a seeded asset.
    const QJsonObject seeded = search(QStringLiteral("-0002")).at(0).toObject();
    const QString seededId = seeded.value(QStringLiteral("id")).toString();
    const HttpResult seededBefore = getAsset(seededId);
    const HttpResult seededBack = putAsset(seededId, seededBefore.body);
    QCOMPARE(seededBack.status, 200);
    QCOMPARE(seededBack.body, seededBefore.body);
}

void TestSandboxWrites::put_movesAssetInListAndSearch()
{
    const QString oldCode = nextCode(QStringLiteral("ZZZ"));
    const HttpResult created = postAsset(compact(fullAsset(oldCode)));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();

    // Fill the search cache with the old code first.
    QCOMPARE(search(oldCode).size(), 1);
    const QString newCode = nextCode(QStringLiteral("AAA"));
    QCOMPARE(search(newCode).size(), 0);

    const HttpResult updated = putAsset(id, compact(fullAsset(newCode)));
    QCOMPARE(updated.status, 200);
    QCOMPARE(search(oldCode).size(), 0);
    QCOMPARE(search(newCode).size(), 1);

    // AAA sorts before every seeded code, so the asset leads the list now.
    QUrlQuery query = companyQuery(m_acmeId);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("1"));
    const QJsonArray first = get(QStringLiteral("/assets"), query).json().value(QStringLiteral("items")).toArray();
    QCOMPARE(first.size(), 1);
    QVERIFY2(first.at(0).toObject().value(QStringLiteral("assetCode")).toString().startsWith(QStringLiteral("AAA-")),
             qPrintable(first.at(0).toObject().value(QStringLiteral("assetCode")).toString()));
}

void TestSandboxWrites::put_unknownAsset_returns404()
{
    const QByteArray valid = compact(fullAsset(nextCode()));
    const QString istmoAssetId = [this] {
        QUrlQuery query = companyQuery(m_istmoId);
        query.addQueryItem(QStringLiteral("take"), QStringLiteral("1"));
        return get(QStringLiteral("/assets"), query).json().value(QStringLiteral("items")).toArray().at(0).toObject()
            .value(QStringLiteral("id")).toString();
    }();
    QVERIFY(!istmoAssetId.isEmpty());

    for (const QString &id : {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("not-a-guid"), istmoAssetId}) {
        for (const QByteArray &body : {valid, QByteArray("not json")}) {
            const HttpResult result = putAsset(id, body);
            QCOMPARE(result.status, 404);
            QCOMPARE(result.errorMessage(), QStringLiteral("Asset not found."));
        }
    }
    QCOMPARE(search(QJsonDocument::fromJson(valid).object().value(QStringLiteral("assetCode")).toString()).size(), 0);
}

void TestSandboxWrites::writeRoutes_methodNotAllowedListsWrites()
{
    const HttpResult deleteAssets = send(*m_sandbox, "DELETE", QStringLiteral("/assets"), companyQuery(m_acmeId));
    QCOMPARE(deleteAssets.status, 405);
    QCOMPARE(deleteAssets.header("Allow"), QByteArray("GET, POST"));

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpResult postById = send(*m_sandbox, "POST", QStringLiteral("/assets/") + id, companyQuery(m_acmeId), "{}");
    QCOMPARE(postById.status, 405);
    QCOMPARE(postById.header("Allow"), QByteArray("GET, PUT"));

    const HttpResult putCategories = send(*m_sandbox, "PUT", QStringLiteral("/categories"), companyQuery(m_acmeId), "{}");
    QCOMPARE(putCategories.status, 405);

    // Writes need an accepted key like every other route.
    const HttpResult noKey = send(*m_sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId),
                                  compact(fullAsset(nextCode())), {}, QStringLiteral("ahq_wrong"));
    QCOMPARE(noKey.status, 401);
    QVERIFY(noKey.body.isEmpty());
}

void TestSandboxWrites::assetLimit_rejectsPostAtLimit()
{
    // Acme starts with 3 assets and Istmo with 40.
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("3"), QStringLiteral("--asset-limit"),
                                       QStringLiteral("5")});
    QVERIFY(sandbox);
    const auto post = [this, &sandbox](const QString &companyId, const QString &code) {
        return send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(companyId),
                    compact(QJsonObject{{QStringLiteral("assetCode"), code}, {QStringLiteral("name"), QStringLiteral("x")}}));
    };
    const auto total = [this, &sandbox](const QString &companyId) {
        return send(*sandbox, "GET", QStringLiteral("/assets"), companyQuery(companyId))
            .json().value(QStringLiteral("total")).toInteger(-1);
    };

    QCOMPARE(post(m_acmeId, QStringLiteral("LIM-1")).status, 201);
    const HttpResult fifth = post(m_acmeId, QStringLiteral("LIM-2"));
    QCOMPARE(fifth.status, 201);
    QCOMPARE(total(m_acmeId), 5);

    const HttpResult sixth = post(m_acmeId, QStringLiteral("LIM-3"));
    QCOMPARE(sixth.status, 400);
    QCOMPARE(sixth.body, QByteArray("{\"error\":\"Asset limit reached -- upgrade your plan.\"}"));
    QCOMPARE(total(m_acmeId), 5);

    // A company above the limit from the start cannot add either.
    const HttpResult istmo = post(m_istmoId, QStringLiteral("LIM-4"));
    QCOMPARE(istmo.status, 400);
    QCOMPARE(istmo.errorMessage(), QStringLiteral("Asset limit reached -- upgrade your plan."));

    // Updates are not limited.
    const QString id = fifth.json().value(QStringLiteral("id")).toString();
    const HttpResult update = send(*sandbox, "PUT", QStringLiteral("/assets/") + id, companyQuery(m_acmeId),
                                   compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("LIM-2")},
                                                       {QStringLiteral("name"), QStringLiteral("y")}}));
    QCOMPARE(update.status, 200);

    // Invalid payloads still get their own message at the limit.
    const HttpResult invalid = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId), "{\"name\":\"x\"}");
    QCOMPARE(invalid.errorMessage(), QStringLiteral("assetCode is required."));
}

void TestSandboxWrites::assetLimitOption_invalid_exitsWithCode2_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("text") << QStringLiteral("ten");
    QTest::newRow("too large") << QStringLiteral("2147483648");
    QTest::newRow("empty") << QString();
}

void TestSandboxWrites::assetLimitOption_invalid_exitsWithCode2()
{
    QFETCH(QString, value);
    SandboxProcess sandbox({QStringLiteral("--asset-limit"), value});
    QString error;
    QVERIFY(!sandbox.start(&error));
    QCOMPARE(sandbox.process()->state(), QProcess::NotRunning);
    QCOMPARE(sandbox.process()->exitCode(), 2);
    QVERIFY2(sandbox.standardError().contains(QStringLiteral("--asset-limit must be a whole number from 0 to 2147483647")),
             qPrintable(sandbox.standardError()));
}

void TestSandboxWrites::dropAfterStore_storesPostOnce()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5"), QStringLiteral("--log-requests")});
    QVERIFY(sandbox);
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("drop-after-store,path=/assets,method=POST,times=1"), &error),
             qPrintable(error));

    const QString code = QStringLiteral("DRP-0001");
    const QByteArray body =
        compact(QJsonObject{{QStringLiteral("assetCode"), code}, {QStringLiteral("name"), QStringLiteral("Dropped reply")}});

    // A raw socket sends the POST exactly once, while QNetworkAccessManager
    // may send it again on its own after the connection closes.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(sandbox->baseUrl().port()));
    QVERIFY(socket.waitForConnected(kReplyTimeoutMs));
    socket.write("POST /api/v1/assets?companyId=" + m_acmeId.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: "
                 + sandbox->apiKey().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < kReplyTimeoutMs) {
        socket.waitForReadyRead(int(kReplyTimeoutMs - timer.elapsed()));
        received += socket.readAll();
    }
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(received.isEmpty(), received.constData());

    // The asset was stored once.
    const QJsonArray found = search(code, sandbox.get());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("assetCode")).toString(), code);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), 1,
                              kReplyTimeoutMs);
    QVERIFY2(sandbox->standardError().contains(QStringLiteral("injected fault \"drop-after-store,path=/assets,method=POST,times=1\"")),
             qPrintable(sandbox->standardError()));

    // times=1: the retry of a client that does not know the outcome gets
    // the duplicate error, and the next new asset gets its normal reply.
    const HttpResult retry = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId), body);
    QCOMPARE(retry.status, 400);
    QCOMPARE(retry.errorMessage(), QStringLiteral("assetCode \"DRP-0001\" is already used by another asset."));
    const HttpResult next = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId),
                                 compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("DRP-0002")},
                                                     {QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(next.status, 201);
    QCOMPARE(search(QStringLiteral("DRP-"), sandbox.get()).size(), 2);

    // QNetworkAccessManager, which the client uses, may send the POST once
    // more after the connection closes. Without a limit every attempt is
    // dropped, so the caller sees a connection error, and the asset is still
    // stored once.
    QVERIFY2(sandbox->addFault(QStringLiteral("drop-after-store,path=/assets,method=POST"), &error), qPrintable(error));
    const HttpResult dropped = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId),
                                    compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("DRP-0003")},
                                                        {QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(dropped.status, 0);
    QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(int(dropped.error))));
    QVERIFY(dropped.body.isEmpty());
    QCOMPARE(search(QStringLiteral("DRP-0003"), sandbox.get()).size(), 1);
}

void TestSandboxWrites::dropAfterStore_neverStoresTwice()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("drop-after-store,path=/assets,method=POST,times=1"), &error),
             qPrintable(error));

    // With times=1 a QNetworkAccessManager that sends the POST again gets
    // the duplicate error for its second attempt. One that does not gets
    // the connection error. Either way one asset exists and no 201 arrives.
    const HttpResult result = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId),
                                   compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("DRP-ONCE")},
                                                       {QStringLiteral("name"), QStringLiteral("x")}}));
    if (result.status == 0) {
        QVERIFY(result.error != QNetworkReply::NoError);
    } else {
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorMessage(), QStringLiteral("assetCode \"DRP-ONCE\" is already used by another asset."));
    }
    QCOMPARE(search(QStringLiteral("DRP-ONCE"), sandbox.get()).size(), 1);
}

void TestSandboxWrites::dropAfterStore_appliesToPut()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);
    const HttpResult created = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId),
                                    compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("DRP-PUT")},
                                                        {QStringLiteral("name"), QStringLiteral("Before")}}));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();

    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("drop-after-store,path=/assets,method=PUT"), &error), qPrintable(error));
    // An invalid PUT stores nothing, and its reply is dropped as well.
    const HttpResult invalid = send(*sandbox, "PUT", QStringLiteral("/assets/") + id, companyQuery(m_acmeId), "{}");
    QCOMPARE(invalid.status, 0);
    QVERIFY(invalid.error != QNetworkReply::NoError);
    // GET is not a write, so the fault leaves it alone.
    const HttpResult unchanged = send(*sandbox, "GET", QStringLiteral("/assets/") + id, companyQuery(m_acmeId));
    QCOMPARE(unchanged.status, 200);
    QCOMPARE(unchanged.json().value(QStringLiteral("name")).toString(), QStringLiteral("Before"));

    const HttpResult dropped = send(*sandbox, "PUT", QStringLiteral("/assets/") + id, companyQuery(m_acmeId),
                                    compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("DRP-PUT")},
                                                        {QStringLiteral("name"), QStringLiteral("After")}}));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);

    QVERIFY2(sandbox->clearFaults(&error), qPrintable(error));
    const HttpResult readBack = send(*sandbox, "GET", QStringLiteral("/assets/") + id, companyQuery(m_acmeId));
    QCOMPARE(readBack.status, 200);
    QCOMPARE(readBack.json().value(QStringLiteral("name")).toString(), QStringLiteral("After"));
}

void TestSandboxWrites::drop_closesWithoutProcessing()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5"), QStringLiteral("--fault"),
                                       QStringLiteral("drop,path=/assets,method=POST")});
    QVERIFY(sandbox);

    const HttpResult dropped = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId),
                                    compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("DRP-NONE")},
                                                        {QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(dropped.body.isEmpty());

    // Nothing was stored, and other methods are not affected.
    QCOMPARE(search(QStringLiteral("DRP-NONE"), sandbox.get()).size(), 0);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/assets"), companyQuery(m_acmeId)).status, 200);
}

void TestSandboxWrites::statusFault_repliesWithoutProcessing()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("status=503,path=/assets,method=POST,times=1"), &error), qPrintable(error));

    const QByteArray body = compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("STS-0001")},
                                                {QStringLiteral("name"), QStringLiteral("x")}});
    const HttpResult injected = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId), body);
    QCOMPARE(injected.status, 503);
    QCOMPARE(injected.body, QByteArray("{\"error\":\"Injected fault.\"}"));
    QVERIFY(!injected.header("X-Request-Id").isEmpty());
    QCOMPARE(search(QStringLiteral("STS-0001"), sandbox.get()).size(), 0);

    // times=1: the same request succeeds now.
    const HttpResult second = send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId), body);
    QCOMPARE(second.status, 201);
    QCOMPARE(search(QStringLiteral("STS-0001"), sandbox.get()).size(), 1);

    // The fault acts before the key check, as a gateway would.
    QVERIFY2(sandbox->addFault(QStringLiteral("status=429,path=/companies"), &error), qPrintable(error));
    const HttpResult wrongKey =
        send(*sandbox, "GET", QStringLiteral("/companies"), {}, {}, {}, QStringLiteral("ahq_wrong_key"));
    QCOMPARE(wrongKey.status, 429);
}

void TestSandboxWrites::statusFault_everySecondRequest()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("status=500,path=/companies,every=2,times=2"), &error), qPrintable(error));

    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses.append(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status);
    QCOMPARE(statuses, (QList<int>{200, 500, 200, 500, 200, 200}));

    // Requests to other paths are not counted.
    QVERIFY2(sandbox->clearFaults(&error), qPrintable(error));
    QVERIFY2(sandbox->addFault(QStringLiteral("status=502,path=/companies,every=2"), &error), qPrintable(error));
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status, 200);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/categories"), companyQuery(m_acmeId)).status, 200);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status, 502);

    const HttpResult listed = control(*sandbox, "GET", QStringLiteral("/faults"));
    QCOMPARE(listed.status, 200);
    const QJsonArray faults = listed.json().value(QStringLiteral("faults")).toArray();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.at(0).toObject().value(QStringLiteral("spec")).toString(), QStringLiteral("status=502,path=/companies,every=2"));
    QCOMPARE(faults.at(0).toObject().value(QStringLiteral("matched")).toInt(), 2);
    QCOMPARE(faults.at(0).toObject().value(QStringLiteral("fired")).toInt(), 1);
}

void TestSandboxWrites::latencyFault_delaysMatchingRequests()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("latency=300,path=/companies"), &error), qPrintable(error));
    QVERIFY2(sandbox->addFault(QStringLiteral("latency=200,path=/companies,times=1"), &error), qPrintable(error));

    // The delays of matching latency faults add up.
    const HttpResult first = send(*sandbox, "GET", QStringLiteral("/companies"), {});
    QCOMPARE(first.status, 200);
    QVERIFY2(first.elapsedMs >= 500, qPrintable(QString::number(first.elapsedMs)));
    const HttpResult second = send(*sandbox, "GET", QStringLiteral("/companies"), {});
    QCOMPARE(second.status, 200);
    QVERIFY2(second.elapsedMs >= 300, qPrintable(QString::number(second.elapsedMs)));

    // A delayed status fault is still delayed.
    QVERIFY2(sandbox->addFault(QStringLiteral("status=503,path=/companies,times=1"), &error), qPrintable(error));
    const HttpResult delayedError = send(*sandbox, "GET", QStringLiteral("/companies"), {});
    QCOMPARE(delayedError.status, 503);
    QVERIFY2(delayedError.elapsedMs >= 300, qPrintable(QString::number(delayedError.elapsedMs)));
}

void TestSandboxWrites::faultOption_appliesFromStart()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5"), QStringLiteral("--fault"),
                                       QStringLiteral("status=500,path=/companies,times=1"), QStringLiteral("--fault"),
                                       QStringLiteral("status=404,path=/categories,method=get")});
    QVERIFY(sandbox);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status, 500);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status, 200);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/categories"), companyQuery(m_acmeId)).status, 404);
    QVERIFY2(sandbox->standardError().contains(QStringLiteral("fault: status=404,path=/categories,method=GET")),
             qPrintable(sandbox->standardError()));

    // clearFaults() removes the faults from the command line too.
    QString error;
    QVERIFY2(sandbox->clearFaults(&error), qPrintable(error));
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/categories"), companyQuery(m_acmeId)).status, 200);
}

void TestSandboxWrites::faultOption_invalid_exitsWithCode2_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("the fault name is missing");
    QTest::newRow("unknown name") << QStringLiteral("explode") << QStringLiteral("unknown fault \"explode\"");
    QTest::newRow("status without code") << QStringLiteral("status") << QStringLiteral("status needs a value");
    QTest::newRow("status text") << QStringLiteral("status=abc") << QStringLiteral("status must be an HTTP status code");
    QTest::newRow("status 200") << QStringLiteral("status=200") << QStringLiteral("status must be an HTTP status code");
    QTest::newRow("status 999") << QStringLiteral("status=999") << QStringLiteral("status must be an HTTP status code");
    QTest::newRow("status unknown code") << QStringLiteral("status=499") << QStringLiteral("status must be an HTTP status code");
    QTest::newRow("latency negative") << QStringLiteral("latency=-1") << QStringLiteral("latency must be a whole number");
    QTest::newRow("latency too large") << QStringLiteral("latency=600001") << QStringLiteral("latency must be a whole number");
    QTest::newRow("drop with value") << QStringLiteral("drop=1") << QStringLiteral("drop takes no value");
    QTest::newRow("path without slash") << QStringLiteral("drop,path=assets") << QStringLiteral("path must start with \"/\"");
    QTest::newRow("unknown method") << QStringLiteral("drop,method=FETCH") << QStringLiteral("method must be one of");
    QTest::newRow("every zero") << QStringLiteral("drop,every=0") << QStringLiteral("every must be a whole number from 1");
    QTest::newRow("times text") << QStringLiteral("drop,times=once") << QStringLiteral("times must be a whole number from 1");
    QTest::newRow("unknown setting") << QStringLiteral("drop,colour=red") << QStringLiteral("unknown setting \"colour\"");
    QTest::newRow("setting without value") << QStringLiteral("drop,path") << QStringLiteral("is not a setting of the form NAME=VALUE");
    QTest::newRow("repeated setting") << QStringLiteral("drop,every=2,every=3") << QStringLiteral("every is given more than once");
    QTest::newRow("drop-after-store on GET") << QStringLiteral("drop-after-store,method=GET")
                                             << QStringLiteral("drop-after-store applies to POST and PUT only");
}

void TestSandboxWrites::faultOption_invalid_exitsWithCode2()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);

    SandboxProcess sandbox({QStringLiteral("--fault"), spec});
    QString error;
    QVERIFY(!sandbox.start(&error));
    QCOMPARE(sandbox.process()->state(), QProcess::NotRunning);
    QCOMPARE(sandbox.process()->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process()->exitCode(), 2);
    const QString standardError = sandbox.standardError();
    QVERIFY2(standardError.contains(QStringLiteral("--fault \"%1\" is invalid: ").arg(spec)), qPrintable(standardError));
    QVERIFY2(standardError.contains(message), qPrintable(standardError));
    QVERIFY(sandbox.standardOutputLines().isEmpty());
}

void TestSandboxWrites::controlApi_requiresHeader()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);
    const QByteArray body = "{\"spec\":\"status=503,path=/companies\"}";

    const HttpResult withoutHeader = control(*sandbox, "POST", QStringLiteral("/faults"), body, false);
    QCOMPARE(withoutHeader.status, 404);
    QCOMPARE(withoutHeader.body, QByteArray("{\"error\":\"Not found.\"}"));
    const HttpResult wrongValue = send(*sandbox, "POST", QStringLiteral("/_sandbox/faults"), {}, body,
                                       {{"X-Sandbox-Control", "no"}});
    QCOMPARE(wrongValue.status, 404);
    QCOMPARE(control(*sandbox, "GET", QStringLiteral("/faults"), {}, false).status, 404);
    QCOMPARE(control(*sandbox, "POST", QStringLiteral("/revoke-key"), "{\"apiKey\":\"x\"}", false).status, 404);
    // No fault was added.
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status, 200);

    // With the header, and without an API key, it works.
    const HttpResult added = send(*sandbox, "POST", QStringLiteral("/_sandbox/faults"), {}, body,
                                  {{"X-Sandbox-Control", "yes"}}, QString());
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().value(QStringLiteral("faults")).toArray().size(), 1);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status, 503);

    // The control API lives outside /api/v1.
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/_sandbox/faults"), {}, {}, {{"X-Sandbox-Control", "yes"}}).status, 200);
    const HttpResult underApi = send(*sandbox, "DELETE", QStringLiteral("/api/v1/_sandbox/faults"), {}, {},
                                     {{"X-Sandbox-Control", "yes"}});
    QCOMPARE(underApi.status, 404);

    const HttpResult cleared = control(*sandbox, "DELETE", QStringLiteral("/faults"));
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json().value(QStringLiteral("faults")).toArray().size(), 0);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/companies"), {}).status, 200);
}

void TestSandboxWrites::controlApi_rejectsInvalidRequests()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);

    const HttpResult badSpec = control(*sandbox, "POST", QStringLiteral("/faults"), "{\"spec\":\"explode,path=/assets\"}");
    QCOMPARE(badSpec.status, 400);
    QVERIFY2(badSpec.errorMessage().startsWith(QStringLiteral("Invalid fault \"explode,path=/assets\": unknown fault \"explode\"")),
             qPrintable(badSpec.errorMessage()));

    const HttpResult notJson = control(*sandbox, "POST", QStringLiteral("/faults"), "drop");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorMessage(), QStringLiteral("The request body is not a JSON object."));
    const HttpResult noSpec = control(*sandbox, "POST", QStringLiteral("/faults"), "{}");
    QCOMPARE(noSpec.status, 400);
    QCOMPARE(noSpec.errorMessage(), QStringLiteral("spec is required."));
    const HttpResult specNumber = control(*sandbox, "POST", QStringLiteral("/faults"), "{\"spec\":5}");
    QCOMPARE(specNumber.errorMessage(), QStringLiteral("spec must be a string."));

    const HttpResult emptyKey = control(*sandbox, "POST", QStringLiteral("/revoke-key"), "{\"apiKey\":\"\"}");
    QCOMPARE(emptyKey.status, 400);
    QCOMPARE(emptyKey.errorMessage(), QStringLiteral("apiKey must be non-empty visible ASCII without spaces."));
    const HttpResult spacedKey = control(*sandbox, "POST", QStringLiteral("/accept-key"), "{\"apiKey\":\"a b\"}");
    QCOMPARE(spacedKey.status, 400);
    const HttpResult noKey = control(*sandbox, "POST", QStringLiteral("/accept-key"), "{}");
    QCOMPARE(noKey.errorMessage(), QStringLiteral("apiKey is required."));

    const HttpResult wrongMethod = control(*sandbox, "GET", QStringLiteral("/revoke-key"));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("POST"));
    QCOMPARE(control(*sandbox, "GET", QStringLiteral("/nothing-here")).status, 404);

    // The helper reports the sandbox's message.
    QString error;
    QVERIFY(!sandbox->addFault(QStringLiteral("status=700"), &error));
    QVERIFY2(error.contains(QStringLiteral("400")) && error.contains(QStringLiteral("status must be an HTTP status code")),
             qPrintable(error));
    QCOMPARE(control(*sandbox, "GET", QStringLiteral("/faults")).json().value(QStringLiteral("faults")).toArray().size(), 0);
}

void TestSandboxWrites::controlApi_isNotFaulted()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5"), QStringLiteral("--latency-ms"),
                                       QStringLiteral("8000")});
    QVERIFY(sandbox);
    QString error;
    // A fault on every path and the 8 s latency leave the control API
    // alone; otherwise the helpers would time out after 5 s.
    QVERIFY2(sandbox->addFault(QStringLiteral("drop"), &error), qPrintable(error));
    QVERIFY2(sandbox->addFault(QStringLiteral("status=500"), &error), qPrintable(error));
    const HttpResult listed = control(*sandbox, "GET", QStringLiteral("/faults"));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(QStringLiteral("faults")).toArray().size(), 2);
    QVERIFY2(sandbox->clearFaults(&error), qPrintable(error));
}

void TestSandboxWrites::revokeKey_makesKeyGet401()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5"), QStringLiteral("--api-key"),
                                       QStringLiteral("ahq_first"), QStringLiteral("--api-key"),
                                       QStringLiteral("ahq_second")});
    QVERIFY(sandbox);
    const auto status = [this, &sandbox](const QString &key) {
        return send(*sandbox, "GET", QStringLiteral("/companies"), {}, {}, {}, key).status;
    };
    QCOMPARE(status(QStringLiteral("ahq_first")), 200);

    QString error;
    QVERIFY2(sandbox->revokeKey(QStringLiteral("ahq_first"), &error), qPrintable(error));
    const HttpResult revoked = send(*sandbox, "GET", QStringLiteral("/companies"), {}, {}, {}, QStringLiteral("ahq_first"));
    QCOMPARE(revoked.status, 401);
    QVERIFY(revoked.body.isEmpty());
    QCOMPARE(send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId), "{}", {}, QStringLiteral("ahq_first")).status,
             401);
    QCOMPARE(status(QStringLiteral("ahq_second")), 200);

    // Revoking twice, or a key that was never accepted, is harmless.
    QVERIFY2(sandbox->revokeKey(QStringLiteral("ahq_first"), &error), qPrintable(error));
    QVERIFY2(sandbox->revokeKey(QStringLiteral("ahq_never"), &error), qPrintable(error));
    QCOMPARE(status(QStringLiteral("ahq_never")), 401);
    QCOMPARE(status(QStringLiteral("ahq_second")), 200);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->standardError().contains(QStringLiteral("revoked through the control API")),
                             kReplyTimeoutMs);
    QVERIFY(!sandbox->standardError().contains(QStringLiteral("ahq_first")));
}

void TestSandboxWrites::acceptKey_addsKey()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(sandbox);
    const auto status = [this, &sandbox](const QString &key) {
        return send(*sandbox, "GET", QStringLiteral("/companies"), {}, {}, {}, key).status;
    };
    const QString newKey = QStringLiteral("ahq_rotated_0001");
    QCOMPARE(status(newKey), 401);

    QString error;
    QVERIFY2(sandbox->acceptKey(newKey, &error), qPrintable(error));
    QCOMPARE(status(newKey), 200);
    QCOMPARE(status(sandbox->apiKey()), 200);

    // A revoked key can be accepted again.
    QVERIFY2(sandbox->revokeKey(sandbox->apiKey(), &error), qPrintable(error));
    QCOMPARE(status(sandbox->apiKey()), 401);
    QVERIFY2(sandbox->acceptKey(sandbox->apiKey(), &error), qPrintable(error));
    QCOMPARE(status(sandbox->apiKey()), 200);

    const HttpResult count = control(*sandbox, "POST", QStringLiteral("/accept-key"), "{\"apiKey\":\"ahq_third\"}");
    QCOMPARE(count.status, 200);
    QCOMPARE(count.json().value(QStringLiteral("acceptedKeyCount")).toInt(), 3);
}

void TestSandboxWrites::countRequests_countsLoggedRequests()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("5"), QStringLiteral("--log-requests")});
    QVERIFY(sandbox);
    QString error;
    QVERIFY2(sandbox->addFault(QStringLiteral("status=503,path=/categories,times=1"), &error), qPrintable(error));

    send(*sandbox, "GET", QStringLiteral("/companies"), {});
    send(*sandbox, "GET", QStringLiteral("/companies"), {});
    send(*sandbox, "GET", QStringLiteral("/categories"), companyQuery(m_acmeId));
    send(*sandbox, "POST", QStringLiteral("/assets"), companyQuery(m_acmeId), "{}");
    send(*sandbox, "GET", QStringLiteral("/companies"), {}, {}, {}, QStringLiteral("ahq_wrong"));

    QTRY_COMPARE_WITH_TIMEOUT(sandbox->countRequests(QStringLiteral("GET"), QStringLiteral("/companies")), 3, kReplyTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->countRequests(QStringLiteral("get"), QStringLiteral("/categories")), 1, kReplyTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), 1, kReplyTimeoutMs);
    QCOMPARE(sandbox->countRequests(QStringLiteral("GET"), QString()), 4);
    QCOMPARE(sandbox->countRequests(QStringLiteral("PUT"), QStringLiteral("/assets")), 0);
    // Control requests are not API requests.
    QCOMPARE(sandbox->countRequests(QStringLiteral("POST"), QString()), 1);

    // Without --log-requests there is nothing to count.
    const auto quiet = startSandbox({QStringLiteral("--assets"), QStringLiteral("5")});
    QVERIFY(quiet);
    send(*quiet, "GET", QStringLiteral("/companies"), {});
    QTest::ignoreMessage(QtWarningMsg, "SandboxProcess::countRequests() needs --log-requests in the sandbox arguments");
    QCOMPARE(quiet->countRequests(QStringLiteral("GET"), QStringLiteral("/companies")), 0);
}

QTEST_GUILESS_MAIN(TestSandboxWrites)
#include "tst_sandbox_writes.moc"
