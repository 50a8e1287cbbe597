#include "api/ApiError.h"

namespace Activo {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Proxy: return QStringLiteral("proxy");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Redirect: return QStringLiteral("redirect");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Http: return QStringLiteral("http");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::InsecureUrl: return QStringLiteral("insecure-url");
    }
    return QString();
}

QString ApiError::advice() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return tr("Check your network connection and the server address, then try again.");
    case Kind::Proxy:
        return tr("Check the proxy settings of this computer, or ask your IT department which proxy and sign-in to "
                  "use.");
    case Kind::Timeout:
        return tr("The server may be busy or the network slow. Try again in a moment.");
    case Kind::Tls:
        return tr("Do not continue on an untrusted network. Ask your IT department to check the certificate.");
    case Kind::Redirect:
        return tr("Check the server address in Preferences.");
    case Kind::Unauthorized:
        return tr("Paste a valid API key in Preferences. An administrator can generate one under "
                  "Profile > Developer API.");
    case Kind::Forbidden:
        return tr("Ask your ActivoHQ administrator for access.");
    case Kind::NotFound:
        return tr("It may have been removed. Refresh the list and try again.");
    case Kind::Validation:
        return tr("Correct the value and try again.");
    case Kind::RateLimited:
        if (retryAfterSeconds >= 120)
            return tr("The server is limiting requests and asks to wait %n minute(s) before trying again.", nullptr,
                      (retryAfterSeconds + 59) / 60);
        if (retryAfterSeconds > 0)
            return tr("The server is limiting requests and asks to wait %n second(s) before trying again.", nullptr,
                      retryAfterSeconds);
        return tr("The server is limiting requests. Wait a moment and try again.");
    case Kind::Server:
        return tr("This is a problem on the server. Try again later; if it persists, contact support "
                  "with the details below.");
    case Kind::Http:
    case Kind::BadResponse:
        return tr("Try again. If it persists, contact support with the details below.");
    case Kind::InsecureUrl:
        return tr("Use an https:// address in Preferences.");
    }
    return QString();
}

QString ApiError::message() const
{
    QString summary;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        summary = tr("The server could not be reached (%1).").arg(technicalText);
        break;
    case Kind::Proxy:
        summary = tr("The proxy server between this computer and ActivoHQ stopped the request (%1).")
                      .arg(technicalText);
        break;
    case Kind::Timeout:
        summary = tr("The server sent nothing for %n second(s) in reply to %1.", nullptr, timeoutSeconds)
                      .arg(QString::fromLatin1(method) + QLatin1Char(' ')
                           + url.adjusted(QUrl::RemoveQuery | QUrl::RemoveScheme | QUrl::RemoveAuthority).path());
        break;
    case Kind::Tls:
        summary = tr("The secure connection failed: %1").arg(technicalText);
        break;
    case Kind::Redirect:
        summary = tr("The server redirected the request to another address (%1). It was not followed, so "
                  "the API key was not sent there.")
                   .arg(technicalText);
        break;
    case Kind::Unauthorized:
        summary = tr("The server rejected the API key (HTTP 401). It may be wrong, revoked or replaced by a "
                  "newer one.");
        break;
    case Kind::InsecureUrl:
        summary = tr("The request was not sent because %1 does not use HTTPS.")
                   .arg(url.adjusted(QUrl::RemoveQuery).toDisplayString());
        break;
    case Kind::BadResponse:
        summary = tr("The server sent a reply that Activo Desk cannot read: %1").arg(technicalText);
        break;
    default:
        if (!serverMessage.isEmpty())
            summary = tr("The server answered: %1 (HTTP %2).").arg(serverMessage).arg(httpStatus);
        else
            summary = tr("The server answered with HTTP status %1.").arg(httpStatus);
        break;
    }
    if (kind == Kind::Unauthorized && !serverMessage.isEmpty())
        summary += QLatin1Char(' ') + tr("Server message: %1").arg(serverMessage);
    return summary + QLatin1Char(' ') + advice();
}

QString ApiError::details() const
{
    QStringList lines;
    lines << tr("Error: %1").arg(message());
    lines << tr("Request: %1 %2").arg(QString::fromLatin1(method), url.toDisplayString());
    if (httpStatus != 0)
        lines << tr("HTTP status: %1").arg(httpStatus);
    if (!serverMessage.isEmpty())
        lines << tr("Server message: %1").arg(serverMessage);
    if (!technicalText.isEmpty())
        lines << tr("Technical detail: %1").arg(technicalText);
    lines << tr("Request id: %1").arg(requestId.isEmpty() ? tr("none sent by the server") : requestId);
    lines << tr("Attempts: %1").arg(attempts);
    lines << tr("Time (UTC): %1").arg(time.toUTC().toString(Qt::ISODateWithMs));
    lines << tr("Error kind: %1").arg(kindName(kind));
    lines << tr("Client: Activo Desk %1").arg(QStringLiteral(ACTIVO_VERSION_STRING));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Activo
