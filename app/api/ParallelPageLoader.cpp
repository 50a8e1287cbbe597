#include "api/ParallelPageLoader.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Page.h"

namespace Activo {

ParallelPageLoader::ParallelPageLoader(ApiClient *client, QString path, QUrlQuery query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_query(std::move(query))
{
}

ParallelPageLoader::~ParallelPageLoader()
{
    cancel();
}

void ParallelPageLoader::setConcurrency(int concurrency)
{
    m_concurrency = qBound(1, concurrency, 8);
}

void ParallelPageLoader::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, PageCursor::maxTake);
}

void ParallelPageLoader::start()
{
    cancel();
    m_running = true;
    m_total = -1;
    m_step = m_pageSize;
    m_nextIndex = 0;
    m_nextToDeliver = 0;
    m_lastIndex = -1;
    m_received = 0;
    m_emptyAt = -1;
    m_ready.clear();
    // The first page goes alone, because its envelope gives the number of pages.
    requestPage(m_nextIndex++);
}

void ParallelPageLoader::cancel()
{
    m_running = false;
    const auto jobs = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

void ParallelPageLoader::requestPage(qint64 index)
{
    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("skip"), QString::number(index * m_step));
    query.addQueryItem(QStringLiteral("take"), QString::number(m_pageSize));
    ApiJob *job = m_client->get(m_path, query);
    connect(job, &ApiJob::finished, this, [this, index](ApiJob *finished) { handleReply(finished, index); });
    m_inFlight.insert(index, job);
    job->start();
}

void ParallelPageLoader::handleReply(ApiJob *job, qint64 index)
{
    if (!m_running || m_inFlight.value(index) != job)
        return;
    m_inFlight.remove(index);

    Page page;
    QString parseError;
    if (!job->succeeded() || !Page::parse(job->json(), index * m_step, &page, &parseError)) {
        fail(job->succeeded() ? job->badResponseError(parseError) : job->error());
        return;
    }

    if (index == 0) {
        // The server may cap the page size; later skips follow what it applied.
        if (page.take > 0 && page.take < m_step)
            m_step = page.take;
        else if (page.take <= 0 && !page.items.isEmpty() && page.items.size() < m_step && page.total > page.items.size())
            m_step = page.items.size();
    }
    m_total = qMax(m_total, page.total);
    // An empty page ends the list, whatever the total claims (records removed meanwhile).
    if (page.items.isEmpty())
        m_emptyAt = m_emptyAt < 0 ? index : qMin(m_emptyAt, index);
    m_lastIndex = qMax<qint64>(0, (m_total + m_step - 1) / m_step - 1);
    if (m_emptyAt >= 0)
        m_lastIndex = qMin(m_lastIndex, m_emptyAt);
    if (index <= m_lastIndex)
        m_ready.insert(index, page.items);
    deliverReadyPages();
    if (m_running)
        scheduleMore();
}

void ParallelPageLoader::scheduleMore()
{
    while (m_inFlight.size() < m_concurrency && m_nextIndex <= m_lastIndex)
        requestPage(m_nextIndex++);
    if (m_inFlight.isEmpty() && m_nextToDeliver > m_lastIndex) {
        m_running = false;
        Q_EMIT finished();
    }
}

void ParallelPageLoader::deliverReadyPages()
{
    while (m_nextToDeliver <= m_lastIndex && m_ready.contains(m_nextToDeliver)) {
        const QJsonArray items = m_ready.take(m_nextToDeliver);
        ++m_nextToDeliver;
        m_received += items.size();
        Q_EMIT pageReady(items);
        if (!m_running)
            return;
        Q_EMIT progress(m_received, m_total);
    }
}

void ParallelPageLoader::fail(const ApiError &error)
{
    cancel();
    Q_EMIT failed(error);
}

} // namespace Activo
