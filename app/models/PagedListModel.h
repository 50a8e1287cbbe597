#pragma once

#include "api/ApiError.h"
#include "api/Page.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Activo {

class ApiClient;
class ApiJob;

// A table over one list endpoint of the API, loaded page by page as a view
// scrolls (canFetchMore/fetchMore).
//
// At most one request is in flight. Rows only ever arrive through
// beginInsertRows(); the model is reset only when the company, the search or
// an explicit reload() changes what is listed. Replies to requests that were
// replaced are dropped. data() never does I/O.
//
// Subclasses own the rows: they parse a page's items in appendItems(),
// skipping invalid ones and ones whose id was already seen.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class State {
        Idle,    // no company chosen: nothing to load
        Loading, // the first page is on its way; no rows yet
        Ready,   // at least the first page arrived (more may be loading)
        Failed,  // the last request failed: lastError() is the reason and retry() repeats it
    };
    Q_ENUM(State)

    PagedListModel(ApiClient *client, QString resourcePath, QObject *parent = nullptr);
    ~PagedListModel() override;

    QString resourcePath() const { return m_resourcePath; }

    void setCompanyId(const QString &companyId);
    QString companyId() const { return m_companyId; }

    // Server-side search text; takes effect at once (debouncing is the view's job).
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    // Rows per request, 1 to 200. Applies from the next reload().
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    // Drops all rows and loads the first page again.
    void reload();
    // Repeats the request that failed; does nothing unless state() is Failed.
    void retry();

    State state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    // Matching records: the server's count from the latest page while pages
    // remain, and the rows listed once the last page arrived, because a server
    // whose count disagrees with what it sends must not be shown as right.
    // -1 before the first page.
    qint64 totalCount() const;
    // The count of the latest page as the server sent it, or -1 before the first page.
    qint64 reportedTotalCount() const { return m_cursor.total(); }
    bool isFetching() const { return !m_job.isNull(); }
    bool isComplete() const { return m_cursor.atEnd(); }
    // Items dropped because they were invalid or repeated an id already listed.
    int skippedItemCount() const { return m_skippedItems; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void stateChanged(Activo::PagedListModel::State state);
    void totalCountChanged(qint64 total);
    void fetchingChanged(bool fetching);
    // A page was added (or the first page arrived empty).
    void pageLoaded(int rowsAdded);

protected:
    // Appends the valid, new items of a page with beginInsertRows/endInsertRows
    // and returns how many items were skipped.
    virtual int appendItems(const QJsonArray &items) = 0;
    // Forgets every row; called between beginResetModel() and endResetModel().
    virtual void clearItems() = 0;
    // Adds resource-specific parameters (the search text of the asset list, filters).
    virtual void addQueryItems(QUrlQuery &query) const;
    // Called with the server's total before the first page's rows are
    // appended, so storage can grow once instead of page by page.
    virtual void reserveRows(qint64 total) { Q_UNUSED(total) }

    ApiClient *client() const { return m_client; }
    // Counts a record the user created in this list: the total grows by one,
    // and paging continues one further so that no row is skipped.
    void noteRecordAdded();

private:
    void startReset();
    void requestNextPage();
    void handleReply(ApiJob *job, quint64 generation);
    void setState(State state);

    ApiClient *m_client;
    QString m_resourcePath;
    QString m_companyId;
    QString m_search;
    int m_pageSize = 100;
    PageCursor m_cursor;
    State m_state = State::Idle;
    ApiError m_lastError;
    QPointer<ApiJob> m_job;
    // Incremented whenever the listed set changes; replies of older generations are dropped.
    quint64 m_generation = 0;
    int m_skippedItems = 0;
    int m_pagesWithoutNewRows = 0;
    bool m_appending = false;
    static constexpr int kMaxPagesWithoutNewRows = 3;
};

} // namespace Activo
