// Tests of the sandbox's fault catalogue: the faults that change a GET's
// reply (bad data), hang, rate-limit and the redirects, with their limits
// and their errors. Every test talks to the real executable over 127.0.0.1.

#include "SandboxProcess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using Activo::Test::FaultCount;
using Activo::Test::RedirectTargetRequests;
using Activo::Test::SandboxProcess;

namespace {

constexpr int kReplyTimeoutMs = 15000;
const QString kToday = QStringLiteral("2025-06-30");
constexpr int kAcmeAssetCount = 30;

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lowercase

    bool hasHeader(const char *name) const { return headers.contains(QByteArray(name).toLower()); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
};

// How a request treats redirects and how long it waits.
struct RequestOptions
{
    bool followRedirects = false;
    int timeoutMs = kReplyTimeoutMs;
    bool withApiKey = true;
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString fault(const FaultCount &count)
{
    return QStringLiteral("%1 matched=%2 fired=%3").arg(count.spec).arg(count.matched).arg(count.fired);
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    HttpResult send(const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {},
                    const RequestOptions &options = {});
    HttpResult get(const QString &path, const QUrlQuery &query = {}, const RequestOptions &options = {});
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    QUrlQuery page(int skip, int take) const;
    void addFault(const QString &spec);
    QList<FaultCount> faultCounts();

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_acmeId;
    QString m_firstAssetId;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void everyFault_timesLimitsIt_data();
    void everyFault_timesLimitsIt();
    void wholeReply_replaced_data();
    void wholeReply_replaced();
    void truncated_cutsBodyInHalf_data();
    void truncated_cutsBodyInHalf();
    void wrongTypes_swapsNumbersAndStrings();
    void nullObject_listAndObject();
    void hugeNumber_writesRawNumbers();
    void envelope_changed_data();
    void envelope_changed();
    void shiftingTotal_growsEachTime();
    void duplicateIds_repeatsPreviousPageItem();
    void firstPageAgain_neverEnds();
    void hugeName_isOneMebibyte();
    void rtlEmoji_namesFirstThreeItems();
    void dataFaults_skipOtherShapes_data();
    void dataFaults_skipOtherShapes();
    void dataFaults_followLimits();
    void dataFaults_compose();
    void rateLimit_replies429WithRetryAfter();
    void hang_sendsNothingAndServesOthers();
    void hang_rawClientGetsNoByte();
    void redirectAway_pointsToOtherOrigin();
    void redirectTarget_countsRequests();
    void redirectSame_servesRedirectedRequest();
    void controlApi_isNeverFaulted();
    void badSpec_rejectedByControlApi_data();
    void badSpec_rejectedByControlApi();
    void badSpec_optionExitsWithCode2();
};

HttpResult TestSandboxFaults::send(const QUrl &url, const QByteArray &method, const QByteArray &body,
                                   const RequestOptions &options)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         options.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                 : QNetworkRequest::ManualRedirectPolicy);
    if (options.withApiKey)
        request.setRawHeader("X-Api-Key", m_sandbox->apiKey().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(options.timeoutMs + kReplyTimeoutMs);

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    // An aborted reply is closed, and reading it would print a warning.
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return result;
}

QUrl TestSandboxFaults::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(url.path() + path);
    url.setQuery(query);
    return url;
}

HttpResult TestSandboxFaults::get(const QString &path, const QUrlQuery &query, const RequestOptions &options)
{
    return send(apiUrl(path, query), "GET", {}, options);
}

QUrlQuery TestSandboxFaults::page(int skip, int take) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_acmeId);
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("take"), QString::number(take));
    return query;
}

void TestSandboxFaults::addFault(const QString &spec)
{
    QString error;
    QVERIFY2(m_sandbox->addFault(spec, &error), qPrintable(error));
}

QList<FaultCount> TestSandboxFaults::faultCounts()
{
    QList<FaultCount> counts;
    QString error;
    if (!m_sandbox->faultCounts(&counts, &error))
        qWarning("%s", qPrintable(error));
    return counts;
}

void TestSandboxFaults::initTestCase()
{
    // The sandbox runs on this machine, so a proxy from the environment must
    // not see the requests.
    m_network.setProxy(QNetworkProxy::NoProxy);

    m_sandbox = std::make_unique<SandboxProcess>(QStringList{
        QStringLiteral("--today"), kToday, QStringLiteral("--assets"), QString::number(kAcmeAssetCount),
        QStringLiteral("--log-requests")});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    const QJsonArray companies = get(QStringLiteral("/companies")).items();
    for (const QJsonValue &company : companies) {
        if (company.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Acme Corp"))
            m_acmeId = company.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!m_acmeId.isEmpty());
    m_firstAssetId = get(QStringLiteral("/assets"), page(0, 1)).items().at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!m_firstAssetId.isEmpty());
}

