#include "export/RecordRowSource.h"

#include "api/Json.h"
#include "api/Logging.h"
#include "api/PageWalker.h"
#include "api/ParallelPageLoader.h"
#include "models/AssetDirectory.h"
#include "models/LookupCache.h"
#include "models/Money.h"
#include "models/RecordFormatter.h"

#include <QJsonArray>

namespace Activo {

RecordRowSource::RecordRowSource(ApiClient *client, ResourceDescription description, QString companyId,
                                 QVector<int> columns, LookupCache *lookups, AssetDirectory *assets,
                                 QObject *parent)
    : ExportRowSource(parent)
    , m_client(client)
    , m_description(std::move(description))
    , m_companyId(std::move(companyId))
    , m_columns(std::move(columns))
    , m_lookups(lookups)
    , m_assets(assets)
    , m_formatter(new RecordFormatter(lookups, assets, this))
{
    m_formatter->setCompanyId(m_companyId);
    if (lookups) {
        connect(lookups, &LookupCache::loaded, this, &RecordRowSource::handleLookupLoaded);
        connect(lookups, &LookupCache::failed, this, &RecordRowSource::handleLookupFailed);
    }
    if (assets)
        connect(assets, &AssetDirectory::resolved, this, &RecordRowSource::handleAssetResolved);
}

RecordRowSource::~RecordRowSource()
{
    cancel();
}

void RecordRowSource::setFilter(const QString &name, const QString &value)
{
    m_filters.append({name, value});
}

ExportValueType RecordRowSource::columnType(const ColumnSpec &column)
{
    switch (column.kind) {
    case ValueKind::Money: return ExportValueType::Amount;
    case ValueKind::Integer: return ExportValueType::Integer;
    case ValueKind::Date: return ExportValueType::Date;
    default: return ExportValueType::Text;
    }
}

QVector<ExportColumn> RecordRowSource::columns() const
{
    QVector<ExportColumn> result;
    for (int index : m_columns) {
        if (index < 0 || index >= m_description.columns.size())
            continue;
        const ColumnSpec &spec = m_description.columns.at(index);
        result.append(ExportColumn{spec.title, columnType(spec)});
    }
    return result;
}

void RecordRowSource::start()
{
    cancel();
    m_running = true;
    m_records.clear();
    m_seenIds.clear();
    m_total = -1;
    m_skipped = 0;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    for (const auto &[name, value] : std::as_const(m_filters)) {
        if (!value.isEmpty())
            query.addQueryItem(name, value);
    }
    m_walker = new PageWalker(m_client, m_description.path, query, this);
    connect(m_walker, &PageWalker::pageReceived, this, &RecordRowSource::handlePage);
    connect(m_walker, &PageWalker::finished, this, &RecordRowSource::loadLookups);
    connect(m_walker, &PageWalker::failed, this, &RecordRowSource::fail);
    m_walker->start();
}

void RecordRowSource::cancel()
{
    m_running = false;
    m_pendingLookups.clear();
    m_pendingAssets.clear();
    if (m_walker) {
        m_walker->cancel();
        m_walker->disconnect(this);
        m_walker->deleteLater();
        m_walker = nullptr;
    }
    if (m_registerLoader) {
        m_registerLoader->cancel();
        m_registerLoader->disconnect(this);
        m_registerLoader->deleteLater();
        m_registerLoader = nullptr;
    }
}

void RecordRowSource::fail(const ApiError &error)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(error);
}

void RecordRowSource::handlePage(const QJsonArray &items, qint64 total)
{
    if (!m_running)
        return;
    for (const QJsonValue &item : items) {
        const QUuid id = item.isObject() ? Json::uuid(item.toObject().value(QLatin1String("id"))) : QUuid();
        const QString key = id.toString(QUuid::WithoutBraces);
        // The list on screen skips the same records (RecordListModel).
        if (id.isNull() || m_seenIds.contains(key)) {
            ++m_skipped;
            continue;
        }
        m_seenIds.insert(key);
        m_records.append(item.toObject());
    }
    m_total = total;
    Q_EMIT progress(m_records.size() + m_skipped, m_total);
}

void RecordRowSource::loadLookups()
{
    if (!m_running)
        return;
    m_walker = nullptr;
    m_pendingLookups.clear();
    if (m_lookups) {
        for (int index : std::as_const(m_columns)) {
            const ColumnSpec &spec = m_description.columns.value(index);
            if (spec.kind == ValueKind::Lookup && !m_lookups->isLoaded(m_companyId, spec.lookup))
                m_pendingLookups.insert(int(spec.lookup));
        }
    }
    if (m_pendingLookups.isEmpty()) {
        resolveAssets();
        return;
    }
    const QSet<int> kinds = m_pendingLookups;
    for (int kind : kinds)
        m_lookups->load(m_companyId, LookupKind(kind));
}

void RecordRowSource::handleLookupLoaded(const QString &companyId, LookupKind kind)
{
    if (!m_running || companyId != m_companyId || !m_pendingLookups.remove(int(kind)))
        return;
    if (m_pendingLookups.isEmpty())
        resolveAssets();
}

