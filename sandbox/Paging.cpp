#include "Paging.h"

#include "JsonWriter.h"

#include <algorithm>

namespace Activo::Sandbox {

namespace {

// Maximum number of characters of a rejected value that an error message
// repeats.
constexpr qsizetype kMaximumEchoedLength = 40;

// Returns the value of a string of ASCII digits, saturated at `ceiling`, or
// nothing if the text is empty or contains anything but digits (signs,
// spaces and decimal points included).
std::optional<quint64> parseWholeNumber(const QString &text, quint64 ceiling)
{
    if (text.isEmpty())
        return std::nullopt;

    quint64 value = 0;
    for (const QChar character : text) {
        if (character < QLatin1Char('0') || character > QLatin1Char('9'))
            return std::nullopt;
        const quint64 digit = character.unicode() - '0';
        value = std::min(ceiling, value * 10 + digit);
    }
    return value;
}

QString quoted(const QString &value)
{
    QString echoed = value;
    if (echoed.size() > kMaximumEchoedLength)
        echoed = echoed.left(kMaximumEchoedLength) + QStringLiteral("...");
    return QLatin1Char('"') + echoed + QLatin1Char('"');
}

} // namespace

std::optional<PageWindow> readPageWindow(const QueryParameters &query, ApiReply *error)
{
    PageWindow window;

    const QString skipName = QStringLiteral("skip");
    if (query.contains(skipName)) {
        const QString text = query.value(skipName);
        // The ceiling is one above the maximum, so that too large a value is
        // rejected instead of being silently reduced.
        const std::optional<quint64> skip = parseWholeNumber(text, quint64(kMaximumSkip) + 1);
        if (!skip || *skip > quint64(kMaximumSkip)) {
            *error = ApiReply::error(ApiReply::StatusCode::BadRequest,
                                     QStringLiteral("skip must be a whole number from 0 to %1; got %2.")
                                         .arg(kMaximumSkip)
                                         .arg(quoted(text)));
            return std::nullopt;
        }
        window.skip = qsizetype(*skip);
    }

    const QString takeName = QStringLiteral("take");
    if (query.contains(takeName)) {
        const QString text = query.value(takeName);
        const std::optional<quint64> take = parseWholeNumber(text, quint64(kMaximumTake) + 1);
        if (!take || *take == 0) {
            *error = ApiReply::error(ApiReply::StatusCode::BadRequest,
                                     QStringLiteral("take must be a whole number from 1 to %1; got %2.")
                                         .arg(kMaximumTake)
                                         .arg(quoted(text)));
            return std::nullopt;
        }
        window.take = std::min(qsizetype(*take), kMaximumTake);
    }

    return window;
}

ApiReply pageReply(qsizetype total, const PageWindow &window,
                   const std::function<QByteArrayView(qsizetype index)> &itemAt)
{
    const qsizetype first = std::min(window.skip, total);
    const qsizetype end = std::min(total, first + window.take);

    QList<QByteArrayView> items;
    items.reserve(end - first);
    for (qsizetype index = first; index < end; ++index)
        items.append(itemAt(index));

    return ApiReply::json(pageEnvelope(items, total, window.skip, window.take));
}

ApiReply generatedPageReply(qsizetype total, const PageWindow &window,
                            const std::function<QByteArray(qsizetype index)> &itemAt)
{
    const qsizetype first = std::min(window.skip, total);
    const qsizetype end = std::min(total, first + window.take);

    QByteArrayList items;
    items.reserve(end - first);
    for (qsizetype index = first; index < end; ++index)
        items.append(itemAt(index));

    QList<QByteArrayView> views;
    views.reserve(items.size());
    for (const QByteArray &item : std::as_const(items))
        views.append(item);
    return ApiReply::json(pageEnvelope(views, total, window.skip, window.take));
}

bool readIdFilter(const QueryParameters &query, const QString &name, QUuid *id, ApiReply *error)
{
    const QString text = query.value(name).trimmed();
    *id = text.isEmpty() ? QUuid() : QUuid::fromString(text);
    if (!text.isEmpty() && id->isNull()) {
        *error = ApiReply::error(ApiReply::StatusCode::BadRequest,
                                 QStringLiteral("%1 must be a GUID; got %2.").arg(name, quoted(text)));
        return false;
    }
    return true;
}

} // namespace Activo::Sandbox
