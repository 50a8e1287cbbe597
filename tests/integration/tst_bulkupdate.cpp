#include "SandboxClient.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Page.h"
#include "bulk/AssetChange.h"
#include "bulk/AssetCodeLookup.h"
#include "bulk/BulkAssetUpdate.h"
#include "models/AssetPayload.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;
using Outcome = BulkAssetUpdate::Outcome;

namespace {

// The top-level members of a JSON object as written: name and the exact
// bytes of its value, in the order of the text.
QList<std::pair<QByteArray, QByteArray>> memberTexts(const QByteArray &json)
{
    QList<std::pair<QByteArray, QByteArray>> members;
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    const auto addMember = [&members, &json](qsizetype from, qsizetype to) {
        const QByteArray member = json.mid(from, to - from).trimmed();
        const qsizetype colon = member.indexOf("\":") + 1;
        members.append({member.left(colon).trimmed(), member.mid(colon + 1).trimmed()});
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth == 1)
                start = i + 1;
        } else if (c == '}' || c == ']') {
            if (--depth == 0 && start >= 0 && i > start)
                addMember(start, i);
        } else if (c == ',' && depth == 1) {
            addMember(start, i);
            start = i + 1;
        }
    }
    return members;
}

} // namespace

// The bulk change of assets and the lookup by codes, against the sandbox.
class TestBulkUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void parseCodesSplitsPastedText();
    void lookupFindsExactCodesOnly();
    void previewSortsAssets();
    void fiftyAssetsWithRejectedWrites();
    void serverErrorsAndDroppedWrites();
    void lostReplyOfStoredWrite();
    void cancelStopsStartingNew();
    void resultsExportAsCsv();

private:
    ApiJob *finishedJob(ApiJob *job);
    QByteArray rawAsset(const QUuid &id);
    Asset readAsset(const QUuid &id);
    QVector<Asset> registerAssets(int skip, int count);
    QVector<QUuid> disposedAssetIds();
    QUuid createLocation(const QString &code);
    int putCount(const QUuid &id) const;
    bool runToEnd(BulkAssetUpdate &update, std::function<void()> start);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests"), QStringLiteral("--today"),
                              QStringLiteral("2025-06-30")}};
    ApiClient *m_client = nullptr;
    QString m_company;
};

void TestBulkUpdate::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_client = Activo::Test::createSandboxClient(&m_network, m_sandbox, this);
    const QStringList companies = Activo::Test::loadCompanyIds(m_client);
    QCOMPARE(companies.size(), 2);
    m_company = companies.at(0);
}

void TestBulkUpdate::cleanup()
{
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
}

ApiJob *TestBulkUpdate::finishedJob(ApiJob *job)
{
    bool done = false;
    connect(job, &ApiJob::finished, this, [&done] { done = true; });
    job->start();
    return QTest::qWaitFor([&done] { return done; }, 15000) ? job : nullptr;
}

QByteArray TestBulkUpdate::rawAsset(const QUuid &id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    QByteArray body;
    ApiJob *job = m_client->get(QStringLiteral("/assets/") + id.toString(QUuid::WithoutBraces), query);
    connect(job, &ApiJob::finished, this, [&body](ApiJob *finished) {
        if (finished->succeeded())
            body = finished->rawBody();
    });
    finishedJob(job);
    return body;
}

Asset TestBulkUpdate::readAsset(const QUuid &id)
{
    const QByteArray body = rawAsset(id);
    const std::optional<Asset> asset = Asset::fromJson(QJsonDocument::fromJson(body).object(), nullptr);
    return asset.value_or(Asset());
}

QVector<Asset> TestBulkUpdate::registerAssets(int skip, int count)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("take"), QString::number(count));
    QVector<Asset> assets;
    ApiJob *job = m_client->get(QStringLiteral("/assets"), query);
    connect(job, &ApiJob::finished, this, [&assets](ApiJob *finished) {
        Page page;
        if (!finished->succeeded() || !Page::parse(finished->json(), 0, &page, nullptr))
            return;
        for (const QJsonValue &value : std::as_const(page.items)) {
            if (const std::optional<Asset> asset = Asset::fromJson(value.toObject(), nullptr))
                assets.append(*asset);
        }
    });
    finishedJob(job);
    return assets;
}

