#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace Activo::Test {

// One request that reached the sandbox's redirect target.
struct RedirectTargetVisit
{
    QString method;
    QString path; // path and query, percent-encoded as the client sent them
    bool apiKey = false; // whether an X-Api-Key header came
};

// What GET /_sandbox/redirect-target reports.
struct RedirectTargetRequests
{
    int port = 0;
    int requests = 0;
    int withApiKey = 0;
    QList<RedirectTargetVisit> log; // oldest first
};

// A fault rule with its counts, as GET /_sandbox/faults reports it.
struct FaultCount
{
    QString spec;
    qint64 matched = 0;
    qint64 fired = 0;
};

// Starts activohq-sandbox as a child process on a free loopback port and
// stops it on destruction.
//
// Unless `extraArguments` contains --api-key, the sandbox accepts only
// kDefaultApiKey, which apiKey() returns. Unless it contains --port, the
// sandbox picks a free port.
class SandboxProcess
{
public:
    static inline const QString kDefaultApiKey = QStringLiteral("ahq_test_0123456789abcdef");

    explicit SandboxProcess(QStringList extraArguments = {});
    // Sends SIGTERM (on Windows: kills), waits up to 5 s, then kills.
    ~SandboxProcess();

    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the sandbox and waits up to 15 s for its "listening on" line.
    // Returns false and sets `errorMessage` when the program is missing,
    // exits first (stderr is included in the message) or does not print the
    // line in time.
    bool start(QString *errorMessage);

    // E.g. http://127.0.0.1:43121/api/v1. Empty until start() succeeds.
    QUrl baseUrl() const;
    // The key given with --api-key: the first one in `extraArguments`, or
    // kDefaultApiKey.
    QString apiKey() const;
    // Everything the sandbox printed on stderr so far.
    QString standardError() const;
    // stdout lines that followed the "listening on" line so far, such as
    // "api key: ..." when no --api-key was given.
    QStringList standardOutputLines() const;

    QProcess *process();

    // Control helpers for the sandbox's /_sandbox API, see sandbox/README.md.
    // Each sends one request with "X-Sandbox-Control: yes" and blocks for
    // up to 5 s, running a local event loop meanwhile. Each returns false
    // and sets `error` when the sandbox is not running, the reply is not 2xx
    // or no reply arrives in time.

    // Adds a fault, e.g. "drop-after-store,path=/assets,method=POST,times=1".
    bool addFault(const QString &spec, QString *error);
    // Removes every fault, those from --fault included.
    bool clearFaults(QString *error);
    // Makes `key` get 401 from now on.
    bool revokeKey(const QString &key, QString *error);
    // Makes the sandbox accept `key` as well.
    bool acceptKey(const QString &key, QString *error);
    // Reads the active fault rules with their matched and fired counts.
    bool faultCounts(QList<FaultCount> *faults, QString *error);
    // Reads the requests that reached the redirect target of the
    // redirect-away fault.
    bool redirectTargetRequests(RedirectTargetRequests *requests, QString *error);
    // Sets the redirect target's counts to 0 and empties its log.
    bool resetRedirectTarget(QString *error);

    // The names that the rtl-emoji fault writes, in order: Arabic, Hebrew
    // with digits, and Latin text with emoji, ZWJ sequences and combining
    // marks. They are listed in sandbox/README.md.
    static QStringList rtlEmojiNames();
    // The size in UTF-8 bytes of the name that the huge-name fault writes.
    static constexpr qsizetype kHugeNameBytes = 1024 * 1024;

    // Returns how many API requests with `method` (e.g. "POST") and a path
    // that starts with /api/v1 followed by `pathPrefix` (e.g. "/assets") the
    // sandbox has logged so far, whatever their status, dropped replies
    // included, but not requests of the hang fault whose client gave up.
    // The path is compared as the client sent it, so with
    // percent-encoding. Control requests are not counted.
    //
    // Needs --log-requests in the arguments, otherwise it returns 0. The log
    // reaches this process through a pipe after the reply, so wait for a
    // count with QTRY_COMPARE instead of reading it once.
    int countRequests(const QString &method, const QString &pathPrefix) const;

    // Path of the activohq-sandbox executable of this build; empty when the
    // build does not include it.
    static QString executablePath();

private:
    void readAvailableOutput() const;
    // Sends `verb` to /_sandbox`path` with `body` as JSON, unless empty.
    // Stores the reply's body in `replyBody` unless that is null.
    bool sendControlRequest(const QByteArray &verb, const QString &path, const QByteArray &body,
                            QString *error, QByteArray *replyBody = nullptr);
    // Sends a GET or DELETE to /_sandbox`path` and reads the reply as a JSON object.
    bool readControlObject(const QByteArray &verb, const QString &path, QJsonObject *object, QString *error);

    QStringList m_arguments;
    QString m_apiKey;
    QUrl m_baseUrl;
    std::unique_ptr<QProcess> m_process;
    // Filled from the process pipes on demand, hence mutable.
    mutable QByteArray m_standardError;
    mutable QByteArray m_standardOutput;
};

} // namespace Activo::Test
