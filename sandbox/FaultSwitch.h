#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "ReplyFaults.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace Activo::Sandbox {

// The faults that the sandbox can inject.
//
// To add one, add it here and to the table in FaultSwitch.cpp, which gives
// its name, whether it takes a value and when it acts, then build its effect
// in FaultSwitch::replacementReply() or, for a change of the API's reply, in
// reshapeReply() (ReplyFaults.cpp).
enum class FaultKind {
    // Close the connection without a reply, before the request is handled.
    Drop,
    // Handle a POST or PUT as usual, so that a valid write is stored, then
    // close the connection without a reply, whatever the outcome.
    DropAfterStore,
    // Reply with the status in `value` and {"error":"Injected fault."}
    // without handling the request.
    Status,
    // Delay the reply by `value` milliseconds.
    Latency,
    // Send nothing, keep the connection open until the client closes it.
    Hang,
    // Reply 429 with Retry-After: `value` seconds, without handling.
    RateLimit,
    // Reply 307 to the same path and query on the redirect target.
    RedirectAway,
    // Reply 307 to the same path and query plus redirected=1.
    RedirectSame,

    // Changes of a successful GET reply, see reshapeReply().
    NotJson,
    Html502,
    Truncated,
    WrongTypes,
    NullObject,
    HugeNumber,
    HugeTotal,
    NoItems,
    NoTotal,
    NegativeTotal,
    ShiftingTotal,
    DuplicateIds,
    FirstPageAgain,
    HugeName,
    BidiEmoji,
    Empty200,
    Error200,
};

// One fault from a --fault option or POST /_sandbox/faults, with the
// requests it applies to and how often it has fired.
struct FaultRule
{
    FaultKind kind = FaultKind::Drop;
    int value = 0; // status code, milliseconds or seconds
    // Relative to /api/v1, compared as a plain string prefix, so "/assets"
    // also covers "/assets/{id}". Empty matches every API path.
    QString pathPrefix;
    // Uppercase, e.g. "POST". Empty matches every method.
    QByteArray method;
    qint64 every = 1;
    std::optional<qint64> times; // nothing means unlimited

    // Requests that matched the rule, and requests it fired on.
    qint64 matchedCount = 0;
    qint64 firedCount = 0;

    // The rule in SPEC syntax, with only the settings that differ from the
    // defaults, e.g. "status=503,path=/assets,every=2".
    QString spec() const;
};

// Parses SPEC = NAME[,path=PREFIX][,method=METHOD][,every=N][,times=K], where
// NAME is one of the faults in the table of FaultSwitch.cpp, such as drop,
// status=CODE or huge-total. Returns nothing and sets `error` to a sentence
// that names the wrong part when the text is invalid.
std::optional<FaultRule> parseFaultSpec(const QString &text, QString *error);

// The active fault rules, in the order they were added.
//
// A rule matches a request under /api/v1 whose path starts with its prefix
// and whose method equals its method. drop-after-store matches POST and PUT
// requests only, the faults that change a reply match only the replies they
// can change (see reshapeReply()), and redirect-same skips requests that
// carry redirected=1. A rule fires on every `every`-th matching request, at
// most `times` times. Latency rules are all checked and their
// delays add up. Of the other rules, the first that fires decides the
// outcome, and the rules after it do not count that request. Control
// requests under /_sandbox are never faulted.
class FaultSwitch
{
public:
    // Faults to apply to one request before it is handled.
    struct Plan
    {
        std::chrono::milliseconds extraLatency{0};
        // The reply to send instead of handling the request.
        std::optional<ApiReply> replacement;
    };

    // `apiOrigin` is the sandbox's own origin, e.g. "http://127.0.0.1:8080",
    // and `redirectTargetOrigin` that of the redirect target. The redirect
    // faults send these in their Location headers.
    void setOrigins(const QString &apiOrigin, const QString &redirectTargetOrigin);

    void add(const FaultRule &rule);
    void clear();
    const QList<FaultRule> &rules() const { return m_rules; }

    // Counts `request` against the rules that act before handling and
    // returns what they inject. Logs every fault that fires.
    Plan beforeHandling(const ApiRequest &request);

    // Counts the handled `request` against the rules that act after
    // handling and applies them to `reply`, in the order they were added,
    // each to the reply as the rules before it left it. `handle` serves the
    // requests that some faults derive from `request`. Logs every fault
    // that fires.
    void afterHandling(const ApiRequest &request, ApiReply &reply, const ApiHandler &handle);

private:
    // Counts the request for `rule` and returns whether the rule fires.
    static bool countAndCheck(FaultRule &rule);
    // `unsentReply` is the reply that the fault replaces, if one was built.
    static void logInjected(const FaultRule &rule, const ApiRequest &request, const ApiReply *unsentReply);

    // The reply of a fault that acts before handling.
    ApiReply replacementReply(const FaultRule &rule, const ApiRequest &request) const;

    QList<FaultRule> m_rules;
    QString m_apiOrigin;
    QString m_redirectTargetOrigin;
};

} // namespace Activo::Sandbox
