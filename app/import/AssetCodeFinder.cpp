#include "import/AssetCodeFinder.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Logging.h"
#include "api/Page.h"

#include <QSet>
#include <QUrlQuery>

namespace Activo {

AssetCodeFinder::AssetCodeFinder(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AssetCodeFinder::~AssetCodeFinder()
{
    cancel();
}

QString AssetCodeFinder::foldCode(const QString &code)
{
    return code.trimmed().toCaseFolded();
}

void AssetCodeFinder::start(const QString &companyId, const QStringList &codes)
{
    cancel();
    m_stopped = false;
    m_companyId = companyId;
    m_found.clear();
    m_queue.clear();
    QSet<QString> seen;
    for (const QString &code : codes) {
        const QString folded = foldCode(code);
        if (folded.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        m_queue.append(Search{code.trimmed(), 0});
    }
    m_done = 0;
    m_total = int(m_queue.size());
    // Codes are taken from the end of the queue, so reverse it to search in
    // file order.
    std::reverse(m_queue.begin(), m_queue.end());
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &AssetCodeFinder::finished, Qt::QueuedConnection);
        return;
    }
    startSearches();
}

void AssetCodeFinder::cancel()
{
    m_stopped = true;
    for (const QPointer<ApiJob> &job : std::as_const(m_running)) {
        if (job)
            job->abort();
    }
    m_running.clear();
    m_queue.clear();
}

const Asset *AssetCodeFinder::find(const QString &code) const
{
    const auto it = m_found.constFind(foldCode(code));
    return it == m_found.constEnd() ? nullptr : &it.value();
}

void AssetCodeFinder::startSearches()
{
    while (!m_stopped && m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const Search search = m_queue.takeLast();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("companyId"), m_companyId);
        query.addQueryItem(QStringLiteral("search"), search.code);
        query.addQueryItem(QStringLiteral("skip"), QString::number(search.skip));
        query.addQueryItem(QStringLiteral("take"), QString::number(PageCursor::maxTake));
        ApiJob *job = m_client->get(QStringLiteral("/assets"), query);
        connect(job, &ApiJob::finished, this, [this, search](ApiJob *finished) { handleReply(finished, search); });
        m_running.append(job);
        job->start();
    }
}

void AssetCodeFinder::handleReply(ApiJob *job, const Search &search)
{
    m_running.removeAll(job);
    m_running.removeAll(nullptr);
    if (m_stopped)
        return;

    Page page;
    QString parseError;
    ApiError error = job->error();
    if (!error.isError() && !Page::parse(job->json(), search.skip, &page, &parseError))
        error = job->badResponseError(parseError);
    if (error.isError()) {
        qCWarning(lcModels).noquote() << "asset code search for" << search.code << "failed:" << error.message();
        cancel();
        Q_EMIT failed(error);
        return;
    }

    const QString folded = foldCode(search.code);
    bool found = false;
    for (const QJsonValue &value : std::as_const(page.items)) {
        const QJsonObject object = value.toObject();
        if (foldCode(object.value(QLatin1String("assetCode")).toString()) != folded)
            continue;
        QString assetError;
        if (const std::optional<Asset> asset = Asset::fromJson(object, &assetError)) {
            m_found.insert(folded, *asset);
            found = true;
            break;
        }
    }

    const qint64 nextSkip = page.skip + qMax<qint64>(page.take, page.items.size());
    if (!found && !page.items.isEmpty() && nextSkip < page.total) {
        // The code is not among the matches read so far; read the next page.
        m_queue.append(Search{search.code, nextSkip});
    } else {
        ++m_done;
        Q_EMIT progressed(m_done, m_total);
    }

    if (m_done == m_total) {
        m_stopped = true;
        Q_EMIT finished();
        return;
    }
    startSearches();
}

} // namespace Activo
