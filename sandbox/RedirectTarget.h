#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace Activo::Sandbox {

class LoopbackTcpServer;

// The second listener of the sandbox, on its own free port of 127.0.0.1,
// where the redirect-away fault sends clients. Another port is another
// origin, so a client that follows the redirect must decide whether to send
// its API key there.
//
// It replies to every request with 200 and an empty list, and records the
// method, the path with the query, and whether an X-Api-Key header came,
// never the key.
class RedirectTarget final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // One request that reached the target.
    struct Visit
    {
        QByteArray method;
        QByteArray target; // encoded path and query, as the client sent them
        bool apiKey = false;
    };

    // The log keeps only the latest requests, but the counts include all.
    static constexpr qsizetype kLogLimit = 1000;

    using QAbstractHttpServer::QAbstractHttpServer;

    // Listens on a free port of 127.0.0.1.
    bool listenOnLoopback(QString *errorMessage);
    quint16 port() const;
    // E.g. "http://127.0.0.1:40123".
    QString origin() const;

    qint64 requestCount() const { return m_requestCount; }
    qint64 withApiKeyCount() const { return m_withApiKeyCount; }
    const QList<Visit> &log() const { return m_log; }
    // Sets the counts to 0 and empties the log.
    void reset();

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    // Records `request` and writes the reply.
    void reply(const QHttpServerRequest &request, QHttpServerResponder &responder);

    LoopbackTcpServer *m_tcpServer = nullptr;
    qint64 m_requestCount = 0;
    qint64 m_withApiKeyCount = 0;
    QList<Visit> m_log;
};

} // namespace Activo::Sandbox
