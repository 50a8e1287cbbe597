#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "AssetRegister.h"
#include "Dataset.h"
#include "Router.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <array>
#include <memory>
#include <vector>

namespace Activo::Sandbox {

// The ActivoHQ v1 API over a fixed data set, independent of any socket.
//
// handle() checks the API key, routes the request and builds the reply. It
// does no I/O and sends nothing, so the server decides when and how the
// reply goes out.
class SandboxApi
{
public:
    SandboxApi(const Dataset &dataset, QSet<QByteArray> apiKeys);
    ~SandboxApi();

    SandboxApi(const SandboxApi &) = delete;
    SandboxApi &operator=(const SandboxApi &) = delete;

    // Path prefix of every API resource.
    static QString basePath();

    ApiReply handle(const ApiRequest &request);

private:
    struct Company
    {
        QString id;
        QUuid uuid;
        QString name;
        QByteArray json;
        std::unique_ptr<AssetRegister> assets;
        // Serialised lookup items, indexed by LookupKind, sorted by code.
        std::array<QByteArrayList, kLookupKindCount> lookups;
    };

    void addRoutes();

    ApiReply listCompanies(const ApiRequest &request) const;
    ApiReply listAssets(const ApiRequest &request);
    ApiReply getAsset(const ApiRequest &request, const QString &assetId) const;
    ApiReply listLookup(const ApiRequest &request, LookupKind kind) const;

    // Returns the company that the companyId parameter names, or nullptr
    // after setting `error` to the 400 or 404 reply.
    Company *findCompany(const ApiRequest &request, ApiReply *error) const;

    std::vector<std::unique_ptr<Company>> m_companies;
    QSet<QByteArray> m_apiKeys;
    Router m_router;
};

} // namespace Activo::Sandbox
