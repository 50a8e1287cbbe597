#include "api/ServerAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Activo {

namespace {

const QString kApiPath = QStringLiteral("/api/v1");

bool isValidTenant(const QString &tenant)
{
    // A single DNS label: letters, digits and inner hyphens, at most 63 characters.
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return label.match(tenant).hasMatch();
}

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : 80);
}

} // namespace

QUrl ServerAddress::tenantBaseUrl(const QString &tenant)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(tenant.toLower() + QLatin1Char('.') + tenantDomain());
    url.setPath(kApiPath);
    return url;
}

bool ServerAddress::isLoopbackHost(const QString &host)
{
    QString bare = host.toLower();
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    // Only "localhost" itself: a name under .localhost may still be sent to a
    // DNS server or a proxy by resolvers that do not reserve the domain.
    if (bare == QLatin1String("localhost"))
        return true;
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

bool ServerAddress::isSecureForKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

bool ServerAddress::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

QString ServerAddress::displayName(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    const QString suffix = QLatin1Char('.') + tenantDomain();
    if (host.endsWith(suffix) && baseUrl.port() == -1)
        return host.left(host.size() - suffix.size());
    if (baseUrl.port() != -1)
        return host + QLatin1Char(':') + QString::number(baseUrl.port());
    return host;
}

ServerAddress::Parsed ServerAddress::parse(const QString &input)
{
    Parsed result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("Enter your tenant (for example \"acme\") or the server address.");
        return result;
    }
    if (text.contains(QLatin1Char(' '))) {
        result.error = tr("\"%1\" contains a space. Enter a tenant such as \"acme\" or an address such as "
                          "https://acme.activohq.cloud/api/v1.")
                           .arg(text);
        return result;
    }

    const bool looksLikeAddress = text.contains(QLatin1String("://")) || text.contains(QLatin1Char('.'))
        || text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('/'));
    if (!looksLikeAddress) {
        const QString tenant = text.toLower();
        if (!isValidTenant(tenant)) {
            result.error = tr("\"%1\" is not a valid tenant name. A tenant uses only letters, digits and "
                              "hyphens, as in the address of your ActivoHQ site (acme.activohq.cloud).")
                               .arg(text);
            return result;
        }
        result.baseUrl = tenantBaseUrl(tenant);
        return result;
    }

    QString withScheme = text;
    if (!text.contains(QLatin1String("://"))) {
        // Without a scheme, decide from the host: only loopback servers may use plain HTTP.
        const QUrl probe = QUrl::fromUserInput(QStringLiteral("http://") + text);
        const bool loopback = probe.isValid() && isLoopbackHost(probe.host());
        withScheme = (loopback ? QStringLiteral("http://") : QStringLiteral("https://")) + text;
    }

    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result.error = tr("\"%1\" is not a valid server address. Use a form such as "
                          "https://acme.activohq.cloud/api/v1.")
                           .arg(text);
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        result.error = tr("\"%1\" uses the scheme \"%2\". Use an https:// address.").arg(text, url.scheme());
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.error = tr("Remove the user name or password from \"%1\". The API key is entered in its own field.")
                           .arg(text);
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        result.error = tr("Remove the part after \"?\" or \"#\" from \"%1\".").arg(text);
        return result;
    }
    if (!isSecureForKey(url)) {
        result.error = tr("Plain HTTP is allowed only for this computer (localhost or 127.0.0.1). "
                          "Use https://%1 so that the API key is encrypted on the way.")
                           .arg(url.authority() + url.path());
        return result;
    }

    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path.isEmpty() ? kApiPath : path);
    result.baseUrl = url;
    return result;
}

} // namespace Activo
