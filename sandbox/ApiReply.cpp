#include "ApiReply.h"

#include "JsonWriter.h"

#include <utility>

namespace Activo::Sandbox {

ApiReply ApiReply::json(QByteArray body, StatusCode status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

ApiReply ApiReply::error(StatusCode status, QStringView message)
{
    ApiReply reply;
    reply.status = status;
    reply.body = errorBody(message);
    reply.errorMessage = message.toString();
    return reply;
}

ApiReply ApiReply::empty(StatusCode status)
{
    ApiReply reply;
    reply.status = status;
    return reply;
}

} // namespace Activo::Sandbox
