#pragma once

#include "import/ImportLine.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QVector>

namespace Activo {

class ApiClient;
class ApiJob;

// Carries out a dry run's plan: POST /assets for each Create line, and for
// each Update line a fresh GET /assets/{id} followed by PUT /assets/{id} of
// that asset with the line's values, so members the file does not name keep
// the server's current values. At most a few lines run at a time.
//
// Writes are never retried. A write whose reply never arrives (connection
// lost, time-out) ends as ImportOutcome::Unknown: the server may have stored
// it. Lines are matched by asset code, so a second import of the same file
// finds such an asset and does not create it again.
//
// cancel() starts no further lines; lines in flight finish and finished()
// follows them. Every line not started ends as Cancelled.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(ApiClient *client, QObject *parent = nullptr);
    ~ImportRunner() override;

    // Lines in flight at once, 1 to 4. Default 4.
    void setMaxConcurrentLines(int count) { m_maxConcurrent = qBound(1, count, 4); }

    void start(const QString &companyId, const QVector<ImportLine> &lines);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }

    const QVector<ImportLine> &lines() const { return m_lines; }
    // Lines that send a write, and those of them that have ended.
    int writeCount() const { return m_writeCount; }
    int writesDone() const { return m_writesDone; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished();

private:
    void startLines();
    void startCreate(int index);
    void startRead(int index);
    void handleRead(int index, ApiJob *job);
    void handleWrite(int index, ApiJob *job);
    void endLine(int index, ImportOutcome outcome, const QString &message, const QString &requestId = {});
    void finishIfDone();

    ApiClient *m_client;
    QString m_companyId;
    int m_maxConcurrent = 4;
    QVector<ImportLine> m_lines;
    QVector<int> m_queue; // indexes of lines to write, last one next
    QVector<QPointer<ApiJob>> m_jobs;
    int m_inFlight = 0;
    int m_writeCount = 0;
    int m_writesDone = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Activo
