// libFuzzer target for the code of activo_core that reads server data: the
// list envelope and PageCursor, the Json readers, Asset::fromJson,
// Money::fromJson, and the models and caches that take pages (AssetListModel,
// RecordListModel, CompanyList, LookupCache, AssetDirectory).
//
// Each input is one HTTP reply body. It is read three ways: by the parsers
// directly, by appendItems() of the two list models, and through ApiClient and
// ApiJob with a CannedNetwork, which returns replies from memory and never
// opens a socket. Besides crashes and sanitizer reports, FUZZ_CHECK aborts on a broken
// invariant (an amount that does not survive its own text form, a row index
// that names another row).
#include "CannedNetwork.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "api/Json.h"
#include "api/Page.h"
#include "models/Asset.h"
#include "models/AssetDirectory.h"
#include "models/AssetListModel.h"
#include "models/CompanyList.h"
#include "models/LookupCache.h"
#include "models/Money.h"
#include "models/RecordListModel.h"
#include "models/ResourceCatalog.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Activo;

#define FUZZ_CHECK(condition, message)                                                                   \
    do {                                                                                                 \
        if (!(condition)) {                                                                              \
            std::fprintf(stderr, "fuzz_parse: check failed at %s:%d: %s\n", __FILE__, __LINE__, message); \
            std::abort();                                                                                \
        }                                                                                                \
    } while (false)

namespace {

// Nesting depth up to which objects inside objects are read field by field.
constexpr int kMaxReadDepth = 4;
// Rows whose cells are read after a page is appended. More rows add time but no new paths.
constexpr int kMaxRowsRead = 40;
// Event-loop passes allowed for the canned replies of one step to finish.
constexpr int kMaxEventPasses = 2000;
// Requests allowed for one input. A page names at most a few hundred assets
// within libFuzzer's default input size, so more means a request loop.
constexpr int kMaxRequests = 5000;

const QString kCompanyId = QStringLiteral("7d0b8f0e-3c52-4a55-9d8f-1b2c3d4e5f60");
const QUuid kInsertedAssetId(QStringLiteral("00000000-0000-4000-8000-00000000f022"));

// Roles that the list models return data for: the Qt roles that views
// request and the custom roles after Qt::UserRole.
const int kRoles[] = {Qt::DisplayRole,  Qt::ToolTipRole,    Qt::TextAlignmentRole, Qt::AccessibleTextRole,
                      Qt::UserRole + 1, Qt::UserRole + 2,   Qt::UserRole + 3,      Qt::UserRole + 4,
                      Qt::UserRole + 5, Qt::UserRole + 6};

// Drops Qt's and the project's log output, which would slow every run, but
// keeps qFatal() fatal so that QAbstractItemModelTester failures are crashes.
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fuzz_parse: fatal message: %s\n", qPrintable(message));
        std::abort();
    }
}

// AssetListModel with its protected page entry point made public.
class AppendableAssetList : public AssetListModel
{
public:
    using AssetListModel::AssetListModel;
    using AssetListModel::appendItems;
};

// RecordListModel with its protected page entry point made public.
class AppendableRecordList : public RecordListModel
{
public:
    using RecordListModel::RecordListModel;
    using RecordListModel::appendItems;
};

void checkMoney(const std::optional<Money> &money)
{
    if (!money)
        return;
    FUZZ_CHECK(money->cents() >= -Money::maxCents && money->cents() <= Money::maxCents,
               "an amount outside +-Money::maxCents was accepted");
    const std::optional<Money> again = Money::fromDecimalString(money->toDecimalString());
    FUZZ_CHECK(again && *again == *money, "Money::toDecimalString() does not parse back to the same amount");
    (void)money->toString(QLocale(QLocale::Spanish, QLocale::Spain));
    (void)money->toString(QLocale(QLocale::English, QLocale::UnitedStates));
}

// A JSON number that is the nearest double to an amount with at most two
// decimals, within the range that Money::fromJson documents, must be read as
// exactly that amount.
void checkJsonNumberAmount(const QJsonValue &value)
{
    if (!value.isDouble())
        return;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::fabs(number) >= 1e13)
        return;
    const std::optional<Money> rounded = Money::fromDecimalString(QString::number(number, 'f', 2));
    if (!rounded || double(rounded->cents()) / 100.0 != number)
        return;
    const std::optional<Money> money = Money::fromJson(value);
    FUZZ_CHECK(money, "Money::fromJson rejected a number with at most two decimals");
    FUZZ_CHECK(*money == *rounded, "Money::fromJson changed a number with at most two decimals");
}

