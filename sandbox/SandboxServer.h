#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtGlobal>

#include <chrono>
#include <map>
#include <memory>

// QAbstractHttpServer passes the socket to handlers up to Qt 6.4 and a
// QHttpServerResponder with a QHttpHeaders based API from Qt 6.8 on. The
// versions in between have a third variant that this code does not cover.
// NOTE: the Qt 6.8 branches follow the Qt 6.8 headers but have not been
// compiled or run.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
#error "activohq-sandbox supports Qt HTTP Server 6.4 and 6.8 or later, not 6.5 to 6.7"
#endif

namespace Activo::Sandbox {

class ControlApi;
class FaultSwitch;
class LoopbackTcpServer;
class RequestLog;
class SandboxApi;

// HTTP front end of the sandbox. It listens on 127.0.0.1, turns each request
// into an ApiRequest, gets the reply from SandboxApi and sends it.
//
// Requests under /_sandbox go to ControlApi instead, without faults or
// latency. Other requests pass the FaultSwitch before and after SandboxApi
// handles them.
//
// Every reply can be deferred: the responder is kept with the copied request
// until a timer fires, while the event loop keeps serving other connections.
// Connections stay open between requests (HTTP/1.1 keep-alive), and a reply
// marked dropConnection aborts its socket instead of writing. A reply marked
// hang is never written: its exchange is kept until the client closes the
// connection, or for at most kHangLimit, after which the socket is aborted.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `api`, `control`, `faults` and `log` must outlive the server.
    static constexpr std::chrono::minutes kHangLimit{10};

    SandboxServer(SandboxApi *api, ControlApi *control, FaultSwitch *faults, const RequestLog *log,
                  std::chrono::milliseconds latency, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:`port`. Port 0 picks a free port. There is no way
    // to listen on another address.
    bool listenOnLoopback(quint16 port, QString *errorMessage);

    quint16 port() const;

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    // One request waiting for, or in the middle of, its reply.
    struct Exchange
    {
        Exchange(ApiRequest request, QHttpServerResponder &&responder, QTcpSocket *socket);

        ApiRequest request;
        QHttpServerResponder responder;
        // Null when the connection was closed, or when the socket could not
        // be found (see LoopbackTcpServer).
        QPointer<QTcpSocket> socket;
        bool socketKnown = false;
        ApiReply reply;
    };

    void process(std::unique_ptr<Exchange> exchange);
    void sendAfter(std::chrono::milliseconds delay, std::unique_ptr<Exchange> exchange);
    void sendDeferred(quint64 exchangeId);
    void hang(std::unique_ptr<Exchange> exchange);
    // Forgets a hanging exchange. Aborts its connection when `timedOut`.
    void endHang(quint64 exchangeId, bool timedOut);
    void send(Exchange &exchange);
    static void write(Exchange &exchange);

    SandboxApi *m_api;
    ControlApi *m_control;
    FaultSwitch *m_faults;
    const RequestLog *m_log;
    std::chrono::milliseconds m_latency;
    LoopbackTcpServer *m_tcpServer = nullptr;

    // Replies waiting for their latency timer, by exchange id.
    std::map<quint64, std::unique_ptr<Exchange>> m_deferred;
    // Exchanges of the hang fault, by exchange id, with their time limit.
    std::map<quint64, std::pair<std::unique_ptr<Exchange>, std::unique_ptr<QTimer>>> m_hanging;
    quint64 m_lastExchangeId = 0;
};

} // namespace Activo::Sandbox
