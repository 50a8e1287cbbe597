#include "ApiRequest.h"

#include <QAtomicInteger>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

namespace Activo::Sandbox {

namespace {

QString decodeQueryComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

// Returns "<process prefix>-<counter>" in hexadecimal. The random prefix
// keeps ids of two sandbox runs apart, and the counter keeps them unique
// within one run.
QByteArray nextRequestId()
{
    static const QByteArray prefix =
        QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    static QAtomicInteger<quint64> counter;
    const quint64 number = counter.fetchAndAddRelaxed(1) + 1;
    return prefix + '-' + QByteArray::number(number, 16).rightJustified(8, '0');
}

} // namespace

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QueryParameters QueryParameters::fromEncoded(const QByteArray &encodedQuery)
{
    QueryParameters parameters;
    const QList<QByteArray> pairs = encodedQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decodeQueryComponent(equals < 0 ? pair : pair.left(equals));
        // "name" without "=" counts as present with an empty value.
        const QString value = equals < 0 ? QString() : decodeQueryComponent(pair.mid(equals + 1));
        if (!parameters.m_values.contains(name))
            parameters.m_values.insert(name, value);
    }
    return parameters;
}

ApiRequest ApiRequest::fromHttpRequest(const QHttpServerRequest &request)
{
    ApiRequest result;
    result.received.start();
    result.requestId = nextRequestId();
    result.method = request.method();
    result.methodName = Sandbox::methodName(request.method());

    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyDecoded);
    const QByteArray encodedQuery = url.query(QUrl::FullyEncoded).toUtf8();
    result.target = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        result.target += '?' + encodedQuery;
    result.query = QueryParameters::fromEncoded(encodedQuery);

    result.apiKey = request.value(QByteArrayLiteral("X-Api-Key"));
    result.sandboxControl = request.value(QByteArrayLiteral("X-Sandbox-Control"));
    result.fromLoopback = request.remoteAddress().isLoopback();
    result.body = request.body();
    return result;
}

} // namespace Activo::Sandbox
