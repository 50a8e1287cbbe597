#include "api/ApiJob.h"

#include "api/ApiClient.h"
#include "api/Logging.h"
#include "api/ServerAddress.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslCertificate>

namespace Activo {

namespace {

// Maximum waits before a retry, whatever Retry-After requests.
constexpr qint64 kMaxBackoffMs = 8000;
constexpr qint64 kMaxRetryAfterMs = 60000;

QString pathAndQuery(const QUrl &url)
{
    return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
}

// The wait that a Retry-After header requests, as seconds or as an HTTP date,
// capped at a day; -1 when the header is missing or unreadable.
int retryAfterSeconds(const QByteArray &header)
{
    constexpr qint64 kDay = 24 * 3600;
    const QByteArray value = header.trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? int(qMin(seconds, kDay)) : -1;
    if (value.isEmpty())
        return -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 milliseconds = qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when), kDay * 1000);
    return int((milliseconds + 999) / 1000);
}

// Whole seconds, rounded up, so that a time-out under a second is not shown as 0.
int timeoutSeconds(std::chrono::milliseconds timeout)
{
    return int(qMax<qint64>(1, (timeout.count() + 999) / 1000));
}

bool isProxyError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

bool isRetriableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

// The body's own message: {"error": "..."} as documented, a few other common
// JSON shapes, or a short plain-text body. HTML pages yield nothing.
QString messageFromBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QString();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        for (const auto *name : {"error", "message", "title", "detail"}) {
            const QJsonValue value = object.value(QLatin1String(name));
            if (value.isString() && !value.toString().trimmed().isEmpty())
                return value.toString().trimmed().left(1000);
        }
        return QString();
    }
    if (trimmed.startsWith('<'))
        return QString();
    if (trimmed.size() <= 300)
        return QString::fromUtf8(trimmed).simplified();
    return QString();
}

QString describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    const QString subject = certificate.subjectDisplayName();
    const QString issuer = certificate.issuerDisplayName();
    const QString fingerprint =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return ApiError::tr("The certificate is for \"%1\", issued by \"%2\", with the SHA-256 fingerprint %3.")
        .arg(subject, issuer, fingerprint);
}

// The body of a write, readable once. Qt's HTTP channel sends a request again
// by itself when the server closes the connection after the request went out,
// whatever the method (seen with Qt 6.4: a POST stored twice after the
// sandbox's drop-after-store fault). A body that cannot be rewound makes that
// second send fail with ContentReSendError, so a write is never repeated unseen.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *buffer, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(buffer, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

ApiJob::ApiJob(ApiClient *client, QByteArray method, QNetworkRequest request, QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_request(std::move(request))
    , m_requestBody(std::move(body))
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ApiJob::handleIdleTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiJob::responseHeader(const QByteArray &name) const
{
    for (const auto &pair : m_responseHeaders) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

ApiError ApiJob::badResponseError(const QString &reason) const
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.technicalText = reason;
    error.method = m_method;
    error.url = url();
    error.httpStatus = m_httpStatus;
    error.requestId = m_requestId;
    error.attempts = m_attempt;
    error.time = QDateTime::currentDateTime();
    return error;
}

void ApiJob::start()
{
    if (m_running || m_done || m_aborted)
        return;
    m_running = true;
    m_clock.start();
    sendAttempt();
}

void ApiJob::abort()
{
    if (m_aborted || m_done)
        return;
    m_aborted = true;
    m_running = false;
    m_idleTimer.stop();
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    qCDebug(lcNetTrace).noquote() << "aborted" << m_method << pathAndQuery(url());
    deleteLater();
}

void ApiJob::sendAttempt()
{
    m_abortReason = ApiError::Kind::None;
    m_abortDetail.clear();
    m_httpStatus = 0;
    m_networkError = QNetworkReply::NoError;
    m_body.clear();
    m_responseHeaders.clear();
    m_requestId.clear();

    QNetworkRequest request = m_request;
    if (!m_client->authorize(request)) {
        m_error = ApiError();
        m_error.kind = ApiError::Kind::InsecureUrl;
        finish();
        return;
    }
    ++m_attempt;

    QNetworkAccessManager *network = m_client->network();
    if (m_method == "GET") {
        m_reply = network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_requestBody, nullptr);
        m_reply = network->sendCustomRequest(request, m_method, body);
        body->setParent(m_reply);
    }

    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::handleReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ApiJob::handleRedirect);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiJob::handleSslErrors);
#endif
    auto restartIdleTimer = [this] { m_idleTimer.start(m_client->transferTimeout()); };
    connect(m_reply, &QNetworkReply::downloadProgress, this, restartIdleTimer);
    connect(m_reply, &QNetworkReply::uploadProgress, this, restartIdleTimer);
    restartIdleTimer();
}