void readAsset(const QJsonObject &object)
{
    QString error;
    QStringList warnings;
    const std::optional<Asset> asset = Asset::fromJson(object, &error, &warnings);
    if (!asset) {
        FUZZ_CHECK(!error.isEmpty(), "Asset::fromJson rejected an object without a reason");
        return;
    }
    FUZZ_CHECK(!asset->id.isNull(), "Asset::fromJson accepted a null id");
    FUZZ_CHECK(!asset->usefulLifeMonths || (*asset->usefulLifeMonths >= 0 && *asset->usefulLifeMonths <= 100000),
               "Asset::fromJson accepted a useful life outside 0..100000 months");
    for (const Json::Link *link :
         {&asset->category, &asset->location, &asset->costCenter, &asset->custodian, &asset->depreciationBook})
        (void)linkText(*link);
    for (const std::optional<Money> *money :
         {&asset->acquisitionCost, &asset->salvageValue, &asset->accumulatedDepreciation, &asset->netBookValue})
        checkMoney(*money);
    (void)Asset::statusText(asset->status);
    (void)Asset::availabilityText(asset->availability);
    (void)Asset::depreciationMethodText(asset->depreciationMethod);
}

void readObject(const QJsonObject &object, int depth);

void readValue(const QJsonValue &value, int depth)
{
    (void)Json::uuid(value);
    (void)Json::date(value);
    (void)Json::boolean(value);
    if (const std::optional<qint64> number = Json::integer(value); number && value.isDouble())
        FUZZ_CHECK(*number >= -9'000'000'000'000'000 && *number <= 9'000'000'000'000'000,
                   "Json::integer accepted a double beyond 9e15");
    checkMoney(Money::fromJson(value));
    checkJsonNumberAmount(value);
    if (value.isString())
        checkMoney(Money::fromDecimalString(value.toString()));
    if (depth >= kMaxReadDepth)
        return;
    if (value.isObject()) {
        readObject(value.toObject(), depth + 1);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            readValue(element, depth + 1);
    }
}

// Reads every member with every reader, as if each were the field a model requests.
void readObject(const QJsonObject &object, int depth)
{
    readAsset(object);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QByteArray name = it.key().toLatin1();
        const QByteArray idName = name + "Id";
        (void)Json::string(object, QLatin1String(name));
        (void)Json::link(object, QLatin1String(name), QLatin1String(idName));
        readValue(it.value(), depth);
    }
}

// The list an input stands for: the items of a valid envelope, else the
// document's own array or object, so item readers run on any JSON.
QJsonArray itemsOf(const QJsonDocument &document, const Page *page)
{
    if (page)
        return page->items;
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return QJsonArray{document.object()};
    return QJsonArray();
}

void walkCursor(const Page &page, int pageSize)
{
    PageCursor cursor(pageSize);
    FUZZ_CHECK(cursor.requestTake() >= 1 && cursor.requestTake() <= PageCursor::maxTake,
               "PageCursor requests a take outside 1..maxTake");
    cursor.advance(page);
    FUZZ_CHECK(cursor.total() == page.total, "PageCursor does not keep the page's total");
    FUZZ_CHECK(cursor.nextSkip() >= 0, "PageCursor moved to a negative skip");
    if (page.items.isEmpty())
        FUZZ_CHECK(cursor.atEnd(), "PageCursor goes on after an empty page");
    const qint64 skipBefore = cursor.nextSkip();
    cursor.noteRecordAdded();
    cursor.advance(page);
    FUZZ_CHECK(cursor.nextSkip() >= skipBefore, "PageCursor moved backwards");
}

void readDirectly(const QJsonDocument &document, const QByteArray &body)
{
    Page page;
    QString error;
    const qint64 requestedSkip = qint64(body.size()) * 100;
    const bool parsed = Page::parse(document, requestedSkip, &page, &error);
    if (parsed) {
        FUZZ_CHECK(page.total >= 0, "Page::parse accepted a negative total");
        // Page sizes from below 1 to above the maximum, to reach the clamping.
        walkCursor(page, int(body.size() % 260) - 30);
    } else {
        FUZZ_CHECK(!error.isEmpty(), "Page::parse rejected a reply without a reason");
    }
    const QJsonArray items = itemsOf(document, parsed ? &page : nullptr);
    for (const QJsonValue &item : items)
        readValue(item, 0);
}

