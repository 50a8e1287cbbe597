#include "api/Page.h"

#include "api/Json.h"

#include <QJsonObject>

#include <limits>

namespace Activo {

bool Page::parse(const QJsonDocument &document, qint64 requestedSkip, Page *page, QString *error)
{
    if (!document.isObject()) {
        *error = tr("the reply is not a JSON object with an \"items\" list.");
        return false;
    }
    const QJsonObject object = document.object();
    const QJsonValue items = object.value(QLatin1String("items"));
    if (!items.isArray()) {
        *error = items.isUndefined() ? tr("the reply has no \"items\" list.")
                                     : tr("the \"items\" field of the reply is not a list.");
        return false;
    }
    const std::optional<qint64> total = Json::integer(object.value(QLatin1String("total")));
    if (!total) {
        *error = tr("the reply has no valid \"total\" count.");
        return false;
    }
    if (*total < 0) {
        *error = tr("the reply gives a negative total (%1).").arg(*total);
        return false;
    }
    page->items = items.toArray();
    page->total = *total;
    page->skip = Json::integer(object.value(QLatin1String("skip"))).value_or(requestedSkip);
    page->take = Json::integer(object.value(QLatin1String("take"))).value_or(page->items.size());
    return true;
}

PageCursor::PageCursor(int pageSize)
    : m_pageSize(qBound(1, pageSize, maxTake))
{
}

void PageCursor::reset()
{
    m_nextSkip = 0;
    m_total = -1;
    m_atEnd = false;
}

void PageCursor::noteRecordAdded()
{
    // The server's total may be as large as qint64 allows, and at that
    // maximum it stays, because one more would overflow.
    if (m_total >= 0 && m_total < std::numeric_limits<qint64>::max())
        ++m_total;
    if (m_atEnd && m_total > m_nextSkip)
        m_atEnd = false;
}

void PageCursor::advance(const Page &page)
{
    m_total = page.total;
    // The documented rule is to add the take the server returned. A page that
    // contains fewer items than that take moves only past those items, so a
    // server that returns short pages leaves no gap. A non-positive take is
    // replaced by the item count, and an oversized one by the documented maximum.
    const qint64 itemCount = page.items.size();
    qint64 step = page.take > 0 ? qMin<qint64>(page.take, maxTake) : itemCount;
    if (itemCount > 0 && itemCount < step)
        step = itemCount;
    m_nextSkip += step;
    if (page.items.isEmpty() || step <= 0 || m_nextSkip >= m_total)
        m_atEnd = true;
}

} // namespace Activo
