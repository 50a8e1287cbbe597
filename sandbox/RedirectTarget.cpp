#include "RedirectTarget.h"

#include "ApiRequest.h"
#include "Logging.h"
#include "LoopbackTcpServer.h"
#include "RequestLog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrl>

namespace Activo::Sandbox {

namespace {

const QByteArray kEmptyList = QByteArrayLiteral("{\"items\":[],\"total\":0,\"skip\":0,\"take\":50}");
const QByteArray kJsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

} // namespace

bool RedirectTarget::listenOnLoopback(QString *errorMessage)
{
    m_tcpServer = LoopbackTcpServer::serve(this, 0, QStringLiteral("the redirect target"), errorMessage);
    return m_tcpServer != nullptr;
}

quint16 RedirectTarget::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QString RedirectTarget::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void RedirectTarget::reset()
{
    m_requestCount = 0;
    m_withApiKeyCount = 0;
    m_log.clear();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

bool RedirectTarget::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    reply(request, responder);
    return true;
}

void RedirectTarget::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    reply(request, responder);
}

#else

bool RedirectTarget::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    reply(request, responder);
    return true;
}

void RedirectTarget::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

#endif

void RedirectTarget::reply(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Visit visit;
    visit.method = methodName(request.method());
    const QUrl url = request.url();
    visit.target = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        visit.target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray apiKey = request.value(QByteArrayLiteral("X-Api-Key"));
    visit.apiKey = !apiKey.isEmpty();

    ++m_requestCount;
    if (visit.apiKey)
        ++m_withApiKeyCount;
    if (m_log.size() >= kLogLimit)
        m_log.removeFirst();
    m_log.append(visit);
    qCInfo(lcSandbox, "redirect target: %s %s key=%s", visit.method.constData(), visit.target.constData(),
           apiKeyFingerprint(apiKey).constData());

    const bool head = request.method() == QHttpServerRequest::Method::Head;
    responder.write(head ? QByteArray() : kEmptyList, kJsonContentType, QHttpServerResponder::StatusCode::Ok);
}

} // namespace Activo::Sandbox
