#include "ShutdownSignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Activo::Sandbox {

#ifdef Q_OS_UNIX

namespace {

// Both ends of a socket pair. The signal handler writes the signal number
// to the first, and a QSocketNotifier reads it from the second. write() is
// one of the few calls that are safe inside a signal handler.
int g_signalSockets[2] = {-1, -1};

void writeSignalNumber(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

#endif

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
}

ShutdownSignals::~ShutdownSignals()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        struct sigaction action {};
        action.sa_handler = SIG_DFL;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
        ::close(g_signalSockets[0]);
        ::close(g_signalSockets[1]);
        g_signalSockets[0] = g_signalSockets[1] = -1;
    }
#endif
}

bool ShutdownSignals::install(QString *errorMessage)
{
#ifdef Q_OS_UNIX
    if (g_signalSockets[0] >= 0) {
        *errorMessage = QStringLiteral("the signal handlers are already installed");
        return false;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0) {
        *errorMessage = QStringLiteral("socketpair() failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }

    m_notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::readSignal);

    struct sigaction action {};
    action.sa_handler = writeSignalNumber;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &action, nullptr) != 0 || ::sigaction(SIGTERM, &action, nullptr) != 0) {
        *errorMessage = QStringLiteral("sigaction() failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
#else
    Q_UNUSED(errorMessage);
    return true;
#endif
}

void ShutdownSignals::readSignal()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    if (::read(g_signalSockets[1], &byte, 1) != 1)
        return;
    Q_EMIT shutdownRequested(byte == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
#endif
}

} // namespace Activo::Sandbox
