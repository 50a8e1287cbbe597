#include "models/AssetDirectory.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Json.h"
#include "api/Logging.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Activo {

AssetDirectory::AssetDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AssetDirectory::~AssetDirectory()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_running)) {
        if (job)
            job->abort();
    }
}

QString AssetDirectory::cacheKey(const QString &companyId, const QUuid &assetId)
{
    return companyId + u'/' + assetId.toString(QUuid::WithoutBraces);
}

const AssetDirectory::Entry *AssetDirectory::find(const QString &companyId, const QUuid &assetId)
{
    if (assetId.isNull() || companyId.isEmpty())
        return nullptr;
    const QString key = cacheKey(companyId, assetId);
    const auto it = m_entries.constFind(key);
    if (it != m_entries.constEnd())
        return &it.value();
    if (!m_queued.contains(key)) {
        m_queued.insert(key);
        m_queue.append(Request{companyId, assetId});
        while (m_queue.size() > m_maxQueued) {
            const Request dropped = m_queue.takeFirst();
            m_queued.remove(cacheKey(dropped.companyId, dropped.assetId));
        }
        startReads();
    }
    return nullptr;
}

bool AssetDirectory::contains(const QString &companyId, const QUuid &assetId) const
{
    return m_entries.contains(cacheKey(companyId, assetId));
}

void AssetDirectory::remember(const QString &companyId, const QUuid &assetId, const QString &code,
                              const QString &name)
{
    if (assetId.isNull())
        return;
    m_entries.insert(cacheKey(companyId, assetId), Entry{code, name, false});
    Q_EMIT resolved(companyId, assetId);
}

void AssetDirectory::clear()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_running)) {
        if (job)
            job->abort();
    }
    m_running.clear();
    m_queue.clear();
    m_queued.clear();
    m_entries.clear();
}

QString AssetDirectory::displayText(const QString &companyId, const QUuid &assetId)
{
    if (assetId.isNull())
        return QString();
    const Entry *entry = find(companyId, assetId);
    if (!entry || entry->missing)
        return assetId.toString(QUuid::WithoutBraces).left(8) + QStringLiteral("…");
    if (entry->name.isEmpty())
        return entry->code;
    return QString(entry->code + QStringLiteral(" — ") + entry->name);
}

void AssetDirectory::startReads()
{
    m_running.removeAll(nullptr);
    while (m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const Request request = m_queue.takeLast();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("companyId"), request.companyId);
        ApiJob *job = m_client->get(QStringLiteral("/assets/") + request.assetId.toString(QUuid::WithoutBraces), query);
        connect(job, &ApiJob::finished, this, [this, request](ApiJob *finished) { handleReply(finished, request); });
        m_running.append(job);
        job->start();
    }
}

void AssetDirectory::handleReply(ApiJob *job, const Request &request)
{
    m_running.removeAll(job);
    m_running.removeAll(nullptr);
    const QString key = cacheKey(request.companyId, request.assetId);
    m_queued.remove(key);
    Entry entry;
    if (job->succeeded() && job->json().isObject()) {
        const QJsonObject object = job->json().object();
        entry.code = Json::string(object, QLatin1String("assetCode"));
        entry.name = Json::string(object, QLatin1String("name"));
        entry.missing = entry.code.isEmpty() && entry.name.isEmpty();
    } else {
        entry.missing = true;
        qCDebug(lcModels) << "asset" << request.assetId << "could not be named:" << job->error().message();
    }
    // A failed read is not repeated in this session unless the key changes,
    // so a missing asset costs one request, not one per repaint.
    if (job->error().kind != ApiError::Kind::Unauthorized)
        m_entries.insert(key, entry);
    Q_EMIT resolved(request.companyId, request.assetId);
    startReads();
}

} // namespace Activo
