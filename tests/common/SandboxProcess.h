#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Activo::Test {

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

    // Path of the activohq-sandbox executable of this build; empty when the
    // build does not include it.
    static QString executablePath();

private:
    void readAvailableOutput() const;

    QStringList m_arguments;
    QString m_apiKey;
    QUrl m_baseUrl;
    std::unique_ptr<QProcess> m_process;
    // Filled from the process pipes on demand, hence mutable.
    mutable QByteArray m_standardError;
    mutable QByteArray m_standardOutput;
};

} // namespace Activo::Test