void ApiJob::handleRedirect(const QUrl &target)
{
    if (!m_reply)
        return;
    const QUrl resolved = m_reply->url().resolved(target);
    if (ServerAddress::isSameOrigin(resolved, m_request.url())) {
        qCDebug(lcNetTrace).noquote() << "following redirect to" << pathAndQuery(resolved);
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    qCWarning(lcNet).noquote() << "refused redirect from" << pathAndQuery(m_request.url()) << "to another origin"
                               << resolved.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString();
    m_abortReason = ApiError::Kind::Redirect;
    m_abortDetail = resolved.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString();
    m_reply->abort();
}

void ApiJob::handleSslErrors(const QList<QSslError> &errors)
{
    // TLS errors are never ignored: the reply fails with them and the user sees
    // the certificate. Several errors about one certificate name it once.
    QStringList problems;
    QStringList certificates;
    for (const QSslError &error : errors) {
        if (!problems.contains(error.errorString()))
            problems << error.errorString();
        const QString certificate = describeCertificate(error.certificate());
        if (!certificate.isEmpty() && !certificates.contains(certificate))
            certificates << certificate;
    }
    m_abortReason = ApiError::Kind::Tls;
    m_abortDetail = problems.join(QStringLiteral("; ")) + QStringLiteral(". ") + certificates.join(QLatin1Char(' '));
    qCWarning(lcNet).noquote() << "TLS error for" << m_request.url().host() << m_abortDetail;
}

void ApiJob::handleIdleTimeout()
{
    if (!m_reply)
        return;
    m_abortReason = ApiError::Kind::Timeout;
    m_abortDetail = ApiError::tr("no data for %n second(s)", nullptr, timeoutSeconds(m_client->transferTimeout()));
    m_reply->abort();
}

void ApiJob::handleReplyFinished()
{
    m_idleTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    // An aborted reply is closed, and reading it would only log a warning.
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();
    for (const auto &pair : std::as_const(m_responseHeaders)) {
        const QByteArray name = pair.first.toLower();
        if (name.contains("request-id") || name.contains("correlation") || name.contains("trace-id")) {
            m_requestId = QString::fromLatin1(pair.second).left(200);
            break;
        }
    }

    m_error = ApiError();
    m_error.method = m_method;
    m_error.url = m_request.url();
    m_error.httpStatus = m_httpStatus;
    m_error.requestId = m_requestId;
    m_error.time = QDateTime::currentDateTime();
    m_error.attempts = m_attempt;

    if (m_abortReason != ApiError::Kind::None) {
        m_error.kind = m_abortReason;
        m_error.technicalText = m_abortDetail;
        if (m_abortReason == ApiError::Kind::Timeout)
            m_error.timeoutSeconds = timeoutSeconds(m_client->transferTimeout());
    } else if ((m_httpStatus == 0 && reply->error() != QNetworkReply::NoError) || m_httpStatus == 407
               || isProxyError(reply->error())) {
        // A plain HTTP proxy replies 407 itself, with an HTML page of its own.
        const auto error = m_httpStatus == 407 ? QNetworkReply::ProxyAuthenticationRequiredError : reply->error();
        m_networkError = error;
        if (error == QNetworkReply::SslHandshakeFailedError)
            m_error.kind = ApiError::Kind::Tls;
        else if (isProxyError(error))
            m_error.kind = ApiError::Kind::Proxy;
        else
            m_error.kind = ApiError::Kind::Network;
        m_error.technicalText = reply->errorString();
        if (error == QNetworkReply::ProxyAuthenticationRequiredError)
            m_error.technicalText = ApiError::tr("it asked for a user name and password, and none was accepted");
    } else if (m_httpStatus < 200 || m_httpStatus >= 300) {
        classifyHttpError();
    } else {
        parseSuccessBody();
    }

    if (m_error.isError() && scheduleRetryIfAllowed())
        return;
    finish();
}

void ApiJob::classifyHttpError()
{
    m_error.serverMessage = messageFromBody(m_body);
    const int status = m_httpStatus;
    if (status == 401)
        m_error.kind = ApiError::Kind::Unauthorized;
    else if (status == 403)
        m_error.kind = ApiError::Kind::Forbidden;
    else if (status == 404)
        m_error.kind = ApiError::Kind::NotFound;
    else if (status == 400 || status == 409 || status == 422)
        m_error.kind = ApiError::Kind::Validation;
    else if (status == 429)
        m_error.kind = ApiError::Kind::RateLimited;
    else if (status >= 300 && status <= 399)
        // A redirect that reached this point was not followed: a write, whose
        // body is never sent twice, or a redirect to another origin.
        m_error.kind = ApiError::Kind::Redirect;
    else if (status >= 500 && status <= 599)
        m_error.kind = ApiError::Kind::Server;
    else
        m_error.kind = ApiError::Kind::Http;
    if (m_error.serverMessage.isEmpty() && m_body.trimmed().startsWith('<'))
        m_error.technicalText = ApiError::tr("The server returned an HTML page instead of JSON.");
    if (status == 429)
        m_error.retryAfterSeconds = retryAfterSeconds(responseHeader("Retry-After"));
    if (m_error.kind == ApiError::Kind::Redirect) {
        const QByteArray location = responseHeader("Location").trimmed();
        const QUrl target = m_request.url().resolved(QUrl::fromEncoded(location));
        m_error.technicalText = location.isEmpty()
            ? ApiError::tr("no address given")
            : target.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString();
    }
}

void ApiJob::parseSuccessBody()
{
    const QByteArray trimmed = m_body.trimmed();
    if (trimmed.isEmpty()) {
        if (m_method == "GET") {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.technicalText = ApiError::tr("the reply was empty.");
        }
        return;
    }
    QJsonParseError parseError{};
    m_json = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error.kind = ApiError::Kind::BadResponse;
        if (trimmed.startsWith('<'))
            m_error.technicalText = ApiError::tr("an HTML page arrived instead of JSON.");
        else if (trimmed == "null")
            m_error.technicalText = ApiError::tr("the reply is null instead of an object or a list.");
        else
            // Qt reports a body cut short at one byte past its end.
            m_error.technicalText = ApiError::tr("the JSON is invalid (%1 at byte %2 of %3).")
                                        .arg(parseError.errorString())
                                        .arg(qMin<qint64>(parseError.offset, trimmed.size()))
                                        .arg(trimmed.size());
        m_json = QJsonDocument();
        return;
    }
    // A success status with only an error message is a failure the server mislabelled.
    if (m_json.isObject()) {
        const QJsonObject object = m_json.object();
        if (object.size() == 1 && object.value(QLatin1String("error")).isString()) {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.serverMessage = object.value(QLatin1String("error")).toString();
            m_error.technicalText = ApiError::tr("the reply has status %1 but contains only an error message.")
                                        .arg(m_httpStatus);
            m_json = QJsonDocument();
        }
    }
}

