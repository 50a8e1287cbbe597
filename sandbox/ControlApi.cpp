#include "ControlApi.h"

#include "FaultSwitch.h"
#include "JsonWriter.h"
#include "Logging.h"
#include "RedirectTarget.h"
#include "RequestLog.h"
#include "SandboxApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Activo::Sandbox {

namespace {

// Reads the string member `name` of the JSON object in `body`. Returns the
// 400 message, or an empty string on success.
QString readStringMember(const QByteArray &body, const QString &name, QString *value)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("The request body is not a JSON object.");

    const QJsonValue member = document.object().value(name);
    if (member.isUndefined() || member.isNull())
        return QStringLiteral("%1 is required.").arg(name);
    if (!member.isString())
        return QStringLiteral("%1 must be a string.").arg(name);
    *value = member.toString();
    return {};
}

// Reads {"apiKey": "..."}. A key travels in an HTTP header, so it must be
// visible ASCII, as for --api-key.
QString readApiKey(const QByteArray &body, QByteArray *key)
{
    QString text;
    const QString error = readStringMember(body, QStringLiteral("apiKey"), &text);
    if (!error.isEmpty())
        return error;

    static const QRegularExpression visibleAscii(QStringLiteral("^[\\x21-\\x7E]+$"));
    if (!visibleAscii.match(text).hasMatch())
        return QStringLiteral("apiKey must be non-empty visible ASCII without spaces.");
    *key = text.toLatin1();
    return {};
}

ApiReply acceptedKeyCountReply(qsizetype count)
{
    JsonWriter writer;
    writer.beginObject();
    writer.memberInteger(QLatin1String("acceptedKeyCount"), count);
    writer.endObject();
    return ApiReply::json(writer.take());
}

} // namespace

ControlApi::ControlApi(SandboxApi *api, FaultSwitch *faults, RedirectTarget *redirectTarget)
    : m_api(api)
    , m_faults(faults)
    , m_redirectTarget(redirectTarget)
{
    addRoutes();
}

QString ControlApi::basePath()
{
    return QStringLiteral("/_sandbox");
}

bool ControlApi::isControlPath(const QString &path)
{
    const QString base = basePath();
    return path == base || path.startsWith(base + QLatin1Char('/'));
}

void ControlApi::addRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_router.addRoute(Method::Get, QStringLiteral("/faults"),
                      [this](const ApiRequest &, const QStringList &) { return listFaults(); });
    m_router.addRoute(Method::Post, QStringLiteral("/faults"),
                      [this](const ApiRequest &request, const QStringList &) { return addFault(request); });
    m_router.addRoute(Method::Delete, QStringLiteral("/faults"),
                      [this](const ApiRequest &, const QStringList &) { return clearFaults(); });
    m_router.addRoute(Method::Post, QStringLiteral("/revoke-key"),
                      [this](const ApiRequest &request, const QStringList &) { return revokeKey(request); });
    m_router.addRoute(Method::Post, QStringLiteral("/accept-key"),
                      [this](const ApiRequest &request, const QStringList &) { return acceptKey(request); });
    m_router.addRoute(Method::Get, QStringLiteral("/lifecycle-actions"),
                      [this](const ApiRequest &, const QStringList &) { return lifecycleActions(); });
    m_router.addRoute(Method::Post, QStringLiteral("/lifecycle-actions"),
                      [this](const ApiRequest &request, const QStringList &) { return setLifecycleActions(request); });
    m_router.addRoute(Method::Get, QStringLiteral("/redirect-target"),
                      [this](const ApiRequest &, const QStringList &) { return redirectTargetRequests(); });
    m_router.addRoute(Method::Delete, QStringLiteral("/redirect-target"),
                      [this](const ApiRequest &, const QStringList &) { return resetRedirectTarget(); });
}

ApiReply ControlApi::handle(const ApiRequest &request)
{
    if (!request.fromLoopback || request.sandboxControl.compare("yes", Qt::CaseInsensitive) != 0) {
        ApiReply reply = ApiReply::error(ApiReply::StatusCode::NotFound, u"Not found.");
        reply.errorMessage = QStringLiteral("a control request without \"X-Sandbox-Control: yes\"");
        return reply;
    }
    return m_router.dispatch(request, request.path.mid(basePath().size()));
}

