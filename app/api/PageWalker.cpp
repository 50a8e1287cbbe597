#include "api/PageWalker.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"

namespace Activo {

PageWalker::PageWalker(ApiClient *client, QString path, QUrlQuery query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_query(std::move(query))
{
}

PageWalker::~PageWalker()
{
    cancel();
}

void PageWalker::start()
{
    cancel();
    m_cursor.reset();
    requestNextPage();
}

void PageWalker::cancel()
{
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void PageWalker::requestNextPage()
{
    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("skip"), QString::number(m_cursor.nextSkip()));
    query.addQueryItem(QStringLiteral("take"), QString::number(m_cursor.requestTake()));
    ApiJob *job = m_client->get(m_path, query);
    connect(job, &ApiJob::finished, this, &PageWalker::handleReply);
    m_job = job;
    job->start();
}

void PageWalker::handleReply(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;

    Page page;
    QString parseError;
    if (!job->succeeded() || !Page::parse(job->json(), m_cursor.nextSkip(), &page, &parseError)) {
        Q_EMIT failed(job->succeeded() ? job->badResponseError(parseError) : job->error());
        return;
    }
    m_cursor.advance(page);
    Q_EMIT pageReceived(page.items, page.total);
    if (m_cursor.atEnd())
        Q_EMIT finished();
    else
        requestNextPage();
}

} // namespace Activo