void TestSandboxFaults::init()
{
    QString error;
    QVERIFY2(m_sandbox->clearFaults(&error), qPrintable(error));
}

void TestSandboxFaults::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxFaults::everyFault_timesLimitsIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("changesReply"); // false where the first fired reply is unchanged

    const char *const names[] = {
        "hang", "rate-limit=7", "redirect-away", "redirect-same", "not-json", "html-502", "truncated",
        "wrong-types", "null-object", "huge-number", "huge-total", "no-items", "no-total", "negative-total",
        "duplicate-ids", "first-page-again", "huge-name", "rtl-emoji", "empty-200", "error-200",
    };
    for (const char *name : names)
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    // It adds 500 for every earlier firing, so its first firing adds nothing.
    QTest::newRow("shifting-total") << QStringLiteral("shifting-total") << false;
}

void TestSandboxFaults::everyFault_timesLimitsIt()
{
    QFETCH(QString, name);
    QFETCH(bool, changesReply);

    // The second page, so that duplicate-ids applies.
    const HttpResult baseline = get(QStringLiteral("/assets"), page(5, 5));
    QCOMPARE(baseline.status, 200);
    const QString spec = name + QStringLiteral(",path=/assets,times=1");
    addFault(spec);

    RequestOptions options;
    if (name == QStringLiteral("hang"))
        options.timeoutMs = 500;
    const HttpResult first = get(QStringLiteral("/assets"), page(5, 5), options);
    QCOMPARE(first.status != baseline.status || first.body != baseline.body, changesReply);
    const HttpResult second = get(QStringLiteral("/assets"), page(5, 5));
    QCOMPARE(second.status, baseline.status);
    QCOMPARE(second.body, baseline.body);

    const QList<FaultCount> counts = faultCounts();
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.at(0).spec, spec);
    QCOMPARE(counts.at(0).fired, 1);
    QVERIFY2(m_sandbox->standardError().contains(QStringLiteral("injected fault \"%1\" into GET /api/v1/assets?")
                                                     .arg(spec)),
             qPrintable(m_sandbox->standardError().right(2000)));
}

void TestSandboxFaults::wholeReply_replaced_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("objectReply");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    const QByteArray json = QByteArrayLiteral("application/json; charset=utf-8");
    const QByteArray text = QByteArrayLiteral("text/plain; charset=utf-8");
    const QByteArray html = QByteArrayLiteral("text/html; charset=utf-8");
    const QByteArray page = QByteArrayLiteral(
        "<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n"
        "<h1>502 Bad Gateway</h1>\n<p>The upstream server sent an invalid response.</p>\n</body>\n</html>\n");
    for (const bool objectReply : {false, true}) {
        const char *shape = objectReply ? "object" : "list";
        QTest::addRow("not-json %s", shape) << QStringLiteral("not-json") << objectReply << 200 << text
                                            << QByteArray("Service temporarily unavailable");
        QTest::addRow("html-502 %s", shape) << QStringLiteral("html-502") << objectReply << 502 << html << page;
        QTest::addRow("empty-200 %s", shape) << QStringLiteral("empty-200") << objectReply << 200 << QByteArray()
                                             << QByteArray();
        QTest::addRow("error-200 %s", shape) << QStringLiteral("error-200") << objectReply << 200 << json
                                             << QByteArray("{\"error\":\"Internal processing error.\"}");
    }
}

void TestSandboxFaults::wholeReply_replaced()
{
    QFETCH(QString, spec);
    QFETCH(bool, objectReply);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);

    addFault(spec + QStringLiteral(",times=1"));
    const QString path = objectReply ? QStringLiteral("/assets/") + m_firstAssetId : QStringLiteral("/assets");
    const HttpResult faulted = get(path, page(0, 5));
    QCOMPARE(faulted.status, status);
    QCOMPARE(faulted.body, body);
    QCOMPARE(faulted.header("Content-Type"), contentType);
    QCOMPARE(faulted.header("Content-Length"), QByteArray::number(body.size()));
    QVERIFY(!faulted.header("X-Request-Id").isEmpty());

    // times=1: the next reply is the real one.
    const HttpResult next = get(path, page(0, 5));
    QCOMPARE(next.status, 200);
    QVERIFY(!next.json().isEmpty());
    QVERIFY2(m_sandbox->standardError().contains(QStringLiteral("injected fault \"%1,times=1\" into GET").arg(spec)),
             qPrintable(m_sandbox->standardError().right(2000)));
}

void TestSandboxFaults::truncated_cutsBodyInHalf_data()
{
    QTest::addColumn<bool>("objectReply");
    QTest::newRow("list") << false;
    QTest::newRow("object") << true;
}

