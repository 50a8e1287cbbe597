#include "SandboxClient.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/Asset.h"
#include "models/AssetDirectory.h"
#include "models/DepreciationSchedule.h"
#include "models/LifecycleAction.h"
#include "models/LookupCache.h"
#include "models/Money.h"
#include "models/RecordFormatter.h"
#include "models/RecordListModel.h"
#include "models/ResourceCatalog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;

Q_DECLARE_METATYPE(Activo::Resource)

namespace {

QList<Resource> listResources()
{
    return ResourceCatalog::masterDataResources() + ResourceCatalog::accountingResources()
        + ResourceCatalog::auditResources() + QList<Resource>{Resource::DepreciationEntries, Resource::CountResults};
}

} // namespace

// Every list of the API through the generic record model, against the sandbox.
class TestRecordLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyListLoadsToItsEnd_data();
    void everyListLoadsToItsEnd();
    void linkedRecordsAreNamed();
    void assetFilterNarrowsTheList_data();
    void assetFilterNarrowsTheList();
    void runEntriesAddUpToTheRunTotal();
    void scheduleAgreesWithPostedEntries();
    void sessionResultsCoverEveryStatus();
    void assetDirectoryReadsEachAssetOnce();
    void missingAssetIsNotMissingRoute();
    void missingRoutesAreReportedAsUnsupported_data();
    void missingRoutesAreReportedAsUnsupported();

private:
    // Loads every page; false when a page fails or nothing arrives for 20 s.
    bool loadAll(RecordListModel &model);
    QJsonObject firstRecord(Resource resource, const QString &filter = QString(), const QString &value = QString());

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests")}};
    ApiClient *m_client = nullptr;
    QString m_company;
};

void TestRecordLists::initTestCase()
{
    qRegisterMetaType<Activo::Resource>();
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_client = Activo::Test::createSandboxClient(&m_network, m_sandbox, this);
    const QStringList companies = Activo::Test::loadCompanyIds(m_client);
    QVERIFY(!companies.isEmpty());
    m_company = companies.first();
}

bool TestRecordLists::loadAll(RecordListModel &model)
{
    QSignalSpy fetching(&model, &PagedListModel::fetchingChanged);
    for (int guard = 0; guard < 10000; ++guard) {
        if (model.state() == PagedListModel::State::Failed)
            return false;
        if (model.isFetching()) {
            if (!fetching.wait(20000))
                return false;
            continue;
        }
        if (model.isComplete())
            return true;
        if (!model.canFetchMore(QModelIndex()))
            return false;
        model.fetchMore(QModelIndex());
    }
    return false;
}

QJsonObject TestRecordLists::firstRecord(Resource resource, const QString &filter, const QString &value)
{
    RecordListModel model(m_client, ResourceCatalog::describe(resource), nullptr, nullptr);
    if (!filter.isEmpty())
        model.setFilter(filter, value);
    QSignalSpy loaded(&model, &PagedListModel::pageLoaded);
    model.setCompanyId(m_company);
    if (!loaded.wait(10000) || model.rowCount() == 0)
        return QJsonObject();
    return model.recordAt(0);
}

void TestRecordLists::everyListLoadsToItsEnd_data()
{
    QTest::addColumn<Resource>("resource");
    for (Resource resource : listResources())
        QTest::newRow(qPrintable(ResourceCatalog::describe(resource).key)) << resource;
}

void TestRecordLists::everyListLoadsToItsEnd()
{
    QFETCH(Resource, resource);
    LookupCache lookups(m_client);
    AssetDirectory assets(m_client);
    RecordListModel model(m_client, ResourceCatalog::describe(resource), &lookups, &assets);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Small pages make even short lists take several requests; the long
    // lists use the largest page the API allows.
    model.setPageSize(resource == Resource::DepreciationEntries || resource == Resource::CountResults ? 200 : 7);
    model.setCompanyId(m_company);
    QVERIFY2(loadAll(model), qPrintable(model.lastError().details()));
    QVERIFY2(model.totalCount() > 0, "the sandbox should seed every list");
    QCOMPARE(qint64(model.rowCount()), model.totalCount());
    QCOMPARE(model.skippedItemCount(), 0);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(RecordRoles::RecordIdRole).toString());
    QCOMPARE(ids.size(), model.rowCount());
    // Every cell of the first rows turns into text without a request of its own.
    for (int row = 0; row < qMin(model.rowCount(), 20); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data(Qt::DisplayRole);
    }
}