ApiReply ControlApi::listFaults() const
{
    JsonWriter writer;
    writer.beginObject();
    writer.key(QLatin1String("faults"));
    writer.beginArray();
    for (const FaultRule &rule : m_faults->rules()) {
        writer.beginObject();
        writer.member(QLatin1String("spec"), rule.spec());
        writer.memberInteger(QLatin1String("matched"), rule.matchedCount);
        writer.memberInteger(QLatin1String("fired"), rule.firedCount);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    return ApiReply::json(writer.take());
}

ApiReply ControlApi::addFault(const ApiRequest &request)
{
    QString spec;
    QString error = readStringMember(request.body, QStringLiteral("spec"), &spec);
    if (!error.isEmpty())
        return ApiReply::error(ApiReply::StatusCode::BadRequest, error);

    const std::optional<FaultRule> rule = parseFaultSpec(spec, &error);
    if (!rule) {
        return ApiReply::error(ApiReply::StatusCode::BadRequest,
                               QStringLiteral("Invalid fault \"%1\": %2").arg(spec, error));
    }
    m_faults->add(*rule);
    qCInfo(lcSandbox, "added fault \"%s\" (request=%s)", qUtf8Printable(rule->spec()),
           request.requestId.constData());
    return listFaults();
}

ApiReply ControlApi::clearFaults()
{
    const qsizetype count = m_faults->rules().size();
    m_faults->clear();
    qCInfo(lcSandbox, "cleared %lld fault(s)", static_cast<long long>(count));
    return listFaults();
}

ApiReply ControlApi::revokeKey(const ApiRequest &request)
{
    QByteArray key;
    const QString error = readApiKey(request.body, &key);
    if (!error.isEmpty())
        return ApiReply::error(ApiReply::StatusCode::BadRequest, error);

    m_api->revokeKey(key);
    qCInfo(lcSandbox, "revoked API key key=%s (request=%s)", apiKeyFingerprint(key).constData(),
           request.requestId.constData());
    return acceptedKeyCountReply(m_api->acceptedKeyCount());
}

ApiReply ControlApi::acceptKey(const ApiRequest &request)
{
    QByteArray key;
    const QString error = readApiKey(request.body, &key);
    if (!error.isEmpty())
        return ApiReply::error(ApiReply::StatusCode::BadRequest, error);

    m_api->acceptKey(key);
    qCInfo(lcSandbox, "accepted API key key=%s (request=%s)", apiKeyFingerprint(key).constData(),
           request.requestId.constData());
    return acceptedKeyCountReply(m_api->acceptedKeyCount());
}

ApiReply ControlApi::lifecycleActions() const
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("mode"), lifecycleActionModeName(m_api->lifecycleActionMode()));
    writer.endObject();
    return ApiReply::json(writer.take());
}

ApiReply ControlApi::setLifecycleActions(const ApiRequest &request)
{
    QString name;
    const QString error = readStringMember(request.body, QStringLiteral("mode"), &name);
    if (!error.isEmpty())
        return ApiReply::error(ApiReply::StatusCode::BadRequest, error);

    const std::optional<LifecycleActionMode> mode = parseLifecycleActionMode(name);
    if (!mode) {
        return ApiReply::error(ApiReply::StatusCode::BadRequest,
                               QStringLiteral("mode must be \"served\", \"404\" or \"405\"; got \"%1\".").arg(name));
    }
    m_api->setLifecycleActionMode(*mode);
    qCInfo(lcSandbox, "lifecycle actions answer %s (request=%s)", qUtf8Printable(name), request.requestId.constData());
    return lifecycleActions();
}

ApiReply ControlApi::redirectTargetRequests() const
{
    JsonWriter writer;
    writer.beginObject();
    writer.memberInteger(QLatin1String("port"), m_redirectTarget->port());
    writer.memberInteger(QLatin1String("requests"), m_redirectTarget->requestCount());
    writer.memberInteger(QLatin1String("withApiKey"), m_redirectTarget->withApiKeyCount());
    writer.key(QLatin1String("log"));
    writer.beginArray();
    for (const RedirectTarget::Visit &visit : m_redirectTarget->log()) {
        writer.beginObject();
        writer.member(QLatin1String("method"), QString::fromLatin1(visit.method));
        writer.member(QLatin1String("path"), QString::fromUtf8(visit.target));
        writer.memberBoolean(QLatin1String("apiKey"), visit.apiKey);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    return ApiReply::json(writer.take());
}

ApiReply ControlApi::resetRedirectTarget()
{
    m_redirectTarget->reset();
    qCInfo(lcSandbox, "reset the redirect target's counts");
    return redirectTargetRequests();
}

} // namespace Activo::Sandbox
