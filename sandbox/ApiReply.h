#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace Activo::Sandbox {

// Reply to one API request, built by the handlers and sent by SandboxServer.
//
// A reply is a plain value until it is sent, so code between the handler and
// the socket (a fault switch, for example) can change the status, replace the
// body or turn it into a dropped connection.
struct ApiReply
{
    using StatusCode = QHttpServerResponder::StatusCode;

    StatusCode status = StatusCode::Ok;
    // Sent with "Content-Type: application/json; charset=utf-8", or with
    // `contentType` when that is set, unless empty.
    QByteArray body;
    QByteArray contentType;
    // Extra headers such as Allow. X-Request-Id, Content-Type and
    // Content-Length are added when the reply is sent.
    QList<QPair<QByteArray, QByteArray>> headers;
    // Close the connection without writing anything, as a crashed or
    // unreachable server would.
    bool dropConnection = false;
    // Keep the connection open and send nothing until the client closes it
    // or SandboxServer gives up on it.
    bool hang = false;
    // Message of an error reply, for the log. Empty for successful replies.
    QString errorMessage;

    static ApiReply json(QByteArray body, StatusCode status = StatusCode::Ok);
    // A reply with the body {"error": message}.
    static ApiReply error(StatusCode status, QStringView message);
    // A reply without a body, as the real service sends for 401.
    static ApiReply empty(StatusCode status);

    bool isError() const { return int(status) >= 400; }
};

} // namespace Activo::Sandbox