void TestSandboxFaults::truncated_cutsBodyInHalf()
{
    QFETCH(bool, objectReply);
    const QString path = objectReply ? QStringLiteral("/assets/") + m_firstAssetId : QStringLiteral("/assets");
    const HttpResult whole = get(path, page(0, 5));
    QCOMPARE(whole.status, 200);

    addFault(QStringLiteral("truncated"));
    const HttpResult cut = get(path, page(0, 5));
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.error, QNetworkReply::NoError);
    QCOMPARE(cut.body, whole.body.left(whole.body.size() / 2));
    QCOMPARE(cut.header("Content-Length"), QByteArray::number(whole.body.size() / 2));
    QCOMPARE(cut.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(cut.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
}

void TestSandboxFaults::wrongTypes_swapsNumbersAndStrings()
{
    const QJsonArray before = get(QStringLiteral("/assets"), page(0, 3)).items();
    const QJsonObject asset = before.at(0).toObject();
    addFault(QStringLiteral("wrong-types"));

    const QJsonArray after = get(QStringLiteral("/assets"), page(0, 3)).items();
    QCOMPARE(after.size(), 3);
    const QJsonObject changed = after.at(0).toObject();
    QCOMPARE(changed.value(QStringLiteral("name")).toInteger(), 12345);
    QCOMPARE(changed.value(QStringLiteral("assetCode")).toInteger(), 987);
    QCOMPARE(changed.value(QStringLiteral("id")).toInteger(), 987);
    QCOMPARE(changed.value(QStringLiteral("usefulLifeMonths")).toString(),
             QStringLiteral("about %1").arg(asset.value(QStringLiteral("usefulLifeMonths")).toInt()));
    const QString cost = changed.value(QStringLiteral("acquisitionCost")).toString();
    QVERIFY2(cost.startsWith(QStringLiteral("about ")), qPrintable(cost));
    bool isNumber = true;
    cost.toDouble(&isNumber);
    QVERIFY(!isNumber);
    // Nested objects keep their types, and so do the other items.
    QCOMPARE(changed.value(QStringLiteral("category")), asset.value(QStringLiteral("category")));
    QCOMPARE(after.at(1), before.at(1));
    QCOMPARE(after.at(2), before.at(2));

    const QJsonObject object = get(QStringLiteral("/assets/") + m_firstAssetId, page(0, 1)).json();
    QCOMPARE(object.value(QStringLiteral("name")).toInteger(), 12345);
    QVERIFY(object.value(QStringLiteral("netBookValue")).isString());
}

void TestSandboxFaults::nullObject_listAndObject()
{
    const QJsonArray before = get(QStringLiteral("/categories"), page(0, 4)).items();
    addFault(QStringLiteral("null-object"));

    const QJsonArray after = get(QStringLiteral("/categories"), page(0, 4)).items();
    QCOMPARE(after.size(), 4);
    QVERIFY(after.at(0).isNull());
    QCOMPARE(after.at(1), before.at(1));

    const HttpResult object = get(QStringLiteral("/assets/") + m_firstAssetId, page(0, 1));
    QCOMPARE(object.status, 200);
    QCOMPARE(object.body, QByteArray("null"));
}

void TestSandboxFaults::hugeNumber_writesRawNumbers()
{
    const HttpResult before = get(QStringLiteral("/assets"), page(0, 2));
    addFault(QStringLiteral("huge-number"));

    const HttpResult after = get(QStringLiteral("/assets"), page(0, 2));
    QCOMPARE(after.status, 200);
    QVERIFY2(after.body.contains("\"acquisitionCost\":123456789012345678901234567890.12,"), after.body.left(1500));
    QVERIFY2(after.body.contains("\"usefulLifeMonths\":18446744073709551616,"), after.body.left(1500));
    QCOMPARE(after.body.count("123456789012345678901234567890.12"), 1);
    QCOMPARE(after.items().at(1), before.items().at(1));
}

void TestSandboxFaults::envelope_changed_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("expectedTotal"); // raw text; empty when the member must be absent
    QTest::addColumn<bool>("itemsPresent");
    QTest::newRow("huge-total") << QStringLiteral("huge-total") << QByteArray("36893488147419103232") << true;
    QTest::newRow("no-items") << QStringLiteral("no-items") << QByteArray::number(kAcmeAssetCount) << false;
    QTest::newRow("no-total") << QStringLiteral("no-total") << QByteArray() << true;
    QTest::newRow("negative-total") << QStringLiteral("negative-total") << QByteArray("-1") << true;
}

