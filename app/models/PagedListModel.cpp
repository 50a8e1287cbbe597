#include "models/PagedListModel.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Logging.h"

#include <QUrlQuery>

namespace Activo {

PagedListModel::PagedListModel(ApiClient *client, QString resourcePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_resourcePath(std::move(resourcePath))
    , m_cursor(m_pageSize)
{
}

PagedListModel::~PagedListModel()
{
    if (m_job)
        m_job->abort();
}

void PagedListModel::setCompanyId(const QString &companyId)
{
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    reload();
}

void PagedListModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void PagedListModel::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, PageCursor::maxTake);
}

void PagedListModel::addQueryItems(QUrlQuery &) const
{
}

void PagedListModel::startReset()
{
    ++m_generation;
    if (m_job) {
        m_job->abort();
        m_job = nullptr;
        Q_EMIT fetchingChanged(false);
    }
    const qint64 previousTotal = totalCount();
    beginResetModel();
    clearItems();
    m_cursor = PageCursor(m_pageSize);
    m_skippedItems = 0;
    m_pagesWithoutNewRows = 0;
    endResetModel();
    m_lastError = ApiError();
    if (previousTotal != -1)
        Q_EMIT totalCountChanged(-1);
}

void PagedListModel::reload()
{
    startReset();
    if (m_companyId.isEmpty()) {
        setState(State::Idle);
        return;
    }
    setState(State::Loading);
    requestNextPage();
}

void PagedListModel::retry()
{
    if (m_state != State::Failed || m_job)
        return;
    setState(rowCount(QModelIndex()) == 0 ? State::Loading : State::Ready);
    requestNextPage();
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_state == State::Ready && !m_job && !m_appending && !m_cursor.atEnd();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestNextPage();
}

void PagedListModel::requestNextPage()
{
    if (m_job || m_appending || m_companyId.isEmpty())
        return;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    addQueryItems(query);
    query.addQueryItem(QStringLiteral("skip"), QString::number(m_cursor.nextSkip()));
    query.addQueryItem(QStringLiteral("take"), QString::number(m_cursor.requestTake()));

    ApiJob *job = m_client->get(m_resourcePath, query);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, generation](ApiJob *finished) { handleReply(finished, generation); });
    m_job = job;
    job->start();
    Q_EMIT fetchingChanged(true);
}

void PagedListModel::handleReply(ApiJob *job, quint64 generation)
{
    if (generation != m_generation || job != m_job)
        return; // a reply to a list that is no longer shown
    m_job = nullptr;
    Q_EMIT fetchingChanged(false);

    Page page;
    QString parseError;
    if (job->succeeded() && !Page::parse(job->json(), m_cursor.nextSkip(), &page, &parseError)) {
        m_lastError = job->badResponseError(parseError);
    } else if (!job->succeeded()) {
        m_lastError = job->error();
    } else {
        m_lastError = ApiError();
    }

    if (m_lastError.isError()) {
        qCWarning(lcModels).noquote() << m_resourcePath << "page at skip" << m_cursor.nextSkip() << "failed:"
                                      << ApiError::kindName(m_lastError.kind);
        setState(State::Failed);
        return;
    }

    const qint64 previousTotal = m_cursor.total();
    const int rowsBefore = rowCount(QModelIndex());
    // The cursor moves before the rows are inserted, and fetchMore() is refused
    // while they are: views and testers react to rowsInserted by asking for more,
    // which would otherwise request this same page again.
    m_cursor.advance(page);
    if (rowsBefore == 0)
        reserveRows(page.total);
    m_appending = true;
    const int skipped = appendItems(page.items);
    m_appending = false;
    if (skipped > 0) {
        m_skippedItems += skipped;
        qCWarning(lcModels).noquote() << m_resourcePath << "skipped" << skipped
                                      << "invalid or repeated items in the page at skip" << page.skip;
    }
    if (m_cursor.atEnd() && m_cursor.total() != rowCount(QModelIndex())) {
        qCWarning(lcModels).noquote() << m_resourcePath << "ended with" << rowCount(QModelIndex())
                                      << "rows although the server counted" << m_cursor.total();
    }
    if (totalCount() != previousTotal)
        Q_EMIT totalCountChanged(totalCount());

    const int rowsAdded = rowCount(QModelIndex()) - rowsBefore;
    m_pagesWithoutNewRows = rowsAdded > 0 ? 0 : m_pagesWithoutNewRows + 1;
    if (!m_cursor.atEnd() && m_pagesWithoutNewRows >= kMaxPagesWithoutNewRows) {
        // The server keeps sending rows already listed (for example the first page
        // again for every skip). Stop instead of walking the whole range for nothing.
        m_lastError = job->badResponseError(tr("%n pages in a row contained only rows that are already listed.", nullptr,
                                               m_pagesWithoutNewRows));
        m_pagesWithoutNewRows = 0;
        setState(State::Failed);
        return;
    }

    setState(State::Ready);
    Q_EMIT pageLoaded(rowsAdded);

    // The view calls fetchMore() only when it scrolls or grows, so a page that
    // added no rows would leave it waiting. The next page is requested here.
    if (rowsAdded == 0 && !m_cursor.atEnd())
        requestNextPage();
}

qint64 PagedListModel::totalCount() const
{
    if (m_cursor.atEnd() && m_cursor.total() >= 0)
        return rowCount(QModelIndex());
    return m_cursor.total();
}

void PagedListModel::noteRecordAdded()
{
    m_cursor.noteRecordAdded();
    Q_EMIT totalCountChanged(totalCount());
}

void PagedListModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Activo
