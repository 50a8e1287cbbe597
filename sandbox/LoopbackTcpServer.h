#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Activo::Sandbox {

// TCP server that accepts connections on 127.0.0.1 only and records each
// connection's socket by its peer address and port.
//
// In Qt 6.8, QAbstractHttpServer passes request handlers a responder instead
// of the socket, so the sandbox looks the socket up here when it has to drop
// a connection.
class LoopbackTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

    // Listens on 127.0.0.1:`port`. Port 0 picks a free port.
    bool listenOnLoopback(quint16 port);

    // Listens on 127.0.0.1:`port` and serves `httpServer` there. Returns the
    // TCP server, a child of `httpServer`, or nullptr with `errorMessage`
    // set. `purpose` names the listener in that message, e.g. "the API".
    static LoopbackTcpServer *serve(QAbstractHttpServer *httpServer, quint16 port, const QString &purpose,
                                    QString *errorMessage);

    // Returns the open socket of the connection from `peer`:`peerPort`, or
    // nullptr when there is none.
    QTcpSocket *connection(const QHostAddress &peer, quint16 peerPort) const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    static quint64 connectionKey(const QHostAddress &peer, quint16 peerPort);
    void removeClosedConnections();

    // QPointer, because the HTTP server owns and deletes the sockets. Entries
    // of deleted sockets are removed every kPruneInterval connections.
    QHash<quint64, QPointer<QTcpSocket>> m_connections;
    int m_acceptedSincePrune = 0;
};

} // namespace Activo::Sandbox