QVector<QUuid> TestBulkUpdate::disposedAssetIds()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    QVector<QUuid> ids;
    ApiJob *job = m_client->get(QStringLiteral("/disposals"), query);
    connect(job, &ApiJob::finished, this, [&ids](ApiJob *finished) {
        const QJsonArray items = finished->json().object().value(QLatin1String("items")).toArray();
        for (const QJsonValue &item : items)
            ids.append(QUuid(item.toObject().value(QLatin1String("assetId")).toString()));
    });
    finishedJob(job);
    return ids;
}

QUuid TestBulkUpdate::createLocation(const QString &code)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    const QJsonObject body{{QStringLiteral("code"), code},
                           {QStringLiteral("name"), QString(QStringLiteral("Bulk test ") + code)},
                           {QStringLiteral("city"), QStringLiteral("Lima")},
                           {QStringLiteral("country"), QStringLiteral("PE")},
                           {QStringLiteral("isActive"), QJsonValue(true)}};
    QUuid id;
    ApiJob *job = m_client->sendJson("POST", QStringLiteral("/locations"), query,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(job, &ApiJob::finished, this, [&id](ApiJob *finished) {
        id = QUuid(finished->json().object().value(QLatin1String("id")).toString());
    });
    finishedJob(job);
    return id;
}

int TestBulkUpdate::putCount(const QUuid &id) const
{
    return m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/") + id.toString(QUuid::WithoutBraces));
}

bool TestBulkUpdate::runToEnd(BulkAssetUpdate &update, std::function<void()> start)
{
    QSignalSpy finished(&update, &BulkAssetUpdate::finished);
    start();
    return !finished.isEmpty() || finished.wait(60000);
}

void TestBulkUpdate::parseCodesSplitsPastedText()
{
    const QString pasted = QStringLiteral("FUR-0011\r\nfur-0011, LAP-0001;\tCOM-0002  CMP-9\n\n ;,\nLap-0001\n");
    QCOMPARE(AssetCodeLookup::parseCodes(pasted),
             QStringList({QStringLiteral("FUR-0011"), QStringLiteral("LAP-0001"), QStringLiteral("COM-0002"),
                          QStringLiteral("CMP-9")}));
    QVERIFY(AssetCodeLookup::parseCodes(QStringLiteral(" \n\t ,; ")).isEmpty());
}

void TestBulkUpdate::lookupFindsExactCodesOnly()
{
    const QVector<Asset> assets = registerAssets(100, 2);
    QCOMPARE(assets.size(), 2);
    // A code in other case, a code that no asset has, and a text that very
    // many codes contain but none equals.
    const QStringList codes{assets.at(0).assetCode, assets.at(1).assetCode.toLower(), QStringLiteral("NOPE-0000"),
                            QStringLiteral("0")};
    AssetCodeLookup lookup(m_client, m_company);
    QSignalSpy finished(&lookup, &AssetCodeLookup::finished);
    lookup.start(codes);
    QVERIFY(finished.wait(30000));
    QCOMPARE(lookup.results().size(), 4);
    QCOMPARE(lookup.results().at(0).kind, AssetCodeLookup::Result::Kind::Found);
    QCOMPARE(lookup.results().at(0).assets.size(), 1);
    QCOMPARE(lookup.results().at(0).assets.first().id, assets.at(0).id);
    QCOMPARE(lookup.results().at(1).kind, AssetCodeLookup::Result::Kind::Found);
    QCOMPARE(lookup.results().at(1).assets.first().id, assets.at(1).id);
    QCOMPARE(lookup.results().at(2).kind, AssetCodeLookup::Result::Kind::NotFound);
    QCOMPARE(lookup.results().at(2).message, QStringLiteral("No asset has this code."));
    QCOMPARE(lookup.results().at(3).kind, AssetCodeLookup::Result::Kind::NotFound);
    QVERIFY2(lookup.results().at(3).message.startsWith(QStringLiteral("Not checked: ")),
             qPrintable(lookup.results().at(3).message));
    QCOMPARE(lookup.foundAssets().size(), 2);
    QCOMPARE(lookup.doneCount(), 4);
    // "0" was looked up page by page up to the limit, not through the whole register.
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets?companyId=")
                                                                   + m_company + QStringLiteral("&search=0&")),
                 AssetCodeLookup::maxPagesPerCode);
}

