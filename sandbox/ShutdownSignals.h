#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace Activo::Sandbox {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop thread, so the
// sandbox can stop its server and exit with code 0.
//
// POSIX only. On Windows install() does nothing and Ctrl+C ends the process
// through the default console handler.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // Installs the handlers. Only one instance may install them.
    bool install(QString *errorMessage);

Q_SIGNALS:
    // `signalName` is "SIGINT" or "SIGTERM".
    void shutdownRequested(const QString &signalName);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Activo::Sandbox
