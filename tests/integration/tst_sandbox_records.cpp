// Tests of the accounting and audit records of activohq-sandbox, the
// master-data writes and the lifecycle actions. Every test talks to the real
// executable over 127.0.0.1 and checks the rules between records by
// computing them from the served data.

#include "SandboxProcess.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
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

constexpr int kReplyTimeoutMs = 30000;
// A month-end, so the latest depreciation run falls on --today.
const QString kToday = QStringLiteral("2025-06-30");
const QDate kTodayDate(2025, 6, 30);
constexpr int kAcmeAssetCount = 300;
constexpr int kRunWindowMonths = 24;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lowercase

    bool hasHeader(const char *name) const { return headers.contains(QByteArray(name).toLower()); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorMessage() const { return json().value(QStringLiteral("error")).toString(); }
};

QString text(const QJsonObject &object, const char *member)
{
    return object.value(QLatin1String(member)).toString();
}

// Amounts have two decimals and stay far below 2^53 cents, so the double
// that QJsonDocument reads rounds back to the exact number of cents.
qint64 cents(const QJsonObject &object, const char *member)
{
    return qRound64(object.value(QLatin1String(member)).toDouble() * 100);
}

QDate date(const QJsonObject &object, const char *member)
{
    return QDate::fromString(text(object, member), Qt::ISODate);
}

QDate lastMonthEndOnOrBefore(QDate day)
{
    if (day.day() == day.daysInMonth())
        return day;
    const QDate previous = day.addMonths(-1);
    return QDate(previous.year(), previous.month(), previous.daysInMonth());
}

// Sends `request` as written over a new connection to `port` and returns
// the status line and headers of the response, or an empty array on
// time-out. QNetworkReply drops headers with an empty value, which this
// keeps.
QByteArray rawResponseHead(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(kReplyTimeoutMs))
        return {};
    socket.write(request);
    QByteArray response;
    while (!response.contains("\r\n\r\n")) {
        if (!socket.waitForReadyRead(kReplyTimeoutMs))
            return {};
        response += socket.readAll();
    }
    return response.left(response.indexOf("\r\n\r\n") + 2);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Returns the records of `items` by their id.
QHash<QString, QJsonObject> byId(const QList<QJsonObject> &items)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonObject &item : items)
        result.insert(text(item, "id"), item);
    return result;
}

// The list paths that the records suite covers, each with the members that
// every item must have.
struct ListSpec
{
    const char *path;
    QStringList members;
};

const QList<ListSpec> &recordLists()
{
    static const QList<ListSpec> lists = {
        {"/fiscal-years", {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("startDate"),
                           QStringLiteral("endDate"), QStringLiteral("isClosed")}},
        {"/depreciation-runs", {QStringLiteral("id"), QStringLiteral("postingPeriodId"),
                                QStringLiteral("depreciationBookId"), QStringLiteral("runDate"),
                                QStringLiteral("status"), QStringLiteral("totalDepreciation"),
                                QStringLiteral("entryCount")}},
        {"/depreciation-entries", {QStringLiteral("id"), QStringLiteral("depreciationRunId"), QStringLiteral("assetId"),
                                   QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("openingNbv"),
                                   QStringLiteral("depreciationAmount"), QStringLiteral("closingNbv"),
                                   QStringLiteral("accumulatedDepreciation")}},
        {"/journal-batches", {QStringLiteral("id"), QStringLiteral("eventType"), QStringLiteral("sourceId"),
                              QStringLiteral("postedDate"), QStringLiteral("status"), QStringLiteral("totalDebit"),
                              QStringLiteral("totalCredit")}},
        {"/disposals", {QStringLiteral("id"), QStringLiteral("assetId"), QStringLiteral("disposalDate"),
                        QStringLiteral("proceeds"), QStringLiteral("netBookValueAtDisposal"),
                        QStringLiteral("gainOrLoss"), QStringLiteral("reason")}},
        {"/revaluations", {QStringLiteral("id"), QStringLiteral("assetId"), QStringLiteral("revaluationDate"),
                           QStringLiteral("previousValue"), QStringLiteral("newValue"), QStringLiteral("reason")}},
        {"/count-sessions", {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                             QStringLiteral("openedDate"), QStringLiteral("status"), QStringLiteral("expectedCount"),
                             QStringLiteral("reconciledDate"), QStringLiteral("notes")}},
        {"/count-results", {QStringLiteral("id"), QStringLiteral("countSessionId"), QStringLiteral("assetId"),
                            QStringLiteral("epc"), QStringLiteral("status"), QStringLiteral("expectedLocationId"),
                            QStringLiteral("readLocationId"), QStringLiteral("transferApplied")}},
        {"/transfers", {QStringLiteral("id"), QStringLiteral("assetId"), QStringLiteral("fromLocationId"),
                        QStringLiteral("toLocationId"), QStringLiteral("transferDate"), QStringLiteral("reason"),
                        QStringLiteral("sourceCountResultId")}},
        {"/checkouts", {QStringLiteral("id"), QStringLiteral("assetId"), QStringLiteral("employeeId"),
                        QStringLiteral("checkoutDate"), QStringLiteral("expectedReturnDate"),
                        QStringLiteral("actualReturnDate"), QStringLiteral("notes"), QStringLiteral("returnCondition"),
                        QStringLiteral("damageNotes")}},
        {"/reservations", {QStringLiteral("id"), QStringLiteral("assetId"), QStringLiteral("employeeId"),
                           QStringLiteral("startDate"), QStringLiteral("endDate"), QStringLiteral("status"),
                           QStringLiteral("notes")}},
    };
    return lists;
}

} // namespace

class TestSandboxRecords : public QObject
{
    Q_OBJECT

private:
    HttpResult send(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                    const QUrlQuery &query = {}, const QByteArray &body = {},
                    const std::optional<QString> &apiKey = std::nullopt);
    HttpResult get(const QString &path, const QUrlQuery &query = {});
    HttpResult post(const QString &path, const QByteArray &body, const QString &companyId = {});
    HttpResult put(const QString &path, const QByteArray &body, const QString &companyId = {});
    HttpResult control(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                       const QByteArray &body = {});
    QUrlQuery companyQuery(const QString &companyId, const QList<std::pair<QString, QString>> &extra = {}) const;
    std::unique_ptr<SandboxProcess> startSandbox(const QStringList &arguments);

    // Reads every page of `path` with pages of `take` items and checks the
    // envelope on the way. Returns nothing after a failed check, which has
    // already been reported.
    std::optional<QList<QJsonObject>> fetchAll(const SandboxProcess &sandbox, const QString &path,
                                               const QUrlQuery &query, int take = 200);
    QList<QJsonObject> all(const QString &path, const QString &companyId,
                           const QList<std::pair<QString, QString>> &extra = {});
    QJsonObject asset(const QString &id, const QString &companyId = {});

    // Creates an Acme asset at the first active location, linked to the
    // first depreciation book, and returns its id.
    QString createAsset(const QString &codePrefix = QStringLiteral("REC"));
    QByteArray action(const char *members) const;
    HttpResult runAction(const QString &assetId, const QString &actionName, const QByteArray &body,
                         const QString &companyId = {});

    // Checks the depreciation rules of one company: run totals, entries and
    // the book values of every asset.
    void checkDepreciation(const SandboxProcess &sandbox, const QString &companyId);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_acmeId;
    QString m_istmoId;
    QList<QJsonObject> m_acmeLocations;
    QString m_activeLocationId;
    QString m_otherActiveLocationId;
    QString m_inactiveLocationId;
    QString m_employeeId;
    QString m_bookId;
    QString m_istmoLocationId;
    QString m_istmoEmployeeId;
    int m_codeCounter = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void lists_pageToTheEnd_data();
    void lists_pageToTheEnd();
    void lists_checkCompanyKeyAndPaging_data();
    void lists_checkCompanyKeyAndPaging();
    void lists_rejectMalformedFilters();
    void fiscalYears_coverAcquisitionsToToday();
    void runs_coverWindowForEveryBook();
    void depreciation_isConsistent_data();
    void depreciation_isConsistent();
    void depreciation_followsMonthEndBeforeToday();
    void entries_filterByAssetAndRun();
    void runById_matchesListItem();
    void journal_batchesBalance_data();
    void journal_batchesBalance();
    void disposals_areReflectedOnAssets();
    void revaluations_restartSchedule();
    void countSessions_coverEveryStatus();
    void transfers_comeFromMovedResultsOrByHand();
    void transfers_latestIsCurrentLocation();
    void checkouts_openAndReturned();
    void reservations_followTheirDates();
    void records_sameSeedGivesSameData();

    void masterData_createIsListedAndUsable_data();
    void masterData_createIsListedAndUsable();
    void masterData_rejectsInvalidBodies_data();
    void masterData_rejectsInvalidBodies();
    void masterData_duplicateCodes();
    void masterData_updateChangesLinkedAssets();
    void masterData_unknownRecord_returns404();
    void masterData_newBookGetsRuns();

    void transfer_movesAsset();
    void transfer_rejectsInvalidRequests_data();
    void transfer_rejectsInvalidRequests();
    void transfer_notBeforeLatestTransfer();
    void checkout_andCheckin_changeAvailability();
    void checkout_rejectsInvalidRequests_data();
    void checkout_rejectsInvalidRequests();
    void checkin_seededOpenCheckout();
    void checkin_rejectsInvalidRequests();
    void reserve_rejectsOverlapAndReversedRange();
    void reserve_coveringTodayMarksAssetReserved();
    void dispose_marksAssetAndPostsBalancedBatch();
    void dispose_rejectsInvalidRequests_data();
    void dispose_rejectsInvalidRequests();
    void actions_onDisposedAsset_return400();
    void actions_unknownAssetCompanyOrKey();
    void depreciation_staysConsistentAfterWrites();

    void withoutLifecycleActions_option_data();
    void withoutLifecycleActions_option();
    void withoutLifecycleActions_invalidOption_exitsWithCode2_data();
    void withoutLifecycleActions_invalidOption_exitsWithCode2();
    void controlApi_switchesLifecycleActions();
};

HttpResult TestSandboxRecords::send(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                                    const QUrlQuery &query, const QByteArray &body,
                                    const std::optional<QString> &apiKey)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(path.startsWith(QStringLiteral("/_sandbox")) ? path : url.path() + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(kReplyTimeoutMs);
    request.setRawHeader("X-Api-Key", apiKey.value_or(sandbox.apiKey()).toUtf8());
    if (path.startsWith(QStringLiteral("/_sandbox")))
        request.setRawHeader("X-Sandbox-Control", "yes");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kReplyTimeoutMs);

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return result;
}

HttpResult TestSandboxRecords::get(const QString &path, const QUrlQuery &query)
{
    return send(*m_sandbox, "GET", path, query);
}

HttpResult TestSandboxRecords::post(const QString &path, const QByteArray &body, const QString &companyId)
{
    return send(*m_sandbox, "POST", path, companyQuery(companyId.isEmpty() ? m_acmeId : companyId), body);
}

HttpResult TestSandboxRecords::put(const QString &path, const QByteArray &body, const QString &companyId)
{
    return send(*m_sandbox, "PUT", path, companyQuery(companyId.isEmpty() ? m_acmeId : companyId), body);
}

HttpResult TestSandboxRecords::control(const SandboxProcess &sandbox, const QByteArray &method, const QString &path,
                                       const QByteArray &body)
{
    return send(sandbox, method, QStringLiteral("/_sandbox") + path, {}, body);
}

QUrlQuery TestSandboxRecords::companyQuery(const QString &companyId,
                                           const QList<std::pair<QString, QString>> &extra) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    for (const auto &[name, value] : extra)
        query.addQueryItem(name, value);
    return query;
}

std::unique_ptr<SandboxProcess> TestSandboxRecords::startSandbox(const QStringList &arguments)
{
    auto sandbox = std::make_unique<SandboxProcess>(arguments);
    QString error;
    if (!sandbox->start(&error)) {
        qWarning("%s", qUtf8Printable(error));
        return nullptr;
    }
    return sandbox;
}

std::optional<QList<QJsonObject>> TestSandboxRecords::fetchAll(const SandboxProcess &sandbox, const QString &path,
                                                               const QUrlQuery &query, int take)
{
    QList<QJsonObject> items;
    QSet<QString> ids;
    qint64 skip = 0;
    qint64 total = -1;
    for (int page = 0; page < 100000; ++page) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(QStringLiteral("skip"), QString::number(skip));
        pageQuery.addQueryItem(QStringLiteral("take"), QString::number(take));
        const HttpResult result = send(sandbox, "GET", path, pageQuery);
        const QString where = QStringLiteral("%1 at skip %2").arg(path).arg(skip);
        [&] {
            QVERIFY2(result.status == 200, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(result.body)));
        }();
        if (result.status != 200)
            return std::nullopt;

        const QJsonObject envelope = result.json();
        const qint64 pageTotal = envelope.value(QStringLiteral("total")).toInteger(-1);
        const qint64 pageTake = envelope.value(QStringLiteral("take")).toInteger(-1);
        const QJsonArray pageItems = envelope.value(QStringLiteral("items")).toArray();
        const bool envelopeValid = (total < 0 || pageTotal == total)
            && envelope.value(QStringLiteral("skip")).toInteger(-1) == skip && pageTake == std::min(take, 200)
            && pageItems.size() == std::min<qint64>(pageTake, std::max<qint64>(0, pageTotal - skip));
        [&] { QVERIFY2(envelopeValid, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(result.body.left(300)))); }();
        if (!envelopeValid)
            return std::nullopt;
        total = pageTotal;

        for (const QJsonValue &value : pageItems) {
            const QJsonObject item = value.toObject();
            const QString id = text(item, "id");
            const bool fresh = !QUuid::fromString(id).isNull() && !ids.contains(id);
            [&] { QVERIFY2(fresh, qPrintable(where + QStringLiteral(": id ") + id)); }();
            if (!fresh)
                return std::nullopt;
            ids.insert(id);
            items.append(item);
        }
        skip += pageTake;
        if (skip >= total)
            return items;
    }
    return std::nullopt;
}

