#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Activo::Sandbox {

// Maps a method and a path to a handler.
//
// Patterns are paths whose segments are literal text or "{name}". Each
// "{name}" matches one non-empty segment, and the handler receives the
// matched segments in order. A path that some route matches with another
// method gives 405 with an Allow header. A path that no route matches gives
// 404.
class Router
{
public:
    using Handler = std::function<ApiReply(const ApiRequest &request, const QStringList &arguments)>;

    void addRoute(QHttpServerRequest::Method method, const QString &pattern, Handler handler);

    // Runs the matching handler. `path` is relative to the API base path,
    // e.g. "/assets/f47edba8-67fe-42ce-8209-0e20e1abc17e".
    ApiReply dispatch(const ApiRequest &request, const QString &path) const;

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        Handler handler;
    };

    static bool matches(const Route &route, const QStringList &segments, QStringList *arguments);

    QList<Route> m_routes;
};

} // namespace Activo::Sandbox