void TestSandboxFaults::envelope_changed()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, expectedTotal);
    QFETCH(bool, itemsPresent);

    const HttpResult before = get(QStringLiteral("/assets"), page(2, 3));
    addFault(spec);
    const HttpResult after = get(QStringLiteral("/assets"), page(2, 3));
    QCOMPARE(after.status, 200);

    const QJsonObject envelope = after.json();
    QCOMPARE(envelope.contains(QStringLiteral("items")), itemsPresent);
    if (itemsPresent)
        QCOMPARE(after.items(), before.items());
    QCOMPARE(envelope.contains(QStringLiteral("total")), !expectedTotal.isEmpty());
    if (!expectedTotal.isEmpty())
        QVERIFY2(after.body.contains(QByteArray("\"total\":" + expectedTotal + ',')), after.body.right(200));
    QCOMPARE(envelope.value(QStringLiteral("skip")).toInt(), 2);
    QCOMPARE(envelope.value(QStringLiteral("take")).toInt(), 3);
}

void TestSandboxFaults::shiftingTotal_growsEachTime()
{
    addFault(QStringLiteral("shifting-total,path=/assets"));
    QList<qint64> totals;
    for (int skip = 0; skip < 4; ++skip)
        totals.append(get(QStringLiteral("/assets"), page(skip * 5, 5)).json().value(QStringLiteral("total")).toInteger());
    QCOMPARE(totals, (QList<qint64>{kAcmeAssetCount, kAcmeAssetCount + 500, kAcmeAssetCount + 1000,
                                    kAcmeAssetCount + 1500}));
    // An object reply is not a list, so it does not count.
    QCOMPARE(get(QStringLiteral("/assets/") + m_firstAssetId, page(0, 1)).status, 200);
    const QList<FaultCount> counts = faultCounts();
    QCOMPARE(counts.size(), 1);
    QCOMPARE(fault(counts.at(0)), QStringLiteral("shifting-total,path=/assets matched=4 fired=4"));
}

void TestSandboxFaults::duplicateIds_repeatsPreviousPageItem()
{
    const QJsonArray firstPage = get(QStringLiteral("/assets"), page(0, 5)).items();
    const QJsonArray secondPage = get(QStringLiteral("/assets"), page(5, 5)).items();
    addFault(QStringLiteral("duplicate-ids"));

    // The first page has no page before it, so it stays as it is.
    QCOMPARE(get(QStringLiteral("/assets"), page(0, 5)).items(), firstPage);
    const QJsonArray faulted = get(QStringLiteral("/assets"), page(5, 5)).items();
    QCOMPARE(faulted.size(), 5);
    QCOMPARE(faulted.at(0), firstPage.at(4));
    for (int i = 1; i < 5; ++i)
        QCOMPARE(faulted.at(i), secondPage.at(i));
    // A page past the end has no item to replace.
    QCOMPARE(get(QStringLiteral("/assets"), page(kAcmeAssetCount + 5, 5)).items().size(), 0);
    QCOMPARE(fault(faultCounts().at(0)), QStringLiteral("duplicate-ids matched=1 fired=1"));
}

void TestSandboxFaults::firstPageAgain_neverEnds()
{
    const QJsonArray firstPage = get(QStringLiteral("/assets"), page(0, 10)).items();
    const QJsonArray middlePage = get(QStringLiteral("/assets"), page(10, 10)).items();
    addFault(QStringLiteral("first-page-again"));

    const QJsonObject middle = get(QStringLiteral("/assets"), page(10, 10)).json();
    QCOMPARE(middle.value(QStringLiteral("total")).toInt(), kAcmeAssetCount + 10);
    QCOMPARE(middle.value(QStringLiteral("items")).toArray(), middlePage);
    QCOMPARE(middle.value(QStringLiteral("skip")).toInt(), 10);

    for (const int skip : {kAcmeAssetCount, kAcmeAssetCount + 5, kAcmeAssetCount + 500}) {
        const QJsonObject past = get(QStringLiteral("/assets"), page(skip, 10)).json();
        QCOMPARE(past.value(QStringLiteral("total")).toInt(), kAcmeAssetCount + 10);
        QCOMPARE(past.value(QStringLiteral("items")).toArray(), firstPage);
        QCOMPARE(past.value(QStringLiteral("skip")).toInt(), 0);
        QCOMPARE(past.value(QStringLiteral("take")).toInt(), 10);
    }
}

void TestSandboxFaults::hugeName_isOneMebibyte()
{
    addFault(QStringLiteral("huge-name"));
    const QJsonArray items = get(QStringLiteral("/assets"), page(0, 2)).items();
    QCOMPARE(items.size(), 2);
    const QString name = items.at(0).toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(name.toUtf8().size(), SandboxProcess::kHugeNameBytes);
    // Lowercase words with single spaces between them.
    static const QRegularExpression notAWord(QStringLiteral("[^a-z ]|  "));
    QVERIFY(!notAWord.match(name).hasMatch());
    QVERIFY(!name.startsWith(QLatin1Char(' ')));
    QVERIFY(!name.endsWith(QLatin1Char(' ')));
    QVERIFY(name.count(QLatin1Char(' ')) > 100000);
    QVERIFY(items.at(1).toObject().value(QStringLiteral("name")).toString().size() < 200);

    const QJsonObject object = get(QStringLiteral("/assets/") + m_firstAssetId, page(0, 1)).json();
    QCOMPARE(object.value(QStringLiteral("name")).toString(), name);
}