QList<QJsonObject> TestSandboxRecords::all(const QString &path, const QString &companyId,
                                           const QList<std::pair<QString, QString>> &extra)
{
    return fetchAll(*m_sandbox, path, companyQuery(companyId, extra)).value_or(QList<QJsonObject>());
}

QJsonObject TestSandboxRecords::asset(const QString &id, const QString &companyId)
{
    return get(QStringLiteral("/assets/") + id, companyQuery(companyId.isEmpty() ? m_acmeId : companyId)).json();
}

QString TestSandboxRecords::createAsset(const QString &codePrefix)
{
    const QJsonObject body{
        {QStringLiteral("assetCode"), QStringLiteral("%1-%2").arg(codePrefix).arg(++m_codeCounter, 5, 10, QLatin1Char('0'))},
        {QStringLiteral("name"), QStringLiteral("Record test asset")},
        {QStringLiteral("locationId"), m_activeLocationId},
        {QStringLiteral("depreciationBookId"), m_bookId},
        {QStringLiteral("acquisitionDate"), QStringLiteral("2023-01-15")},
        {QStringLiteral("acquisitionCost"), 1000},
        {QStringLiteral("salvageValue"), 100},
        {QStringLiteral("usefulLifeMonths"), 36},
    };
    const HttpResult created = post(QStringLiteral("/assets"), compact(body));
    if (created.status != 201)
        qWarning("creating an asset returned %d: %s", created.status, created.body.constData());
    return text(created.json(), "id");
}

QByteArray TestSandboxRecords::action(const char *members) const
{
    QString body = QString::fromUtf8(members);
    body.replace(QStringLiteral("$LOCATION"), m_otherActiveLocationId);
    body.replace(QStringLiteral("$INACTIVE"), m_inactiveLocationId);
    body.replace(QStringLiteral("$EMPLOYEE"), m_employeeId);
    body.replace(QStringLiteral("$ISTMO_LOCATION"), m_istmoLocationId);
    body.replace(QStringLiteral("$ISTMO_EMPLOYEE"), m_istmoEmployeeId);
    return body.toUtf8();
}

HttpResult TestSandboxRecords::runAction(const QString &assetId, const QString &actionName, const QByteArray &body,
                                         const QString &companyId)
{
    return post(QStringLiteral("/assets/%1/%2").arg(assetId, actionName), body, companyId);
}

void TestSandboxRecords::initTestCase()
{
    // The sandbox runs on this machine, so a proxy from the environment must
    // not see the requests.
    m_network.setProxy(QNetworkProxy::NoProxy);

    m_sandbox = startSandbox({QStringLiteral("--today"), kToday, QStringLiteral("--assets"),
                              QString::number(kAcmeAssetCount)});
    QVERIFY(m_sandbox);

    const QJsonArray companies = get(QStringLiteral("/companies")).json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : companies) {
        const QJsonObject company = item.toObject();
        if (text(company, "name") == QStringLiteral("Acme Corp"))
            m_acmeId = text(company, "id");
        else
            m_istmoId = text(company, "id");
    }
    QVERIFY(!m_acmeId.isEmpty());
    QVERIFY(!m_istmoId.isEmpty());

    m_acmeLocations = all(QStringLiteral("/locations"), m_acmeId);
    for (const QJsonObject &location : std::as_const(m_acmeLocations)) {
        const bool active = location.value(QStringLiteral("isActive")).toBool();
        if (active && m_activeLocationId.isEmpty())
            m_activeLocationId = text(location, "id");
        else if (active && m_otherActiveLocationId.isEmpty())
            m_otherActiveLocationId = text(location, "id");
        else if (!active && m_inactiveLocationId.isEmpty())
            m_inactiveLocationId = text(location, "id");
    }
    QVERIFY(!m_otherActiveLocationId.isEmpty());
    QVERIFY(!m_inactiveLocationId.isEmpty());
    m_employeeId = text(all(QStringLiteral("/employees"), m_acmeId).value(0), "id");
    m_bookId = text(all(QStringLiteral("/depreciation-books"), m_acmeId).value(0), "id");
    m_istmoLocationId = text(all(QStringLiteral("/locations"), m_istmoId).value(0), "id");
    m_istmoEmployeeId = text(all(QStringLiteral("/employees"), m_istmoId).value(0), "id");
    QVERIFY(!m_employeeId.isEmpty());
    QVERIFY(!m_bookId.isEmpty());
    QVERIFY(!m_istmoLocationId.isEmpty());
    QVERIFY(!m_istmoEmployeeId.isEmpty());
}

void TestSandboxRecords::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxRecords::lists_pageToTheEnd_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<bool>("acme");
    for (const ListSpec &list : recordLists()) {
        QTest::addRow("acme %s", list.path) << QString::fromLatin1(list.path) << list.members << true;
        QTest::addRow("istmo %s", list.path) << QString::fromLatin1(list.path) << list.members << false;
    }
}

void TestSandboxRecords::lists_pageToTheEnd()
{
    QFETCH(QString, path);
    QFETCH(QStringList, members);
    QFETCH(bool, acme);
    const QString companyId = acme ? m_acmeId : m_istmoId;

    // An odd page size, so the last page is partly filled.
    const std::optional<QList<QJsonObject>> pages = fetchAll(*m_sandbox, path, companyQuery(companyId), 7);
    QVERIFY(pages);
    QVERIFY2(!pages->isEmpty(), qPrintable(path));
    for (const QJsonObject &item : *pages) {
        for (const QString &member : std::as_const(members))
            QVERIFY2(item.contains(member), qPrintable(path + QStringLiteral(" lacks ") + member));
    }

    // Pages of 200 give the same items in the same order.
    const std::optional<QList<QJsonObject>> large = fetchAll(*m_sandbox, path, companyQuery(companyId), 200);
    QVERIFY(large);
    QCOMPARE(large->size(), pages->size());
    for (qsizetype i = 0; i < pages->size(); ++i)
        QCOMPARE(text(large->at(i), "id"), text(pages->at(i), "id"));

    // take above 200 is capped, and skip past the end keeps the total.
    const HttpResult capped = get(path, companyQuery(companyId, {{QStringLiteral("take"), QStringLiteral("500")}}));
    QCOMPARE(capped.json().value(QStringLiteral("take")).toInt(), 200);
    const HttpResult pastEnd = get(path, companyQuery(companyId, {{QStringLiteral("skip"), QString::number(pages->size())}}));
    QCOMPARE(pastEnd.status, 200);
    QCOMPARE(pastEnd.json().value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(pastEnd.json().value(QStringLiteral("total")).toInteger(), pages->size());
}

void TestSandboxRecords::lists_checkCompanyKeyAndPaging_data()
{
    QTest::addColumn<QString>("path");
    for (const ListSpec &list : recordLists())
        QTest::newRow(list.path) << QString::fromLatin1(list.path);
    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("one run") << QStringLiteral("/depreciation-runs/") + unknownId;
    QTest::newRow("one batch") << QStringLiteral("/journal-batches/") + unknownId;
    QTest::newRow("one session") << QStringLiteral("/count-sessions/") + unknownId;
}

void TestSandboxRecords::lists_checkCompanyKeyAndPaging()
{
    QFETCH(QString, path);

    const HttpResult missing = get(path);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.body, QByteArray("{\"error\":\"companyId is required.\"}"));

    const HttpResult unknown = get(path, companyQuery(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body, QByteArray("{\"error\":\"Company not found.\"}"));

    const HttpResult wrongKey = send(*m_sandbox, "GET", path, companyQuery(m_acmeId), {}, QStringLiteral("ahq_wrong"));
    QCOMPARE(wrongKey.status, 401);
    QVERIFY(wrongKey.body.isEmpty());

    // Paging parameters are checked on lists only.
    if (path.count(QLatin1Char('/')) == 1) {
        const HttpResult badTake = get(path, companyQuery(m_acmeId, {{QStringLiteral("take"), QStringLiteral("abc")}}));
        QCOMPARE(badTake.status, 400);
        QCOMPARE(badTake.errorMessage(), QStringLiteral("take must be a whole number from 1 to 200; got \"abc\"."));
        const HttpResult badSkip = get(path, companyQuery(m_acmeId, {{QStringLiteral("skip"), QStringLiteral("-1")}}));
        QCOMPARE(badSkip.status, 400);
    } else {
        const HttpResult notFound = get(path, companyQuery(m_acmeId));
        QCOMPARE(notFound.status, 404);
        QVERIFY2(notFound.errorMessage().endsWith(QStringLiteral(" not found.")), notFound.body.constData());
    }
}

void TestSandboxRecords::lists_rejectMalformedFilters()
{
    const QList<std::pair<QString, QString>> filters = {
        {QStringLiteral("/depreciation-entries"), QStringLiteral("runId")},
        {QStringLiteral("/depreciation-entries"), QStringLiteral("assetId")},
        {QStringLiteral("/count-results"), QStringLiteral("sessionId")},
        {QStringLiteral("/transfers"), QStringLiteral("assetId")},
        {QStringLiteral("/checkouts"), QStringLiteral("assetId")},
        {QStringLiteral("/reservations"), QStringLiteral("assetId")},
    };
    for (const auto &[path, filter] : filters) {
        const HttpResult malformed = get(path, companyQuery(m_acmeId, {{filter, QStringLiteral("LAP-0001")}}));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorMessage(), QStringLiteral("%1 must be a GUID; got \"LAP-0001\".").arg(filter));

        // A well-formed id that matches nothing filters everything out.
        const HttpResult unknown =
            get(path, companyQuery(m_acmeId, {{filter, QUuid::createUuid().toString(QUuid::WithoutBraces)}}));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.json().value(QStringLiteral("total")).toInteger(-1), 0);
        QCOMPARE(unknown.json().value(QStringLiteral("items")).toArray().size(), 0);

        // An empty value means no filter.
        const HttpResult empty = get(path, companyQuery(m_acmeId, {{filter, QString()}}));
        const HttpResult none = get(path, companyQuery(m_acmeId));
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.body, none.body);
    }
}

void TestSandboxRecords::fiscalYears_coverAcquisitionsToToday()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        int firstYear = kTodayDate.year();
        for (const QJsonObject &item : all(QStringLiteral("/assets"), companyId))
            firstYear = std::min(firstYear, date(item, "acquisitionDate").year());

        const QList<QJsonObject> years = all(QStringLiteral("/fiscal-years"), companyId);
        QCOMPARE(years.size(), kTodayDate.year() - firstYear + 1);
        for (qsizetype i = 0; i < years.size(); ++i) {
            const QJsonObject &year = years.at(i);
            const int number = year.value(QStringLiteral("year")).toInt();
            QCOMPARE(number, firstYear + int(i));
            QCOMPARE(date(year, "startDate"), QDate(number, 1, 1));
            QCOMPARE(date(year, "endDate"), QDate(number, 12, 31));
            QCOMPARE(year.value(QStringLiteral("isClosed")).toBool(), number != kTodayDate.year());
        }
    }
}

void TestSandboxRecords::runs_coverWindowForEveryBook()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        const QList<QJsonObject> books = all(QStringLiteral("/depreciation-books"), companyId);
        const QList<QJsonObject> runs = all(QStringLiteral("/depreciation-runs"), companyId);
        QVERIFY(!books.isEmpty());
        QCOMPARE(runs.size(), books.size() * kRunWindowMonths);

        QSet<QString> bookIds;
        for (const QJsonObject &book : books)
            bookIds.insert(text(book, "id"));
        QSet<std::pair<QString, QDate>> seen;
        QHash<QDate, QString> postingPeriods;
        QDate previous;
        const QDate latest = lastMonthEndOnOrBefore(kTodayDate);
        for (const QJsonObject &run : runs) {
            const QDate runDate = date(run, "runDate");
            QVERIFY(runDate.isValid());
            QCOMPARE(runDate.day(), runDate.daysInMonth());
            QVERIFY(runDate <= latest);
            QVERIFY(runDate > latest.addMonths(-kRunWindowMonths));
            QVERIFY(!previous.isValid() || runDate >= previous);
            previous = runDate;
            QCOMPARE(text(run, "status"), QStringLiteral("Posted"));
            QVERIFY(bookIds.contains(text(run, "depreciationBookId")));
            QVERIFY(!seen.contains({text(run, "depreciationBookId"), runDate}));
            seen.insert({text(run, "depreciationBookId"), runDate});
            // One posting period per month, shared by the books.
            QVERIFY(!QUuid::fromString(text(run, "postingPeriodId")).isNull());
            if (postingPeriods.contains(runDate))
                QCOMPARE(text(run, "postingPeriodId"), postingPeriods.value(runDate));
            postingPeriods.insert(runDate, text(run, "postingPeriodId"));
        }
        QCOMPARE(date(runs.constLast(), "runDate"), latest);
        QCOMPARE(QSet<QString>(postingPeriods.cbegin(), postingPeriods.cend()).size(), kRunWindowMonths);
    }
}

