#include "RequestLog.h"

#include "Logging.h"

#include <QCryptographicHash>

namespace Activo::Sandbox {

QByteArray apiKeyFingerprint(const QByteArray &apiKey)
{
    if (apiKey.isEmpty())
        return QByteArrayLiteral("-");
    return QCryptographicHash::hash(apiKey, QCryptographicHash::Sha256).toHex().left(8);
}

RequestLog::RequestLog(bool logEveryRequest)
    : m_logEveryRequest(logEveryRequest)
{
}

void RequestLog::logReply(const ApiRequest &request, const ApiReply &reply) const
{
    const QByteArray fingerprint = apiKeyFingerprint(request.apiKey);
    const QByteArray status =
        reply.dropConnection ? QByteArrayLiteral("dropped") : QByteArray::number(int(reply.status));

    if (m_logEveryRequest) {
        const double milliseconds = double(request.received.nsecsElapsed()) / 1e6;
        qCInfo(lcSandbox, "%s %s %s %.2f ms request=%s key=%s", request.methodName.constData(),
               request.target.constData(), status.constData(), milliseconds, request.requestId.constData(),
               fingerprint.constData());
    }
    if (reply.isError()) {
        qCWarning(lcSandbox, "%s %s failed with %s: %s (request=%s key=%s)",
                  request.methodName.constData(), request.target.constData(), status.constData(),
                  qUtf8Printable(reply.errorMessage), request.requestId.constData(),
                  fingerprint.constData());
    }
}

void RequestLog::logClientGone(const ApiRequest &request) const
{
    qCWarning(lcSandbox, "%s %s: the client closed the connection before the reply was sent (request=%s)",
              request.methodName.constData(), request.target.constData(),
              request.requestId.constData());
}

} // namespace Activo::Sandbox
