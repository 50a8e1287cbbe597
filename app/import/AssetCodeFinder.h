#pragma once

#include "api/ApiError.h"
#include "models/Asset.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

namespace Activo {

class ApiClient;
class ApiJob;

// Finds the assets of a company that have given asset codes, ignoring case,
// without loading the register: each code is searched with
// GET /assets?search=CODE, a few codes at a time. The search matches parts
// of codes, names and EPCs, so only an exact code counts, and further pages
// are read while the code is not on the pages read so far.
//
// NOTE: a short code that is part of many codes, names or EPCs costs one
// request per 200 matches: a new code reads every page of matches before it
// counts as absent.
//
// Emits exactly one of finished() or failed() after start(), unless
// cancel() is called first.
class AssetCodeFinder : public QObject
{
    Q_OBJECT

public:
    explicit AssetCodeFinder(ApiClient *client, QObject *parent = nullptr);
    ~AssetCodeFinder() override;

    // Searches in flight at once. Default 4.
    void setMaxConcurrentSearches(int count) { m_maxConcurrent = qMax(1, count); }

    void start(const QString &companyId, const QStringList &codes);
    void cancel();

    // The asset with `code` (compared with case folding), or nullptr.
    const Asset *find(const QString &code) const;
    int searchesDone() const { return m_done; }
    int searchesTotal() const { return m_total; }

    // The form codes are compared in.
    static QString foldCode(const QString &code);

Q_SIGNALS:
    void progressed(int done, int total);
    void finished();
    void failed(const Activo::ApiError &error);

private:
    struct Search
    {
        QString code;
        qint64 skip = 0;
    };

    void startSearches();
    void handleReply(ApiJob *job, const Search &search);

    ApiClient *m_client;
    QString m_companyId;
    int m_maxConcurrent = 4;
    int m_done = 0;
    int m_total = 0;
    bool m_stopped = false;
    QVector<Search> m_queue;
    QVector<QPointer<ApiJob>> m_running;
    QHash<QString, Asset> m_found; // by folded code
};

} // namespace Activo