void TestSandboxRecords::checkDepreciation(const SandboxProcess &sandbox, const QString &companyId)
{
    const std::optional<QList<QJsonObject>> runs = fetchAll(sandbox, QStringLiteral("/depreciation-runs"), companyQuery(companyId));
    const std::optional<QList<QJsonObject>> entries =
        fetchAll(sandbox, QStringLiteral("/depreciation-entries"), companyQuery(companyId));
    const std::optional<QList<QJsonObject>> assets = fetchAll(sandbox, QStringLiteral("/assets"), companyQuery(companyId));
    QVERIFY(runs && entries && assets);
    const QHash<QString, QJsonObject> assetById = byId(*assets);
    const QHash<QString, QJsonObject> runById = byId(*runs);

    // Each run's total and count equal those of its entries.
    QHash<QString, qint64> totals;
    QHash<QString, qint64> counts;
    QHash<QString, QJsonObject> latestEntry;
    for (const QJsonObject &entry : *entries) {
        const QString runId = text(entry, "depreciationRunId");
        QVERIFY2(runById.contains(runId), qPrintable(runId));
        const QJsonObject &run = runById[runId];
        const QJsonObject &owner = assetById[text(entry, "assetId")];
        QVERIFY2(!owner.isEmpty(), qPrintable(text(entry, "assetId")));
        QCOMPARE(text(owner, "depreciationBookId"), text(run, "depreciationBookId"));

        const QDate runDate = date(run, "runDate");
        QCOMPARE(entry.value(QStringLiteral("year")).toInt(), runDate.year());
        QCOMPARE(entry.value(QStringLiteral("month")).toInt(), runDate.month());
        const qint64 amount = cents(entry, "depreciationAmount");
        QVERIFY(amount != 0);
        QCOMPARE(cents(entry, "openingNbv") - amount, cents(entry, "closingNbv"));
        QCOMPARE(cents(entry, "accumulatedDepreciation"), cents(owner, "acquisitionCost") - cents(entry, "closingNbv"));

        totals[runId] += amount;
        ++counts[runId];
        const QString assetId = text(entry, "assetId");
        if (!latestEntry.contains(assetId) || date(runById[text(latestEntry[assetId], "depreciationRunId")], "runDate") < runDate)
            latestEntry.insert(assetId, entry);
    }
    qint64 entryCount = 0;
    for (const QJsonObject &run : *runs) {
        const QString id = text(run, "id");
        QCOMPARE(cents(run, "totalDepreciation"), totals.value(id));
        QCOMPARE(run.value(QStringLiteral("entryCount")).toInteger(), counts.value(id));
        entryCount += counts.value(id);
    }
    QCOMPARE(entryCount, entries->size());

    // The latest entry of every asset carries its book values. An asset
    // without entries has not started to depreciate by the latest run, or
    // finished before the first run.
    int withEntries = 0;
    for (const QJsonObject &item : *assets) {
        const QString id = text(item, "id");
        const qint64 accumulated = cents(item, "accumulatedDepreciation");
        QCOMPARE(cents(item, "netBookValue"), cents(item, "acquisitionCost") - accumulated);
        const auto latest = latestEntry.constFind(id);
        if (latest == latestEntry.cend()) {
            const qint64 depreciable = cents(item, "acquisitionCost") - cents(item, "salvageValue");
            QVERIFY2(accumulated == 0 || accumulated == depreciable, qPrintable(text(item, "assetCode")));
            continue;
        }
        ++withEntries;
        QCOMPARE(cents(*latest, "accumulatedDepreciation"), accumulated);
        QCOMPARE(cents(*latest, "closingNbv"), cents(item, "netBookValue"));
    }
    QVERIFY2(withEntries >= assets->size() / 4, qPrintable(QString::number(withEntries)));
}

void TestSandboxRecords::depreciation_isConsistent_data()
{
    QTest::addColumn<bool>("acme");
    QTest::newRow("acme") << true;
    QTest::newRow("istmo") << false;
}

void TestSandboxRecords::depreciation_isConsistent()
{
    QFETCH(bool, acme);
    checkDepreciation(*m_sandbox, acme ? m_acmeId : m_istmoId);
}

void TestSandboxRecords::depreciation_followsMonthEndBeforeToday()
{
    // In the middle of a month, the latest run is the month-end before, and
    // the book values of the assets are those of that run.
    const auto sandbox = startSandbox({QStringLiteral("--today"), QStringLiteral("2025-06-15"), QStringLiteral("--assets"),
                                       QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY(sandbox);
    const QJsonArray companies = send(*sandbox, "GET", QStringLiteral("/companies")).json().value(QStringLiteral("items")).toArray();
    QCOMPARE(companies.size(), 2);
    for (const QJsonValue &company : companies) {
        const QString companyId = text(company.toObject(), "id");
        const std::optional<QList<QJsonObject>> runs =
            fetchAll(*sandbox, QStringLiteral("/depreciation-runs"), companyQuery(companyId));
        QVERIFY(runs);
        QCOMPARE(date(runs->constLast(), "runDate"), QDate(2025, 5, 31));
        checkDepreciation(*sandbox, companyId);
    }
}

void TestSandboxRecords::entries_filterByAssetAndRun()
{
    const QList<QJsonObject> entries = all(QStringLiteral("/depreciation-entries"), m_acmeId);
    QHash<QString, QList<QString>> entryIdsByAsset;
    QHash<QString, QList<QString>> entryIdsByRun;
    for (const QJsonObject &entry : entries) {
        entryIdsByAsset[text(entry, "assetId")].append(text(entry, "id"));
        entryIdsByRun[text(entry, "depreciationRunId")].append(text(entry, "id"));
    }
    QVERIFY(entryIdsByAsset.size() > 10);

    const auto ids = [](const QList<QJsonObject> &items) {
        QList<QString> result;
        for (const QJsonObject &item : items)
            result.append(text(item, "id"));
        return result;
    };

    int checkedAssets = 0;
    for (auto asset = entryIdsByAsset.cbegin(); asset != entryIdsByAsset.cend() && checkedAssets < 15; ++asset, ++checkedAssets) {
        const QList<QJsonObject> filtered =
            all(QStringLiteral("/depreciation-entries"), m_acmeId, {{QStringLiteral("assetId"), asset.key()}});
        QCOMPARE(ids(filtered), asset.value());
    }
    for (const QJsonObject &run : all(QStringLiteral("/depreciation-runs"), m_acmeId)) {
        const QString runId = text(run, "id");
        const QList<QJsonObject> filtered = all(QStringLiteral("/depreciation-entries"), m_acmeId, {{QStringLiteral("runId"), runId}});
        QCOMPARE(ids(filtered), entryIdsByRun.value(runId));
    }

    // Both filters together give the one entry of that asset in that run.
    const QJsonObject sample = entries.at(entries.size() / 2);
    const QList<QJsonObject> both =
        all(QStringLiteral("/depreciation-entries"), m_acmeId,
            {{QStringLiteral("assetId"), text(sample, "assetId")}, {QStringLiteral("runId"), text(sample, "depreciationRunId")}});
    QCOMPARE(both.size(), 1);
    QCOMPARE(both.at(0), sample);

    // A run of the other company filters everything out.
    const QString istmoRun = text(all(QStringLiteral("/depreciation-runs"), m_istmoId).value(0), "id");
    QCOMPARE(all(QStringLiteral("/depreciation-entries"), m_acmeId, {{QStringLiteral("runId"), istmoRun}}).size(), 0);
}

void TestSandboxRecords::runById_matchesListItem()
{
    const QList<QJsonObject> runs = all(QStringLiteral("/depreciation-runs"), m_acmeId);
    QVERIFY(!runs.isEmpty());
    for (const QJsonObject &run : {runs.constFirst(), runs.at(runs.size() / 2), runs.constLast()}) {
        const HttpResult single = get(QStringLiteral("/depreciation-runs/") + text(run, "id"), companyQuery(m_acmeId));
        QCOMPARE(single.status, 200);
        QCOMPARE(single.json(), run);
        // A run of Acme is not a run of Istmo.
        const HttpResult otherCompany = get(QStringLiteral("/depreciation-runs/") + text(run, "id"), companyQuery(m_istmoId));
        QCOMPARE(otherCompany.status, 404);
        QCOMPARE(otherCompany.body, QByteArray("{\"error\":\"Depreciation run not found.\"}"));
    }
    QCOMPARE(get(QStringLiteral("/depreciation-runs/not-a-guid"), companyQuery(m_acmeId)).status, 404);

    const QList<QJsonObject> sessions = all(QStringLiteral("/count-sessions"), m_acmeId);
    for (const QJsonObject &session : sessions) {
        const HttpResult single = get(QStringLiteral("/count-sessions/") + text(session, "id"), companyQuery(m_acmeId));
        QCOMPARE(single.status, 200);
        QCOMPARE(single.json(), session);
    }
    const HttpResult unknownSession =
        get(QStringLiteral("/count-sessions/") + QUuid::createUuid().toString(QUuid::WithoutBraces), companyQuery(m_acmeId));
    QCOMPARE(unknownSession.body, QByteArray("{\"error\":\"Count session not found.\"}"));
    const HttpResult unknownBatch =
        get(QStringLiteral("/journal-batches/") + QUuid::createUuid().toString(QUuid::WithoutBraces), companyQuery(m_acmeId));
    QCOMPARE(unknownBatch.status, 404);
    QCOMPARE(unknownBatch.body, QByteArray("{\"error\":\"Journal batch not found.\"}"));
}

void TestSandboxRecords::journal_batchesBalance_data()
{
    QTest::addColumn<bool>("acme");
    QTest::newRow("acme") << true;
    QTest::newRow("istmo") << false;
}

void TestSandboxRecords::journal_batchesBalance()
{
    QFETCH(bool, acme);
    const QString companyId = acme ? m_acmeId : m_istmoId;

    const QList<QJsonObject> batches = all(QStringLiteral("/journal-batches"), companyId);
    const QHash<QString, QJsonObject> runs = byId(all(QStringLiteral("/depreciation-runs"), companyId));
    const QHash<QString, QJsonObject> disposals = byId(all(QStringLiteral("/disposals"), companyId));
    const QHash<QString, QJsonObject> revaluations = byId(all(QStringLiteral("/revaluations"), companyId));
    const QHash<QString, QJsonObject> assets = byId(all(QStringLiteral("/assets"), companyId));
    QVERIFY(!disposals.isEmpty());
    QVERIFY(!revaluations.isEmpty());

    // One batch per run, disposal and revaluation, with that record as its
    // source.
    QHash<QString, QSet<QString>> sources;
    QDate previous;
    for (const QJsonObject &batch : batches) {
        QVERIFY(!previous.isValid() || date(batch, "postedDate") >= previous);
        previous = date(batch, "postedDate");
        QVERIFY(!batch.contains(QStringLiteral("lines")));
        QCOMPARE(text(batch, "status"), QStringLiteral("Posted"));
        const QString eventType = text(batch, "eventType");
        QVERIFY2(!sources[eventType].contains(text(batch, "sourceId")), qPrintable(text(batch, "sourceId")));
        sources[eventType].insert(text(batch, "sourceId"));
    }
    QCOMPARE(sources.value(QStringLiteral("Depreciation")), QSet<QString>(runs.keyBegin(), runs.keyEnd()));
    QCOMPARE(sources.value(QStringLiteral("Disposal")), QSet<QString>(disposals.keyBegin(), disposals.keyEnd()));
    QCOMPARE(sources.value(QStringLiteral("Revaluation")), QSet<QString>(revaluations.keyBegin(), revaluations.keyEnd()));
    QCOMPARE(sources.size(), 3);

    for (const QJsonObject &batch : batches) {
        const HttpResult detail = get(QStringLiteral("/journal-batches/") + text(batch, "id"), companyQuery(companyId));
        QCOMPARE(detail.status, 200);
        QJsonObject header = detail.json();
        const QJsonArray lines = header.take(QStringLiteral("lines")).toArray();
        QCOMPARE(header, batch);

        qint64 debit = 0;
        qint64 credit = 0;
        QSet<QString> lineIds;
        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            QVERIFY(!lineIds.contains(text(line, "id")));
            lineIds.insert(text(line, "id"));
            QVERIFY(!text(line, "accountCode").isEmpty());
            QVERIFY(!text(line, "description").isEmpty());
            QVERIFY2(assets.contains(text(line, "assetId")), qPrintable(text(line, "assetId")));
            // Each line is a debit or a credit.
            QVERIFY((cents(line, "debit") > 0) != (cents(line, "credit") > 0));
            debit += cents(line, "debit");
            credit += cents(line, "credit");
        }
        QCOMPARE(debit, credit);
        QCOMPARE(cents(batch, "totalDebit"), debit);
        QCOMPARE(cents(batch, "totalCredit"), credit);

        const QString eventType = text(batch, "eventType");
        const QString sourceId = text(batch, "sourceId");
        if (eventType == QStringLiteral("Depreciation")) {
            const QJsonObject &run = runs[sourceId];
            QCOMPARE(debit, cents(run, "totalDepreciation"));
            QCOMPARE(lines.size(), run.value(QStringLiteral("entryCount")).toInteger() * 2);
            QCOMPARE(date(batch, "postedDate"), date(run, "runDate"));
        } else if (eventType == QStringLiteral("Disposal")) {
            const QJsonObject &disposal = disposals[sourceId];
            const QJsonObject &owner = assets[text(disposal, "assetId")];
            QCOMPARE(date(batch, "postedDate"), date(disposal, "disposalDate"));
            // The cost leaves the books as a credit on the asset account.
            qint64 assetCredit = 0;
            for (const QJsonValue &value : lines) {
                if (text(value.toObject(), "accountCode") == QStringLiteral("1500"))
                    assetCredit += cents(value.toObject(), "credit");
            }
            QCOMPARE(assetCredit, cents(owner, "acquisitionCost"));
        } else {
            const QJsonObject &revaluation = revaluations[sourceId];
            QCOMPARE(date(batch, "postedDate"), date(revaluation, "revaluationDate"));
            QCOMPARE(debit, std::abs(cents(revaluation, "newValue") - cents(revaluation, "previousValue")));
        }
    }
}

void TestSandboxRecords::disposals_areReflectedOnAssets()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        const QList<QJsonObject> disposals = all(QStringLiteral("/disposals"), companyId);
        QVERIFY(!disposals.isEmpty());
        QDate previous;
        for (const QJsonObject &disposal : disposals) {
            QVERIFY(!previous.isValid() || date(disposal, "disposalDate") >= previous);
            previous = date(disposal, "disposalDate");
            const QJsonObject owner = asset(text(disposal, "assetId"), companyId);
            QCOMPARE(text(owner, "status"), QStringLiteral("Disposed"));
            QCOMPARE(text(owner, "availability"), QStringLiteral("Unavailable"));
            QCOMPARE(cents(disposal, "netBookValueAtDisposal"), cents(owner, "netBookValue"));
            QCOMPARE(cents(disposal, "gainOrLoss"), cents(disposal, "proceeds") - cents(disposal, "netBookValueAtDisposal"));
            QVERIFY(cents(disposal, "proceeds") >= 0);
            QVERIFY(date(disposal, "disposalDate") <= kTodayDate);
            QVERIFY(date(disposal, "disposalDate") >= date(owner, "acquisitionDate"));

            // No charge after the disposal.
            const QDate lastCharge = lastMonthEndOnOrBefore(date(disposal, "disposalDate"));
            for (const QJsonObject &entry :
                 all(QStringLiteral("/depreciation-entries"), companyId, {{QStringLiteral("assetId"), text(owner, "id")}})) {
                const QDate month(entry.value(QStringLiteral("year")).toInt(), entry.value(QStringLiteral("month")).toInt(), 1);
                QVERIFY(month <= lastCharge);
            }
        }
    }
}