void TestSandboxFaults::rtlEmoji_namesFirstThreeItems()
{
    const QJsonArray before = get(QStringLiteral("/custodians"), page(0, 5)).items();
    addFault(QStringLiteral("rtl-emoji"));

    const QJsonArray after = get(QStringLiteral("/custodians"), page(0, 5)).items();
    const QStringList names = SandboxProcess::rtlEmojiNames();
    QCOMPARE(names.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QJsonObject expected = before.at(i).toObject();
        expected.insert(QStringLiteral("name"), names.at(i));
        QCOMPARE(after.at(i).toObject(), expected);
    }
    QCOMPARE(after.at(3), before.at(3));
    QVERIFY(names.at(2).contains(QChar(0x200D)));
    QVERIFY(names.at(2).contains(QChar(0x0301)));

    const QJsonObject object = get(QStringLiteral("/assets/") + m_firstAssetId, page(0, 1)).json();
    QCOMPARE(object.value(QStringLiteral("name")).toString(), names.at(0));
}

void TestSandboxFaults::dataFaults_skipOtherShapes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("status");

    // List faults on an object reply.
    const QString object = QStringLiteral("/assets/{id}");
    for (const char *name : {"huge-number", "huge-total", "no-items", "no-total", "negative-total",
                             "shifting-total", "duplicate-ids", "first-page-again"}) {
        QTest::addRow("%s on object", name) << QString::fromLatin1(name) << object << 0 << 200;
    }
    // Every data fault on an error reply.
    for (const char *name : {"not-json", "html-502", "truncated", "wrong-types", "null-object", "huge-number",
                             "huge-total", "no-items", "empty-200", "error-200", "rtl-emoji", "huge-name"}) {
        QTest::addRow("%s on 404", name) << QString::fromLatin1(name) << QStringLiteral("/assets/not-an-asset") << 0
                                         << 404;
    }
    QTest::newRow("duplicate-ids on first page") << QStringLiteral("duplicate-ids") << QStringLiteral("/assets") << 0
                                                 << 200;
    QTest::newRow("wrong-types on empty page") << QStringLiteral("wrong-types") << QStringLiteral("/assets")
                                               << kAcmeAssetCount << 200;
}

void TestSandboxFaults::dataFaults_skipOtherShapes()
{
    QFETCH(QString, spec);
    QFETCH(QString, path);
    QFETCH(int, skip);
    QFETCH(int, status);

    const QString resolved = QString(path).replace(QStringLiteral("{id}"), m_firstAssetId);
    const HttpResult before = get(resolved, page(skip, 5));
    QCOMPARE(before.status, status);
    addFault(spec);
    const HttpResult after = get(resolved, page(skip, 5));
    QCOMPARE(after.status, status);
    QCOMPARE(after.body, before.body);
    QCOMPARE(fault(faultCounts().at(0)), spec + QStringLiteral(" matched=0 fired=0"));
}

void TestSandboxFaults::dataFaults_followLimits()
{
    addFault(QStringLiteral("negative-total,path=/categories,every=2,times=2"));
    QList<int> totals;
    for (int i = 0; i < 7; ++i)
        totals.append(get(QStringLiteral("/categories"), page(0, 2)).json().value(QStringLiteral("total")).toInt());
    // Another path neither changes nor counts.
    const int locations = get(QStringLiteral("/locations"), page(0, 2)).json().value(QStringLiteral("total")).toInt();
    QVERIFY(locations > 0);

    QCOMPARE(totals, (QList<int>{10, -1, 10, -1, 10, 10, 10}));
    QCOMPARE(fault(faultCounts().at(0)), QStringLiteral("negative-total,path=/categories,every=2,times=2 matched=7 fired=2"));
    QVERIFY2(m_sandbox->standardError().contains(QRegularExpression(
                 QStringLiteral("injected fault \"negative-total,path=/categories,every=2,times=2\" into GET "
                                "/api/v1/categories\\S* instead of its 200 reply \\(request=[0-9a-f]+-[0-9a-f]+\\)"))),
             qPrintable(m_sandbox->standardError().right(2000)));

    // A POST is never changed, even where the path matches.
    QString error;
    QVERIFY2(m_sandbox->clearFaults(&error), qPrintable(error));
    addFault(QStringLiteral("error-200,path=/categories"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_acmeId);
    const HttpResult created = send(apiUrl(QStringLiteral("/categories"), query), "POST",
                                    compact(QJsonObject{{QStringLiteral("code"), QStringLiteral("FLT-01")},
                                                        {QStringLiteral("name"), QStringLiteral("Fault test")}}));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("code")).toString(), QStringLiteral("FLT-01"));
}

