#include "api/ApiClient.h"

#include "api/ApiJob.h"
#include "api/ServerAddress.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>

namespace Activo {

namespace {
const QByteArray kApiKeyHeader = QByteArrayLiteral("X-Api-Key");
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

ApiClient::~ApiClient() = default;

void ApiClient::useSystemProxySettings()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setApiKey(const QString &key)
{
    m_apiKey = key;
}

QString ApiClient::apiKeyFingerprint() const
{
    if (m_apiKey.isEmpty())
        return QString();
    const QByteArray hash = QCryptographicHash::hash(m_apiKey.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(8));
}

void ApiClient::setRetryPolicy(int maxRetries, std::chrono::milliseconds baseDelay)
{
    m_maxRetries = qMax(0, maxRetries);
    m_retryBaseDelay = baseDelay;
}

QUrl ApiClient::endpointUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (query.isEmpty())
        return url;

    // QUrlQuery leaves '+' as it is, and servers read a literal '+' in a query
    // as a space, so every key and value is percent-encoded here ("C++" is sent
    // as "C%2B%2B").
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

bool ApiClient::authorize(QNetworkRequest &request) const
{
    const QUrl url = request.url();
    if (!ServerAddress::isSameOrigin(url, m_baseUrl) || !ServerAddress::isSecureForKey(url))
        return false;
    if (!m_apiKey.isEmpty())
        request.setRawHeader(kApiKeyHeader, m_apiKey.toUtf8());
    return true;
}

ApiJob *ApiClient::createJob(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ActivoDesk/%1 Qt/%2").arg(QStringLiteral(ACTIVO_VERSION_STRING),
                                                                QString::fromLatin1(qVersion())));
    // Redirects are checked one by one so that the key never follows one to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return new ApiJob(this, method, request, body);
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return createJob(QByteArrayLiteral("GET"), endpointUrl(path, query), QByteArray());
}

ApiJob *ApiClient::sendJson(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &jsonBody)
{
    return createJob(method, endpointUrl(path, query), jsonBody.isNull() ? QByteArray("") : jsonBody);
}

} // namespace Activo
