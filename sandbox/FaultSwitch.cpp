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
    AfterHandling,  // changes the reply that the API built
    Delay,          // adds to the delay of the reply
};

enum class FaultValue {
    None,
    StatusCode,
    Milliseconds,
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
};

const QLatin1String kKnownFaults("drop, drop-after-store, status=CODE and latency=MS");
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
        *error = QStringLiteral("the fault name is missing; the known faults are %1.").arg(kKnownFaults);
        return std::nullopt;
    }

    const qsizetype equals = head.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? head : head.left(equals);
    const std::optional<QString> value = equals < 0 ? std::nullopt : std::optional<QString>(head.mid(equals + 1));
    const FaultDefinition *fault = findDefinition(name);
    if (!fault) {
        *error = QStringLiteral("unknown fault \"%1\"; the known faults are %2.").arg(name, kKnownFaults);
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
    return rule;
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
        if (stage == FaultStage::AfterHandling || !covers(rule, request))
            continue;
        // The first replacement decides the reply, so later rules that would
        // replace it do not count this request.
        if (stage == FaultStage::BeforeHandling && plan.replacement)
            continue;
        if (!countAndCheck(rule))
            continue;

        logInjected(rule, request, nullptr);
        switch (rule.kind) {
        case FaultKind::Latency:
            plan.extraLatency += std::chrono::milliseconds(rule.value);
            break;
        case FaultKind::Drop: {
            // The status is never sent. It only makes the request log treat
            // the drop as an error.
            ApiReply reply = ApiReply::empty(ApiReply::StatusCode::ServiceUnavailable);
            reply.dropConnection = true;
            reply.errorMessage = QStringLiteral("injected fault %1").arg(rule.spec());
            plan.replacement = reply;
            break;
        }
        case FaultKind::Status: {
            ApiReply reply = ApiReply::error(ApiReply::StatusCode(rule.value), u"Injected fault.");
            plan.replacement = reply;
            break;
        }
        case FaultKind::DropAfterStore:
            Q_UNREACHABLE();
        }
    }
    return plan;
}

void FaultSwitch::afterHandling(const ApiRequest &request, ApiReply &reply)
{
    const bool isWrite = request.method == QHttpServerRequest::Method::Post
        || request.method == QHttpServerRequest::Method::Put;
    for (FaultRule &rule : m_rules) {
        if (definition(rule.kind).stage != FaultStage::AfterHandling || !isWrite || !covers(rule, request))
            continue;
        // Rejected writes count as well. QNetworkAccessManager (seen with
        // Qt 6.4.2) sends a request once more when the connection closes
        // without a reply, and the repeated POST fails as a duplicate.
        // Dropping that reply too lets the client see the connection error.
        if (!countAndCheck(rule))
            continue;

        logInjected(rule, request, &reply);
        switch (rule.kind) {
        case FaultKind::DropAfterStore:
            reply.dropConnection = true;
            return;
        case FaultKind::Drop:
        case FaultKind::Status:
        case FaultKind::Latency:
            Q_UNREACHABLE();
        }
    }
}

} // namespace Activo::Sandbox