void TestSandboxFaults::dataFaults_compose()
{
    // Rules change the reply in the order they were added.
    addFault(QStringLiteral("huge-total"));
    addFault(QStringLiteral("null-object"));
    const HttpResult both = get(QStringLiteral("/assets"), page(0, 2));
    QVERIFY2(both.body.startsWith("{\"items\":[null,"), both.body.left(100));
    QVERIFY(both.body.contains("\"total\":36893488147419103232,"));

    // Once the body is not JSON, the later rules do not match.
    QString error;
    QVERIFY2(m_sandbox->clearFaults(&error), qPrintable(error));
    addFault(QStringLiteral("not-json"));
    addFault(QStringLiteral("huge-total"));
    QCOMPARE(get(QStringLiteral("/assets"), page(0, 2)).body, QByteArray("Service temporarily unavailable"));
    QCOMPARE(fault(faultCounts().at(1)), QStringLiteral("huge-total matched=0 fired=0"));
}

void TestSandboxFaults::rateLimit_replies429WithRetryAfter()
{
    addFault(QStringLiteral("rate-limit=0,path=/assets,method=POST,times=1"));
    addFault(QStringLiteral("rate-limit=3600,path=/companies,times=1"));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_acmeId);
    const QByteArray asset = compact(QJsonObject{{QStringLiteral("assetCode"), QStringLiteral("RTL-0001")},
                                                 {QStringLiteral("name"), QStringLiteral("Rate limited")}});
    const HttpResult limited = send(apiUrl(QStringLiteral("/assets"), query), "POST", asset);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("0"));
    QCOMPARE(limited.body, QByteArray("{\"error\":\"Too many requests.\"}"));
    // The request was not handled, so the asset was not stored.
    QUrlQuery search = page(0, 10);
    search.addQueryItem(QStringLiteral("search"), QStringLiteral("RTL-0001"));
    QCOMPARE(get(QStringLiteral("/assets"), search).items().size(), 0);

    const HttpResult companies = get(QStringLiteral("/companies"));
    QCOMPARE(companies.status, 429);
    QCOMPARE(companies.header("Retry-After"), QByteArray("3600"));
    QCOMPARE(get(QStringLiteral("/companies")).status, 200);
}

void TestSandboxFaults::hang_sendsNothingAndServesOthers()
{
    addFault(QStringLiteral("hang,path=/companies,times=1"));

    RequestOptions impatient;
    impatient.timeoutMs = 500;
    const HttpResult hung = get(QStringLiteral("/companies"), {}, impatient);
    QCOMPARE(hung.status, 0);
    QCOMPARE(hung.error, QNetworkReply::OperationCanceledError);
    QVERIFY(hung.body.isEmpty());

    // Other requests and the control API are served meanwhile, and the
    // exchange ends when the client closes its connection.
    QCOMPARE(get(QStringLiteral("/companies")).status, 200);
    QCOMPARE(fault(faultCounts().at(0)), QStringLiteral("hang,path=/companies,times=1 matched=2 fired=1"));
    const QRegularExpression injected(
        QStringLiteral("injected fault \"hang,path=/companies,times=1\" into GET /api/v1/companies \\(request=(\\S+)\\)"));
    const QRegularExpressionMatch match = injected.match(m_sandbox->standardError());
    QVERIFY2(match.hasMatch(), qPrintable(m_sandbox->standardError().right(2000)));
    const QString closed = QStringLiteral("GET /api/v1/companies: the client closed the connection before the reply "
                                          "was sent (request=%1)").arg(match.captured(1));
    QTRY_VERIFY2(m_sandbox->standardError().contains(closed), qPrintable(m_sandbox->standardError().right(2000)));
}

void TestSandboxFaults::hang_rawClientGetsNoByte()
{
    addFault(QStringLiteral("hang,path=/assets/"));
    const QString clientGone = QStringLiteral("the client closed the connection before the reply was sent");
    const qsizetype goneBefore = m_sandbox->standardError().count(clientGone);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox->baseUrl().port()));
    QVERIFY(socket.waitForConnected(kReplyTimeoutMs));
    socket.write("GET /api/v1/assets/" + m_firstAssetId.toLatin1() + "?companyId=" + m_acmeId.toLatin1()
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: " + m_sandbox->apiKey().toLatin1() + "\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(kReplyTimeoutMs));

    // While this connection waits, the list path (not /assets/) is served.
    const HttpResult list = get(QStringLiteral("/assets"), page(0, 1));
    QCOMPARE(list.status, 200);
    QVERIFY(!socket.waitForReadyRead(300));
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.abort();

    QTRY_COMPARE(m_sandbox->standardError().count(clientGone), goneBefore + 1);
}

