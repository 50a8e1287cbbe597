#pragma once

#include "export/ExportRowSource.h"
#include "export/ExportWriter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace Activo {

// One export or printout. The rows of an ExportRowSource are read on the GUI
// thread as the network delivers them. They go to an ExportWriter that runs
// on a worker thread owned by the job, so no disk work or page rendering
// happens on the GUI thread.
//
// After start(), progress() reports the rows read and then the pages or
// steps of the writer's finish(). Then finished() follows exactly once:
// Succeeded when the output is complete, Cancelled after cancel(), or Failed
// with errorString(). When finished() is emitted with anything but Succeeded,
// the writer has already discarded its output, so no file is left behind.
// Destroying a running job cancels it and waits for the worker to stop.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Succeeded, Cancelled, Failed };
    Q_ENUM(Outcome)
    enum class Phase {
        Reading, // rows arrive from the server; `total` is the number of records, -1 until known
        Writing, // the writer completes the output; `total` is pages, or 0 when unknown
    };
    Q_ENUM(Phase)

    // Takes ownership of `source` and `writer`.
    ExportJob(ExportRowSource *source, std::unique_ptr<ExportWriter> writer, ExportInfo info,
              QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    Outcome outcome() const { return m_outcome; }
    QString errorString() const { return m_errorString; }
    // The failed request when reading from the server failed, for "Copy details".
    const ApiError &apiError() const { return m_apiError; }
    // Rows handed to the writer so far.
    qint64 rowCount() const { return m_rows; }
    int skippedCount() const;
    ExportRowSource *source() const { return m_source; }

Q_SIGNALS:
    void progress(Activo::ExportJob::Phase phase, qint64 done, qint64 total);
    void finished(Activo::ExportJob::Outcome outcome);

private:
    // Runs `task` on the worker thread, after every task posted before it.
    template<typename Task>
    void post(Task task);
    void handleRows(const QVector<ExportRow> &rows);
    void handleSourceFinished();
    // Ends the job from the GUI thread: the worker discards the output, then report() follows.
    void finishWith(Outcome outcome, const QString &error = QString());
    // Called on the worker thread; report() runs on the GUI thread.
    void reportFromWorker(Outcome outcome, const QString &error);
    void report(Outcome outcome, const QString &error);
    void stopThread();

    QPointer<ExportRowSource> m_source;
    std::unique_ptr<ExportWriter> m_writer;
    ExportInfo m_info;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    std::atomic_bool m_cancelFlag{false};
    // Touched only on the worker thread: set once the writer finished, failed or discarded.
    bool m_writerClosed = false;

    // False from cancel() or a failure on, while the worker may still be discarding.
    bool m_running = false;
    // Set when finished() is emitted; a later report is dropped.
    bool m_done = false;
    Outcome m_outcome = Outcome::Failed;
    QString m_errorString;
    ApiError m_apiError;
    qint64 m_rows = 0;
    QElapsedTimer m_clock;
};

} // namespace Activo
