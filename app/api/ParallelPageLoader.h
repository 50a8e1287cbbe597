#pragma once

#include "api/ApiError.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace Activo {

class ApiClient;
class ApiJob;

// Reads every page of a list endpoint with several requests in flight, for
// loading a whole register (exports, summaries). The first page gives the
// total and the page size the server applies. The remaining pages are then
// requested at most `concurrency` at a time, and pageReady() delivers them
// in order. When the last planned page shows that the list grew, the
// remaining pages are read too, so a walk never stops short of the total.
class ParallelPageLoader : public QObject
{
    Q_OBJECT

public:
    ParallelPageLoader(ApiClient *client, QString path, QUrlQuery query, QObject *parent = nullptr);
    ~ParallelPageLoader() override;

    // Requests in flight at once, 1 to 8 (default 4). QNetworkAccessManager
    // opens at most six HTTP/1.1 connections per server, so more would queue.
    void setConcurrency(int concurrency);
    // Records per request, 1 to 200 (default 200).
    void setPageSize(int pageSize);

    void start();
    // Stops every request; no signal follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void pageReady(const QJsonArray &items);
    void progress(qint64 received, qint64 total);
    void finished();
    void failed(const Activo::ApiError &error);

private:
    void requestPage(qint64 index);
    void handleReply(ApiJob *job, qint64 index);
    void scheduleMore();
    void deliverReadyPages();
    void fail(const ApiError &error);

    ApiClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    int m_concurrency = 4;
    int m_pageSize = 200;

    bool m_running = false;
    qint64 m_total = -1;
    qint64 m_step = 0;          // records per page as the server applies them
    qint64 m_nextIndex = 0;     // next page to request
    qint64 m_nextToDeliver = 0; // next page to emit
    qint64 m_lastIndex = -1;    // last page of the list as known so far
    qint64 m_received = 0;
    qint64 m_emptyAt = -1;      // first page that came back empty, or -1
    QMap<qint64, QJsonArray> m_ready;
    QMap<qint64, QPointer<ApiJob>> m_inFlight;
};

} // namespace Activo