bool ApiJob::scheduleRetryIfAllowed()
{
    if (m_method != "GET" || m_attempt > m_client->maxRetries())
        return false;

    bool retriable = false;
    qint64 delayMs = -1;
    switch (m_error.kind) {
    case ApiError::Kind::Timeout:
        // Once only: each attempt has already waited the whole time-out.
        retriable = m_attempt == 1;
        break;
    case ApiError::Kind::Proxy:
        retriable = m_networkError != QNetworkReply::ProxyAuthenticationRequiredError
            && isRetriableNetworkError(m_networkError);
        break;
    case ApiError::Kind::Network:
        retriable = m_abortReason == ApiError::Kind::None && isRetriableNetworkError(m_networkError);
        break;
    case ApiError::Kind::Server:
        retriable = m_httpStatus != 501 && m_httpStatus != 505;
        break;
    case ApiError::Kind::RateLimited:
        retriable = true;
        if (m_error.retryAfterSeconds >= 0)
            delayMs = qint64(m_error.retryAfterSeconds) * 1000;
        // A wait longer than a user would sit through is left to the user.
        if (delayMs > kMaxRetryAfterMs)
            return false;
        break;
    default:
        break;
    }
    if (!retriable)
        return false;

    if (delayMs < 0) {
        const qint64 base = m_client->retryBaseDelay().count();
        const qint64 exponential = qMin(kMaxBackoffMs, base << qMin(m_attempt - 1, 10));
        const qint64 jitter = base > 0 ? QRandomGenerator::global()->bounded(base / 2 + 1) : 0;
        delayMs = exponential + jitter;
    }
    delayMs = qMin(delayMs, kMaxRetryAfterMs);

    qCInfo(lcNet).noquote() << "retrying" << m_method << pathAndQuery(url()) << "in" << delayMs << "ms after"
                            << ApiError::kindName(m_error.kind) << m_httpStatus << "(attempt" << m_attempt + 1
                            << "of" << m_client->maxRetries() + 1 << ")";
    m_retryTimer.start(int(delayMs));
    return true;
}

void ApiJob::finish()
{
    m_running = false;
    m_done = true;
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_error.kind == ApiError::Kind::InsecureUrl) {
        m_error.method = m_method;
        m_error.url = m_request.url();
        m_error.time = QDateTime::currentDateTime();
        m_error.attempts = 0;
    }
    logResult();
    if (m_error.kind == ApiError::Kind::Unauthorized)
        Q_EMIT m_client->authenticationFailed(m_error);
    Q_EMIT finished(this);
    deleteLater();
}

void ApiJob::logResult() const
{
    const QString requestId = m_requestId.isEmpty() ? QStringLiteral("-") : m_requestId;
    if (m_error.isError()) {
        qCWarning(lcNet).noquote() << m_method << pathAndQuery(url()) << m_httpStatus << m_elapsedMs << "ms"
                                   << "request-id" << requestId << "failed:" << ApiError::kindName(m_error.kind)
                                   << m_error.serverMessage << m_error.technicalText;
    } else {
        qCInfo(lcNet).noquote() << m_method << pathAndQuery(url()) << m_httpStatus << m_elapsedMs << "ms"
                                << "request-id" << requestId;
    }
}

} // namespace Activo