void TestSandboxRecords::revaluations_restartSchedule()
{
    int checked = 0;
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        for (const QJsonObject &revaluation : all(QStringLiteral("/revaluations"), companyId)) {
            const QDate revaluationDate = date(revaluation, "revaluationDate");
            QCOMPARE(revaluationDate.day(), revaluationDate.daysInMonth());
            QVERIFY(cents(revaluation, "newValue") != cents(revaluation, "previousValue"));

            // The entry of the revaluation month ends at the previous value,
            // and the next one starts at the new value.
            const QList<QJsonObject> entries =
                all(QStringLiteral("/depreciation-entries"), companyId, {{QStringLiteral("assetId"), text(revaluation, "assetId")}});
            const auto inMonth = [&entries](QDate month) -> std::optional<QJsonObject> {
                for (const QJsonObject &entry : entries) {
                    if (entry.value(QStringLiteral("year")).toInt() == month.year()
                        && entry.value(QStringLiteral("month")).toInt() == month.month()) {
                        return entry;
                    }
                }
                return std::nullopt;
            };
            const std::optional<QJsonObject> before = inMonth(revaluationDate);
            const std::optional<QJsonObject> after = inMonth(revaluationDate.addMonths(1));
            QVERIFY2(before, qPrintable(text(revaluation, "id")));
            QVERIFY2(after, qPrintable(text(revaluation, "id")));
            QCOMPARE(cents(*before, "closingNbv"), cents(revaluation, "previousValue"));
            QCOMPARE(cents(*after, "openingNbv"), cents(revaluation, "newValue"));

            // The useful life ends by the latest run, at the salvage value.
            const QJsonObject owner = asset(text(revaluation, "assetId"), companyId);
            QCOMPARE(cents(owner, "netBookValue"), cents(owner, "salvageValue"));
            QCOMPARE(cents(entries.constLast(), "closingNbv"), cents(owner, "salvageValue"));
            ++checked;
        }
    }
    QVERIFY(checked >= 2);
}

void TestSandboxRecords::countSessions_coverEveryStatus()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        const QList<QJsonObject> sessions = all(QStringLiteral("/count-sessions"), companyId);
        const QList<QJsonObject> results = all(QStringLiteral("/count-results"), companyId);
        const QHash<QString, QJsonObject> assets = byId(all(QStringLiteral("/assets"), companyId));
        QSet<QString> locationIds;
        for (const QJsonObject &location : all(QStringLiteral("/locations"), companyId))
            locationIds.insert(text(location, "id"));

        QSet<QString> sessionStatuses;
        QSet<QString> resultStatuses;
        qsizetype resultsInSessions = 0;
        for (const QJsonObject &session : sessions) {
            const QString status = text(session, "status");
            sessionStatuses.insert(status);
            if (status == QStringLiteral("Reconciled"))
                QVERIFY(date(session, "reconciledDate") >= date(session, "openedDate"));
            else
                QVERIFY(session.value(QStringLiteral("reconciledDate")).isNull());

            const QList<QJsonObject> own = all(QStringLiteral("/count-results"), companyId, {{QStringLiteral("sessionId"), text(session, "id")}});
            resultsInSessions += own.size();
            qint64 expected = 0;
            for (const QJsonObject &result : own) {
                QCOMPARE(text(result, "countSessionId"), text(session, "id"));
                const QString resultStatus = text(result, "status");
                resultStatuses.insert(resultStatus);
                QVERIFY2(text(result, "epc").startsWith(QStringLiteral("E280")), qPrintable(text(result, "epc")));
                if (resultStatus == QStringLiteral("Unexpected")) {
                    QVERIFY(result.value(QStringLiteral("assetId")).isNull());
                    QVERIFY(result.value(QStringLiteral("expectedLocationId")).isNull());
                    QVERIFY(locationIds.contains(text(result, "readLocationId")));
                    continue;
                }
                ++expected;
                const QJsonObject &owner = assets[text(result, "assetId")];
                QVERIFY2(!owner.isEmpty(), qPrintable(text(result, "assetId")));
                QCOMPARE(text(result, "epc"), text(owner, "epc"));
                QVERIFY(locationIds.contains(text(result, "expectedLocationId")));
                if (resultStatus == QStringLiteral("Found"))
                    QCOMPARE(text(result, "readLocationId"), text(result, "expectedLocationId"));
                else if (resultStatus == QStringLiteral("Missing"))
                    QVERIFY(result.value(QStringLiteral("readLocationId")).isNull());
                else
                    QVERIFY(text(result, "readLocationId") != text(result, "expectedLocationId"));
                QCOMPARE(result.value(QStringLiteral("transferApplied")).toBool(),
                         resultStatus == QStringLiteral("Moved") && status == QStringLiteral("Reconciled"));
            }
            QCOMPARE(session.value(QStringLiteral("expectedCount")).toInteger(), expected);
        }
        QCOMPARE(resultsInSessions, results.size());
        QVERIFY(sessionStatuses.contains(QStringLiteral("Reconciled")));
        QVERIFY(sessionStatuses.contains(QStringLiteral("Open")));
        QCOMPARE(resultStatuses, (QSet<QString>{QStringLiteral("Found"), QStringLiteral("Missing"),
                                                QStringLiteral("Unexpected"), QStringLiteral("Moved")}));
    }
}

void TestSandboxRecords::transfers_comeFromMovedResultsOrByHand()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        const QList<QJsonObject> transfers = all(QStringLiteral("/transfers"), companyId);
        const QHash<QString, QJsonObject> results = byId(all(QStringLiteral("/count-results"), companyId));
        const QHash<QString, QJsonObject> sessions = byId(all(QStringLiteral("/count-sessions"), companyId));

        QHash<QString, QJsonObject> transferByResult;
        int byHand = 0;
        QDate previous;
        for (const QJsonObject &transfer : transfers) {
            QVERIFY(!previous.isValid() || date(transfer, "transferDate") >= previous);
            previous = date(transfer, "transferDate");
            QVERIFY(text(transfer, "fromLocationId") != text(transfer, "toLocationId"));
            if (transfer.value(QStringLiteral("sourceCountResultId")).isNull()) {
                ++byHand;
                continue;
            }
            const QString resultId = text(transfer, "sourceCountResultId");
            QVERIFY2(results.contains(resultId), qPrintable(resultId));
            QVERIFY(!transferByResult.contains(resultId));
            transferByResult.insert(resultId, transfer);
        }
        QVERIFY(byHand > 0);

        // Every Moved result of a reconciled session made exactly one
        // transfer, from where it was expected to where it was read.
        int applied = 0;
        for (const QJsonObject &result : results) {
            const bool moved = text(result, "status") == QStringLiteral("Moved");
            const QJsonObject &session = sessions[text(result, "countSessionId")];
            const bool reconciled = text(session, "status") == QStringLiteral("Reconciled");
            const auto transfer = transferByResult.constFind(text(result, "id"));
            QCOMPARE(transfer != transferByResult.cend(), moved && reconciled);
            QCOMPARE(result.value(QStringLiteral("transferApplied")).toBool(), transfer != transferByResult.cend());
            if (transfer == transferByResult.cend())
                continue;
            ++applied;
            QCOMPARE(text(*transfer, "assetId"), text(result, "assetId"));
            QCOMPARE(text(*transfer, "fromLocationId"), text(result, "expectedLocationId"));
            QCOMPARE(text(*transfer, "toLocationId"), text(result, "readLocationId"));
            QCOMPARE(date(*transfer, "transferDate"), date(session, "reconciledDate"));
        }
        QVERIFY(applied > 0);
        QCOMPARE(applied, transferByResult.size());
    }
}

void TestSandboxRecords::transfers_latestIsCurrentLocation()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        QHash<QString, QList<QJsonObject>> transfersByAsset;
        for (const QJsonObject &transfer : all(QStringLiteral("/transfers"), companyId))
            transfersByAsset[text(transfer, "assetId")].append(transfer);
        QVERIFY(!transfersByAsset.isEmpty());

        for (auto entry = transfersByAsset.cbegin(); entry != transfersByAsset.cend(); ++entry) {
            // The list is in date order, so the last one is the latest.
            const QJsonObject owner = asset(entry.key(), companyId);
            QCOMPARE(text(owner, "locationId"), text(entry.value().constLast(), "toLocationId"));

            const QList<QJsonObject> filtered = all(QStringLiteral("/transfers"), companyId, {{QStringLiteral("assetId"), entry.key()}});
            QCOMPARE(filtered, entry.value());
        }
    }
}

void TestSandboxRecords::checkouts_openAndReturned()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        const QList<QJsonObject> checkouts = all(QStringLiteral("/checkouts"), companyId);
        const QList<QJsonObject> assets = all(QStringLiteral("/assets"), companyId);
        QSet<QString> employeeIds;
        for (const QJsonObject &employee : all(QStringLiteral("/employees"), companyId))
            employeeIds.insert(text(employee, "id"));

        QHash<QString, int> openByAsset;
        int returned = 0;
        for (const QJsonObject &checkout : checkouts) {
            QVERIFY(employeeIds.contains(text(checkout, "employeeId")));
            QVERIFY(date(checkout, "checkoutDate") <= kTodayDate);
            if (!checkout.value(QStringLiteral("expectedReturnDate")).isNull())
                QVERIFY(date(checkout, "expectedReturnDate") >= date(checkout, "checkoutDate"));
            if (checkout.value(QStringLiteral("actualReturnDate")).isNull()) {
                QVERIFY(checkout.value(QStringLiteral("returnCondition")).isNull());
                QVERIFY(checkout.value(QStringLiteral("damageNotes")).isNull());
                ++openByAsset[text(checkout, "assetId")];
            } else {
                ++returned;
                QVERIFY(date(checkout, "actualReturnDate") >= date(checkout, "checkoutDate"));
                QVERIFY(date(checkout, "actualReturnDate") <= kTodayDate);
                QVERIFY(!text(checkout, "returnCondition").isEmpty());
            }
        }
        QVERIFY(returned > 0);
        QVERIFY(!openByAsset.isEmpty());

        // An asset is "CheckedOut" exactly when it has one open check-out.
        for (const QJsonObject &item : assets) {
            const int open = openByAsset.value(text(item, "id"));
            QVERIFY(open <= 1);
            QCOMPARE(open == 1, text(item, "availability") == QStringLiteral("CheckedOut"));
        }

        const QString sampleAsset = openByAsset.cbegin().key();
        const QList<QJsonObject> filtered = all(QStringLiteral("/checkouts"), companyId, {{QStringLiteral("assetId"), sampleAsset}});
        QVERIFY(!filtered.isEmpty());
        for (const QJsonObject &checkout : filtered)
            QCOMPARE(text(checkout, "assetId"), sampleAsset);
    }
}

void TestSandboxRecords::reservations_followTheirDates()
{
    for (const QString &companyId : {m_acmeId, m_istmoId}) {
        const QList<QJsonObject> reservations = all(QStringLiteral("/reservations"), companyId);
        QSet<QString> statuses;
        QHash<QString, int> activeByAsset;
        QHash<QString, qsizetype> countByAsset;
        for (const QJsonObject &reservation : reservations) {
            const QDate start = date(reservation, "startDate");
            const QDate end = date(reservation, "endDate");
            QVERIFY(start <= end);
            const QString status = text(reservation, "status");
            statuses.insert(status);
            if (status == QStringLiteral("Scheduled"))
                QVERIFY(kTodayDate < start);
            else if (status == QStringLiteral("Active"))
                QVERIFY(start <= kTodayDate && kTodayDate <= end);
            else if (status == QStringLiteral("Completed"))
                QVERIFY(end < kTodayDate);
            else
                QCOMPARE(status, QStringLiteral("Cancelled"));
            if (status == QStringLiteral("Active"))
                ++activeByAsset[text(reservation, "assetId")];
            ++countByAsset[text(reservation, "assetId")];
        }
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("Scheduled"), QStringLiteral("Active"),
                                          QStringLiteral("Completed"), QStringLiteral("Cancelled")}));

        // Every "Reserved" asset has a reservation that covers today.
        int reservedAssets = 0;
        for (const QJsonObject &item : all(QStringLiteral("/assets"), companyId)) {
            if (text(item, "availability") != QStringLiteral("Reserved"))
                continue;
            ++reservedAssets;
            QCOMPARE(activeByAsset.value(text(item, "id")), 1);
        }
        QVERIFY(reservedAssets > 0);

        const QString sampleAsset = activeByAsset.cbegin().key();
        const QList<QJsonObject> filtered =
            all(QStringLiteral("/reservations"), companyId, {{QStringLiteral("assetId"), sampleAsset}});
        QCOMPARE(filtered.size(), countByAsset.value(sampleAsset));
        for (const QJsonObject &reservation : filtered)
            QCOMPARE(text(reservation, "assetId"), sampleAsset);
    }
}