void TestRecordLists::linkedRecordsAreNamed()
{
    LookupCache lookups(m_client);
    AssetDirectory assets(m_client);
    RecordListModel model(m_client, ResourceCatalog::describe(Resource::Transfers), &lookups, &assets);
    QSignalSpy loaded(&model, &PagedListModel::pageLoaded);
    model.setCompanyId(m_company);
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.rowCount() > 0);
    const ResourceDescription &d = model.description();
    int assetColumn = -1;
    int toColumn = -1;
    for (int column = 0; column < d.columns.size(); ++column) {
        if (d.columns.at(column).kind == ValueKind::Asset)
            assetColumn = column;
        if (d.columns.at(column).key == u"toLocationId")
            toColumn = column;
    }
    QVERIFY(assetColumn >= 0 && toColumn >= 0);
    // The first look starts the reads; the names follow.
    model.index(0, assetColumn).data();
    model.index(0, toColumn).data();
    const QJsonObject record = model.recordAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(lookups.isLoaded(m_company, LookupKind::Location), 10000);
    const LookupItem *location =
        lookups.find(m_company, LookupKind::Location, QUuid(record.value(QLatin1String("toLocationId")).toString()));
    QVERIFY(location);
    QCOMPARE(model.index(0, toColumn).data().toString(), QString(location->code + QStringLiteral(" — ") + location->name));
    QTRY_VERIFY_WITH_TIMEOUT(model.index(0, assetColumn).data().toString().contains(QStringLiteral(" — ")), 10000);
}

void TestRecordLists::assetFilterNarrowsTheList_data()
{
    QTest::addColumn<Resource>("resource");
    for (Resource resource : listResources()) {
        if (ResourceCatalog::describe(resource).filtersByAsset)
            QTest::newRow(qPrintable(ResourceCatalog::describe(resource).key)) << resource;
    }
}

void TestRecordLists::assetFilterNarrowsTheList()
{
    QFETCH(Resource, resource);
    const QJsonObject first = firstRecord(resource);
    QVERIFY(!first.isEmpty());
    const QString assetId = first.value(QLatin1String("assetId")).toString();
    QVERIFY(!assetId.isEmpty());

    RecordListModel all(m_client, ResourceCatalog::describe(resource), nullptr, nullptr);
    all.setCompanyId(m_company);
    QVERIFY(loadAll(all));
    int expected = 0;
    for (int row = 0; row < all.rowCount(); ++row)
        expected += all.recordAt(row).value(QLatin1String("assetId")).toString() == assetId ? 1 : 0;

    RecordListModel filtered(m_client, ResourceCatalog::describe(resource), nullptr, nullptr);
    filtered.setFilter(QStringLiteral("assetId"), assetId);
    filtered.setCompanyId(m_company);
    QVERIFY(loadAll(filtered));
    QCOMPARE(filtered.rowCount(), expected);
    QVERIFY(filtered.rowCount() < all.rowCount());
    for (int row = 0; row < filtered.rowCount(); ++row)
        QCOMPARE(filtered.index(row, 0).data(RecordRoles::AssetIdRole).toString(), assetId);
}

void TestRecordLists::runEntriesAddUpToTheRunTotal()
{
    const QJsonObject run = firstRecord(Resource::DepreciationRuns);
    QVERIFY(!run.isEmpty());
    RecordListModel entries(m_client, ResourceCatalog::describe(Resource::DepreciationEntries), nullptr, nullptr);
    entries.setFilter(QStringLiteral("runId"), run.value(QLatin1String("id")).toString());
    entries.setPageSize(200);
    entries.setCompanyId(m_company);
    QVERIFY(loadAll(entries));
    QCOMPARE(entries.rowCount(), run.value(QLatin1String("entryCount")).toInt());
    int amountColumn = -1;
    const ResourceDescription &d = entries.description();
    for (int column = 0; column < d.columns.size(); ++column) {
        if (d.columns.at(column).key == u"depreciationAmount")
            amountColumn = column;
    }
    QVERIFY(amountColumn >= 0);
    qint64 sum = 0;
    for (int row = 0; row < entries.rowCount(); ++row) {
        const QVariant cents = entries.index(row, amountColumn).data(RecordRoles::CentsRole);
        QVERIFY(cents.isValid());
        sum += cents.toLongLong();
        QCOMPARE(entries.recordAt(row).value(QLatin1String("depreciationRunId")).toString(),
                 run.value(QLatin1String("id")).toString());
    }
    const std::optional<Money> total = Money::fromJson(run.value(QLatin1String("totalDepreciation")));
    QVERIFY(total);
    QCOMPARE(sum, total->cents());
}

