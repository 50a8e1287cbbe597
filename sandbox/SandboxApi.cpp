#include "SandboxApi.h"

#include "Depreciation.h"
#include "Logging.h"
#include "Paging.h"
#include "ResourceJson.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace Activo::Sandbox {

namespace {

struct LookupResource
{
    LookupKind kind;
    const char *path;
};

constexpr LookupResource kLookupResources[] = {
    {LookupKind::Category, "/categories"},
    {LookupKind::Location, "/locations"},
    {LookupKind::CostCenter, "/cost-centers"},
    {LookupKind::DepreciationBook, "/depreciation-books"},
    {LookupKind::Custodian, "/custodians"},
    {LookupKind::Employee, "/employees"},
};

} // namespace

// The last path segment of each lifecycle action, POST /assets/{id}/<name>.
const SandboxApi::LifecycleActionRoute SandboxApi::kLifecycleActionRoutes[] = {
    {SandboxApi::LifecycleAction::Transfer, "transfer"},
    {SandboxApi::LifecycleAction::Checkout, "checkout"},
    {SandboxApi::LifecycleAction::Checkin, "checkin"},
    {SandboxApi::LifecycleAction::Reserve, "reserve"},
    {SandboxApi::LifecycleAction::Dispose, "dispose"},
};

SandboxApi::SandboxApi(const Dataset &dataset, QSet<QByteArray> apiKeys, const Options &options)
    : m_apiKeys(std::move(apiKeys))
    , m_options(options)
{
    for (const CompanyRecord &record : dataset.companies) {
        auto company = std::make_unique<Company>();
        company->id = record.id;
        company->uuid = QUuid::fromString(record.id);
        company->name = record.name;
        company->json = companyJson(record);
        company->assets = std::make_unique<AssetRegister>(record);
        for (int kind = 0; kind < kLookupKindCount; ++kind) {
            QByteArrayList &items = company->lookups[std::size_t(kind)];
            for (const LookupRecord &lookup : record.lookups[std::size_t(kind)])
                items.append(lookupJson(LookupKind(kind), lookup));
        }
        company->lookupRecords.id = record.id;
        company->lookupRecords.name = record.name;
        company->lookupRecords.lookups = record.lookups;
        company->lookupIds = std::make_unique<LookupIds>(company->lookupRecords);
        company->history = record.history;
        company->ledger = std::make_unique<DepreciationLedger>(company->uuid, options.today, company->assets.get(),
                                                               &company->lookupRecords, &company->history);
        m_companies.push_back(std::move(company));
    }
    addRoutes();
}

SandboxApi::~SandboxApi() = default;

QString SandboxApi::basePath()
{
    return QStringLiteral("/api/v1");
}

void SandboxApi::setOrigin(const QString &origin)
{
    m_origin = origin;
}

void SandboxApi::acceptKey(const QByteArray &key)
{
    m_apiKeys.insert(key);
    m_revokedKeys.remove(key);
}

void SandboxApi::revokeKey(const QByteArray &key)
{
    m_apiKeys.remove(key);
    m_revokedKeys.insert(key);
}

void SandboxApi::addRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_router.addRoute(Method::Get, QStringLiteral("/companies"),
                      [this](const ApiRequest &request, const QStringList &) {
                          return listCompanies(request);
                      });
    m_router.addRoute(Method::Get, QStringLiteral("/assets"),
                      [this](const ApiRequest &request, const QStringList &) {
                          return listAssets(request);
                      });
    m_router.addRoute(Method::Post, QStringLiteral("/assets"),
                      [this](const ApiRequest &request, const QStringList &) {
                          return createAsset(request);
                      });
    m_router.addRoute(Method::Get, QStringLiteral("/assets/{id}"),
                      [this](const ApiRequest &request, const QStringList &arguments) {
                          return getAsset(request, arguments.at(0));
                      });
    m_router.addRoute(Method::Put, QStringLiteral("/assets/{id}"),
                      [this](const ApiRequest &request, const QStringList &arguments) {
                          return updateAsset(request, arguments.at(0));
                      });
    for (const LookupResource &resource : kLookupResources) {
        const LookupKind kind = resource.kind;
        const QString path = QString::fromLatin1(resource.path);
        m_router.addRoute(Method::Get, path,
                          [this, kind](const ApiRequest &request, const QStringList &) {
                              return listLookup(request, kind);
                          });
        m_router.addRoute(Method::Post, path,
                          [this, kind](const ApiRequest &request, const QStringList &) {
                              return createLookup(request, kind);
                          });
        m_router.addRoute(Method::Put, path + QStringLiteral("/{id}"),
                          [this, kind](const ApiRequest &request, const QStringList &arguments) {
                              return updateLookup(request, kind, arguments.at(0));
                          });
    }
    addRecordRoutes();
}