void TestSandboxRecords::records_sameSeedGivesSameData()
{
    const QStringList arguments = {QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--assets"),
                                   QStringLiteral("150"), QStringLiteral("--today"), kToday};
    const auto first = startSandbox(arguments);
    const auto second = startSandbox(arguments);
    QVERIFY(first);
    QVERIFY(second);
    const QString companyId = text(send(*first, "GET", QStringLiteral("/companies")).json().value(QStringLiteral("items"))
                                       .toArray().at(0).toObject(), "id");

    for (const ListSpec &list : recordLists()) {
        const QUrlQuery query = companyQuery(companyId, {{QStringLiteral("take"), QStringLiteral("200")}});
        const HttpResult firstPage = send(*first, "GET", QString::fromLatin1(list.path), query);
        const HttpResult secondPage = send(*second, "GET", QString::fromLatin1(list.path), query);
        QCOMPARE(firstPage.status, 200);
        QCOMPARE(firstPage.body, secondPage.body);
    }
    const QString batchId = text(send(*first, "GET", QStringLiteral("/journal-batches"), companyQuery(companyId))
                                     .json().value(QStringLiteral("items")).toArray().at(0).toObject(), "id");
    QCOMPARE(send(*first, "GET", QStringLiteral("/journal-batches/") + batchId, companyQuery(companyId)).body,
             send(*second, "GET", QStringLiteral("/journal-batches/") + batchId, companyQuery(companyId)).body);
}

void TestSandboxRecords::masterData_createIsListedAndUsable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("linkMember");
    QTest::addColumn<QByteArray>("extraMembers");
    QTest::newRow("categories") << QStringLiteral("/categories") << QStringLiteral("categoryId") << QByteArray();
    QTest::newRow("locations") << QStringLiteral("/locations") << QStringLiteral("locationId")
                               << QByteArray(",\"city\":\"Colón\",\"country\":\"PA\",\"isActive\":true");
    QTest::newRow("cost-centers") << QStringLiteral("/cost-centers") << QStringLiteral("costCenterId") << QByteArray();
    QTest::newRow("depreciation-books") << QStringLiteral("/depreciation-books") << QStringLiteral("depreciationBookId")
                                        << QByteArray();
    QTest::newRow("custodians") << QStringLiteral("/custodians") << QStringLiteral("custodianId") << QByteArray();
    QTest::newRow("employees") << QStringLiteral("/employees") << QString() << QByteArray(",\"email\":\"ana.diaz@acme.example\"");
}

void TestSandboxRecords::masterData_createIsListedAndUsable()
{
    QFETCH(QString, path);
    QFETCH(QString, linkMember);
    QFETCH(QByteArray, extraMembers);

    const qsizetype countBefore = all(path, m_acmeId).size();
    // The code sorts between the seeded ones, and spaces around it go.
    const QString code = QStringLiteral("MDT-%1").arg(++m_codeCounter);
    const HttpResult created = post(path, "{\"code\":\"  " + code.toUtf8() + " \",\"name\":\" Created by the test \"" + extraMembers + '}');
    QCOMPARE(created.status, 201);
    const QJsonObject record = created.json();
    const QString id = text(record, "id");
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(text(record, "code"), code);
    QCOMPARE(text(record, "name"), QStringLiteral("Created by the test"));
    if (path == QStringLiteral("/locations")) {
        QCOMPARE(text(record, "city"), QStringLiteral("Colón"));
        QCOMPARE(text(record, "country"), QStringLiteral("PA"));
        QCOMPARE(record.value(QStringLiteral("isActive")).toBool(), true);
    }
    if (path == QStringLiteral("/employees"))
        QCOMPARE(text(record, "email"), QStringLiteral("ana.diaz@acme.example"));

    const QUrl location(QString::fromUtf8(created.header("Location")));
    QCOMPARE(location.path(), QStringLiteral("/api/v1") + path + QLatin1Char('/') + id);
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("companyId")), m_acmeId);

    // The list has it once, as created, and stays sorted by code.
    const QList<QJsonObject> listed = all(path, m_acmeId);
    QCOMPARE(listed.size(), countBefore + 1);
    QStringList codes;
    int found = 0;
    for (const QJsonObject &item : listed) {
        codes.append(text(item, "code"));
        if (text(item, "id") == id) {
            ++found;
            QCOMPARE(item, record);
        }
    }
    QCOMPARE(found, 1);
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    // Another company does not see it.
    for (const QJsonObject &item : all(path, m_istmoId))
        QVERIFY(text(item, "id") != id);

    // Assets can link to it, and then show its code and name.
    if (!linkMember.isEmpty()) {
        const QJsonObject body{{QStringLiteral("assetCode"), QStringLiteral("MDA-%1").arg(++m_codeCounter)},
                               {QStringLiteral("name"), QStringLiteral("Linked asset")},
                               {linkMember, id}};
        const HttpResult linked = post(QStringLiteral("/assets"), compact(body));
        QCOMPARE(linked.status, 201);
        const QJsonObject nested = linked.json().value(linkMember.chopped(2)).toObject();
        QCOMPARE(text(nested, "id"), id);
        QCOMPARE(text(nested, "code"), code);
        QCOMPARE(text(nested, "name"), QStringLiteral("Created by the test"));
    } else {
        const HttpResult checkout =
            runAction(createAsset(), QStringLiteral("checkout"), "{\"employeeId\":\"" + id.toUtf8() + "\"}");
        QCOMPARE(checkout.status, 201);
        QCOMPARE(text(checkout.json(), "employeeId"), id);
    }
}

void TestSandboxRecords::masterData_rejectsInvalidBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QStringLiteral("/categories") << QByteArray("code=X") << QStringLiteral("The request body is not a JSON object.");
    QTest::newRow("array") << QStringLiteral("/categories") << QByteArray("[]") << QStringLiteral("The request body is not a JSON object.");
    QTest::newRow("code missing") << QStringLiteral("/categories") << QByteArray("{\"name\":\"x\"}") << QStringLiteral("Code is required.");
    QTest::newRow("code null") << QStringLiteral("/cost-centers") << QByteArray("{\"code\":null,\"name\":\"x\"}") << QStringLiteral("Code is required.");
    QTest::newRow("code blank") << QStringLiteral("/custodians") << QByteArray("{\"code\":\"   \",\"name\":\"x\"}") << QStringLiteral("Code is required.");
    QTest::newRow("code number") << QStringLiteral("/categories") << QByteArray("{\"code\":12,\"name\":\"x\"}") << QStringLiteral("Code must be a string.");
    QTest::newRow("name missing") << QStringLiteral("/depreciation-books") << QByteArray("{\"code\":\"NEW-1\"}") << QStringLiteral("Name is required.");
    QTest::newRow("name blank") << QStringLiteral("/employees") << QByteArray("{\"code\":\"NEW-1\",\"name\":\"\\t \"}") << QStringLiteral("Name is required.");
    QTest::newRow("name object") << QStringLiteral("/locations") << QByteArray("{\"code\":\"NEW-1\",\"name\":{}}") << QStringLiteral("Name must be a string.");
    QTest::newRow("city number") << QStringLiteral("/locations") << QByteArray("{\"code\":\"NEW-1\",\"name\":\"x\",\"city\":5}")
                                 << QStringLiteral("city must be a string or null.");
    QTest::newRow("isActive text") << QStringLiteral("/locations") << QByteArray("{\"code\":\"NEW-1\",\"name\":\"x\",\"isActive\":\"yes\"}")
                                   << QStringLiteral("isActive must be true or false.");
    QTest::newRow("email without at") << QStringLiteral("/employees") << QByteArray("{\"code\":\"NEW-1\",\"name\":\"x\",\"email\":\"ana\"}")
                                      << QStringLiteral("email \"ana\" is not an e-mail address.");
    QTest::newRow("email number") << QStringLiteral("/employees") << QByteArray("{\"code\":\"NEW-1\",\"name\":\"x\",\"email\":1}")
                                  << QStringLiteral("email must be a string or null.");
}

void TestSandboxRecords::masterData_rejectsInvalidBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const QList<QJsonObject> before = all(path, m_acmeId);
    const HttpResult created = post(path, body);
    QCOMPARE(created.status, 400);
    QCOMPARE(created.errorMessage(), message);
    QVERIFY(!created.hasHeader("Location"));

    const HttpResult updated = put(path + QLatin1Char('/') + text(before.at(0), "id"), body);
    QCOMPARE(updated.status, 400);
    QCOMPARE(updated.errorMessage(), message);

    // Nothing changed.
    QCOMPARE(all(path, m_acmeId), before);
}

