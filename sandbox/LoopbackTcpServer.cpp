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
