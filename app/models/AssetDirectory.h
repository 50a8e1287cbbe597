#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QVector>

namespace Activo {

class ApiClient;
class ApiJob;

// Code and name of assets that other records name only by id (transfers,
// journal lines, count results). Each unknown id is read once with
// GET /assets/{id}, at most a few at a time, and kept for the session.
// Callers ask with find(), which returns at once: a miss queues the read
// and resolved() follows.
//
// NOTE: the API has no request for several assets by id, so a long list of
// records naming many assets costs one GET per asset on screen.
//
// The newest requests are read first and the queue is bounded: a view asks
// for the rows it paints, so ids that scrolled out of sight long ago are
// dropped rather than read, and are queued again if they come back.
class AssetDirectory : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString code;
        QString name;
        bool missing = false; // the server has no such asset, or the read failed
    };

    explicit AssetDirectory(ApiClient *client, QObject *parent = nullptr);
    ~AssetDirectory() override;

    // Reads in flight at once. Default 4.
    void setMaxConcurrentReads(int count) { m_maxConcurrent = qMax(1, count); }
    // Reads waiting at most. Default 64.
    void setMaxQueuedReads(int count) { m_maxQueued = qMax(1, count); }
    int queuedReadCount() const { return int(m_queue.size()); }

    // The entry when known; otherwise nullptr, and the asset is queued for reading.
    const Entry *find(const QString &companyId, const QUuid &assetId);
    // True when the entry is known; unlike find(), queues nothing.
    bool contains(const QString &companyId, const QUuid &assetId) const;
    // Stores a name the caller already has, e.g. of an asset just saved.
    void remember(const QString &companyId, const QUuid &assetId, const QString &code, const QString &name);
    // Forgets everything and drops queued reads (another server or key).
    void clear();

    // "code — name", the short id while the read is pending, or "" for a null id.
    QString displayText(const QString &companyId, const QUuid &assetId);

Q_SIGNALS:
    void resolved(const QString &companyId, const QUuid &assetId);

private:
    struct Request
    {
        QString companyId;
        QUuid assetId;
    };

    void startReads();
    void handleReply(ApiJob *job, const Request &request);
    static QString cacheKey(const QString &companyId, const QUuid &assetId);

    ApiClient *m_client;
    int m_maxConcurrent = 4;
    int m_maxQueued = 64;
    QHash<QString, Entry> m_entries;
    QSet<QString> m_queued;
    QVector<Request> m_queue;
    QVector<QPointer<ApiJob>> m_running;
};

} // namespace Activo