void TestSandboxRecords::masterData_duplicateCodes()
{
    const QList<QJsonObject> categories = all(QStringLiteral("/categories"), m_acmeId);
    QVERIFY(categories.size() >= 2);
    const QString firstCode = text(categories.at(0), "code");

    // The same code, also in other case or with spaces, is taken.
    for (const QString &code : {firstCode, firstCode.toLower(), QString(QStringLiteral(" ") + firstCode + QStringLiteral(" "))}) {
        const HttpResult duplicate = post(QStringLiteral("/categories"), compact({{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("x")}}));
        QCOMPARE(duplicate.status, 400);
        QCOMPARE(duplicate.body, QByteArray("{\"error\":\"Code already in use.\"}"));
    }

    // A PUT may keep its own code, but not take another record's.
    const QString secondId = text(categories.at(1), "id");
    const HttpResult taken = put(QStringLiteral("/categories/") + secondId,
                                 compact({{QStringLiteral("code"), firstCode}, {QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(taken.status, 400);
    QCOMPARE(taken.errorMessage(), QStringLiteral("Code already in use."));
    const HttpResult own = put(QStringLiteral("/categories/") + secondId,
                               compact({{QStringLiteral("code"), text(categories.at(1), "code")},
                                        {QStringLiteral("name"), text(categories.at(1), "name")}}));
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json(), categories.at(1));

    // Codes are unique per company only.
    const HttpResult otherCompany = post(QStringLiteral("/categories"),
                                         compact({{QStringLiteral("code"), QStringLiteral("DUP-ACROSS")}, {QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(otherCompany.status, 201);
    const HttpResult istmo = post(QStringLiteral("/categories"),
                                  compact({{QStringLiteral("code"), QStringLiteral("DUP-ACROSS")}, {QStringLiteral("name"), QStringLiteral("x")}}),
                                  m_istmoId);
    QCOMPARE(istmo.status, 201);
}

void TestSandboxRecords::masterData_updateChangesLinkedAssets()
{
    // A new location with one asset, so the rename touches a known asset.
    const HttpResult location = post(QStringLiteral("/locations"),
                                     "{\"code\":\"REN-1\",\"name\":\"Before rename\",\"city\":\"David\",\"country\":\"PA\"}");
    QCOMPARE(location.status, 201);
    const QString locationId = text(location.json(), "id");
    const HttpResult created = post(QStringLiteral("/assets"), compact({{QStringLiteral("assetCode"), QStringLiteral("REN-ASSET-1")},
                                                                          {QStringLiteral("name"), QStringLiteral("x")},
                                                                          {QStringLiteral("locationId"), locationId}}));
    QCOMPARE(created.status, 201);
    const QString assetId = text(created.json(), "id");

    // PUT replaces the record: members left out are cleared.
    const HttpResult renamed = put(QStringLiteral("/locations/") + locationId, "{\"code\":\"REN-2\",\"name\":\"After rename\",\"isActive\":false}");
    QCOMPARE(renamed.status, 200);
    const QJsonObject record = renamed.json();
    QCOMPARE(text(record, "id"), locationId);
    QCOMPARE(text(record, "code"), QStringLiteral("REN-2"));
    QCOMPARE(text(record, "name"), QStringLiteral("After rename"));
    QVERIFY(record.value(QStringLiteral("city")).isNull());
    QVERIFY(record.value(QStringLiteral("country")).isNull());
    QCOMPARE(record.value(QStringLiteral("isActive")).toBool(true), false);
    QVERIFY(!renamed.hasHeader("Location"));

    const QJsonObject nested = asset(assetId).value(QStringLiteral("location")).toObject();
    QCOMPARE(text(nested, "code"), QStringLiteral("REN-2"));
    QCOMPARE(text(nested, "name"), QStringLiteral("After rename"));
    int listed = 0;
    for (const QJsonObject &item : all(QStringLiteral("/locations"), m_acmeId)) {
        if (text(item, "id") == locationId) {
            ++listed;
            QCOMPARE(item, record);
        }
    }
    QCOMPARE(listed, 1);

    // The asset still reads back and writes back unchanged.
    const HttpResult before = get(QStringLiteral("/assets/") + assetId, companyQuery(m_acmeId));
    const HttpResult sentBack = put(QStringLiteral("/assets/") + assetId, before.body);
    QCOMPARE(sentBack.status, 200);
    QCOMPARE(sentBack.body, before.body);
}

void TestSandboxRecords::masterData_unknownRecord_returns404()
{
    const QList<std::pair<QString, QString>> resources = {
        {QStringLiteral("/categories"), QStringLiteral("Category not found.")},
        {QStringLiteral("/locations"), QStringLiteral("Location not found.")},
        {QStringLiteral("/cost-centers"), QStringLiteral("Cost center not found.")},
        {QStringLiteral("/depreciation-books"), QStringLiteral("Depreciation book not found.")},
        {QStringLiteral("/custodians"), QStringLiteral("Custodian not found.")},
        {QStringLiteral("/employees"), QStringLiteral("Employee not found.")},
    };
    const QString istmoCategory = text(all(QStringLiteral("/categories"), m_istmoId).value(0), "id");
    for (const auto &[path, message] : resources) {
        const QByteArray body = "{\"code\":\"NF-1\",\"name\":\"x\"}";
        for (const QString &id : {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("NF-1")}) {
            const HttpResult result = put(path + QLatin1Char('/') + id, body);
            QCOMPARE(result.status, 404);
            QCOMPARE(result.errorMessage(), message);
        }
        // The 404 comes before the body is read.
        QCOMPARE(put(path + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces), "not json").status, 404);
        QCOMPARE(send(*m_sandbox, "PUT", path + QStringLiteral("/x"), {}, body).status, 400);
        QCOMPARE(send(*m_sandbox, "POST", path, companyQuery(m_acmeId), body, QStringLiteral("ahq_wrong")).status, 401);
        QCOMPARE(send(*m_sandbox, "PUT", path, companyQuery(m_acmeId), body).status, 405);
    }
    // A record of another company is not found either.
    const HttpResult otherCompany = put(QStringLiteral("/categories/") + istmoCategory, "{\"code\":\"NF-2\",\"name\":\"x\"}");
    QCOMPARE(otherCompany.status, 404);
}

void TestSandboxRecords::masterData_newBookGetsRuns()
{
    const qsizetype runsBefore = all(QStringLiteral("/depreciation-runs"), m_istmoId).size();
    const HttpResult book = post(QStringLiteral("/depreciation-books"), "{\"code\":\"AAA-BOOK\",\"name\":\"Management book\"}", m_istmoId);
    QCOMPARE(book.status, 201);
    const QString bookId = text(book.json(), "id");

    const QList<QJsonObject> runs = all(QStringLiteral("/depreciation-runs"), m_istmoId);
    QCOMPARE(runs.size(), runsBefore + kRunWindowMonths);
    int ofNewBook = 0;
    for (const QJsonObject &run : runs) {
        if (text(run, "depreciationBookId") != bookId)
            continue;
        ++ofNewBook;
        QCOMPARE(run.value(QStringLiteral("entryCount")).toInteger(), 0);
        QCOMPARE(cents(run, "totalDepreciation"), 0);
    }
    QCOMPARE(ofNewBook, kRunWindowMonths);

    // Moving a depreciating asset to the book moves its entries there.
    QString movedId;
    for (const QJsonObject &entry : all(QStringLiteral("/depreciation-entries"), m_istmoId)) {
        if (entry.value(QStringLiteral("year")).toInt() == kTodayDate.year()) {
            movedId = text(entry, "assetId");
            break;
        }
    }
    QVERIFY(!movedId.isEmpty());
    QJsonObject moved = asset(movedId, m_istmoId);
    moved.insert(QStringLiteral("depreciationBookId"), bookId);
    moved.remove(QStringLiteral("depreciationBook"));
    QCOMPARE(put(QStringLiteral("/assets/") + movedId, compact(moved), m_istmoId).status, 200);
    const QList<QJsonObject> entries = all(QStringLiteral("/depreciation-entries"), m_istmoId, {{QStringLiteral("assetId"), movedId}});
    QVERIFY(!entries.isEmpty());
    const QHash<QString, QJsonObject> runById = byId(all(QStringLiteral("/depreciation-runs"), m_istmoId));
    for (const QJsonObject &entry : entries)
        QCOMPARE(text(runById[text(entry, "depreciationRunId")], "depreciationBookId"), bookId);
    checkDepreciation(*m_sandbox, m_istmoId);
}

void TestSandboxRecords::transfer_movesAsset()
{
    const QString assetId = createAsset();
    const QString previousLocation = text(asset(assetId), "locationId");
    QCOMPARE(previousLocation, m_activeLocationId);

    const HttpResult transferred = runAction(assetId, QStringLiteral("transfer"), action("{\"toLocationId\":\"$LOCATION\",\"reason\":\"New desk\"}"));
    QCOMPARE(transferred.status, 201);
    const QJsonObject transfer = transferred.json();
    QVERIFY(!QUuid::fromString(text(transfer, "id")).isNull());
    QCOMPARE(text(transfer, "assetId"), assetId);
    QCOMPARE(text(transfer, "fromLocationId"), previousLocation);
    QCOMPARE(text(transfer, "toLocationId"), m_otherActiveLocationId);
    QCOMPARE(text(transfer, "transferDate"), kToday);
    QCOMPARE(text(transfer, "reason"), QStringLiteral("New desk"));
    QVERIFY(transfer.value(QStringLiteral("sourceCountResultId")).isNull());

    const QJsonObject moved = asset(assetId);
    QCOMPARE(text(moved, "locationId"), m_otherActiveLocationId);
    QCOMPARE(text(moved.value(QStringLiteral("location")).toObject(), "id"), m_otherActiveLocationId);
    const QList<QJsonObject> listed = all(QStringLiteral("/transfers"), m_acmeId, {{QStringLiteral("assetId"), assetId}});
    QCOMPARE(listed, QList<QJsonObject>{transfer});

    // And back, with a date and without a reason.
    const HttpResult back = runAction(assetId, QStringLiteral("transfer"),
                                      "{\"toLocationId\":\"" + previousLocation.toUtf8() + "\",\"transferDate\":\"2025-06-30\",\"reason\":null}");
    QCOMPARE(back.status, 201);
    QVERIFY(back.json().value(QStringLiteral("reason")).isNull());
    QCOMPARE(text(asset(assetId), "locationId"), previousLocation);
    QCOMPARE(all(QStringLiteral("/transfers"), m_acmeId, {{QStringLiteral("assetId"), assetId}}).size(), 2);
}

void TestSandboxRecords::transfer_rejectsInvalidRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("not JSON") << QByteArray("toLocationId=1") << QStringLiteral("The request body is not a JSON object.");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("toLocationId is required.");
    QTest::newRow("location missing") << QByteArray("{\"reason\":\"x\"}") << QStringLiteral("toLocationId is required.");
    QTest::newRow("location null") << QByteArray("{\"toLocationId\":null}") << QStringLiteral("toLocationId is required.");
    QTest::newRow("location number") << QByteArray("{\"toLocationId\":42}") << QStringLiteral("toLocationId must be a string.");
    QTest::newRow("location unknown") << QByteArray("{\"toLocationId\":\"" + unknownId.toUtf8() + "\"}")
                                      << QStringLiteral("toLocationId \"%1\" does not match a location of this company.").arg(unknownId);
    QTest::newRow("location code") << QByteArray("{\"toLocationId\":\"HQ-01\"}")
                                   << QStringLiteral("toLocationId \"HQ-01\" does not match a location of this company.");
    QTest::newRow("date 30 February") << QByteArray("{\"toLocationId\":\"$LOCATION\",\"transferDate\":\"2025-02-30\"}")
                                      << QStringLiteral("transferDate must be a date in the form YYYY-MM-DD.");
    QTest::newRow("date day first") << QByteArray("{\"toLocationId\":\"$LOCATION\",\"transferDate\":\"30/06/2025\"}")
                                    << QStringLiteral("transferDate must be a date in the form YYYY-MM-DD.");
    QTest::newRow("date number") << QByteArray("{\"toLocationId\":\"$LOCATION\",\"transferDate\":20250630}")
                                 << QStringLiteral("transferDate must be a date in the form YYYY-MM-DD.");
    QTest::newRow("reason number") << QByteArray("{\"toLocationId\":\"$LOCATION\",\"reason\":1}")
                                   << QStringLiteral("reason must be a string or null.");
    QTest::newRow("date after today") << QByteArray("{\"toLocationId\":\"$LOCATION\",\"transferDate\":\"2025-07-01\"}")
                                      << QStringLiteral("transferDate must not be after today (2025-06-30).");
}

void TestSandboxRecords::transfer_rejectsInvalidRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const QString assetId = createAsset();
    const QByteArray before = get(QStringLiteral("/assets/") + assetId, companyQuery(m_acmeId)).body;
    const HttpResult result = runAction(assetId, QStringLiteral("transfer"), action(body.constData()));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorMessage(), message);
    QCOMPARE(get(QStringLiteral("/assets/") + assetId, companyQuery(m_acmeId)).body, before);
    QCOMPARE(all(QStringLiteral("/transfers"), m_acmeId, {{QStringLiteral("assetId"), assetId}}).size(), 0);
}

void TestSandboxRecords::transfer_notBeforeLatestTransfer()
{
    const QString assetId = createAsset();
    QString inactiveCode;
    QString currentCode;
    for (const QJsonObject &location : std::as_const(m_acmeLocations)) {
        if (text(location, "id") == m_inactiveLocationId)
            inactiveCode = text(location, "code");
        if (text(location, "id") == m_activeLocationId)
            currentCode = text(location, "code");
    }

    const HttpResult inactive = runAction(assetId, QStringLiteral("transfer"), action("{\"toLocationId\":\"$INACTIVE\"}"));
    QCOMPARE(inactive.status, 400);
    QCOMPARE(inactive.errorMessage(), QStringLiteral("Location \"%1\" is inactive, so assets cannot be transferred to it.").arg(inactiveCode));
    const HttpResult same = runAction(assetId, QStringLiteral("transfer"), "{\"toLocationId\":\"" + m_activeLocationId.toUtf8() + "\"}");
    QCOMPARE(same.status, 400);
    QCOMPARE(same.errorMessage(), QStringLiteral("The asset is already at location \"%1\".").arg(currentCode));
    const HttpResult otherCompany = runAction(assetId, QStringLiteral("transfer"), action("{\"toLocationId\":\"$ISTMO_LOCATION\"}"));
    QCOMPARE(otherCompany.status, 400);
    QVERIFY2(otherCompany.errorMessage().endsWith(QStringLiteral("does not match a location of this company.")),
             otherCompany.body.constData());

    QCOMPARE(runAction(assetId, QStringLiteral("transfer"), action("{\"toLocationId\":\"$LOCATION\",\"transferDate\":\"2025-03-10\"}")).status, 201);
    const HttpResult earlier = runAction(assetId, QStringLiteral("transfer"),
                                         "{\"toLocationId\":\"" + m_activeLocationId.toUtf8() + "\",\"transferDate\":\"2025-03-09\"}");
    QCOMPARE(earlier.status, 400);
    QCOMPARE(earlier.errorMessage(), QStringLiteral("transferDate must not be before 2025-03-10, the date of the asset's latest transfer."));
    QCOMPARE(text(asset(assetId), "locationId"), m_otherActiveLocationId);
}

void TestSandboxRecords::checkout_andCheckin_changeAvailability()
{
    const QString assetId = createAsset();
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Available"));

    const HttpResult checkedOut = runAction(assetId, QStringLiteral("checkout"),
                                            action("{\"employeeId\":\"$EMPLOYEE\",\"checkoutDate\":\"2025-06-20\","
                                                   "\"expectedReturnDate\":\"2025-07-04\",\"notes\":\"Trade fair\"}"));
    QCOMPARE(checkedOut.status, 201);
    const QJsonObject checkout = checkedOut.json();
    QCOMPARE(text(checkout, "assetId"), assetId);
    QCOMPARE(text(checkout, "employeeId"), m_employeeId);
    QCOMPARE(text(checkout, "checkoutDate"), QStringLiteral("2025-06-20"));
    QCOMPARE(text(checkout, "expectedReturnDate"), QStringLiteral("2025-07-04"));
    QVERIFY(checkout.value(QStringLiteral("actualReturnDate")).isNull());
    QCOMPARE(text(checkout, "notes"), QStringLiteral("Trade fair"));
    QVERIFY(checkout.value(QStringLiteral("returnCondition")).isNull());
    QVERIFY(checkout.value(QStringLiteral("damageNotes")).isNull());
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("CheckedOut"));

    const HttpResult again = runAction(assetId, QStringLiteral("checkout"), action("{\"employeeId\":\"$EMPLOYEE\"}"));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorMessage(), QStringLiteral("Asset is already checked out."));
    const HttpResult dispose = runAction(assetId, QStringLiteral("dispose"), {});
    QCOMPARE(dispose.status, 400);
    QCOMPARE(dispose.errorMessage(), QStringLiteral("Asset is checked out. Check it in before disposing of it."));
    QCOMPARE(text(asset(assetId), "status"), QStringLiteral("Active"));

    // An empty body checks in today in "Good" condition.
    const HttpResult checkedIn = runAction(assetId, QStringLiteral("checkin"), {});
    QCOMPARE(checkedIn.status, 200);
    const QJsonObject closed = checkedIn.json();
    QCOMPARE(text(closed, "id"), text(checkout, "id"));
    QCOMPARE(text(closed, "actualReturnDate"), kToday);
    QCOMPARE(text(closed, "returnCondition"), QStringLiteral("Good"));
    QVERIFY(closed.value(QStringLiteral("damageNotes")).isNull());
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Available"));

    const HttpResult notOut = runAction(assetId, QStringLiteral("checkin"), "{}");
    QCOMPARE(notOut.status, 400);
    QCOMPARE(notOut.errorMessage(), QStringLiteral("Asset is not checked out."));

    // A second loan may not start before the first one ended.
    const HttpResult overlapping = runAction(assetId, QStringLiteral("checkout"), action("{\"employeeId\":\"$EMPLOYEE\",\"checkoutDate\":\"2025-06-29\"}"));
    QCOMPARE(overlapping.status, 400);
    QCOMPARE(overlapping.errorMessage(), QStringLiteral("checkoutDate must not be before 2025-06-30, when the asset was last returned."));

    const HttpResult second = runAction(assetId, QStringLiteral("checkout"), action("{\"employeeId\":\"$EMPLOYEE\"}"));
    QCOMPARE(second.status, 201);
    QCOMPARE(text(second.json(), "checkoutDate"), kToday);
    QVERIFY(second.json().value(QStringLiteral("expectedReturnDate")).isNull());
    const HttpResult damaged = runAction(assetId, QStringLiteral("checkin"),
                                         "{\"actualReturnDate\":\"2025-06-30\",\"returnCondition\":\"Damaged\",\"damageNotes\":\"Cracked hinge\"}");
    QCOMPARE(damaged.status, 200);
    QCOMPARE(text(damaged.json(), "returnCondition"), QStringLiteral("Damaged"));
    QCOMPARE(text(damaged.json(), "damageNotes"), QStringLiteral("Cracked hinge"));

    const QList<QJsonObject> history = all(QStringLiteral("/checkouts"), m_acmeId, {{QStringLiteral("assetId"), assetId}});
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0), closed);
    QCOMPARE(history.at(1), damaged.json());
}

