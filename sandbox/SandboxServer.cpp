#include "SandboxServer.h"

#include "ControlApi.h"
#include "FaultSwitch.h"
#include "LoopbackTcpServer.h"
#include "Logging.h"
#include "RequestLog.h"
#include "SandboxApi.h"

#include <QHttpServerRequest>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <utility>

namespace Activo::Sandbox {

namespace {

const QByteArray kJsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

} // namespace

SandboxServer::Exchange::Exchange(ApiRequest apiRequest, QHttpServerResponder &&httpResponder,
                                  QTcpSocket *tcpSocket)
    : request(std::move(apiRequest))
    , responder(std::move(httpResponder))
    , socket(tcpSocket)
    , socketKnown(tcpSocket != nullptr)
{
}

SandboxServer::SandboxServer(SandboxApi *api, ControlApi *control, FaultSwitch *faults, const RequestLog *log,
                             std::chrono::milliseconds latency, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_control(control)
    , m_faults(faults)
    , m_log(log)
    , m_latency(latency)
{
}

// Deferred exchanges go first, while the sockets and (from Qt 6.8 on) the
// connection handlers that their responders refer to still exist.
SandboxServer::~SandboxServer()
{
    m_deferred.clear();
    m_hanging.clear();
}

bool SandboxServer::listenOnLoopback(quint16 port, QString *errorMessage)
{
    m_tcpServer = LoopbackTcpServer::serve(this, port, QStringLiteral("the API"), errorMessage);
    return m_tcpServer != nullptr;
}

quint16 SandboxServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = m_tcpServer ? m_tcpServer->connection(request.remoteAddress(), request.remotePort())
                                     : nullptr;
    // Moving the responder out keeps the connection busy until the moved
    // responder is destroyed, which is how Qt 6.8 supports late replies.
    process(std::make_unique<Exchange>(ApiRequest::fromHttpRequest(request), std::move(responder), socket));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    // handleRequest() accepts every request, so this only runs if Qt calls
    // it on its own, for example for a rejected WebSocket upgrade.
    handleRequest(request, responder);
}

#else

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    process(std::make_unique<Exchange>(ApiRequest::fromHttpRequest(request),
                                       makeResponder(request, socket), socket));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

#endif

void SandboxServer::process(std::unique_ptr<Exchange> exchange)
{
    const ApiRequest &request = exchange->request;
    if (ControlApi::isControlPath(request.path)) {
        // Neither faults nor --latency-ms apply, so that a test can change
        // the faults of a slow or failing sandbox at once.
        exchange->reply = m_control->handle(request);
        send(*exchange);
        return;
    }

    FaultSwitch::Plan plan = m_faults->beforeHandling(request);
    if (plan.replacement) {
        exchange->reply = std::move(*plan.replacement);
    } else {
        exchange->reply = m_api->handle(request);
        m_faults->afterHandling(request, exchange->reply,
                                [this](const ApiRequest &derived) { return m_api->handle(derived); });
    }
    if (exchange->reply.hang) {
        hang(std::move(exchange));
        return;
    }
    sendAfter(m_latency + plan.extraLatency, std::move(exchange));
}

void SandboxServer::sendAfter(std::chrono::milliseconds delay, std::unique_ptr<Exchange> exchange)
{
    if (delay.count() <= 0) {
        send(*exchange);
        return;
    }

    // A precise timer, because the Qt::TimerType documentation allows a coarse
    // one to be 5% off, and the latency is a promised minimum.
    const quint64 exchangeId = ++m_lastExchangeId;
    m_deferred.emplace(exchangeId, std::move(exchange));
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, exchangeId] { sendDeferred(exchangeId); });
}

void SandboxServer::sendDeferred(quint64 exchangeId)
{
    const auto found = m_deferred.find(exchangeId);
    if (found == m_deferred.end())
        return;
    const std::unique_ptr<Exchange> exchange = std::move(found->second);
    m_deferred.erase(found);
    send(*exchange);
}

void SandboxServer::hang(std::unique_ptr<Exchange> exchange)
{
    const quint64 exchangeId = ++m_lastExchangeId;
    QTcpSocket *socket = exchange->socket;
    if (socket) {
        // The exchange ends as soon as the client closes the connection.
        connect(socket, &QAbstractSocket::disconnected, this, [this, exchangeId] { endHang(exchangeId, false); });
    } else {
        qCWarning(lcSandbox, "cannot watch the connection of hanging request %s: its socket is unknown",
                  exchange->request.requestId.constData());
    }
    auto timer = std::make_unique<QTimer>();
    timer->setSingleShot(true);
    connect(timer.get(), &QTimer::timeout, this, [this, exchangeId] { endHang(exchangeId, true); });
    timer->start(kHangLimit);
    m_hanging.emplace(exchangeId, std::make_pair(std::move(exchange), std::move(timer)));
}

void SandboxServer::endHang(quint64 exchangeId, bool timedOut)
{
    const auto found = m_hanging.find(exchangeId);
    if (found == m_hanging.end())
        return;
    const std::unique_ptr<Exchange> exchange = std::move(found->second.first);
    m_hanging.erase(found);

    if (!timedOut) {
        m_log->logClientGone(exchange->request);
        return;
    }
    if (exchange->socket)
        exchange->socket->abort();
    qCInfo(lcSandbox, "closed the connection of hanging request %s after %lld minutes",
           exchange->request.requestId.constData(), static_cast<long long>(kHangLimit.count()));
    exchange->reply.dropConnection = true;
    m_log->logReply(exchange->request, exchange->reply);
}

void SandboxServer::send(Exchange &exchange)
{
    const bool clientGone = exchange.socketKnown
        && (exchange.socket.isNull() || exchange.socket->state() != QAbstractSocket::ConnectedState);
    if (clientGone) {
        m_log->logClientGone(exchange.request);
        return;
    }

    if (exchange.reply.dropConnection) {
        if (exchange.socket) {
            exchange.socket->abort();
        } else {
            qCWarning(lcSandbox, "cannot drop the connection of request %s: its socket is unknown",
                      exchange.request.requestId.constData());
        }
        m_log->logReply(exchange.request, exchange.reply);
        return;
    }

    write(exchange);
    m_log->logReply(exchange.request, exchange.reply);
}

void SandboxServer::write(Exchange &exchange)
{
    const ApiReply &reply = exchange.reply;
    // A reply to HEAD must not have a body, or the client would read it as
    // the start of the next response.
    const QByteArray body =
        exchange.request.method == QHttpServerRequest::Method::Head ? QByteArray() : reply.body;
    const QByteArray contentType = reply.contentType.isEmpty() ? kJsonContentType : reply.contentType;

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QByteArrayLiteral("X-Request-Id"), exchange.request.requestId);
    if (!body.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    // Adds Content-Length.
    exchange.responder.write(body, headers, reply.status);
#else
    QHttpServerResponder &responder = exchange.responder;
    responder.writeStatusLine(reply.status);
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), exchange.request.requestId);
    if (!body.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    // Also writes the empty line that ends the headers, for an empty body too.
    responder.writeBody(body);
#endif
}

} // namespace Activo::Sandbox