void TestRecordLists::scheduleAgreesWithPostedEntries()
{
    // Assets of the latest run of the first book, checked against the plan
    // the client computes from their cost, salvage value, life and date.
    RecordListModel runs(m_client, ResourceCatalog::describe(Resource::DepreciationRuns), nullptr, nullptr);
    runs.setCompanyId(m_company);
    QVERIFY(loadAll(runs));
    QVERIFY(runs.rowCount() > 0);
    const QJsonObject run = runs.recordAt(runs.rowCount() - 1);
    RecordListModel revaluations(m_client, ResourceCatalog::describe(Resource::Revaluations), nullptr, nullptr);
    revaluations.setCompanyId(m_company);
    QVERIFY(loadAll(revaluations));
    QSet<QString> revalued;
    for (int row = 0; row < revaluations.rowCount(); ++row)
        revalued.insert(revaluations.recordAt(row).value(QLatin1String("assetId")).toString());

    RecordListModel runEntries(m_client, ResourceCatalog::describe(Resource::DepreciationEntries), nullptr, nullptr);
    runEntries.setFilter(QStringLiteral("runId"), run.value(QLatin1String("id")).toString());
    runEntries.setPageSize(40);
    QSignalSpy firstPage(&runEntries, &PagedListModel::pageLoaded);
    runEntries.setCompanyId(m_company);
    QVERIFY(firstPage.wait(10000));
    QVERIFY(runEntries.rowCount() > 0);

    int checked = 0;
    for (int row = 0; row < runEntries.rowCount(); ++row) {
        const QString assetId = runEntries.recordAt(row).value(QLatin1String("assetId")).toString();
        if (revalued.contains(assetId))
            continue;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("companyId"), m_company);
        ApiJob *job = m_client->get(QStringLiteral("/assets/") + assetId, query);
        QSignalSpy done(job, &ApiJob::finished);
        job->start();
        QVERIFY(done.wait(10000));
        const std::optional<Asset> asset = Asset::fromJson(job->json().object(), nullptr);
        QVERIFY(asset);

        RecordListModel entries(m_client, ResourceCatalog::describe(Resource::DepreciationEntries), nullptr, nullptr);
        entries.setFilter(QStringLiteral("assetId"), assetId);
        entries.setCompanyId(m_company);
        QVERIFY(loadAll(entries));
        QVector<DepreciationSchedule::PostedEntry> posted;
        for (int line = 0; line < entries.rowCount(); ++line) {
            const auto entry = DepreciationSchedule::entryFromJson(entries.recordAt(line));
            QVERIFY(entry);
            posted.append(*entry);
        }
        QVERIFY(!posted.isEmpty());

        const DepreciationSchedule plan = DepreciationSchedule::forAsset(*asset, {});
        for (const DepreciationSchedule::PostedEntry &entry : std::as_const(posted)) {
            const int index = plan.periodAt(QDate(entry.year, entry.month, 1));
            QVERIFY(index >= 0);
            const DepreciationSchedule::Period &period = plan.periods().at(index);
            QCOMPARE(period.year, entry.year);
            QCOMPARE(period.month, entry.month);
            QCOMPARE(period.openingCents, entry.openingCents);
            QCOMPARE(period.chargeCents, entry.chargeCents);
            QCOMPARE(period.closingCents, entry.closingCents);
        }
        // With the entries posted, the month of the latest one carries the
        // asset's own accumulated depreciation.
        const DepreciationSchedule schedule = DepreciationSchedule::forAsset(*asset, posted);
        QCOMPARE(schedule.postedCount(), posted.size());
        const DepreciationSchedule::PostedEntry &latest =
            *std::max_element(posted.cbegin(), posted.cend(), [](const auto &a, const auto &b) {
                return a.year * 12 + a.month < b.year * 12 + b.month;
            });
        const int latestIndex = schedule.periodAt(QDate(latest.year, latest.month, 1));
        QCOMPARE(schedule.periods().at(latestIndex).accumulatedCents, asset->accumulatedDepreciation->cents());
        QCOMPARE(schedule.totalChargeCents(), asset->acquisitionCost->cents() - asset->salvageValue->cents());
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestRecordLists::sessionResultsCoverEveryStatus()
{
    RecordListModel sessions(m_client, ResourceCatalog::describe(Resource::CountSessions), nullptr, nullptr);
    sessions.setCompanyId(m_company);
    QVERIFY(loadAll(sessions));
    QSet<QString> statuses;
    for (int row = 0; row < sessions.rowCount(); ++row) {
        const QString sessionId = sessions.recordAt(row).value(QLatin1String("id")).toString();
        RecordListModel results(m_client, ResourceCatalog::describe(Resource::CountResults), nullptr, nullptr);
        results.setFilter(QStringLiteral("sessionId"), sessionId);
        results.setPageSize(200);
        results.setCompanyId(m_company);
        QVERIFY(loadAll(results));
        for (int line = 0; line < results.rowCount(); ++line) {
            const QJsonObject result = results.recordAt(line);
            QCOMPARE(result.value(QLatin1String("countSessionId")).toString(), sessionId);
            statuses.insert(result.value(QLatin1String("status")).toString());
        }
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("Found"), QStringLiteral("Missing"),
                                       QStringLiteral("Unexpected"), QStringLiteral("Moved")}));
}