void TestSandboxRecords::checkout_rejectsInvalidRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("not an object") << QByteArray("[\"$EMPLOYEE\"]") << QStringLiteral("The request body is not a JSON object.");
    QTest::newRow("employee missing") << QByteArray("{}") << QStringLiteral("employeeId is required.");
    QTest::newRow("employee number") << QByteArray("{\"employeeId\":7}") << QStringLiteral("employeeId must be a string.");
    QTest::newRow("employee unknown") << QByteArray("{\"employeeId\":\"" + unknownId.toUtf8() + "\"}")
                                      << QStringLiteral("employeeId \"%1\" does not match an employee of this company.").arg(unknownId);
    QTest::newRow("employee of other company") << QByteArray("{\"employeeId\":\"$ISTMO_EMPLOYEE\"}") << QString();
    QTest::newRow("checkout date invalid") << QByteArray("{\"employeeId\":\"$EMPLOYEE\",\"checkoutDate\":\"2025-06-31\"}")
                                           << QStringLiteral("checkoutDate must be a date in the form YYYY-MM-DD.");
    QTest::newRow("return date with time") << QByteArray("{\"employeeId\":\"$EMPLOYEE\",\"expectedReturnDate\":\"2025-07-01T10:00:00\"}")
                                           << QStringLiteral("expectedReturnDate must be a date in the form YYYY-MM-DD.");
    QTest::newRow("notes number") << QByteArray("{\"employeeId\":\"$EMPLOYEE\",\"notes\":3}") << QStringLiteral("notes must be a string or null.");
    QTest::newRow("checkout after today") << QByteArray("{\"employeeId\":\"$EMPLOYEE\",\"checkoutDate\":\"2025-07-01\"}")
                                          << QStringLiteral("checkoutDate must not be after today (2025-06-30).");
    QTest::newRow("return before checkout") << QByteArray("{\"employeeId\":\"$EMPLOYEE\",\"checkoutDate\":\"2025-06-20\",\"expectedReturnDate\":\"2025-06-19\"}")
                                            << QStringLiteral("expectedReturnDate must not be before checkoutDate.");
}

void TestSandboxRecords::checkout_rejectsInvalidRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const QString assetId = createAsset();
    const HttpResult result = runAction(assetId, QStringLiteral("checkout"), action(body.constData()));
    QCOMPARE(result.status, 400);
    if (message.isEmpty())
        QVERIFY2(result.errorMessage().endsWith(QStringLiteral("does not match an employee of this company.")), result.body.constData());
    else
        QCOMPARE(result.errorMessage(), message);
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Available"));
    QCOMPARE(all(QStringLiteral("/checkouts"), m_acmeId, {{QStringLiteral("assetId"), assetId}}).size(), 0);
}

void TestSandboxRecords::checkin_seededOpenCheckout()
{
    QString assetId;
    QJsonObject open;
    for (const QJsonObject &checkout : all(QStringLiteral("/checkouts"), m_acmeId)) {
        if (checkout.value(QStringLiteral("actualReturnDate")).isNull()) {
            assetId = text(checkout, "assetId");
            open = checkout;
            break;
        }
    }
    QVERIFY(!assetId.isEmpty());
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("CheckedOut"));

    const HttpResult early = runAction(assetId, QStringLiteral("checkin"),
                                       "{\"actualReturnDate\":\"" + date(open, "checkoutDate").addDays(-1).toString(Qt::ISODate).toUtf8() + "\"}");
    QCOMPARE(early.status, 400);
    QCOMPARE(early.errorMessage(), QStringLiteral("actualReturnDate must not be before checkoutDate (%1).").arg(text(open, "checkoutDate")));

    const HttpResult checkedIn = runAction(assetId, QStringLiteral("checkin"), "{\"returnCondition\":\"Fair\"}");
    QCOMPARE(checkedIn.status, 200);
    QCOMPARE(text(checkedIn.json(), "id"), text(open, "id"));
    QCOMPARE(text(checkedIn.json(), "returnCondition"), QStringLiteral("Fair"));
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Available"));
}

void TestSandboxRecords::checkin_rejectsInvalidRequests()
{
    const QString assetId = createAsset();
    QCOMPARE(runAction(assetId, QStringLiteral("checkout"), action("{\"employeeId\":\"$EMPLOYEE\"}")).status, 201);

    const QList<std::pair<QByteArray, QString>> cases = {
        {QByteArray("{\"actualReturnDate\":\"yesterday\"}"), QStringLiteral("actualReturnDate must be a date in the form YYYY-MM-DD.")},
        {QByteArray("{\"actualReturnDate\":\"2025-07-01\"}"), QStringLiteral("actualReturnDate must not be after today (2025-06-30).")},
        {QByteArray("{\"returnCondition\":\"\"}"), QStringLiteral("returnCondition must not be empty.")},
        {QByteArray("{\"returnCondition\":1}"), QStringLiteral("returnCondition must be a string or null.")},
        {QByteArray("{\"damageNotes\":[]}"), QStringLiteral("damageNotes must be a string or null.")},
        {QByteArray("true"), QStringLiteral("The request body is not a JSON object.")},
    };
    for (const auto &[body, message] : cases) {
        const HttpResult result = runAction(assetId, QStringLiteral("checkin"), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorMessage(), message);
    }
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("CheckedOut"));
}

void TestSandboxRecords::reserve_rejectsOverlapAndReversedRange()
{
    const QString assetId = createAsset();
    const HttpResult reserved = runAction(assetId, QStringLiteral("reserve"),
                                          action("{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-07-10\",\"endDate\":\"2025-07-14\",\"notes\":\"Audit\"}"));
    QCOMPARE(reserved.status, 201);
    const QJsonObject reservation = reserved.json();
    QCOMPARE(text(reservation, "assetId"), assetId);
    QCOMPARE(text(reservation, "employeeId"), m_employeeId);
    QCOMPARE(text(reservation, "startDate"), QStringLiteral("2025-07-10"));
    QCOMPARE(text(reservation, "endDate"), QStringLiteral("2025-07-14"));
    QCOMPARE(text(reservation, "status"), QStringLiteral("Scheduled"));
    QCOMPARE(text(reservation, "notes"), QStringLiteral("Audit"));
    // A future reservation leaves the asset available.
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Available"));

    const QList<std::pair<const char *, QString>> cases = {
        {"{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-07-14\",\"endDate\":\"2025-07-20\"}",
         QStringLiteral("The asset is already reserved from 2025-07-10 to 2025-07-14.")},
        {"{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-07-01\",\"endDate\":\"2025-07-31\"}",
         QStringLiteral("The asset is already reserved from 2025-07-10 to 2025-07-14.")},
        {"{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-07-12\"}",
         QStringLiteral("The asset is already reserved from 2025-07-10 to 2025-07-14.")},
        {"{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-07-20\",\"endDate\":\"2025-07-19\"}",
         QStringLiteral("endDate must not be before startDate.")},
        {"{\"startDate\":\"2025-08-01\"}", QStringLiteral("employeeId is required.")},
        {"{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"1 August 2025\"}",
         QStringLiteral("startDate must be a date in the form YYYY-MM-DD.")},
        {"{\"employeeId\":\"$EMPLOYEE\",\"endDate\":\"2025-13-01\"}", QStringLiteral("endDate must be a date in the form YYYY-MM-DD.")},
    };
    for (const auto &[body, message] : cases) {
        const HttpResult result = runAction(assetId, QStringLiteral("reserve"), action(body));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorMessage(), message);
    }

    // The days next to it are free, and a one-day reservation needs no end.
    QCOMPARE(runAction(assetId, QStringLiteral("reserve"), action("{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-07-15\",\"endDate\":\"2025-07-16\"}")).status, 201);
    const HttpResult oneDay = runAction(assetId, QStringLiteral("reserve"), action("{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-07-09\"}"));
    QCOMPARE(oneDay.status, 201);
    QCOMPARE(text(oneDay.json(), "endDate"), QStringLiteral("2025-07-09"));
    QCOMPARE(all(QStringLiteral("/reservations"), m_acmeId, {{QStringLiteral("assetId"), assetId}}).size(), 3);
}

void TestSandboxRecords::reserve_coveringTodayMarksAssetReserved()
{
    const QString assetId = createAsset();
    const HttpResult reserved = runAction(assetId, QStringLiteral("reserve"), action("{\"employeeId\":\"$EMPLOYEE\",\"endDate\":\"2025-07-02\"}"));
    QCOMPARE(reserved.status, 201);
    QCOMPARE(text(reserved.json(), "startDate"), kToday);
    QCOMPARE(text(reserved.json(), "status"), QStringLiteral("Active"));
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Reserved"));

    // Checked out and back in, it is reserved again.
    QCOMPARE(runAction(assetId, QStringLiteral("checkout"), action("{\"employeeId\":\"$EMPLOYEE\"}")).status, 201);
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("CheckedOut"));
    QCOMPARE(runAction(assetId, QStringLiteral("checkin"), "{}").status, 200);
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Reserved"));
}

void TestSandboxRecords::dispose_marksAssetAndPostsBalancedBatch()
{
    const QString assetId = createAsset();
    QCOMPARE(runAction(assetId, QStringLiteral("reserve"), action("{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-08-01\"}")).status, 201);
    const QJsonObject before = asset(assetId);
    const QByteArray runsBefore = get(QStringLiteral("/depreciation-runs"), companyQuery(m_acmeId, {{QStringLiteral("take"), QStringLiteral("200")}})).body;

    const HttpResult disposed = runAction(assetId, QStringLiteral("dispose"), "{\"proceeds\":250.5,\"reason\":\"Sold to a dealer\"}");
    QCOMPARE(disposed.status, 201);
    const QJsonObject disposal = disposed.json();
    QCOMPARE(text(disposal, "assetId"), assetId);
    QCOMPARE(text(disposal, "disposalDate"), kToday);
    QCOMPARE(cents(disposal, "proceeds"), 25050);
    QCOMPARE(cents(disposal, "netBookValueAtDisposal"), cents(before, "netBookValue"));
    QCOMPARE(cents(disposal, "gainOrLoss"), 25050 - cents(before, "netBookValue"));
    QCOMPARE(text(disposal, "reason"), QStringLiteral("Sold to a dealer"));
    QVERIFY(disposed.body.contains("\"proceeds\":250.50,"));

    const QJsonObject after = asset(assetId);
    QCOMPARE(text(after, "status"), QStringLiteral("Disposed"));
    QCOMPARE(text(after, "availability"), QStringLiteral("Unavailable"));
    QCOMPARE(cents(after, "netBookValue"), cents(before, "netBookValue"));
    QCOMPARE(all(QStringLiteral("/disposals"), m_acmeId).constLast(), disposal);
    // The posted runs do not change, and the reservation is cancelled.
    QCOMPARE(get(QStringLiteral("/depreciation-runs"), companyQuery(m_acmeId, {{QStringLiteral("take"), QStringLiteral("200")}})).body, runsBefore);
    const QList<QJsonObject> reservations = all(QStringLiteral("/reservations"), m_acmeId, {{QStringLiteral("assetId"), assetId}});
    QCOMPARE(reservations.size(), 1);
    QCOMPARE(text(reservations.at(0), "status"), QStringLiteral("Cancelled"));

    // Its journal batch balances and removes cost and depreciation.
    QJsonObject batch;
    for (const QJsonObject &item : all(QStringLiteral("/journal-batches"), m_acmeId)) {
        if (text(item, "sourceId") == text(disposal, "id"))
            batch = item;
    }
    QCOMPARE(text(batch, "eventType"), QStringLiteral("Disposal"));
    const QJsonArray lines = get(QStringLiteral("/journal-batches/") + text(batch, "id"), companyQuery(m_acmeId))
                                 .json().value(QStringLiteral("lines")).toArray();
    QHash<QString, qint64> balanceByAccount;
    qint64 debit = 0;
    qint64 credit = 0;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        QCOMPARE(text(line, "assetId"), assetId);
        debit += cents(line, "debit");
        credit += cents(line, "credit");
        balanceByAccount[text(line, "accountCode")] += cents(line, "debit") - cents(line, "credit");
    }
    QCOMPARE(debit, credit);
    QCOMPARE(cents(batch, "totalDebit"), debit);
    QCOMPARE(balanceByAccount.value(QStringLiteral("1500")), -cents(before, "acquisitionCost"));
    QCOMPARE(balanceByAccount.value(QStringLiteral("1510")), cents(before, "accumulatedDepreciation"));
    QCOMPARE(balanceByAccount.value(QStringLiteral("1100")), 25050);
}

