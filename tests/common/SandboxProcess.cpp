#include "SandboxProcess.h"

#if defined(Q_OS_LINUX)
#include <signal.h>
#include <sys/prctl.h>
#endif

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <utility>

#ifndef ACTIVO_SANDBOX_EXECUTABLE
#define ACTIVO_SANDBOX_EXECUTABLE ""
#endif

namespace Activo::Test {

namespace {

constexpr int kStartTimeoutMs = 15000;
constexpr int kStopGracePeriodMs = 5000;
constexpr int kControlTimeoutMs = 5000;

QByteArray jsonObject(const QString &name, const QString &value)
{
    return QJsonDocument(QJsonObject{{name, value}}).toJson(QJsonDocument::Compact);
}

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
#if defined(Q_OS_LINUX)
    // A test that crashes must not leave its sandbox running: the kernel ends
    // the sandbox when the test process dies.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
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

bool SandboxProcess::sendControlRequest(const QByteArray &verb, const QString &path, const QByteArray &body,
                                        QString *error, QByteArray *replyBody)
{
    if (m_baseUrl.isEmpty() || m_process->state() != QProcess::Running) {
        *error = QStringLiteral("activohq-sandbox is not running");
        return false;
    }

    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_sandbox") + path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Sandbox-Control", "yes");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    // The sandbox runs on this machine, so a proxy from the environment must
    // not see the request.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(kControlTimeoutMs);
    if (!reply->isFinished())
        loop.exec();

    if (!reply->isFinished()) {
        reply->abort();
        delete reply;
        *error = QStringLiteral("%1 %2 got no reply within %3 ms")
                     .arg(QString::fromLatin1(verb), url.toString())
                     .arg(kControlTimeoutMs);
        return false;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray replyText = reply->readAll();
    const QString networkError = reply->errorString();
    delete reply;
    if (status < 200 || status > 299) {
        *error = status == 0
            ? QStringLiteral("%1 %2 failed: %3").arg(QString::fromLatin1(verb), url.toString(), networkError)
            : QStringLiteral("%1 %2 returned %3: %4")
                  .arg(QString::fromLatin1(verb), url.toString())
                  .arg(status)
                  .arg(QString::fromUtf8(replyText));
        return false;
    }
    if (replyBody)
        *replyBody = replyText;
    return true;
}

bool SandboxProcess::readControlObject(const QByteArray &verb, const QString &path, QJsonObject *object,
                                       QString *error)
{
    QByteArray body;
    if (!sendControlRequest(verb, path, QByteArray(), error, &body))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1 /_sandbox%2 returned a body that is not a JSON object: %3")
                     .arg(QString::fromLatin1(verb), path, QString::fromUtf8(body));
        return false;
    }
    *object = document.object();
    return true;
}

bool SandboxProcess::addFault(const QString &spec, QString *error)
{
    return sendControlRequest("POST", QStringLiteral("/faults"), jsonObject(QStringLiteral("spec"), spec), error);
}

bool SandboxProcess::clearFaults(QString *error)
{
    return sendControlRequest("DELETE", QStringLiteral("/faults"), QByteArray(), error);
}

bool SandboxProcess::revokeKey(const QString &key, QString *error)
{
    return sendControlRequest("POST", QStringLiteral("/revoke-key"), jsonObject(QStringLiteral("apiKey"), key),
                              error);
}

bool SandboxProcess::acceptKey(const QString &key, QString *error)
{
    return sendControlRequest("POST", QStringLiteral("/accept-key"), jsonObject(QStringLiteral("apiKey"), key),
                              error);
}

bool SandboxProcess::faultCounts(QList<FaultCount> *faults, QString *error)
{
    QJsonObject object;
    if (!readControlObject("GET", QStringLiteral("/faults"), &object, error))
        return false;
    faults->clear();
    for (const QJsonValue &value : object.value(QStringLiteral("faults")).toArray()) {
        const QJsonObject rule = value.toObject();
        faults->append(FaultCount{rule.value(QStringLiteral("spec")).toString(),
                                  rule.value(QStringLiteral("matched")).toInteger(),
                                  rule.value(QStringLiteral("fired")).toInteger()});
    }
    return true;
}

namespace {

RedirectTargetRequests readRedirectTarget(const QJsonObject &object)
{
    RedirectTargetRequests requests;
    requests.port = object.value(QStringLiteral("port")).toInt();
    requests.requests = object.value(QStringLiteral("requests")).toInt();
    requests.withApiKey = object.value(QStringLiteral("withApiKey")).toInt();
    for (const QJsonValue &value : object.value(QStringLiteral("log")).toArray()) {
        const QJsonObject visit = value.toObject();
        requests.log.append(RedirectTargetVisit{visit.value(QStringLiteral("method")).toString(),
                                                visit.value(QStringLiteral("path")).toString(),
                                                visit.value(QStringLiteral("apiKey")).toBool()});
    }
    return requests;
}

} // namespace

bool SandboxProcess::redirectTargetRequests(RedirectTargetRequests *requests, QString *error)
{
    QJsonObject object;
    if (!readControlObject("GET", QStringLiteral("/redirect-target"), &object, error))
        return false;
    *requests = readRedirectTarget(object);
    return true;
}

bool SandboxProcess::resetRedirectTarget(QString *error)
{
    QJsonObject object;
    return readControlObject("DELETE", QStringLiteral("/redirect-target"), &object, error);
}

QStringList SandboxProcess::rtlEmojiNames()
{
    return {
        QStringLiteral("مكتب المدير الخشبي"),
        QStringLiteral("מחשב נייד דגם 5540 בקומה 3"),
        QStringLiteral("Equipo \U0001F469\u200D\U0001F4BB de Jose\u0301 "
                       "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 "
                       "\U0001F3F3\uFE0F\u200D\U0001F308 Zo\u0308e"),
    };
}

int SandboxProcess::countRequests(const QString &method, const QString &pathPrefix) const
{
    if (!m_arguments.contains(QStringLiteral("--log-requests"))) {
        qWarning("SandboxProcess::countRequests() needs --log-requests in the sandbox arguments");
        return 0;
    }

    // The request line that sandbox/RequestLog.cpp writes, e.g.
    // "GET /api/v1/assets?take=5 200 0.42 ms request=... key=...".
    const QRegularExpression requestLine(
        QStringLiteral("(?:^|\\s)%1 /api/v1%2\\S* (?:\\d{3}|dropped) \\d+\\.\\d{2} ms request=")
            .arg(QRegularExpression::escape(method.toUpper()), QRegularExpression::escape(pathPrefix)));

    QStringList lines = standardError().split(QLatin1Char('\n'));
    // The text after the last newline is not a complete line yet.
    lines.removeLast();
    int count = 0;
    for (const QString &line : std::as_const(lines)) {
        if (requestLine.match(line).hasMatch())
            ++count;
    }
    return count;
}

} // namespace Activo::Test