void SandboxApi::addRecordRoutes()
{
    using Method = QHttpServerRequest::Method;
    using ListHandler = ApiReply (SandboxApi::*)(const ApiRequest &) const;
    using RecordHandler = ApiReply (SandboxApi::*)(const ApiRequest &, const QString &) const;

    const auto addList = [this](const char *path, ListHandler handler) {
        m_router.addRoute(Method::Get, QString::fromLatin1(path),
                          [this, handler](const ApiRequest &request, const QStringList &) {
                              return (this->*handler)(request);
                          });
    };
    const auto addRecord = [this](const char *path, RecordHandler handler) {
        m_router.addRoute(Method::Get, QString::fromLatin1(path),
                          [this, handler](const ApiRequest &request, const QStringList &arguments) {
                              return (this->*handler)(request, arguments.at(0));
                          });
    };

    addList("/fiscal-years", &SandboxApi::listFiscalYears);
    addList("/depreciation-runs", &SandboxApi::listDepreciationRuns);
    addRecord("/depreciation-runs/{id}", &SandboxApi::getDepreciationRun);
    addList("/depreciation-entries", &SandboxApi::listDepreciationEntries);
    addList("/journal-batches", &SandboxApi::listJournalBatches);
    addRecord("/journal-batches/{id}", &SandboxApi::getJournalBatch);
    addList("/disposals", &SandboxApi::listDisposals);
    addList("/revaluations", &SandboxApi::listRevaluations);
    addList("/count-sessions", &SandboxApi::listCountSessions);
    addRecord("/count-sessions/{id}", &SandboxApi::getCountSession);
    addList("/count-results", &SandboxApi::listCountResults);
    addList("/transfers", &SandboxApi::listTransfers);
    addList("/checkouts", &SandboxApi::listCheckouts);
    addList("/reservations", &SandboxApi::listReservations);

    for (const LifecycleActionRoute &route : kLifecycleActionRoutes) {
        const LifecycleAction action = route.action;
        m_router.addRoute(Method::Post, QStringLiteral("/assets/{id}/") + QLatin1String(route.name),
                          [this, action](const ApiRequest &request, const QStringList &arguments) {
                              return runLifecycleAction(request, arguments.at(0), action);
                          });
    }
}

std::optional<ApiReply> SandboxApi::lifecycleActionsOff(const QString &path) const
{
    if (m_options.lifecycleActions == LifecycleActionMode::Served)
        return std::nullopt;

    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool isActionPath = segments.size() == 3 && segments.at(0) == QLatin1String("assets")
        && std::any_of(std::cbegin(kLifecycleActionRoutes), std::cend(kLifecycleActionRoutes),
                       [&segments](const LifecycleActionRoute &route) {
                           return segments.at(2) == QLatin1String(route.name);
                       });
    if (!isActionPath)
        return std::nullopt;

    if (m_options.lifecycleActions == LifecycleActionMode::NotFound)
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Not found.");
    ApiReply reply = ApiReply::error(ApiReply::StatusCode::MethodNotAllowed, u"Method not allowed.");
    reply.headers.append({QByteArrayLiteral("Allow"), QByteArray()});
    return reply;
}

ApiReply SandboxApi::handle(const ApiRequest &request)
{
    if (request.apiKey.isEmpty()) {
        ApiReply reply = ApiReply::empty(ApiReply::StatusCode::Unauthorized);
        reply.errorMessage = QStringLiteral("the X-Api-Key header is missing");
        return reply;
    }
    if (!m_apiKeys.contains(request.apiKey)) {
        ApiReply reply = ApiReply::empty(ApiReply::StatusCode::Unauthorized);
        reply.errorMessage = m_revokedKeys.contains(request.apiKey)
            ? QStringLiteral("the X-Api-Key value was revoked through the control API")
            : QStringLiteral("the X-Api-Key value is not an accepted key");
        return reply;
    }

    const QString base = basePath();
    if (request.path != base && !request.path.startsWith(base + QLatin1Char('/')))
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Not found.");

    const QString path = request.path.mid(base.size());
    if (std::optional<ApiReply> reply = lifecycleActionsOff(path))
        return *reply;
    return m_router.dispatch(request, path);
}

SandboxApi::Company *SandboxApi::findCompany(const ApiRequest &request, ApiReply *error) const
{
    const QString text = request.query.value(QStringLiteral("companyId"));
    if (text.isEmpty()) {
        *error = ApiReply::error(ApiReply::StatusCode::BadRequest, u"companyId is required.");
        return nullptr;
    }

    // QUuid::fromString() returns the null UUID for malformed text, which
    // no company has.
    const QUuid uuid = QUuid::fromString(text);
    if (!uuid.isNull()) {
        for (const auto &company : m_companies) {
            if (company->uuid == uuid)
                return company.get();
        }
    }
    *error = ApiReply::error(ApiReply::StatusCode::NotFound, u"Company not found.");
    return nullptr;
}

ApiReply SandboxApi::listCompanies(const ApiRequest &request) const
{
    ApiReply error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    return pageReply(qsizetype(m_companies.size()), *window,
                     [this](qsizetype index) {
                         return QByteArrayView(m_companies.at(std::size_t(index))->json);
                     });
}

