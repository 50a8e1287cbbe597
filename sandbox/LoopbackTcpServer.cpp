#include "LoopbackTcpServer.h"

#include "Logging.h"

namespace Activo::Sandbox {

namespace {

constexpr int kPruneInterval = 256;

} // namespace

bool LoopbackTcpServer::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress(QHostAddress::LocalHost), port);
}

LoopbackTcpServer *LoopbackTcpServer::serve(QAbstractHttpServer *httpServer, quint16 port, const QString &purpose,
                                            QString *errorMessage)
{
    auto *tcpServer = new LoopbackTcpServer(httpServer);
    if (!tcpServer->listenOnLoopback(port)) {
        *errorMessage = QStringLiteral("cannot listen on 127.0.0.1:%1 for %2: %3")
                            .arg(port)
                            .arg(purpose, tcpServer->errorString());
        delete tcpServer;
        return nullptr;
    }

    // bind() replaces listen(), which newer Qt versions deprecate or lack.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!httpServer->bind(tcpServer)) {
        *errorMessage = QStringLiteral("cannot attach %1 to 127.0.0.1:%2").arg(purpose).arg(port);
        delete tcpServer;
        return nullptr;
    }
#else
    httpServer->bind(tcpServer);
#endif
    return tcpServer;
}

quint64 LoopbackTcpServer::connectionKey(const QHostAddress &peer, quint16 peerPort)
{
    // Only IPv4 loopback peers connect, so the IPv4 address and the port
    // identify a connection.
    return (quint64(peer.toIPv4Address()) << 16) | peerPort;
}

QTcpSocket *LoopbackTcpServer::connection(const QHostAddress &peer, quint16 peerPort) const
{
    return m_connections.value(connectionKey(peer, peerPort)).data();
}

void LoopbackTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcSandbox, "could not accept a connection: %s", qUtf8Printable(socket->errorString()));
        delete socket;
        return;
    }
    if (!socket->peerAddress().isLoopback()) {
        // Cannot happen while listening on 127.0.0.1, but the sandbox must
        // never serve another host.
        qCWarning(lcSandbox, "closed a connection from non-loopback address %s",
                  qUtf8Printable(socket->peerAddress().toString()));
        socket->abort();
        socket->deleteLater();
        return;
    }

    if (++m_acceptedSincePrune >= kPruneInterval)
        removeClosedConnections();
    m_connections.insert(connectionKey(socket->peerAddress(), socket->peerPort()), socket);
    addPendingConnection(socket);
}

void LoopbackTcpServer::removeClosedConnections()
{
    m_acceptedSincePrune = 0;
    m_connections.removeIf([](const auto &entry) { return entry.value().isNull(); });
}

} // namespace Activo::Sandbox
