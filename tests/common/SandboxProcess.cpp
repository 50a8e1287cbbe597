#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <utility>

#ifndef ACTIVO_SANDBOX_EXECUTABLE
#define ACTIVO_SANDBOX_EXECUTABLE ""
#endif

namespace Activo::Test {

namespace {

constexpr int kStartTimeoutMs = 15000;
constexpr int kStopGracePeriodMs = 5000;

} // namespace

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
    , m_process(std::make_unique<QProcess>())
{
    const qsizetype keyIndex = m_arguments.indexOf(QStringLiteral("--api-key"));
    if (keyIndex >= 0 && keyIndex + 1 < m_arguments.size()) {
        m_apiKey = m_arguments.at(keyIndex + 1);
    } else {
        m_apiKey = kDefaultApiKey;
        m_arguments << QStringLiteral("--api-key") << m_apiKey;
    }
    if (!m_arguments.contains(QStringLiteral("--port")))
        m_arguments << QStringLiteral("--port") << QStringLiteral("0");
}

SandboxProcess::~SandboxProcess()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    // terminate() sends SIGTERM on Unix, which the sandbox handles by
    // stopping cleanly. On Windows it posts WM_CLOSE, which a console
    // program ignores, so the kill below ends it.
    m_process->terminate();
    if (!m_process->waitForFinished(kStopGracePeriodMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopGracePeriodMs);
    }
}

QString SandboxProcess::executablePath()
{
    return QString::fromUtf8(ACTIVO_SANDBOX_EXECUTABLE);
}

bool SandboxProcess::start(QString *errorMessage)
{
    const QString program = executablePath();
    if (program.isEmpty()) {
        *errorMessage = QStringLiteral("this build does not include activohq-sandbox (ACTIVO_BUILD_SANDBOX=OFF)");
        return false;
    }
    if (!QFileInfo(program).isExecutable()) {
        *errorMessage = QStringLiteral("activohq-sandbox is not built: %1 is missing or not executable").arg(program);
        return false;
    }

    m_process->setProgram(program);
    m_process->setArguments(m_arguments);
    m_process->start();
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        *errorMessage = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        return false;
    }

    const QDeadlineTimer deadline(kStartTimeoutMs);
    for (;;) {
        readAvailableOutput();
        const qsizetype lineEnd = m_standardOutput.indexOf('\n');
        if (lineEnd >= 0) {
            const QString line = QString::fromUtf8(m_standardOutput.left(lineEnd)).trimmed();
            m_standardOutput.remove(0, lineEnd + 1);
            static const QRegularExpression expected(
                QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]{1,5}/api/v1)$"));
            const QRegularExpressionMatch match = expected.match(line);
            if (!match.hasMatch()) {
                *errorMessage = QStringLiteral("unexpected first line from activohq-sandbox: \"%1\"").arg(line);
                return false;
            }
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }

        if (m_process->state() == QProcess::NotRunning) {
            *errorMessage = QStringLiteral("activohq-sandbox exited with code %1 before listening: %2")
                                .arg(m_process->exitCode())
                                .arg(standardError().trimmed());
            return false;
        }
        if (deadline.hasExpired()) {
            *errorMessage = QStringLiteral("activohq-sandbox printed no \"listening on\" line within %1 ms")
                                .arg(kStartTimeoutMs);
            return false;
        }
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

void SandboxProcess::readAvailableOutput() const
{
    m_standardOutput += m_process->readAllStandardOutput();
    m_standardError += m_process->readAllStandardError();
}

QUrl SandboxProcess::baseUrl() const
{
    return m_baseUrl;
}

QString SandboxProcess::apiKey() const
{
    return m_apiKey;
}

QString SandboxProcess::standardError() const
{
    readAvailableOutput();
    return QString::fromUtf8(m_standardError);
}

QStringList SandboxProcess::standardOutputLines() const
{
    readAvailableOutput();
    QStringList lines = QString::fromUtf8(m_standardOutput).split(QLatin1Char('\n'));
    // Drops the text after the last newline: an empty string or a line
    // that is not complete yet.
    lines.removeLast();
    return lines;
}

QProcess *SandboxProcess::process()
{
    return m_process.get();
}

} // namespace Activo::Test
