#pragma once

#include "api/ApiError.h"
#include "api/Page.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace Activo {

class ApiClient;
class ApiJob;

// Reads every page of a list endpoint, one request after another, following
// the paging rules of PageCursor. Emits pageReceived() per page, then
// finished() once, or failed() once and stops.
class PageWalker : public QObject
{
    Q_OBJECT

public:
    PageWalker(ApiClient *client, QString path, QUrlQuery query, QObject *parent = nullptr);
    ~PageWalker() override;

    void setPageSize(int pageSize) { m_cursor = PageCursor(pageSize); }
    // Starts from the first page; a walk in progress is abandoned.
    void start();
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

Q_SIGNALS:
    void pageReceived(const QJsonArray &items, qint64 total);
    void finished();
    void failed(const Activo::ApiError &error);

private:
    void requestNextPage();
    void handleReply(ApiJob *job);

    ApiClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    PageCursor m_cursor{PageCursor::maxTake};
    QPointer<ApiJob> m_job;
};

} // namespace Activo
