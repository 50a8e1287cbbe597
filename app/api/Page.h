#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Activo {

// One page of a list endpoint: {"items": [...], "total": n, "skip": n, "take": n}.
struct Page
{
    Q_DECLARE_TR_FUNCTIONS(Page)

public:
    QJsonArray items;
    qint64 total = 0;
    qint64 skip = 0; // as echoed by the server, or the requested value when missing
    qint64 take = 0; // as echoed by the server, or the number of items when missing

    // Reads the envelope. `requestedSkip` fills a missing `skip`. Returns false
    // and a translated reason for anything but an object with an `items`
    // array and a non-negative whole `total`.
    static bool parse(const QJsonDocument &document, qint64 requestedSkip, Page *page, QString *error);
};

// Position of the next page, following the API's paging rules: add the
// `take` the server returned (it may have capped the request) and stop at
// `total` or at an empty page, whichever comes first.
class PageCursor
{
public:
    explicit PageCursor(int pageSize = 100);

    // The page size to request: the configured size clamped to 1..200.
    int requestTake() const { return m_pageSize; }
    qint64 nextSkip() const { return m_nextSkip; }
    qint64 total() const { return m_total; } // -1 before the first page
    bool atEnd() const { return m_atEnd; }

    void reset();
    // A record was added to the list on the server after the walk started.
    // Where it sorts is unknown, so the total grows by one and the walk stays
    // where it is: a repeated row on a later page is dropped by its id.
    void noteRecordAdded();
    // Moves past `page`, which was requested at nextSkip().
    void advance(const Page &page);

    static constexpr int maxTake = 200;

private:
    int m_pageSize;
    qint64 m_nextSkip = 0;
    qint64 m_total = -1;
    bool m_atEnd = false;
};

} // namespace Activo