void TestBulkUpdate::previewSortsAssets()
{
    Asset moved;
    moved.id = QUuid::createUuid();
    moved.status = QStringLiteral("Active");
    moved.availability = QStringLiteral("Available");
    Asset alreadyThere = moved;
    alreadyThere.id = QUuid::createUuid();
    alreadyThere.location.id = QUuid::createUuid();
    Asset disposed = moved;
    disposed.id = QUuid::createUuid();
    disposed.status = QStringLiteral("Disposed");
    Asset checkedOut = moved;
    checkedOut.id = QUuid::createUuid();
    checkedOut.availability = QStringLiteral("CheckedOut");

    AssetChange change;
    QVERIFY(change.isEmpty());
    change.location = alreadyThere.location;
    QVERIFY(!change.isEmpty());
    AssetChangePreview preview = AssetChangePreview::compute({moved, alreadyThere, disposed, checkedOut}, change);
    QCOMPARE(preview.toChange.size(), 2); // a checked-out asset can move
    QCOMPARE(preview.alreadySet.size(), 1);
    QCOMPARE(preview.alreadySet.first().id, alreadyThere.id);
    QCOMPARE(preview.rejected.size(), 1);
    QCOMPARE(preview.rejected.first().first.id, disposed.id);
    QVERIFY(preview.rejected.first().second.contains(QStringLiteral("disposed")));

    change.availability = QStringLiteral("Reserved");
    preview = AssetChangePreview::compute({moved, alreadyThere, disposed, checkedOut}, change);
    QCOMPARE(preview.toChange.size(), 2);
    QCOMPARE(preview.alreadySet.size(), 0);
    QCOMPARE(preview.rejected.size(), 2);
    QCOMPARE(preview.rejected.at(1).first.id, checkedOut.id);
    QVERIFY(preview.rejected.at(1).second.contains(QStringLiteral("Check it in first")));

    const Asset applied = change.appliedTo(moved);
    QCOMPARE(applied.location.id, alreadyThere.location.id);
    QCOMPARE(applied.availability, QStringLiteral("Reserved"));
    QCOMPARE(applied.status, QStringLiteral("Active"));
}