void TestSandboxRecords::dispose_rejectsInvalidRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("date before latest run") << QByteArray("{\"disposalDate\":\"2025-06-29\"}")
                                            << QStringLiteral("disposalDate must not be before 2025-06-30, the date of the latest depreciation run.");
    QTest::newRow("date after today") << QByteArray("{\"disposalDate\":\"2025-07-01\"}")
                                      << QStringLiteral("disposalDate must not be after today (2025-06-30).");
    QTest::newRow("date invalid") << QByteArray("{\"disposalDate\":\"2025-06-30Z\"}")
                                  << QStringLiteral("disposalDate must be a date in the form YYYY-MM-DD.");
    QTest::newRow("proceeds three decimals") << QByteArray("{\"proceeds\":1.005}")
                                             << QStringLiteral("proceeds must be a number with at most two decimals.");
    QTest::newRow("proceeds text") << QByteArray("{\"proceeds\":\"100.00\"}")
                                   << QStringLiteral("proceeds must be a number with at most two decimals.");
    QTest::newRow("proceeds negative") << QByteArray("{\"proceeds\":-1}") << QStringLiteral("proceeds must not be negative.");
    QTest::newRow("reason object") << QByteArray("{\"reason\":{}}") << QStringLiteral("reason must be a string or null.");
}

void TestSandboxRecords::dispose_rejectsInvalidRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const QString assetId = createAsset();
    const qsizetype disposalsBefore = all(QStringLiteral("/disposals"), m_acmeId).size();
    const HttpResult result = runAction(assetId, QStringLiteral("dispose"), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorMessage(), message);
    QCOMPARE(text(asset(assetId), "status"), QStringLiteral("Active"));
    QCOMPARE(all(QStringLiteral("/disposals"), m_acmeId).size(), disposalsBefore);
}

void TestSandboxRecords::actions_onDisposedAsset_return400()
{
    // A seeded disposal and one through the API.
    const QString seeded = text(all(QStringLiteral("/disposals"), m_acmeId).constFirst(), "assetId");
    const QString written = createAsset();
    QCOMPARE(runAction(written, QStringLiteral("dispose"), {}).status, 201);

    for (const QString &assetId : {seeded, written}) {
        const QByteArray before = get(QStringLiteral("/assets/") + assetId, companyQuery(m_acmeId)).body;
        const QList<std::pair<QString, QByteArray>> actions = {
            {QStringLiteral("transfer"), action("{\"toLocationId\":\"$LOCATION\"}")},
            {QStringLiteral("checkout"), action("{\"employeeId\":\"$EMPLOYEE\"}")},
            {QStringLiteral("checkin"), QByteArray("{}")},
            {QStringLiteral("reserve"), action("{\"employeeId\":\"$EMPLOYEE\",\"startDate\":\"2025-09-01\"}")},
            {QStringLiteral("dispose"), QByteArray("{}")},
        };
        for (const auto &[name, body] : actions) {
            const HttpResult result = runAction(assetId, name, body);
            QCOMPARE(result.status, 400);
            QCOMPARE(result.body, QByteArray("{\"error\":\"Asset is disposed.\"}"));
        }
        QCOMPARE(get(QStringLiteral("/assets/") + assetId, companyQuery(m_acmeId)).body, before);
    }
}

void TestSandboxRecords::actions_unknownAssetCompanyOrKey()
{
    const QString assetId = createAsset();
    const QString istmoAsset = text(all(QStringLiteral("/assets"), m_istmoId).value(0), "id");
    for (const QString &name : {QStringLiteral("transfer"), QStringLiteral("checkout"), QStringLiteral("checkin"),
                                QStringLiteral("reserve"), QStringLiteral("dispose")}) {
        const QString path = QStringLiteral("/assets/%1/%2");
        const HttpResult unknown = runAction(QUuid::createUuid().toString(QUuid::WithoutBraces), name, "{}");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body, QByteArray("{\"error\":\"Asset not found.\"}"));
        QCOMPARE(runAction(QStringLiteral("LAP-0001"), name, "{}").status, 404);
        QCOMPARE(runAction(istmoAsset, name, "{}").status, 404);

        const HttpResult noCompany = send(*m_sandbox, "POST", path.arg(assetId, name), {}, "{}");
        QCOMPARE(noCompany.status, 400);
        QCOMPARE(noCompany.errorMessage(), QStringLiteral("companyId is required."));
        const HttpResult wrongKey = send(*m_sandbox, "POST", path.arg(assetId, name), companyQuery(m_acmeId), "{}",
                                         QStringLiteral("ahq_wrong"));
        QCOMPARE(wrongKey.status, 401);
        const HttpResult getAction = send(*m_sandbox, "GET", path.arg(assetId, name), companyQuery(m_acmeId));
        QCOMPARE(getAction.status, 405);
        QCOMPARE(getAction.header("Allow"), QByteArray("POST"));
    }
    QCOMPARE(text(asset(assetId), "availability"), QStringLiteral("Available"));
}

void TestSandboxRecords::depreciation_staysConsistentAfterWrites()
{
    // The writes of the tests before this one changed books, assets,
    // disposals, transfers and check-outs.
    checkDepreciation(*m_sandbox, m_acmeId);
    checkDepreciation(*m_sandbox, m_istmoId);

    // An asset written without a book depreciates on its own but has no
    // entries.
    const HttpResult created = post(QStringLiteral("/assets"), compact({{QStringLiteral("assetCode"), QStringLiteral("NOBOOK-1")},
                                                                          {QStringLiteral("name"), QStringLiteral("x")},
                                                                          {QStringLiteral("acquisitionDate"), QStringLiteral("2024-06-30")},
                                                                          {QStringLiteral("acquisitionCost"), 1200},
                                                                          {QStringLiteral("usefulLifeMonths"), 12}}));
    QCOMPARE(created.status, 201);
    QCOMPARE(cents(created.json(), "accumulatedDepreciation"), 120000);
    QCOMPARE(all(QStringLiteral("/depreciation-entries"), m_acmeId, {{QStringLiteral("assetId"), text(created.json(), "id")}}).size(), 0);
}

void TestSandboxRecords::withoutLifecycleActions_option_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("404") << QStringLiteral("404");
    QTest::newRow("405") << QStringLiteral("405");
}

void TestSandboxRecords::withoutLifecycleActions_option()
{
    QFETCH(QString, status);

    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("20"), QStringLiteral("--today"), kToday,
                                       QStringLiteral("--without-lifecycle-actions=") + status});
    QVERIFY(sandbox);
    const QString companyId = text(send(*sandbox, "GET", QStringLiteral("/companies")).json().value(QStringLiteral("items"))
                                       .toArray().at(0).toObject(), "id");
    const QJsonObject before = send(*sandbox, "GET", QStringLiteral("/assets"), companyQuery(companyId))
                                   .json().value(QStringLiteral("items")).toArray().at(0).toObject();
    const QString assetId = text(before, "id");

    for (const QString &name : {QStringLiteral("transfer"), QStringLiteral("checkout"), QStringLiteral("checkin"),
                                QStringLiteral("reserve"), QStringLiteral("dispose")}) {
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("GET")}) {
            const HttpResult result = send(*sandbox, method, QStringLiteral("/assets/%1/%2").arg(assetId, name),
                                           companyQuery(companyId), "{}");
            QCOMPARE(QString::number(result.status), status);
            if (status == QStringLiteral("404")) {
                QCOMPARE(result.body, QByteArray("{\"error\":\"Not found.\"}"));
            } else {
                QCOMPARE(result.body, QByteArray("{\"error\":\"Method not allowed.\"}"));
            }
        }
    }

    // With 405, an empty Allow header says that the resource allows no
    // method.
    const QByteArray head = rawResponseHead(quint16(sandbox->baseUrl().port()),
                                            "POST /api/v1/assets/" + assetId.toUtf8() + "/transfer?companyId="
                                                + companyId.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: "
                                                + sandbox->apiKey().toUtf8()
                                                + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    QVERIFY2(head.startsWith(QByteArray("HTTP/1.1 " + status.toUtf8())), head.constData());
    const bool emptyAllow = QRegularExpression(QStringLiteral("\r\nAllow: *\r\n"), QRegularExpression::CaseInsensitiveOption)
                                .match(QString::fromLatin1(head)).hasMatch();
    QCOMPARE(emptyAllow, status == QStringLiteral("405"));
    // The key check comes first, as for every route.
    QCOMPARE(send(*sandbox, "POST", QStringLiteral("/assets/%1/checkout").arg(assetId), companyQuery(companyId), "{}",
                  QStringLiteral("ahq_wrong")).status, 401);

    // Everything else is served, and nothing changed.
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/assets/") + assetId, companyQuery(companyId)).json(), before);
    QCOMPARE(send(*sandbox, "GET", QStringLiteral("/checkouts"), companyQuery(companyId)).status, 200);
    QCOMPARE(control(*sandbox, "GET", QStringLiteral("/lifecycle-actions")).json().value(QStringLiteral("mode")).toString(), status);
    QVERIFY2(sandbox->standardError().contains(QStringLiteral("lifecycle actions answer ") + status),
             qPrintable(sandbox->standardError()));
}

void TestSandboxRecords::withoutLifecycleActions_invalidOption_exitsWithCode2_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("other status") << QStringLiteral("403");
    QTest::newRow("served") << QStringLiteral("served");
    QTest::newRow("text") << QStringLiteral("off");
    QTest::newRow("empty") << QString();
}

void TestSandboxRecords::withoutLifecycleActions_invalidOption_exitsWithCode2()
{
    QFETCH(QString, value);
    SandboxProcess sandbox({QStringLiteral("--without-lifecycle-actions=") + value});
    QString error;
    QVERIFY(!sandbox.start(&error));
    QCOMPARE(sandbox.process()->exitCode(), 2);
    QVERIFY2(sandbox.standardError().contains(QStringLiteral("--without-lifecycle-actions must be 404 or 405; got \"%1\".").arg(value)),
             qPrintable(sandbox.standardError()));
}

void TestSandboxRecords::controlApi_switchesLifecycleActions()
{
    const auto sandbox = startSandbox({QStringLiteral("--assets"), QStringLiteral("20"), QStringLiteral("--today"), kToday});
    QVERIFY(sandbox);
    const QString companyId = text(send(*sandbox, "GET", QStringLiteral("/companies")).json().value(QStringLiteral("items"))
                                       .toArray().at(0).toObject(), "id");
    QString assetId;
    for (const QJsonValue &value : send(*sandbox, "GET", QStringLiteral("/assets"), companyQuery(companyId))
                                       .json().value(QStringLiteral("items")).toArray()) {
        if (text(value.toObject(), "availability") == QStringLiteral("Available") && text(value.toObject(), "status") == QStringLiteral("Active"))
            assetId = text(value.toObject(), "id");
    }
    QVERIFY(!assetId.isEmpty());
    const QString employeeId = text(send(*sandbox, "GET", QStringLiteral("/employees"), companyQuery(companyId))
                                        .json().value(QStringLiteral("items")).toArray().at(0).toObject(), "id");
    const QByteArray checkout = "{\"employeeId\":\"" + employeeId.toUtf8() + "\"}";
    const QString checkoutPath = QStringLiteral("/assets/%1/checkout").arg(assetId);

    QCOMPARE(control(*sandbox, "GET", QStringLiteral("/lifecycle-actions")).body, QByteArray("{\"mode\":\"served\"}"));
    const HttpResult off = control(*sandbox, "POST", QStringLiteral("/lifecycle-actions"), "{\"mode\":\"405\"}");
    QCOMPARE(off.status, 200);
    QCOMPARE(off.body, QByteArray("{\"mode\":\"405\"}"));
    QCOMPARE(send(*sandbox, "POST", checkoutPath, companyQuery(companyId), checkout).status, 405);
    QCOMPARE(control(*sandbox, "POST", QStringLiteral("/lifecycle-actions"), "{\"mode\":\"404\"}").status, 200);
    QCOMPARE(send(*sandbox, "POST", checkoutPath, companyQuery(companyId), checkout).status, 404);
    QCOMPARE(control(*sandbox, "POST", QStringLiteral("/lifecycle-actions"), "{\"mode\":\"served\"}").status, 200);
    QCOMPARE(send(*sandbox, "POST", checkoutPath, companyQuery(companyId), checkout).status, 201);

    const QList<std::pair<QByteArray, QString>> invalid = {
        {QByteArray("{\"mode\":\"off\"}"), QStringLiteral("mode must be \"served\", \"404\" or \"405\"; got \"off\".")},
        {QByteArray("{\"mode\":404}"), QStringLiteral("mode must be a string.")},
        {QByteArray("{}"), QStringLiteral("mode is required.")},
        {QByteArray("404"), QStringLiteral("The request body is not a JSON object.")},
    };
    for (const auto &[body, message] : invalid) {
        const HttpResult result = control(*sandbox, "POST", QStringLiteral("/lifecycle-actions"), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorMessage(), message);
    }
    QCOMPARE(control(*sandbox, "GET", QStringLiteral("/lifecycle-actions")).body, QByteArray("{\"mode\":\"served\"}"));
}

QTEST_GUILESS_MAIN(TestSandboxRecords)
#include "tst_sandbox_records.moc"
