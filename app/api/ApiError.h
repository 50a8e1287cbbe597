#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Activo {

// Failure of one request, kept whole for the "Copy details" text
// that users send to support. It contains no credentials: the API key is never
// copied into it.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,       // no connection, refused, reset, DNS failure
        Proxy,         // the proxy server refused, failed or wants credentials that were not given
        Timeout,       // nothing arrived within the transfer timeout
        Tls,           // certificate or handshake failure
        Redirect,      // a redirect to another origin that was not followed
        Unauthorized,  // 401: key missing, wrong, revoked or rotated
        Forbidden,     // 403
        NotFound,      // 404
        Validation,    // 400, 409, 422: the server rejected the input
        RateLimited,   // 429
        Server,        // 5xx
        Http,          // any other non-2xx status
        BadResponse,   // 2xx with a body the client cannot use
        InsecureUrl,   // refused before sending: the key would travel unencrypted
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage;  // the `error` text of the body, or a short plain-text body
    QString technicalText;  // Qt's network error string or the parse failure
    QString requestId;      // from X-Request-Id or a similar header
    QByteArray method;
    QUrl url;               // the request URL; the key travels in a header, never here
    QDateTime time;
    int attempts = 1;       // how many times the request was sent
    int timeoutSeconds = 0; // the transfer time-out, for Kind::Timeout
    int retryAfterSeconds = -1; // the wait a 429 reply asked for, or -1

    bool isError() const { return kind != Kind::None; }

    // One translated sentence saying what failed and why, ending with what to do.
    QString message() const;
    // The step the user can take, e.g. "Check the API key in Preferences.".
    QString advice() const;
    // Plain text for support: request, status, server message, request id, time.
    QString details() const;

    static QString kindName(Kind kind);
};

} // namespace Activo

Q_DECLARE_METATYPE(Activo::ApiError)
