#include "SandboxApi.h"

#include "Paging.h"
#include "ResourceJson.h"

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

SandboxApi::SandboxApi(const Dataset &dataset, QSet<QByteArray> apiKeys)
    : m_apiKeys(std::move(apiKeys))
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
        m_companies.push_back(std::move(company));
    }
    addRoutes();
}

SandboxApi::~SandboxApi() = default;

QString SandboxApi::basePath()
{
    return QStringLiteral("/api/v1");
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
    m_router.addRoute(Method::Get, QStringLiteral("/assets/{id}"),
                      [this](const ApiRequest &request, const QStringList &arguments) {
                          return getAsset(request, arguments.at(0));
                      });
    for (const LookupResource &resource : kLookupResources) {
        const LookupKind kind = resource.kind;
        m_router.addRoute(Method::Get, QString::fromLatin1(resource.path),
                          [this, kind](const ApiRequest &request, const QStringList &) {
                              return listLookup(request, kind);
                          });
    }
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
        reply.errorMessage = QStringLiteral("the X-Api-Key value is not an accepted key");
        return reply;
    }

    const QString base = basePath();
    if (request.path != base && !request.path.startsWith(base + QLatin1Char('/')))
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Not found.");

    return m_router.dispatch(request, request.path.mid(base.size()));
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
    const std::optional<qsizetype> index =
        uuid.isNull() ? std::nullopt : company->assets->indexOf(uuid);
    if (!index)
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Asset not found.");
    return ApiReply::json(company->assets->json(*index).toByteArray());
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
