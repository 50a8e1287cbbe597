#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

// A QNetworkAccessManager that never opens a socket. Every request gets a
// reply from memory, one event-loop pass after it was made, so ApiJob,
// PageWalker and the list models run their real reply handling on bytes that
// the fuzzer chose.
//
// After serve(), the first list request gets the served body and status. Later
// list requests get an empty page, so every walk ends after one page of fuzz data.
// Requests for one record (GET /assets/{id}) get the served body every time.
class CannedNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit CannedNetwork(QObject *parent = nullptr);

    void serve(const QByteArray &body, int httpStatus);

    // Replies created and not finished yet.
    int pendingReplyCount() const;
    // Requests made since construction.
    int requestCount() const { return m_requestCount; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QByteArray m_body;
    int m_httpStatus = 200;
    bool m_listBodyServed = false;
    int m_requestCount = 0;
};

// A finished-on-delivery reply with a fixed status and body.
class CannedReply : public QNetworkReply
{
    Q_OBJECT

public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QByteArray body,
                int httpStatus, QObject *parent);

    void abort() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    QByteArray m_body;
    qint64 m_offset = 0;
};
