#include "Router.h"

#include <utility>

namespace Activo::Sandbox {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

void Router::addRoute(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{method, splitPath(pattern), std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *arguments)
{
    if (route.segments.size() != segments.size())
        return false;

    QStringList captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (isParameter(expected))
            captured.append(segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    *arguments = captured;
    return true;
}

ApiReply Router::dispatch(const ApiRequest &request, const QString &path) const
{
    // Empty segments are skipped, so a trailing slash or "//" does not
    // change the route.
    const QStringList segments = splitPath(path);
    QList<QByteArray> allowedMethods;

    for (const Route &route : m_routes) {
        QStringList arguments;
        if (!matches(route, segments, &arguments))
            continue;
        if (route.method == request.method)
            return route.handler(request, arguments);

        const QByteArray name = methodName(route.method);
        if (!allowedMethods.contains(name))
            allowedMethods.append(name);
    }

    if (allowedMethods.isEmpty())
        return ApiReply::error(ApiReply::StatusCode::NotFound, u"Not found.");

    ApiReply reply = ApiReply::error(ApiReply::StatusCode::MethodNotAllowed, u"Method not allowed.");
    reply.headers.append({QByteArrayLiteral("Allow"), allowedMethods.join(", ")});
    return reply;
}

} // namespace Activo::Sandbox
