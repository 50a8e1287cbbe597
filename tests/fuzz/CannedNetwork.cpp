#include "CannedNetwork.h"

#include <QMetaObject>

#include <cstring>

namespace {

// What a list endpoint returns past its last record.
const QByteArray kEmptyPage = QByteArrayLiteral(R"({"items": [], "total": 0})");

// True for GET /assets/{id}, which AssetDirectory sends for each asset id it names.
bool isSingleAssetPath(const QString &path)
{
    const qsizetype marker = path.lastIndexOf(QLatin1String("/assets/"));
    return marker >= 0 && marker + 8 < path.size();
}

} // namespace

CannedNetwork::CannedNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

void CannedNetwork::serve(const QByteArray &body, int httpStatus)
{
    m_body = body;
    m_httpStatus = httpStatus;
    m_listBodyServed = false;
}

int CannedNetwork::pendingReplyCount() const
{
    int pending = 0;
    const QList<CannedReply *> replies = findChildren<CannedReply *>(Qt::FindDirectChildrenOnly);
    for (const CannedReply *reply : replies) {
        if (!reply->isFinished())
            ++pending;
    }
    return pending;
}

QNetworkReply *CannedNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                            QIODevice *outgoingData)
{
    Q_UNUSED(outgoingData)
    ++m_requestCount;
    if (isSingleAssetPath(request.url().path()))
        return new CannedReply(operation, request, m_body, m_httpStatus, this);
    if (m_listBodyServed)
        return new CannedReply(operation, request, kEmptyPage, 200, this);
    m_listBodyServed = true;
    return new CannedReply(operation, request, m_body, m_httpStatus, this);
}

CannedReply::CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QByteArray body,
                         int httpStatus, QObject *parent)
    : QNetworkReply(parent)
    , m_body(std::move(body))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, httpStatus);
    setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    setRawHeader("X-Request-Id", "canned-reply");
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Real replies never finish inside QNetworkAccessManager::get(): callers
    // connect to finished() after it returns.
    QMetaObject::invokeMethod(this, &CannedReply::deliver, Qt::QueuedConnection);
}

void CannedReply::abort()
{
    if (isFinished())
        return;
    // The reply fails and finishes at once, because ApiJob's time-out and
    // redirect checks call abort() and then wait for finished().
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    Q_EMIT errorOccurred(OperationCanceledError);
    Q_EMIT finished();
}

qint64 CannedReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 CannedReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin<qint64>(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

void CannedReply::deliver()
{
    if (isFinished())
        return;
    Q_EMIT metaDataChanged();
    Q_EMIT downloadProgress(m_body.size(), m_body.size());
    Q_EMIT readyRead();
    setFinished(true);
    Q_EMIT finished();
}