void TestSandboxFaults::redirectAway_pointsToOtherOrigin()
{
    QString error;
    QVERIFY2(m_sandbox->resetRedirectTarget(&error), qPrintable(error));
    RedirectTargetRequests target;
    QVERIFY2(m_sandbox->redirectTargetRequests(&target, &error), qPrintable(error));
    QVERIFY(target.port > 0);
    QVERIFY(target.port != m_sandbox->baseUrl().port());
    QVERIFY2(m_sandbox->standardError().contains(
                 QStringLiteral("redirect target listening on http://127.0.0.1:%1").arg(target.port)),
             qPrintable(m_sandbox->standardError().left(1000)));

    addFault(QStringLiteral("redirect-away,path=/assets"));
    const QUrl url = apiUrl(QStringLiteral("/assets"), page(3, 4));
    const HttpResult redirect = send(url);
    QCOMPARE(redirect.status, 307);
    QUrl expected = url;
    expected.setPort(target.port);
    QCOMPARE(redirect.header("Location"), expected.toEncoded());
    QVERIFY(redirect.body.isEmpty());
    // The sandbox itself handled nothing, so the target saw nothing yet.
    QVERIFY2(m_sandbox->redirectTargetRequests(&target, &error), qPrintable(error));
    QCOMPARE(target.requests, 0);

    // Following the redirect reaches the target, which replies with an empty list.
    RequestOptions follow;
    follow.followRedirects = true;
    const HttpResult followed = send(url, "GET", {}, follow);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.body, QByteArray("{\"items\":[],\"total\":0,\"skip\":0,\"take\":50}"));
    QVERIFY2(m_sandbox->redirectTargetRequests(&target, &error), qPrintable(error));
    QCOMPARE(target.requests, 1);
    QCOMPARE(target.log.size(), 1);
    QCOMPARE(target.log.at(0).method, QStringLiteral("GET"));
    QCOMPARE(target.log.at(0).path, QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)));
}

void TestSandboxFaults::redirectTarget_countsRequests()
{
    QString error;
    QVERIFY2(m_sandbox->resetRedirectTarget(&error), qPrintable(error));
    RedirectTargetRequests target;
    QVERIFY2(m_sandbox->redirectTargetRequests(&target, &error), qPrintable(error));
    QUrl base(QStringLiteral("http://127.0.0.1/api/v1/assets?companyId=x&skip=0"));
    base.setPort(target.port);

    RequestOptions withoutKey;
    withoutKey.withApiKey = false;
    QCOMPARE(send(base).status, 200);
    QCOMPARE(send(base, "POST", "{}", withoutKey).status, 200);
    QUrl other = base;
    other.setPath(QStringLiteral("/anything"));
    other.setQuery(QString());
    QCOMPARE(send(other, "PUT", "{}").status, 200);

    QVERIFY2(m_sandbox->redirectTargetRequests(&target, &error), qPrintable(error));
    QCOMPARE(target.requests, 3);
    QCOMPARE(target.withApiKey, 2);
    QCOMPARE(target.log.size(), 3);
    QStringList visits;
    for (const auto &visit : std::as_const(target.log))
        visits.append(QStringLiteral("%1 %2 %3").arg(visit.method, visit.path).arg(visit.apiKey ? QLatin1String("true") : QLatin1String("false")));
    QCOMPARE(visits, (QStringList{QStringLiteral("GET /api/v1/assets?companyId=x&skip=0 true"),
                                  QStringLiteral("POST /api/v1/assets?companyId=x&skip=0 false"),
                                  QStringLiteral("PUT /anything true")}));

    // The key itself is never logged.
    QVERIFY(!m_sandbox->standardError().contains(m_sandbox->apiKey()));

    QVERIFY2(m_sandbox->resetRedirectTarget(&error), qPrintable(error));
    QVERIFY2(m_sandbox->redirectTargetRequests(&target, &error), qPrintable(error));
    QCOMPARE(target.requests, 0);
    QCOMPARE(target.withApiKey, 0);
    QVERIFY(target.log.isEmpty());
    QVERIFY(target.port > 0);
}