void readCells(const QAbstractItemModel &model)
{
    const int rows = qMin(model.rowCount(), kMaxRowsRead);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role : kRoles)
                (void)model.data(index, role);
        }
    }
    for (int column = 0; column < model.columnCount(); ++column)
        (void)model.headerData(column, Qt::Horizontal, Qt::DisplayRole);
}

void checkAssetRows(const AssetListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QUuid id = model.assetIdAt(row);
        FUZZ_CHECK(!id.isNull(), "AssetListModel lists a row without an id");
        FUZZ_CHECK(model.rowOfAsset(id) == row, "AssetListModel::rowOfAsset() names another row");
    }
}

// Asset::fromJson results of `items`, for upsertAsset().
std::vector<Asset> validAssets(const QJsonArray &items, std::size_t limit)
{
    std::vector<Asset> assets;
    for (const QJsonValue &item : items) {
        if (assets.size() >= limit)
            break;
        if (std::optional<Asset> asset = Asset::fromJson(item.toObject(), nullptr))
            assets.push_back(std::move(*asset));
    }
    return assets;
}

void upsertInto(AssetListModel &model, const QJsonArray &items)
{
    std::vector<Asset> assets = validAssets(items, 4);
    for (const Asset &asset : assets)
        model.upsertAsset(asset);
    if (!assets.empty()) {
        Asset inserted = assets.front();
        inserted.id = kInsertedAssetId;
        model.upsertAsset(inserted);
    }
    checkAssetRows(model);
}

const QVector<ResourceDescription> &descriptions()
{
    // Resource is a dense enum from Categories to Reservations.
    static const QVector<ResourceDescription> all = [] {
        QVector<ResourceDescription> result;
        for (int resource = int(Resource::Categories); resource <= int(Resource::Reservations); ++resource)
            result.append(ResourceCatalog::describe(Resource(resource)));
        return result;
    }();
    return all;
}