void TestBulkUpdate::fiftyAssetsWithRejectedWrites()
{
    const QUuid location = createLocation(QStringLiteral("BULK-50"));
    QVERIFY(!location.isNull());

    // 48 assets from the register and two disposed ones.
    const QVector<QUuid> disposedIds = disposedAssetIds();
    QVERIFY(disposedIds.size() >= 2);
    QVector<Asset> assets;
    for (const Asset &asset : registerAssets(200, 60)) {
        if (asset.status != u"Disposed" && assets.size() < 48)
            assets.append(asset);
    }
    QCOMPARE(assets.size(), 48);
    assets.insert(10, readAsset(disposedIds.at(0)));
    assets.append(readAsset(disposedIds.at(1)));
    QCOMPARE(assets.at(10).status, QStringLiteral("Disposed"));

    // Three assets carry members that this client does not know.
    for (int i : {0, 1, 2}) {
        Asset extended = assets.at(i);
        extended.raw.insert(QStringLiteral("serialNumber"), QStringLiteral("SN-%1").arg(i));
        extended.raw.insert(QStringLiteral("warranty"),
                            QJsonObject{{QStringLiteral("months"), 24}, {QStringLiteral("vendor"), QStringLiteral("Ñandú S.A.")}});
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("companyId"), m_company);
        ApiJob *job = finishedJob(m_client->sendJson("PUT", QStringLiteral("/assets/") + extended.id.toString(QUuid::WithoutBraces),
                                                     query, AssetPayload::toJson(extended)));
        QVERIFY(job);
    }

    QHash<QUuid, QByteArray> before;
    QHash<QUuid, int> putsBefore;
    for (const Asset &asset : std::as_const(assets)) {
        before.insert(asset.id, rawAsset(asset.id));
        QVERIFY(!before.value(asset.id).isEmpty());
        putsBefore.insert(asset.id, putCount(asset.id));
    }
    QVERIFY(before.value(assets.at(0).id).contains("\"serialNumber\":\"SN-0\""));
    const int allPutsBefore = m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/"));

    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("status=422,method=PUT,path=/assets,every=10"), &error),
             qPrintable(error));

    BulkAssetUpdate update(m_client, m_company);
    QAbstractItemModelTester tester(&update);
    QSignalSpy changedSignals(&update, &BulkAssetUpdate::assetChanged);
    AssetChange change;
    change.location = Json::Link{location, QStringLiteral("BULK-50"), QString()};
    QVERIFY(runToEnd(update, [&] { update.start(assets, change); }));

    QCOMPARE(update.rowCount(), 50);
    QCOMPARE(update.count(Outcome::Skipped), 2);
    QCOMPARE(update.count(Outcome::Failed), 4); // the 10th, 20th, 30th and 40th of 48 writes
    QCOMPARE(update.count(Outcome::Changed), 44);
    QCOMPARE(update.count(Outcome::Unchanged), 0);
    QCOMPARE(update.count(Outcome::NotStarted), 0);
    QCOMPARE(changedSignals.size(), 44);
    QCOMPARE(update.doneCount(), 50);
    QCOMPARE(update.retryableCount(), 4);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/")), allPutsBefore + 48);

    QVector<QUuid> failed;
    for (int row = 0; row < update.rowCount(); ++row) {
        const BulkAssetUpdate::Entry &entry = update.entry(row);
        QCOMPARE(entry.id, assets.at(row).id);
        QCOMPARE(entry.code, assets.at(row).assetCode);
        QCOMPARE(update.index(row, BulkAssetUpdate::CodeColumn).data().toString(), assets.at(row).assetCode);
        QCOMPARE(update.index(row, BulkAssetUpdate::NameColumn).data().toString(), assets.at(row).name);
        const QByteArray after = rawAsset(entry.id);
        const QString label = entry.code + QStringLiteral(": ") + entry.message;
        const QList<std::pair<QByteArray, QByteArray>> membersBefore = memberTexts(before.value(entry.id));
        const QList<std::pair<QByteArray, QByteArray>> membersAfter = memberTexts(after);
        QVERIFY(membersBefore.size() >= 20);

        switch (entry.outcome) {
        case Outcome::Skipped:
            QCOMPARE(entry.message, QStringLiteral("The asset is disposed, and a disposed asset cannot be changed."));
            QCOMPARE(update.index(row, BulkAssetUpdate::OutcomeColumn).data().toString(), QStringLiteral("Skipped"));
            QCOMPARE(putCount(entry.id), putsBefore.value(entry.id));
            QCOMPARE(after, before.value(entry.id));
            break;
        case Outcome::Failed:
            failed.append(entry.id);
            QCOMPARE(entry.error.httpStatus, 422);
            QVERIFY2(entry.message.startsWith(QStringLiteral("The server answered: Injected fault. (HTTP 422).")),
                     qPrintable(label));
            QCOMPARE(update.index(row, BulkAssetUpdate::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
            QTRY_COMPARE(putCount(entry.id), putsBefore.value(entry.id) + 1);
            QCOMPARE(after, before.value(entry.id));
            break;
        case Outcome::Changed: {
            QVERIFY2(entry.message.isEmpty(), qPrintable(label));
            QCOMPARE(putCount(entry.id), putsBefore.value(entry.id) + 1);
            QCOMPARE(membersAfter.size(), membersBefore.size());
            for (int i = 0; i < membersBefore.size(); ++i) {
                const QByteArray &name = membersBefore.at(i).first;
                QCOMPARE(membersAfter.at(i).first, name);
                if (name == "\"locationId\"") {
                    QCOMPARE(membersAfter.at(i).second, QByteArray("\"" + location.toString(QUuid::WithoutBraces).toLatin1() + "\""));
                } else if (name == "\"location\"") {
                    QVERIFY(membersAfter.at(i).second.contains(location.toString(QUuid::WithoutBraces).toLatin1()));
                    QVERIFY(membersAfter.at(i).second.contains("BULK-50"));
                } else {
                    QVERIFY2(membersAfter.at(i).second == membersBefore.at(i).second,
                             qPrintable(entry.code + QLatin1Char(' ') + QString::fromLatin1(name)));
                }
            }
            break;
        }
        default:
            QFAIL(qPrintable(label));
        }
    }
    QVERIFY(memberTexts(rawAsset(assets.at(0).id)).contains({"\"serialNumber\"", "\"SN-0\""}));

    // Without the fault, the failed ones succeed; each is read and written once more.
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    QVERIFY(runToEnd(update, [&] { update.retryFailed(); }));
    QCOMPARE(update.runSize(), 4);
    QCOMPARE(update.count(Outcome::Failed), 0);
    QCOMPARE(update.count(Outcome::Changed), 48);
    QCOMPARE(update.count(Outcome::Skipped), 2);
    QCOMPARE(changedSignals.size(), 48);
    for (const QUuid &id : std::as_const(failed)) {
        QTRY_COMPARE(putCount(id), putsBefore.value(id) + 2);
        const Asset after = readAsset(id);
        QCOMPARE(after.location.id, location);
        const QList<std::pair<QByteArray, QByteArray>> membersBefore = memberTexts(before.value(id));
        const QList<std::pair<QByteArray, QByteArray>> membersAfter = memberTexts(rawAsset(id));
        QCOMPARE(membersAfter.size(), membersBefore.size());
        for (int i = 0; i < membersBefore.size(); ++i) {
            if (!membersBefore.at(i).first.startsWith("\"location"))
                QCOMPARE(membersAfter.at(i), membersBefore.at(i));
        }
    }
}

void TestBulkUpdate::serverErrorsAndDroppedWrites()
{
    const QUuid location = createLocation(QStringLiteral("BULK-20"));
    QVERIFY(!location.isNull());
    QVector<Asset> assets;
    for (const Asset &asset : registerAssets(400, 30)) {
        if (asset.status != u"Disposed" && assets.size() < 20)
            assets.append(asset);
    }
    QCOMPARE(assets.size(), 20);
    QHash<QUuid, QByteArray> before;
    QHash<QUuid, int> putsBefore;
    for (const Asset &asset : std::as_const(assets)) {
        before.insert(asset.id, rawAsset(asset.id));
        putsBefore.insert(asset.id, putCount(asset.id));
    }

    // The 500 rule fires on writes 4, 8, 12, 16 and 20; the drop rule on the
    // 5th, 10th and 15th of the other 15.
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("status=500,method=PUT,path=/assets,every=4"), &error), qPrintable(error));
    QVERIFY2(m_sandbox.addFault(QStringLiteral("drop,method=PUT,path=/assets,every=5"), &error), qPrintable(error));

    BulkAssetUpdate update(m_client, m_company);
    AssetChange change;
    change.location = Json::Link{location, QString(), QString()};
    QVERIFY(runToEnd(update, [&] { update.start(assets, change); }));
    QCOMPARE(update.count(Outcome::Changed), 12);
    QCOMPARE(update.count(Outcome::Failed), 8);

    int serverErrors = 0;
    int dropped = 0;
    for (int row = 0; row < update.rowCount(); ++row) {
        const BulkAssetUpdate::Entry &entry = update.entry(row);
        // Each write was sent exactly once, whatever happened to it.
        QTRY_COMPARE(putCount(entry.id), putsBefore.value(entry.id) + 1);
        if (entry.outcome == Outcome::Changed) {
            QCOMPARE(readAsset(entry.id).location.id, location);
            continue;
        }
        QCOMPARE(rawAsset(entry.id), before.value(entry.id));
        if (entry.error.kind == ApiError::Kind::Server) {
            ++serverErrors;
            QCOMPARE(entry.error.httpStatus, 500);
            QVERIFY2(entry.message.startsWith(QStringLiteral("The server answered: Injected fault. (HTTP 500).")),
                     qPrintable(entry.message));
        } else {
            ++dropped;
            QCOMPARE(entry.error.kind, ApiError::Kind::Network);
            QVERIFY2(entry.message.startsWith(QStringLiteral("No reply came from the server, "
                                                             "and the server still has the old values.")),
                     qPrintable(entry.message));
        }
    }
    QCOMPARE(serverErrors, 5);
    QCOMPARE(dropped, 3);

    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    QVERIFY(runToEnd(update, [&] { update.retryFailed(); }));
    QCOMPARE(update.count(Outcome::Changed), 20);
    for (const Asset &asset : std::as_const(assets))
        QCOMPARE(readAsset(asset.id).location.id, location);
}

