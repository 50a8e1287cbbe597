#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Activo {

// Turns what an administrator types into the API base URL, and decides
// which addresses the API key may be sent to.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    struct Parsed
    {
        QUrl baseUrl;  // e.g. https://acme.activohq.cloud/api/v1, no trailing slash
        QString error; // translated, empty when baseUrl is valid
        bool isValid() const { return error.isEmpty() && baseUrl.isValid(); }
    };

    // Accepts a tenant subdomain ("acme"), a host name ("acme.activohq.cloud",
    // "127.0.0.1:8080") or a full URL ("http://127.0.0.1:8080/api/v1").
    // A URL without a path gets "/api/v1". Plain HTTP is accepted only for
    // loopback hosts; a host without a scheme defaults to HTTPS, except a
    // loopback host, which defaults to HTTP.
    static Parsed parse(const QString &input);

    static QUrl tenantBaseUrl(const QString &tenant);

    // True for "localhost", 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);

    // True when `url` may carry the API key: HTTPS, or HTTP to a loopback host.
    static bool isSecureForKey(const QUrl &url);

    // Same scheme, host and port (with the scheme's default port filled in).
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

    // A short name for status lines: the tenant for *.activohq.cloud, else host[:port].
    static QString displayName(const QUrl &baseUrl);

    static QString tenantDomain() { return QStringLiteral("activohq.cloud"); }
};

} // namespace Activo