void TestRecordLists::assetDirectoryReadsEachAssetOnce()
{
    const QJsonObject transfer = firstRecord(Resource::Transfers);
    const QUuid assetId(transfer.value(QLatin1String("assetId")).toString());
    QVERIFY(!assetId.isNull());
    AssetDirectory directory(m_client);
    QSignalSpy resolved(&directory, &AssetDirectory::resolved);
    const int before = m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets/"));
    QVERIFY(!directory.find(m_company, assetId));
    QVERIFY(!directory.find(m_company, assetId)); // queued once, not twice
    QVERIFY(resolved.wait(10000));
    const AssetDirectory::Entry *entry = directory.find(m_company, assetId);
    QVERIFY(entry);
    QVERIFY(!entry->missing);
    QVERIFY(!entry->code.isEmpty());
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets/")), before + 1);

    // An id the server does not know is marked missing, and shown by its start.
    const QUuid unknown = QUuid::createUuid();
    QVERIFY(!directory.find(m_company, unknown));
    QVERIFY(resolved.wait(10000));
    QVERIFY(directory.find(m_company, unknown)->missing);
    QVERIFY(directory.displayText(m_company, unknown).startsWith(unknown.toString(QUuid::WithoutBraces).left(8)));

    // Only the newest requests wait; older ones are dropped, not read.
    AssetDirectory bounded(m_client);
    bounded.setMaxConcurrentReads(1);
    bounded.setMaxQueuedReads(2);
    const int readsBefore = m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets/"));
    for (int i = 0; i < 6; ++i)
        bounded.find(m_company, QUuid::createUuid());
    QCOMPARE(bounded.queuedReadCount(), 2);
    QSignalSpy boundedResolved(&bounded, &AssetDirectory::resolved);
    QTRY_COMPARE_WITH_TIMEOUT(boundedResolved.count(), 3, 10000);
    QTest::qWait(200);
    QCOMPARE(boundedResolved.count(), 3);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets/")), readsBefore + 3);
}

void TestRecordLists::missingAssetIsNotMissingRoute()
{
    // On a server with the routes, an unknown asset is reported as gone.
    LifecycleRequest request(m_client, LifecycleAction::CheckIn, m_company, QUuid::createUuid(), QJsonObject());
    QSignalSpy finished(&request, &LifecycleRequest::finished);
    request.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(request.outcome(), LifecycleRequest::Outcome::AssetGone);
}

void TestRecordLists::missingRoutesAreReportedAsUnsupported_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("404") << QStringLiteral("404");
    QTest::newRow("405") << QStringLiteral("405");
}

void TestRecordLists::missingRoutesAreReportedAsUnsupported()
{
    QFETCH(QString, status);
    SandboxProcess without({QStringLiteral("--without-lifecycle-actions=") + status, QStringLiteral("--log-requests")});
    QString error;
    QVERIFY2(without.start(&error), qPrintable(error));
    ApiClient *client = Activo::Test::createSandboxClient(&m_network, without, this);
    const QStringList companies = Activo::Test::loadCompanyIds(client);
    QVERIFY(!companies.isEmpty());
    RecordListModel register_(client, ResourceCatalog::describe(Resource::Transfers), nullptr, nullptr);
    register_.setCompanyId(companies.first());
    QSignalSpy loaded(&register_, &PagedListModel::pageLoaded);
    QVERIFY(loaded.wait(10000));
    const QUuid assetId(register_.recordAt(0).value(QLatin1String("assetId")).toString());
    QVERIFY(!assetId.isNull());

    LifecycleRequest request(client, LifecycleAction::Reserve, companies.first(), assetId,
                             QJsonObject{{QStringLiteral("employeeId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    QSignalSpy finished(&request, &LifecycleRequest::finished);
    request.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(request.outcome(), LifecycleRequest::Outcome::Unsupported);
    QCOMPARE(without.countRequests(QStringLiteral("POST"), QStringLiteral("/assets/")), 1);

    LifecycleSupport support;
    QVERIFY(support.isOffered(client->baseUrl(), LifecycleAction::Reserve));
    support.markUnsupported(client->baseUrl(), LifecycleAction::Reserve);
    QVERIFY(!support.isOffered(client->baseUrl(), LifecycleAction::Reserve));
    QVERIFY(support.isOffered(client->baseUrl(), LifecycleAction::Transfer));
    QVERIFY(support.isOffered(m_client->baseUrl(), LifecycleAction::Reserve));
    delete client;
}

QTEST_GUILESS_MAIN(TestRecordLists)
#include "tst_recordlists.moc"