void TestBulkUpdate::lostReplyOfStoredWrite()
{
    QVector<Asset> assets;
    for (const Asset &asset : registerAssets(600, 10)) {
        if (asset.status != u"Disposed" && asset.availability != u"CheckedOut" && assets.size() < 6)
            assets.append(asset);
    }
    QCOMPARE(assets.size(), 6);
    QHash<QUuid, int> putsBefore;
    for (const Asset &asset : std::as_const(assets))
        putsBefore.insert(asset.id, putCount(asset.id));
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("drop-after-store,method=PUT,path=/assets,every=3"), &error),
             qPrintable(error));

    BulkAssetUpdate update(m_client, m_company);
    AssetChange change;
    change.status = QStringLiteral("UnderMaintenance");
    change.availability = QStringLiteral("Unavailable");
    QVERIFY(runToEnd(update, [&] { update.start(assets, change); }));
    const int writes = 6 - update.count(Outcome::Unchanged);
    QCOMPARE(update.count(Outcome::Changed), writes);
    QCOMPARE(update.count(Outcome::Failed), 0);
    int confirmed = 0;
    for (int row = 0; row < update.rowCount(); ++row) {
        const BulkAssetUpdate::Entry &entry = update.entry(row);
        const Asset after = readAsset(entry.id);
        QCOMPARE(after.status, QStringLiteral("UnderMaintenance"));
        QCOMPARE(after.availability, QStringLiteral("Unavailable"));
        if (entry.outcome == Outcome::Changed)
            QTRY_COMPARE(putCount(entry.id), putsBefore.value(entry.id) + 1);
        if (entry.message.contains(QStringLiteral("but the server has the new values")))
            ++confirmed;
    }
    QCOMPARE(confirmed, writes / 3);
}

