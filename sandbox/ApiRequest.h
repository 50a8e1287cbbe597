#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QString>

namespace Activo::Sandbox {

// Returns the method as it appears on the request line, e.g. "GET".
QByteArray methodName(QHttpServerRequest::Method method);

// Decoded query string. A '+' stands for a space, as HTML forms and most
// server frameworks read it, and percent-escapes are decoded as UTF-8.
// When a name repeats, the first value wins.
class QueryParameters
{
public:
    QueryParameters() = default;
    static QueryParameters fromEncoded(const QByteArray &encodedQuery);

    bool contains(const QString &name) const { return m_values.contains(name); }
    // Returns an empty string when the parameter is absent or has no value.
    QString value(const QString &name) const { return m_values.value(name); }
    // Sets `name` to `value`, replacing the value it had.
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }

private:
    QHash<QString, QString> m_values;
};

// Copy of the parts of an HTTP request that handlers, deferred replies and
// the request log use.
//
// QHttpServerRequest is only valid while the server's handler runs, because
// Qt 6.4 reuses one object per connection.
struct ApiRequest
{
    // Copies the parts of `request` that handlers need.
    static ApiRequest fromHttpRequest(const QHttpServerRequest &request);

    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QByteArray methodName;  // as it appears in logs, e.g. "GET"
    QString path;           // decoded, without the query, e.g. "/api/v1/assets"
    QByteArray target;      // encoded path and query as the client sent them
    QueryParameters query;
    QByteArray apiKey;      // value of X-Api-Key; empty when the header is missing
    QByteArray sandboxControl; // value of X-Sandbox-Control, see ControlApi
    bool fromLoopback = false; // true when the peer address is a loopback address
    QByteArray body;
    QByteArray requestId;   // unique per request, sent back as X-Request-Id
    QElapsedTimer received; // started when the request was complete
};

} // namespace Activo::Sandbox