void TestSandboxFaults::redirectSame_servesRedirectedRequest()
{
    addFault(QStringLiteral("redirect-same,path=/categories"));
    const QUrl url = apiUrl(QStringLiteral("/categories"), page(0, 3));
    const HttpResult redirect = send(url);
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.header("Location"), url.toEncoded() + "&redirected=1");

    RequestOptions follow;
    follow.followRedirects = true;
    const HttpResult followed = send(url, "GET", {}, follow);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.items().size(), 3);
    // The redirected request is served and not counted. QNetworkAccessManager
    // may send a request once more on a new connection, so the number of
    // matches is compared with the requests that the sandbox logged.
    const QString log = m_sandbox->standardError();
    const QString target = QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    const qsizetype redirected = log.count(QStringLiteral("GET %1 307 ").arg(target));
    QVERIFY(redirected >= 2);
    QCOMPARE(fault(faultCounts().at(0)),
             QStringLiteral("redirect-same,path=/categories matched=%1 fired=%1").arg(redirected));
    QVERIFY(log.contains(QStringLiteral("GET %1&redirected=1 200 ").arg(target)));
    QVERIFY(!log.contains(QStringLiteral("injected fault \"redirect-same,path=/categories\" into GET %1&redirected=1")
                              .arg(target)));

    // A path without a query gets one.
    addFault(QStringLiteral("redirect-same,path=/companies"));
    QUrl companies = apiUrl(QStringLiteral("/companies"));
    QCOMPARE(send(companies).header("Location"), companies.toEncoded() + "?redirected=1");
}

void TestSandboxFaults::controlApi_isNeverFaulted()
{
    for (const QString &spec : {QStringLiteral("not-json"), QStringLiteral("hang"), QStringLiteral("rate-limit=5"),
                                QStringLiteral("redirect-away"), QStringLiteral("truncated")}) {
        addFault(spec);
    }
    const QList<FaultCount> counts = faultCounts();
    QCOMPARE(counts.size(), 5);
    for (const FaultCount &count : counts)
        QCOMPARE(count.matched, 0);
    RedirectTargetRequests target;
    QString error;
    QVERIFY2(m_sandbox->redirectTargetRequests(&target, &error), qPrintable(error));
}

void TestSandboxFaults::badSpec_rejectedByControlApi_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("rate-limit text") << QStringLiteral("rate-limit=abc")
                                     << QStringLiteral("rate-limit must be a whole number of seconds from 0 to 3600; got \"abc\".");
    QTest::newRow("rate-limit too large") << QStringLiteral("rate-limit=99999")
                                          << QStringLiteral("rate-limit must be a whole number of seconds from 0 to 3600; got \"99999\".");
    QTest::newRow("rate-limit negative") << QStringLiteral("rate-limit=-1")
                                         << QStringLiteral("rate-limit must be a whole number of seconds from 0 to 3600; got \"-1\".");
    QTest::newRow("rate-limit without value") << QStringLiteral("rate-limit")
                                              << QStringLiteral("rate-limit needs a value, for example rate-limit=30.");
    QTest::newRow("hang with value") << QStringLiteral("hang=3") << QStringLiteral("hang takes no value; got \"hang=3\".");
    QTest::newRow("redirect-away with value") << QStringLiteral("redirect-away=1")
                                              << QStringLiteral("redirect-away takes no value; got \"redirect-away=1\".");
    QTest::newRow("data fault on POST") << QStringLiteral("huge-total,method=POST")
                                        << QStringLiteral("huge-total changes replies to GET only; got method=POST.");
    QTest::newRow("unknown name") << QStringLiteral("rtl")
                                  << QStringLiteral("unknown fault \"rtl\"; the known faults are drop, drop-after-store, "
                                                    "status=CODE, latency=MS, hang, rate-limit=SECONDS, redirect-away, "
                                                    "redirect-same, not-json, html-502, truncated, wrong-types, "
                                                    "null-object, huge-number, huge-total, no-items, no-total, "
                                                    "negative-total, shifting-total, duplicate-ids, first-page-again, "
                                                    "huge-name, rtl-emoji, empty-200 and error-200.");
    QTest::newRow("bad setting") << QStringLiteral("not-json,every=0")
                                 << QStringLiteral("every must be a whole number from 1 to 2147483647; got \"0\".");
}

void TestSandboxFaults::badSpec_rejectedByControlApi()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!m_sandbox->addFault(spec, &error));
    QVERIFY2(error.contains(QStringLiteral("returned 400")), qPrintable(error));
    const QString body = QString::fromUtf8(compact(QJsonObject{
        {QStringLiteral("error"), QStringLiteral("Invalid fault \"%1\": %2").arg(spec, message)}}));
    QVERIFY2(error.endsWith(body), qPrintable(error + QStringLiteral("\nexpected: ") + body));
    QVERIFY(faultCounts().isEmpty());
}

void TestSandboxFaults::badSpec_optionExitsWithCode2()
{
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("rate-limit=99999")});
    QString error;
    QVERIFY(!sandbox.start(&error));
    QCOMPARE(sandbox.process()->exitCode(), 2);
    QVERIFY2(sandbox.standardError().contains(
                 QStringLiteral("--fault \"rate-limit=99999\" is invalid: rate-limit must be a whole number of "
                                "seconds from 0 to 3600; got \"99999\".")),
             qPrintable(sandbox.standardError()));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
