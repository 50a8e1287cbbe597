#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "AssetRegister.h"
#include "AssetWrite.h"
#include "Dataset.h"
#include "DepreciationLedger.h"
#include "LifecycleActions.h"
#include "Router.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <QDate>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace Activo::Sandbox {

// The ActivoHQ v1 API over the seeded data set and the assets that clients
// write, independent of any socket.
//
// handle() checks the API key, routes the request and builds the reply. It
// does no I/O and sends nothing, so the server decides when and how the
// reply goes out.
class SandboxApi
{
public:
    struct Options
    {
        // Date that depreciation is computed as of.
        QDate today;
        // POST /assets fails once a company has this many assets. Nothing
        // means no limit.
        std::optional<int> assetLimit;
        LifecycleActionMode lifecycleActions = LifecycleActionMode::Served;
    };

    SandboxApi(const Dataset &dataset, QSet<QByteArray> apiKeys, const Options &options);
    ~SandboxApi();

    SandboxApi(const SandboxApi &) = delete;
    SandboxApi &operator=(const SandboxApi &) = delete;

    // Path prefix of every API resource.
    static QString basePath();

    // Sets the scheme, host and port of the Location header of created
    // assets, e.g. "http://127.0.0.1:8080".
    void setOrigin(const QString &origin);

    ApiReply handle(const ApiRequest &request);

    // Makes `key` accepted, also after revokeKey().
    void acceptKey(const QByteArray &key);
    // Makes `key` get 401 from now on, also when it was given with --api-key.
    void revokeKey(const QByteArray &key);
    qsizetype acceptedKeyCount() const { return m_apiKeys.size(); }

    void setLifecycleActionMode(LifecycleActionMode mode) { m_options.lifecycleActions = mode; }
    LifecycleActionMode lifecycleActionMode() const { return m_options.lifecycleActions; }

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
        // The company with its lookups but no assets, which serialising a
        // written asset needs. Records keep their index, so created ones
        // are appended, and `lookups` contains them in code order.
        CompanyRecord lookupRecords;
        std::unique_ptr<LookupIds> lookupIds;
        CompanyHistory history;
        std::unique_ptr<DepreciationLedger> ledger;
    };

    enum class LifecycleAction {
        Transfer,
        Checkout,
        Checkin,
        Reserve,
        Dispose,
    };

    struct LifecycleActionRoute
    {
        LifecycleAction action;
        const char *name;
    };
    static const LifecycleActionRoute kLifecycleActionRoutes[5];

    void addRoutes();
    void addRecordRoutes();
    // Returns the reply for a lifecycle action path when the actions are
    // switched off, or nothing.
    std::optional<ApiReply> lifecycleActionsOff(const QString &path) const;

    ApiReply listCompanies(const ApiRequest &request) const;
    ApiReply listAssets(const ApiRequest &request);
    ApiReply getAsset(const ApiRequest &request, const QString &assetId) const;
    ApiReply createAsset(const ApiRequest &request);
    ApiReply updateAsset(const ApiRequest &request, const QString &assetId);
    ApiReply listLookup(const ApiRequest &request, LookupKind kind) const;

    // Computes the depreciation of `asset`, stores it and returns the reply
    // with the stored asset.
    ApiReply storeAsset(Company &company, AssetRecord asset, ApiReply::StatusCode status,
                        const ApiRequest &request);
    // Computes the depreciation of `asset`, stores it and returns its JSON.
    QByteArray storeAssetRecord(Company &company, AssetRecord asset, const ApiRequest &request);
    // Returns a 201 reply with `json` and a Location header that points to
    // `path` (such as "/assets/<id>") in `company`.
    ApiReply createdReply(const Company &company, const QString &path, QByteArray json) const;

    // Master data, in SandboxApiMasterData.cpp.
    ApiReply createLookup(const ApiRequest &request, LookupKind kind);
    ApiReply updateLookup(const ApiRequest &request, LookupKind kind, const QString &recordId);
    static void rebuildLookupList(Company &company, LookupKind kind);

    // Accounting records, in SandboxApiAccounting.cpp.
    ApiReply listFiscalYears(const ApiRequest &request) const;
    ApiReply listDepreciationRuns(const ApiRequest &request) const;
    ApiReply getDepreciationRun(const ApiRequest &request, const QString &runId) const;
    ApiReply listDepreciationEntries(const ApiRequest &request) const;
    ApiReply listJournalBatches(const ApiRequest &request) const;
    ApiReply getJournalBatch(const ApiRequest &request, const QString &batchId) const;
    ApiReply listDisposals(const ApiRequest &request) const;
    ApiReply listRevaluations(const ApiRequest &request) const;

    // Audit records, in SandboxApiAudit.cpp.
    ApiReply listCountSessions(const ApiRequest &request) const;
    ApiReply getCountSession(const ApiRequest &request, const QString &sessionId) const;
    ApiReply listCountResults(const ApiRequest &request) const;
    ApiReply listTransfers(const ApiRequest &request) const;
    ApiReply listCheckouts(const ApiRequest &request) const;
    ApiReply listReservations(const ApiRequest &request) const;

    // Lifecycle actions, in SandboxApiLifecycle.cpp. Each checks the
    // company, the asset and the disposal rule, then runs its action.
    ApiReply runLifecycleAction(const ApiRequest &request, const QString &assetId, LifecycleAction action);
    ApiReply transferAsset(Company &company, AssetRecord asset, const ApiRequest &request);
    ApiReply checkoutAsset(Company &company, AssetRecord asset, const ApiRequest &request);
    ApiReply checkinAsset(Company &company, AssetRecord asset, const ApiRequest &request);
    ApiReply reserveAsset(Company &company, AssetRecord asset, const ApiRequest &request);
    ApiReply disposeAsset(Company &company, AssetRecord asset, const ApiRequest &request);

    // Returns the company that the companyId parameter names, or nullptr
    // after setting `error` to the 400 or 404 reply.
    Company *findCompany(const ApiRequest &request, ApiReply *error) const;

    std::vector<std::unique_ptr<Company>> m_companies;
    QSet<QByteArray> m_apiKeys;
    // Keys revoked through the control API, so that the warning logged for
    // their 401 gives the reason.
    QSet<QByteArray> m_revokedKeys;
    Options m_options;
    QString m_origin;
    Router m_router;
};

} // namespace Activo::Sandbox
