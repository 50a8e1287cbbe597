#pragma once

#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Activo {

class ApiClient;

// One API request, from the first attempt to its final result.
//
// A job is created by ApiClient and starts when start() is called. It emits
// finished() exactly once, unless abort() is called first, and deletes itself
// after finished() returns (or after abort()). Callers that may outlive a job
// hold it in a QPointer.
//
// Reads (GET) are retried on connection errors, 5xx and 429 with exponential
// backoff and jitter, honouring Retry-After, and once after a time-out.
// Writes are never retried. The transfer time-out is an idle time-out, so any
// byte received or sent restarts it.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    void start();
    // Stops the request. finished() is not emitted afterwards. Safe to call
    // more than once and after the job has finished.
    void abort();

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_request.url(); }
    bool isRunning() const { return m_running; }

    bool succeeded() const { return m_done && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    // The parsed body of a successful reply; null for an empty body.
    const QJsonDocument &json() const { return m_json; }
    QByteArray rawBody() const { return m_body; }
    QByteArray responseHeader(const QByteArray &name) const;
    int attempts() const { return m_attempt; }
    // An error for a reply that succeeded at the HTTP level but cannot be
    // used, e.g. a list reply without "items". Carries this job's request data.
    ApiError badResponseError(const QString &reason) const;
    qint64 elapsedMilliseconds() const { return m_elapsedMs; }

Q_SIGNALS:
    void finished(Activo::ApiJob *job);

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, QByteArray method, QNetworkRequest request, QByteArray body);

    void sendAttempt();
    void handleReplyFinished();
    void handleRedirect(const QUrl &target);
    void handleSslErrors(const QList<QSslError> &errors);
    void handleIdleTimeout();
    bool scheduleRetryIfAllowed();
    void finish();
    void classifyHttpError();
    void parseSuccessBody();
    void logResult() const;

    ApiClient *m_client;
    QByteArray m_method;
    QNetworkRequest m_request;
    QByteArray m_requestBody;

    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;

    // Set before the reply is aborted on purpose, so the abort is reported as this error.
    ApiError::Kind m_abortReason = ApiError::Kind::None;
    QString m_abortDetail;

    bool m_running = false;
    bool m_done = false;
    bool m_aborted = false;
    int m_attempt = 0;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    qint64 m_elapsedMs = 0;
    QString m_requestId;
    QByteArray m_body;
    QJsonDocument m_json;
    QList<QNetworkReply::RawHeaderPair> m_responseHeaders;
    ApiError m_error;
};

} // namespace Activo