void appendToModels(ApiClient *client, const QJsonArray &items)
{
    AppendableAssetList assets(client);
    QAbstractItemModelTester assetTester(&assets, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int skipped = assets.appendItems(items);
    FUZZ_CHECK(skipped >= 0 && skipped <= items.size(), "AssetListModel::appendItems skipped more items than it got");
    FUZZ_CHECK(assets.rowCount() + skipped == items.size(), "AssetListModel lost items it did not count as skipped");
    // The same page again adds nothing: every id is listed already.
    FUZZ_CHECK(assets.appendItems(items) == items.size(), "AssetListModel appended an id it already lists");
    checkAssetRows(assets);
    readCells(assets);
    upsertInto(assets, items);
    readCells(assets);

    for (const ResourceDescription &description : descriptions()) {
        AppendableRecordList records(client, description, nullptr, nullptr);
        QAbstractItemModelTester recordTester(&records, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int recordsSkipped = records.appendItems(items);
        FUZZ_CHECK(records.rowCount() + recordsSkipped == items.size(),
                   "RecordListModel lost items it did not count as skipped");
        FUZZ_CHECK(records.appendItems(items) == items.size(), "RecordListModel appended an id it already lists");
        for (int row = 0; row < records.rowCount(); ++row) {
            const QJsonObject record = records.recordAt(row);
            const QString id = Json::uuid(record.value(QLatin1String("id"))).toString(QUuid::WithoutBraces);
            FUZZ_CHECK(records.rowOfRecord(id) == row, "RecordListModel::rowOfRecord() names another row");
        }
        readCells(records);
    }
}

// Runs the event loop until every canned reply of the current step has been
// delivered and handled.
void settle(const CannedNetwork &network)
{
    int pass = 0;
    for (; pass < kMaxEventPasses; ++pass) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (network.pendingReplyCount() == 0)
            break;
    }
    // Signals queued by the last replies.
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    FUZZ_CHECK(pass < kMaxEventPasses, "requests still pending after the event-loop pass limit");
    FUZZ_CHECK(network.requestCount() <= kMaxRequests, "one input caused more requests than kMaxRequests");
}

void loadAssetRegister(CannedNetwork &network, ApiClient *client, const QByteArray &body)
{
    AssetListModel model(client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    network.serve(body, 200);
    model.setCompanyId(kCompanyId);
    settle(network);
    if (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        settle(network);
    }
    if (model.state() == PagedListModel::State::Failed)
        FUZZ_CHECK(model.lastError().isError(), "a failed list has no error");
    checkAssetRows(model);
    readCells(model);

    QJsonDocument document = QJsonDocument::fromJson(body);
    upsertInto(model, document.object().value(QLatin1String("items")).toArray());
    (void)model.totalCount();
}

void loadCompanies(CannedNetwork &network, ApiClient *client, const QByteArray &body)
{
    CompanyList companies(client);
    network.serve(body, 200);
    companies.load();
    settle(network);
    QSet<QString> ids;
    for (const Company &company : companies.companies()) {
        FUZZ_CHECK(!company.id.isEmpty(), "CompanyList kept a company without an id");
        FUZZ_CHECK(!ids.contains(company.id.toLower()), "CompanyList kept a company twice");
        ids.insert(company.id.toLower());
        FUZZ_CHECK(companies.indexOf(company.id) >= 0, "CompanyList::indexOf() misses a listed company");
    }
}

void loadLookupsAndRecords(CannedNetwork &network, ApiClient *client, const QByteArray &body)
{
    LookupCache lookups(client);
    AssetDirectory assets(client);
    network.serve(body, 200);
    lookups.refresh(kCompanyId, LookupKind::Location);
    settle(network);
    for (const LookupItem &item : lookups.items(kCompanyId, LookupKind::Location)) {
        FUZZ_CHECK(!item.id.isNull(), "LookupCache kept an item without an id");
        FUZZ_CHECK(lookups.find(kCompanyId, LookupKind::Location, item.id) != nullptr,
                   "LookupCache::find() misses a listed item");
    }

    // Transfers name an asset and two locations. The input chooses the second
    // resource. The first pass over the cells queues lookup and asset
    // requests, and the second pass reads their results.
    const QVector<ResourceDescription> &all = descriptions();
    const ResourceDescription &chosen = all.at(qsizetype(qHash(body) % size_t(all.size())));
    for (const ResourceDescription &description : {ResourceCatalog::describe(Resource::Transfers), chosen}) {
        RecordListModel records(client, description, &lookups, &assets);
        QAbstractItemModelTester tester(&records, QAbstractItemModelTester::FailureReportingMode::Fatal);
        network.serve(body, 200);
        records.setCompanyId(kCompanyId);
        settle(network);
        readCells(records);
        settle(network);
        readCells(records);
    }
}

// The body as the message of a failed request, for the statuses that carry one.
void readErrorReplies(CannedNetwork &network, ApiClient *client, const QByteArray &body)
{
    for (const int status : {400, 404, 422, 503}) {
        network.serve(body, status);
        ApiJob *job = client->get(QStringLiteral("/assets"));
        ApiError error;
        QObject::connect(job, &ApiJob::finished, job, [&error](ApiJob *finished) { error = finished->error(); });
        job->start();
        settle(network);
        FUZZ_CHECK(error.isError(), "a reply with an error status did not fail");
        (void)error.message();
        (void)error.advice();
        (void)error.details();
    }
}

void readThroughNetwork(const QByteArray &body)
{
    CannedNetwork network;
    ApiClient client(&network);
    // Only the text of the address matters: CannedNetwork sends nothing anywhere.
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
    client.setApiKey(QStringLiteral("fuzz-key"));
    client.setRetryPolicy(0, std::chrono::milliseconds(0));

    loadAssetRegister(network, &client, body);
    loadCompanies(network, &client, body);
    loadLookupsAndRecords(network, &client, body);
    readErrorReplies(network, &client, body);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(messageHandler);
    // QCoreApplication keeps a reference to argc, so both live as long as the process.
    static int argc = 1;
    static char name[] = "fuzz_parse";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application)
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body.trimmed(), &parseError);

    readDirectly(document, body);
    {
        CannedNetwork network;
        ApiClient client(&network);
        Page page;
        QString error;
        const bool parsed = Page::parse(document, 0, &page, &error);
        appendToModels(&client, itemsOf(document, parsed ? &page : nullptr));
    }
    readThroughNetwork(body);
    return 0;
}
