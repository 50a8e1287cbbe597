#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QByteArray>

namespace Activo::Sandbox {

// Returns the first 8 hexadecimal digits of the SHA-256 hash of `apiKey`, or
// "-" when the key is empty. The fingerprint distinguishes keys in a log
// without revealing them.
QByteArray apiKeyFingerprint(const QByteArray &apiKey);

// Writes the request lines and error lines of the sandbox to the
// activo.sandbox logging category, which Qt prints on stderr.
//
// Neither line ever contains an API key, only its fingerprint.
class RequestLog
{
public:
    explicit RequestLog(bool logEveryRequest);

    // Logs one line for a sent or dropped reply when request logging is on:
    // method, path with query, status, milliseconds since the request was
    // complete, request id and key fingerprint. Independently of that, an
    // error reply is always logged as a warning with its message.
    void logReply(const ApiRequest &request, const ApiReply &reply) const;

    // Logs a reply that could not be sent because the client had already
    // closed the connection.
    void logClientGone(const ApiRequest &request) const;

private:
    bool m_logEveryRequest;
};

} // namespace Activo::Sandbox