void RecordRowSource::handleLookupFailed(const QString &companyId, LookupKind kind, const ApiError &error)
{
    if (m_running && companyId == m_companyId && m_pendingLookups.contains(int(kind)))
        fail(error);
}

void RecordRowSource::resolveAssets()
{
    m_pendingAssets.clear();
    if (m_assets) {
        for (int index : std::as_const(m_columns)) {
            const ColumnSpec &spec = m_description.columns.value(index);
            if (spec.kind != ValueKind::Asset)
                continue;
            for (const QJsonObject &record : std::as_const(m_records)) {
                const QUuid id = Json::uuid(record.value(spec.key));
                if (!id.isNull() && !m_assets->contains(m_companyId, id))
                    m_pendingAssets.insert(id);
            }
        }
    }
    if (m_pendingAssets.isEmpty()) {
        emitRows();
        return;
    }

    if (m_pendingAssets.size() <= kMaxSingleAssetReads) {
        const QSet<QUuid> ids = m_pendingAssets;
        for (const QUuid &id : ids)
            m_assets->find(m_companyId, id);
        return;
    }

    // One page of the register names up to 200 assets, where a single read names one.
    qCInfo(lcExport).noquote() << m_description.path << "names" << m_pendingAssets.size()
                               << "linked assets from the register";
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    m_registerLoader = new ParallelPageLoader(m_client, QStringLiteral("/assets"), query, this);
    connect(m_registerLoader, &ParallelPageLoader::pageReady, this, &RecordRowSource::handleRegisterPage);
    connect(m_registerLoader, &ParallelPageLoader::failed, this, &RecordRowSource::fail);
    connect(m_registerLoader, &ParallelPageLoader::finished, this, [this] {
        m_registerLoader->deleteLater();
        m_registerLoader = nullptr;
        // Assets missing from the register keep their short id.
        m_pendingAssets.clear();
        emitRows();
    });
    m_registerLoader->start();
}

void RecordRowSource::handleRegisterPage(const QJsonArray &items)
{
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        const QUuid id = Json::uuid(object.value(QLatin1String("id")));
        if (m_pendingAssets.remove(id)) {
            m_assets->remember(m_companyId, id, Json::string(object, QLatin1String("assetCode")),
                               Json::string(object, QLatin1String("name")));
        }
    }
}

void RecordRowSource::handleAssetResolved(const QString &companyId, const QUuid &assetId)
{
    if (!m_running || m_registerLoader || companyId != m_companyId || m_pendingAssets.isEmpty())
        return;
    // A read that failed without an entry (a rejected key) is not asked again,
    // so the asset keeps its short id instead of being read in a loop.
    m_pendingAssets.remove(assetId);
    const QSet<QUuid> remaining = m_pendingAssets;
    for (const QUuid &id : remaining) {
        if (m_assets->contains(m_companyId, id))
            m_pendingAssets.remove(id);
        else
            // The directory's queue is bounded; a read dropped for the screen's sake is queued again.
            m_assets->find(m_companyId, id);
    }
    if (m_pendingAssets.isEmpty())
        emitRows();
}

void RecordRowSource::emitRows()
{
    if (!m_running)
        return;
    QVector<ColumnSpec> specs;
    for (int index : std::as_const(m_columns)) {
        if (index >= 0 && index < m_description.columns.size())
            specs.append(m_description.columns.at(index));
    }

    QVector<ExportRow> batch;
    batch.reserve(kBatchSize);
    for (const QJsonObject &record : std::as_const(m_records)) {
        ExportRow row;
        row.reserve(specs.size());
        for (const ColumnSpec &spec : std::as_const(specs)) {
            const QJsonValue value = record.value(spec.key);
            switch (columnType(spec)) {
            case ExportValueType::Amount: {
                const std::optional<qint64> cents = RecordFormatter::cents(record, spec);
                row.append(cents ? ExportCell::ofAmount(*cents) : ExportCell::emptyOf(ExportValueType::Amount));
                break;
            }
            case ExportValueType::Integer: {
                const std::optional<qint64> number = Json::integer(value);
                row.append(number ? ExportCell::ofInteger(*number) : ExportCell::emptyOf(ExportValueType::Integer));
                break;
            }
            case ExportValueType::Date:
                row.append(ExportCell::ofDate(Json::date(value)));
                break;
            case ExportValueType::Text:
                row.append(ExportCell::ofText(m_formatter->text(record, spec)));
                break;
            }
        }
        batch.append(std::move(row));
        if (batch.size() >= kBatchSize) {
            Q_EMIT rowsReady(batch);
            if (!m_running)
                return;
            batch.clear();
        }
    }
    if (!batch.isEmpty()) {
        Q_EMIT rowsReady(batch);
        if (!m_running)
            return;
    }
    m_running = false;
    m_records.clear();
    Q_EMIT finished();
}

} // namespace Activo