ApiReply SandboxApi::listAssets(const ApiRequest &request)
{
    ApiReply error;
    Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    AssetRegister &assets = *company->assets;
    const QString search = request.query.value(QStringLiteral("search")).trimmed();
    if (search.isEmpty()) {
        return pageReply(assets.size(), *window, [&assets](qsizetype index) {
            return assets.json(index);
        });
    }

    const AssetRegister::Matches matches = assets.search(search);
    return pageReply(matches->size(), *window,
                     [&assets, &matches](qsizetype index) {
                         return assets.json(matches->at(index));
                     });
}

ApiReply SandboxApi::getAsset(const ApiRequest &request, const QString &assetId) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;

    const QUuid uuid = QUuid::fromString(assetId);
    const std::optional<QByteArrayView> json = uuid.isNull() ? std::nullopt : company->assets->find(uuid);
    if (!json)
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Asset not found.");
    return ApiReply::json(json->toByteArray());
}

ApiReply SandboxApi::createAsset(const ApiRequest &request)
{
    ApiReply error;
    Company *company = findCompany(request, &error);
    if (!company)
        return error;

    AssetWriteResult write = readAssetWrite(request.body, *company->lookupIds);
    if (!write.asset)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, write.error);
    AssetRecord &asset = *write.asset;

    if (!company->assets->findCode(asset.assetCode).isNull())
        return ApiReply::error(ApiReply::StatusCode::BadRequest, duplicateAssetCodeMessage(asset.assetCode));
    if (m_options.assetLimit && company->assets->size() >= *m_options.assetLimit)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, u"Asset limit reached -- upgrade your plan.");

    // A random version 4 UUID. A repeat is practically impossible, but it
    // would silently replace another asset, so it is ruled out.
    QUuid id;
    do {
        id = QUuid::createUuid();
    } while (company->assets->find(id));
    asset.id = id.toString(QUuid::WithoutBraces);

    return storeAsset(*company, std::move(asset), ApiReply::StatusCode::Created, request);
}

ApiReply SandboxApi::updateAsset(const ApiRequest &request, const QString &assetId)
{
    ApiReply error;
    Company *company = findCompany(request, &error);
    if (!company)
        return error;

    // The asset must exist before its body is checked, so a PUT to an
    // unknown id always gives 404.
    const QUuid uuid = QUuid::fromString(assetId);
    if (uuid.isNull() || !company->assets->find(uuid))
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Asset not found.");

    AssetWriteResult write = readAssetWrite(request.body, *company->lookupIds);
    if (!write.asset)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, write.error);
    AssetRecord &asset = *write.asset;

    const QUuid codeOwner = company->assets->findCode(asset.assetCode);
    if (!codeOwner.isNull() && codeOwner != uuid)
        return ApiReply::error(ApiReply::StatusCode::BadRequest, duplicateAssetCodeMessage(asset.assetCode));

    asset.id = uuid.toString(QUuid::WithoutBraces);
    return storeAsset(*company, std::move(asset), ApiReply::StatusCode::Ok, request);
}

ApiReply SandboxApi::storeAsset(Company &company, AssetRecord asset, ApiReply::StatusCode status,
                                const ApiRequest &request)
{
    const QString id = asset.id;
    QByteArray json = storeAssetRecord(company, std::move(asset), request);
    if (status == ApiReply::StatusCode::Created)
        return createdReply(company, QStringLiteral("/assets/") + id, std::move(json));
    return ApiReply::json(std::move(json), status);
}

QByteArray SandboxApi::storeAssetRecord(Company &company, AssetRecord asset, const ApiRequest &request)
{
    DepreciationBasis basis;
    basis.costCents = asset.acquisitionCostCents;
    basis.salvageCents = asset.salvageValueCents;
    basis.usefulLifeMonths = asset.usefulLifeMonths;
    basis.acquired = asset.acquisitionDate;
    asset.accumulatedDepreciationCents = company.ledger->accumulatedDepreciation(QUuid::fromString(asset.id), basis);
    QByteArray json = assetJson(company.lookupRecords, asset);
    company.assets->store(asset, json);
    qCDebug(lcSandbox, "stored asset %s with assetCode %s in company %s (request=%s)", qUtf8Printable(asset.id),
            qUtf8Printable(asset.assetCode), qUtf8Printable(company.id), request.requestId.constData());
    return json;
}

ApiReply SandboxApi::createdReply(const Company &company, const QString &path, QByteArray json) const
{
    ApiReply reply = ApiReply::json(std::move(json), ApiReply::StatusCode::Created);
    const QString location = m_origin + basePath() + path + QStringLiteral("?companyId=") + company.id;
    reply.headers.append({QByteArrayLiteral("Location"), location.toUtf8()});
    return reply;
}

ApiReply SandboxApi::listLookup(const ApiRequest &request, LookupKind kind) const
{
    ApiReply error;
    const Company *company = findCompany(request, &error);
    if (!company)
        return error;
    const std::optional<PageWindow> window = readPageWindow(request.query, &error);
    if (!window)
        return error;

    const QByteArrayList &items = company->lookups[std::size_t(kind)];
    return pageReply(items.size(), *window, [&items](qsizetype index) {
        return QByteArrayView(items.at(index));
    });
}

} // namespace Activo::Sandbox