void TestBulkUpdate::cancelStopsStartingNew()
{
    const QUuid location = createLocation(QStringLiteral("BULK-CANCEL"));
    QVector<Asset> assets;
    for (const Asset &asset : registerAssets(800, 40)) {
        if (asset.status != u"Disposed" && assets.size() < 30)
            assets.append(asset);
    }
    QCOMPARE(assets.size(), 30);
    const int allPutsBefore = m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/"));
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("latency=200,path=/assets"), &error), qPrintable(error));

    BulkAssetUpdate update(m_client, m_company);
    QCOMPARE(update.maxInFlight(), 4);
    AssetChange change;
    change.location = Json::Link{location, QString(), QString()};
    QSignalSpy finished(&update, &BulkAssetUpdate::finished);
    QSignalSpy progress(&update, &BulkAssetUpdate::progressChanged);
    update.start(assets, change);
    QVERIFY(update.isRunning());
    // Cancel once the first asset is done: at most four others are in progress then.
    QVERIFY(QTest::qWaitFor([&update] { return update.doneCount() >= 1; }, 30000));
    const int doneAtCancel = update.doneCount();
    update.cancel();
    QVERIFY(update.isCancelled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!update.isRunning());

    const int notStarted = update.count(Outcome::NotStarted);
    QVERIFY2(notStarted >= 30 - doneAtCancel - 4, qPrintable(QString::number(notStarted)));
    QCOMPARE(update.count(Outcome::Changed) + notStarted, 30);
    QCOMPARE(update.count(Outcome::Waiting) + update.count(Outcome::InProgress), 0);
    for (int row = 0; row < update.rowCount(); ++row) {
        if (update.entry(row).outcome == Outcome::NotStarted) {
            QCOMPARE(update.entry(row).message, QStringLiteral("Cancelled before this asset was changed."));
            QCOMPARE(update.index(row, BulkAssetUpdate::OutcomeColumn).data().toString(),
                     QStringLiteral("Not started"));
        }
    }
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/")),
                 allPutsBefore + update.count(Outcome::Changed));
    QCOMPARE(progress.last().at(0).toInt(), 30);

    // The ones not started run on "Retry failed".
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    QVERIFY(runToEnd(update, [&] { update.retryFailed(); }));
    QCOMPARE(update.runSize(), notStarted);
    QCOMPARE(update.count(Outcome::Changed), 30);
}

