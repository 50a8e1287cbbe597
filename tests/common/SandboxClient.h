#pragma once

#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "models/CompanyList.h"

#include <QSignalSpy>
#include <QStringList>

namespace Activo::Test {

// An ApiClient for `sandbox` with its key, owned by `parent`. For suites
// that link activo_core.
inline ApiClient *createSandboxClient(QNetworkAccessManager *network, const SandboxProcess &sandbox, QObject *parent)
{
    auto *client = new ApiClient(network, parent);
    client->setBaseUrl(sandbox.baseUrl());
    client->setApiKey(sandbox.apiKey());
    return client;
}

// The ids of the sandbox's companies in the server's order (the large
// register first), or an empty list when they do not load within 10 s.
inline QStringList loadCompanyIds(ApiClient *client)
{
    CompanyList companies(client);
    QSignalSpy loaded(&companies, &CompanyList::loaded);
    companies.load();
    if (!loaded.wait(10000))
        return {};
    QStringList ids;
    for (const Company &company : companies.companies())
        ids << company.id;
    return ids;
}

} // namespace Activo::Test
