#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Activo {

class ApiJob;

// Entry point to the ActivoHQ REST API of one server.
//
// The client does not own the QNetworkAccessManager, so tests and the
// application decide how it is configured (proxy, cache). The API key is
// attached only to requests with the same origin as the base URL, and only
// over HTTPS or to a loopback host. It never appears in URLs or logs.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // Makes every QNetworkAccessManager without a proxy of its own use the
    // operating system's proxy settings: WinHTTP and Internet Options on
    // Windows, System Settings on macOS, libproxy or http_proxy, https_proxy
    // and no_proxy on Linux. Qt never sends loopback requests to a system proxy.
    static void useSystemProxySettings();

    QNetworkAccessManager *network() const { return m_network; }

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // A short, non-reversible tag of the current key for logs: the first
    // eight hex digits of its SHA-256, or an empty string without a key.
    QString apiKeyFingerprint() const;

    // Idle time-out of one attempt: the attempt fails when no byte moves for this long.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    // How many times a failed read is sent again, and the first backoff delay.
    void setRetryPolicy(int maxRetries, std::chrono::milliseconds baseDelay);
    int maxRetries() const { return m_maxRetries; }
    std::chrono::milliseconds retryBaseDelay() const { return m_retryBaseDelay; }

    // `path` is relative to the base URL and starts with '/', e.g. "/assets".
    QUrl endpointUrl(const QString &path, const QUrlQuery &query = {}) const;

    // Creates a GET job; call start() on it after connecting to finished().
    ApiJob *get(const QString &path, const QUrlQuery &query = {});
    // Creates a POST or PUT job with a JSON body.
    ApiJob *sendJson(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QByteArray &jsonBody);

Q_SIGNALS:
    // A request ended with 401, so the application prompts for a new key.
    void authenticationFailed(const Activo::ApiError &error);

private:
    friend class ApiJob;
    // Adds the key to `request` when its URL may carry it; returns false otherwise.
    bool authorize(QNetworkRequest &request) const;
    ApiJob *createJob(const QByteArray &method, const QUrl &url, const QByteArray &body);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_transferTimeout{30000};
    int m_maxRetries = 3;
    std::chrono::milliseconds m_retryBaseDelay{500};
};

} // namespace Activo