void TestBulkUpdate::resultsExportAsCsv()
{
    QVector<Asset> assets = registerAssets(1000, 2);
    QCOMPARE(assets.size(), 2);
    Asset missing = assets.at(0);
    missing.id = QUuid::createUuid();
    missing.assetCode = QStringLiteral("=GONE-1");
    missing.name = QStringLiteral("Removed, \"old\" desk");

    BulkAssetUpdate update(m_client, m_company);
    AssetChange change;
    change.status = assets.at(0).status;
    change.availability = assets.at(0).availability;
    // An asset listed twice gets one row.
    QVERIFY(runToEnd(update, [&] { update.start({assets.at(0), missing, assets.at(0)}, change); }));
    QCOMPARE(update.rowCount(), 2);
    QCOMPARE(update.entry(0).outcome, Outcome::Unchanged);
    QCOMPARE(update.entry(0).message, QStringLiteral("The asset already has these values."));
    QCOMPARE(update.entry(1).outcome, Outcome::Failed);
    QCOMPARE(update.entry(1).error.httpStatus, 404);
    QVERIFY2(update.entry(1).message.startsWith(QStringLiteral("The asset could not be read: The server answered: "
                                                               "Asset not found. (HTTP 404).")),
             qPrintable(update.entry(1).message));

    const QByteArray csv = update.toCsv(CsvOptions());
    QVERIFY(csv.startsWith(QByteArray(Csv::byteOrderMark() + "Code,Name,Outcome,Message\r\n")));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last line end
    QVERIFY(lines.at(1).startsWith(QByteArray(assets.at(0).assetCode.toUtf8() + ',')));
    QVERIFY(lines.at(1).contains(",Unchanged,The asset already has these values.\r"));
    QVERIFY2(lines.at(2).startsWith("'=GONE-1,\"Removed, \"\"old\"\" desk\",Failed,"), lines.at(2).constData());

    const QString text = update.toTabSeparatedText();
    QVERIFY(text.startsWith(QStringLiteral("Code\tName\tOutcome\tMessage\n")));
    QVERIFY(text.contains(QStringLiteral("=GONE-1\tRemoved, \"old\" desk\tFailed\t")));
}

QTEST_GUILESS_MAIN(TestBulkUpdate)
#include "tst_bulkupdate.moc"
