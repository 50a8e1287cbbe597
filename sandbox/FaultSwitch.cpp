#include "FaultSwitch.h"

#include "CommandLine.h"
#include "Logging.h"
#include "SandboxApi.h"

#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QRegularExpression>

#include <limits>

namespace Activo::Sandbox {

namespace {

// When a fault acts.
enum class FaultStage {
    BeforeHandling, // replaces the reply; the first that fires wins
    AfterHandling,  // drops the connection after a write was handled
    ChangeReply,    // changes the reply that the API built to a GET
    Delay,          // adds to the delay of the reply
};

enum class FaultValue {
    None,
    StatusCode,
    Milliseconds,
    Seconds,
};

struct FaultDefinition
{
    FaultKind kind;
    QLatin1String name;
    FaultValue value;
    FaultStage stage;
};

const FaultDefinition kFaultDefinitions[] = {
    {FaultKind::Drop, QLatin1String("drop"), FaultValue::None, FaultStage::BeforeHandling},
    {FaultKind::DropAfterStore, QLatin1String("drop-after-store"), FaultValue::None, FaultStage::AfterHandling},
    {FaultKind::Status, QLatin1String("status"), FaultValue::StatusCode, FaultStage::BeforeHandling},
    {FaultKind::Latency, QLatin1String("latency"), FaultValue::Milliseconds, FaultStage::Delay},
    {FaultKind::Hang, QLatin1String("hang"), FaultValue::None, FaultStage::BeforeHandling},
    {FaultKind::RateLimit, QLatin1String("rate-limit"), FaultValue::Seconds, FaultStage::BeforeHandling},
    {FaultKind::RedirectAway, QLatin1String("redirect-away"), FaultValue::None, FaultStage::BeforeHandling},
    {FaultKind::RedirectSame, QLatin1String("redirect-same"), FaultValue::None, FaultStage::BeforeHandling},
    {FaultKind::NotJson, QLatin1String("not-json"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::Html502, QLatin1String("html-502"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::Truncated, QLatin1String("truncated"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::WrongTypes, QLatin1String("wrong-types"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::NullObject, QLatin1String("null-object"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::HugeNumber, QLatin1String("huge-number"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::HugeTotal, QLatin1String("huge-total"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::NoItems, QLatin1String("no-items"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::NoTotal, QLatin1String("no-total"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::NegativeTotal, QLatin1String("negative-total"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::ShiftingTotal, QLatin1String("shifting-total"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::DuplicateIds, QLatin1String("duplicate-ids"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::FirstPageAgain, QLatin1String("first-page-again"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::HugeName, QLatin1String("huge-name"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::BidiEmoji, QLatin1String("rtl-emoji"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::Empty200, QLatin1String("empty-200"), FaultValue::None, FaultStage::ChangeReply},
    {FaultKind::Error200, QLatin1String("error-200"), FaultValue::None, FaultStage::ChangeReply},
};
constexpr int kMaximumRetryAfterSeconds = 3600;

// The placeholder of a fault's value in messages, e.g. "CODE" in status=CODE.
QLatin1String valuePlaceholder(FaultValue value)
{
    switch (value) {
    case FaultValue::None:
        return {};
    case FaultValue::StatusCode:
        return QLatin1String("CODE");
    case FaultValue::Milliseconds:
        return QLatin1String("MS");
    case FaultValue::Seconds:
        return QLatin1String("SECONDS");
    }
    Q_UNREACHABLE();
}

// "drop, drop-after-store, status=CODE, … and error-200".
QString knownFaults()
{
    QStringList names;
    for (const FaultDefinition &fault : kFaultDefinitions) {
        const QLatin1String placeholder = valuePlaceholder(fault.value);
        names.append(placeholder.isEmpty() ? QString(fault.name) : fault.name + QLatin1Char('=') + placeholder);
    }
    const QString last = names.takeLast();
    return names.join(QLatin1String(", ")) + QLatin1String(" and ") + last;
}

const QLatin1String kKnownMethods("GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS");
constexpr qint64 kMaximumCount = std::numeric_limits<int>::max();

const FaultDefinition &definition(FaultKind kind)
{
    for (const FaultDefinition &candidate : kFaultDefinitions) {
        if (candidate.kind == kind)
            return candidate;
    }
    Q_UNREACHABLE();
}

const FaultDefinition *findDefinition(const QString &name)
{
    for (const FaultDefinition &candidate : kFaultDefinitions) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

// Returns the value of `text` when it is 1 to 18 ASCII digits and lies from
// `minimum` to `maximum`.
std::optional<qint64> parseCount(const QString &text, qint64 minimum, qint64 maximum)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 value = text.toLongLong();
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// Status codes that the fault may send: client and server errors that
// QHttpServerResponder::StatusCode lists, because Qt writes the reason
// phrase from that list.
bool isInjectableStatus(qint64 code)
{
    if (code < 400 || code > 599)
        return false;
    const QMetaEnum statusCodes = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return statusCodes.valueToKey(int(code)) != nullptr;
}

// Returns the error message for the value of `fault`, or an empty string.
QString readFaultValue(const FaultDefinition &fault, const std::optional<QString> &text, FaultRule *rule)
{
    if (fault.value == FaultValue::None) {
        if (text)
            return QStringLiteral("%1 takes no value; got \"%1=%2\".").arg(fault.name, *text);
        return {};
    }
    if (!text) {
        const QLatin1String example = fault.value == FaultValue::StatusCode ? QLatin1String("503")
            : fault.value == FaultValue::Seconds                              ? QLatin1String("30")
                                                                              : QLatin1String("2000");
        return QStringLiteral("%1 needs a value, for example %1=%2.").arg(fault.name, example);
    }

    if (fault.value == FaultValue::StatusCode) {
        const std::optional<qint64> code = parseCount(*text, 400, 599);
        if (!code || !isInjectableStatus(*code)) {
            return QStringLiteral("status must be an HTTP status code from 400 to 599 that Qt HTTP Server "
                                  "knows, such as 429, 500 or 503; got \"%1\".")
                .arg(*text);
        }
        rule->value = int(*code);
        return {};
    }

    if (fault.value == FaultValue::Seconds) {
        const std::optional<qint64> seconds = parseCount(*text, 0, kMaximumRetryAfterSeconds);
        if (!seconds) {
            return QStringLiteral("%1 must be a whole number of seconds from 0 to %2; got \"%3\".")
                .arg(fault.name)
                .arg(kMaximumRetryAfterSeconds)
                .arg(*text);
        }
        rule->value = int(*seconds);
        return {};
    }

    const std::optional<qint64> milliseconds = parseCount(*text, 0, kMaximumLatencyMs);
    if (!milliseconds) {
        return QStringLiteral("latency must be a whole number of milliseconds from 0 to %1; got \"%2\".")
            .arg(kMaximumLatencyMs)
            .arg(*text);
    }
    rule->value = int(*milliseconds);
    return {};
}

// Returns the error message for one NAME=VALUE setting, or an empty string.
QString readSetting(const QString &name, const QString &value, FaultRule *rule)
{
    if (name == QLatin1String("path")) {
        if (!value.startsWith(QLatin1Char('/')))
            return QStringLiteral("path must start with \"/\", for example path=/assets; got \"%1\".").arg(value);
        rule->pathPrefix = value;
        return {};
    }
    if (name == QLatin1String("method")) {
        static const QStringList methods = {
            QStringLiteral("GET"), QStringLiteral("HEAD"),   QStringLiteral("POST"),    QStringLiteral("PUT"),
            QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS"),
        };
        const QString upper = value.toUpper();
        if (!methods.contains(upper))
            return QStringLiteral("method must be one of %1; got \"%2\".").arg(kKnownMethods, value);
        rule->method = upper.toLatin1();
        return {};
    }
    if (name == QLatin1String("every") || name == QLatin1String("times")) {
        const std::optional<qint64> count = parseCount(value, 1, kMaximumCount);
        if (!count) {
            return QStringLiteral("%1 must be a whole number from 1 to %2; got \"%3\".")
                .arg(name)
                .arg(kMaximumCount)
                .arg(value);
        }
        if (name == QLatin1String("every"))
            rule->every = *count;
        else
            rule->times = *count;
        return {};
    }
    return QStringLiteral("unknown setting \"%1\"; the settings are path, method, every and times.").arg(name);
}

} // namespace

QString FaultRule::spec() const
{
    const FaultDefinition &fault = definition(kind);
    QString text = fault.name;
    if (fault.value != FaultValue::None)
        text += QLatin1Char('=') + QString::number(value);
    if (!pathPrefix.isEmpty())
        text += QStringLiteral(",path=") + pathPrefix;
    if (!method.isEmpty())
        text += QStringLiteral(",method=") + QString::fromLatin1(method);
    if (every != 1)
        text += QStringLiteral(",every=") + QString::number(every);
    if (times)
        text += QStringLiteral(",times=") + QString::number(*times);
    return text;
}

std::optional<FaultRule> parseFaultSpec(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    const QString head = parts.constFirst().trimmed();
    if (head.isEmpty()) {
        *error = QStringLiteral("the fault name is missing; the known faults are %1.").arg(knownFaults());
        return std::nullopt;
    }

    const qsizetype equals = head.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? head : head.left(equals);
    const std::optional<QString> value = equals < 0 ? std::nullopt : std::optional<QString>(head.mid(equals + 1));
    const FaultDefinition *fault = findDefinition(name);
    if (!fault) {
        *error = QStringLiteral("unknown fault \"%1\"; the known faults are %2.").arg(name, knownFaults());
        return std::nullopt;
    }

    FaultRule rule;
    rule.kind = fault->kind;
    *error = readFaultValue(*fault, value, &rule);
    if (!error->isEmpty())
        return std::nullopt;

    QStringList seenSettings;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const qsizetype settingEquals = part.indexOf(QLatin1Char('='));
        if (settingEquals <= 0) {
            *error = QStringLiteral("\"%1\" is not a setting of the form NAME=VALUE.").arg(part);
            return std::nullopt;
        }
        const QString settingName = part.left(settingEquals);
        if (seenSettings.contains(settingName)) {
            *error = QStringLiteral("%1 is given more than once.").arg(settingName);
            return std::nullopt;
        }
        seenSettings.append(settingName);
        *error = readSetting(settingName, part.mid(settingEquals + 1), &rule);
        if (!error->isEmpty())
            return std::nullopt;
    }

    if (rule.kind == FaultKind::DropAfterStore && !rule.method.isEmpty() && rule.method != "POST"
        && rule.method != "PUT") {
        *error = QStringLiteral("drop-after-store applies to POST and PUT only; got method=%1.")
                     .arg(QString::fromLatin1(rule.method));
        return std::nullopt;
    }
    if (definition(rule.kind).stage == FaultStage::ChangeReply && !rule.method.isEmpty() && rule.method != "GET") {
        *error = QStringLiteral("%1 changes replies to GET only; got method=%2.")
                     .arg(definition(rule.kind).name, QString::fromLatin1(rule.method));
        return std::nullopt;
    }
    return rule;
}

void FaultSwitch::setOrigins(const QString &apiOrigin, const QString &redirectTargetOrigin)
{
    m_apiOrigin = apiOrigin;
    m_redirectTargetOrigin = redirectTargetOrigin;
}

void FaultSwitch::add(const FaultRule &rule)
{
    m_rules.append(rule);
    m_rules.last().matchedCount = 0;
    m_rules.last().firedCount = 0;
}

void FaultSwitch::clear()
{
    m_rules.clear();
}

bool FaultSwitch::countAndCheck(FaultRule &rule)
{
    ++rule.matchedCount;
    if (rule.matchedCount % rule.every != 0)
        return false;
    if (rule.times && rule.firedCount >= *rule.times)
        return false;
    ++rule.firedCount;
    return true;
}

void FaultSwitch::logInjected(const FaultRule &rule, const ApiRequest &request, const ApiReply *unsentReply)
{
    if (unsentReply) {
        qCInfo(lcSandbox, "injected fault \"%s\" into %s %s instead of its %d reply (request=%s)",
               qUtf8Printable(rule.spec()), request.methodName.constData(), request.target.constData(),
               int(unsentReply->status), request.requestId.constData());
        return;
    }
    qCInfo(lcSandbox, "injected fault \"%s\" into %s %s (request=%s)", qUtf8Printable(rule.spec()),
           request.methodName.constData(), request.target.constData(), request.requestId.constData());
}

namespace {

// Returns whether `rule` covers `request`, by path and method.
bool covers(const FaultRule &rule, const ApiRequest &request)
{
    const QString base = SandboxApi::basePath();
    if (request.path != base && !request.path.startsWith(base + QLatin1Char('/')))
        return false;
    if (!request.path.mid(base.size()).startsWith(rule.pathPrefix))
        return false;
    return rule.method.isEmpty() || rule.method == request.methodName;
}

} // namespace

FaultSwitch::Plan FaultSwitch::beforeHandling(const ApiRequest &request)
{
    Plan plan;
    for (FaultRule &rule : m_rules) {
        const FaultStage stage = definition(rule.kind).stage;
        if ((stage != FaultStage::BeforeHandling && stage != FaultStage::Delay) || !covers(rule, request))
            continue;
        // The first replacement decides the reply, so later rules that would
        // replace it do not count this request.
        if (stage == FaultStage::BeforeHandling && plan.replacement)
            continue;
        // The request that redirect-same sends the client to is served.
        if (rule.kind == FaultKind::RedirectSame
            && request.query.value(QStringLiteral("redirected")) == QLatin1String("1"))
            continue;
        if (!countAndCheck(rule))
            continue;

        logInjected(rule, request, nullptr);
        if (rule.kind == FaultKind::Latency)
            plan.extraLatency += std::chrono::milliseconds(rule.value);
        else
            plan.replacement = replacementReply(rule, request);
    }
    return plan;
}

ApiReply FaultSwitch::replacementReply(const FaultRule &rule, const ApiRequest &request) const
{
    switch (rule.kind) {
    case FaultKind::Drop: {
        // The status is never sent. It only makes the request log treat
        // the drop as an error.
        ApiReply reply = ApiReply::empty(ApiReply::StatusCode::ServiceUnavailable);
        reply.dropConnection = true;
        reply.errorMessage = QStringLiteral("injected fault %1").arg(rule.spec());
        return reply;
    }
    case FaultKind::Status:
        return ApiReply::error(ApiReply::StatusCode(rule.value), u"Injected fault.");
    case FaultKind::Hang: {
        // As for drop, the status is never sent.
        ApiReply reply = ApiReply::empty(ApiReply::StatusCode::ServiceUnavailable);
        reply.hang = true;
        reply.errorMessage = QStringLiteral("injected fault %1").arg(rule.spec());
        return reply;
    }
    case FaultKind::RateLimit: {
        ApiReply reply = ApiReply::error(ApiReply::StatusCode::TooManyRequests, u"Too many requests.");
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(rule.value)});
        return reply;
    }
    case FaultKind::RedirectAway:
    case FaultKind::RedirectSame: {
        QByteArray location;
        if (rule.kind == FaultKind::RedirectAway) {
            location = m_redirectTargetOrigin.toUtf8() + request.target;
        } else {
            const char separator = request.target.contains('?') ? '&' : '?';
            location = m_apiOrigin.toUtf8() + request.target + separator + QByteArrayLiteral("redirected=1");
        }
        ApiReply reply = ApiReply::empty(ApiReply::StatusCode::TemporaryRedirect);
        reply.headers.append({QByteArrayLiteral("Location"), location});
        return reply;
    }
    default:
        Q_UNREACHABLE();
    }
}

void FaultSwitch::afterHandling(const ApiRequest &request, ApiReply &reply, const ApiHandler &handle)
{
    const bool isWrite = request.method == QHttpServerRequest::Method::Post
        || request.method == QHttpServerRequest::Method::Put;
    for (FaultRule &rule : m_rules) {
        const FaultStage stage = definition(rule.kind).stage;
        if (!covers(rule, request))
            continue;

        if (stage == FaultStage::ChangeReply) {
            // A fault that cannot change this reply does not match it.
            std::optional<ApiReply> changed = reshapeReply(rule.kind, request, reply, rule.firedCount, handle);
            if (!changed || !countAndCheck(rule))
                continue;
            logInjected(rule, request, &reply);
            reply = std::move(*changed);
            continue;
        }

        if (stage != FaultStage::AfterHandling || !isWrite)
            continue;
        // Rejected writes count as well. QNetworkAccessManager (seen with
        // Qt 6.4.2) sends a request once more when the connection closes
        // without a reply, and the repeated POST fails as a duplicate.
        // Dropping that reply too lets the client see the connection error.
        if (!countAndCheck(rule))
            continue;
        logInjected(rule, request, &reply);
        reply.dropConnection = true;
        return;
    }
}

} // namespace Activo::Sandbox
