#pragma once

#include "export/ExportRowSource.h"
#include "models/ResourceCatalog.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace Activo {

class ApiClient;
class AssetDirectory;
class LookupCache;
class PageWalker;
class ParallelPageLoader;
class RecordFormatter;

// One list of the API (ResourceCatalog) as export rows: every page of its
// endpoint, one request after another, then the names of linked records,
// then the rows. `columns` are indexes into the description's columns.
//
// Linked master data is named through `lookups` ("code — name", as on
// screen); a lookup list that fails to load fails the export. Linked assets
// are named through `assets`: a few are read one by one, and for more than
// kMaxSingleAssetReads the company's register is read page by page instead.
// An asset the server no longer has keeps its short id, as on screen.
class RecordRowSource : public ExportRowSource
{
    Q_OBJECT

public:
    // `lookups` and `assets` may be null; linked records then show their ids.
    RecordRowSource(ApiClient *client, ResourceDescription description, QString companyId, QVector<int> columns,
                    LookupCache *lookups, AssetDirectory *assets, QObject *parent = nullptr);
    ~RecordRowSource() override;

    // Adds ?name=value to every page request (assetId, runId, sessionId).
    void setFilter(const QString &name, const QString &value);

    QVector<ExportColumn> columns() const override;
    void start() override;
    void cancel() override;

    static ExportValueType columnType(const ColumnSpec &column);

    // Linked assets read one by one at most; more are named from the register.
    static constexpr int kMaxSingleAssetReads = 32;
    // Rows per rowsReady() batch.
    static constexpr int kBatchSize = 500;

private:
    void handlePage(const QJsonArray &items, qint64 total);
    void loadLookups();
    void handleLookupLoaded(const QString &companyId, LookupKind kind);
    void handleLookupFailed(const QString &companyId, LookupKind kind, const ApiError &error);
    void resolveAssets();
    void handleAssetResolved(const QString &companyId, const QUuid &assetId);
    void handleRegisterPage(const QJsonArray &items);
    void emitRows();
    void fail(const ApiError &error);

    ApiClient *m_client;
    ResourceDescription m_description;
    QString m_companyId;
    QVector<int> m_columns;
    QPointer<LookupCache> m_lookups;
    QPointer<AssetDirectory> m_assets;
    QList<std::pair<QString, QString>> m_filters;
    RecordFormatter *m_formatter;

    bool m_running = false;
    QPointer<PageWalker> m_walker;
    QPointer<ParallelPageLoader> m_registerLoader;
    QVector<QJsonObject> m_records;
    QSet<QString> m_seenIds;
    qint64 m_total = -1;
    QSet<int> m_pendingLookups;
    QSet<QUuid> m_pendingAssets;
};

} // namespace Activo
