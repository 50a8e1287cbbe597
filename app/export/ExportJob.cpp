#include "export/ExportJob.h"

#include "api/Logging.h"

#include <QThread>

namespace Activo {

ExportJob::ExportJob(ExportRowSource *source, std::unique_ptr<ExportWriter> writer, ExportInfo info,
                     QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_writer(std::move(writer))
    , m_info(std::move(info))
{
    source->setParent(this);
    connect(source, &ExportRowSource::rowsReady, this, &ExportJob::handleRows);
    connect(source, &ExportRowSource::progress, this, [this](qint64 received, qint64 total) {
        if (m_running)
            Q_EMIT progress(Phase::Reading, received, total);
    });
    connect(source, &ExportRowSource::finished, this, &ExportJob::handleSourceFinished);
    connect(source, &ExportRowSource::failed, this, [this](const ApiError &error) {
        if (!m_running)
            return;
        qCWarning(lcExport).noquote() << "reading" << m_info.title << "failed:" << error.details();
        m_apiError = error;
        QString message = tr("The rows could not be read from the server, so nothing was saved. %1")
                              .arg(error.message());
        if (!error.requestId.isEmpty())
            message += QLatin1Char(' ') + tr("(Request id: %1)").arg(error.requestId);
        finishWith(Outcome::Failed, message);
    });
}

ExportJob::~ExportJob()
{
    if (m_thread && !m_done) {
        m_cancelFlag = true;
        if (m_source)
            m_source->cancel();
        post([this] {
            if (!m_writerClosed)
                m_writer->discard();
            m_writerClosed = true;
        });
    }
    stopThread();
}

template<typename Task>
void ExportJob::post(Task task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

int ExportJob::skippedCount() const
{
    return m_source ? m_source->skippedCount() : 0;
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_rows = 0;
    m_clock.start();
    qCInfo(lcExport).noquote() << "export of" << m_info.title << "started";

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("export"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();

    m_writer->setCancelFlag(&m_cancelFlag);
    m_writer->setProgressCallback([this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this, [this, done, total] {
            if (m_running)
                Q_EMIT progress(Phase::Writing, done, total);
        }, Qt::QueuedConnection);
    });

    const QVector<ExportColumn> columns = m_source->columns();
    post([this, columns] {
        if (m_writer->begin(columns, m_info))
            return;
        m_writerClosed = true;
        m_writer->discard();
        reportFromWorker(Outcome::Failed, m_writer->errorString());
    });
    m_source->start();
}

void ExportJob::cancel()
{
    m_cancelFlag = true;
    finishWith(Outcome::Cancelled);
}

void ExportJob::handleRows(const QVector<ExportRow> &rows)
{
    if (!m_running)
        return;
    m_rows += rows.size();
    post([this, rows] {
        if (m_writerClosed || m_cancelFlag)
            return;
        if (m_writer->writeRows(rows))
            return;
        m_writerClosed = true;
        m_writer->discard();
        reportFromWorker(Outcome::Failed, m_writer->errorString());
    });
}

void ExportJob::handleSourceFinished()
{
    if (!m_running)
        return;
    Q_EMIT progress(Phase::Writing, 0, 0);
    // m_running stays true, so cancel() can still stop a long finish().
    post([this] {
        if (m_writerClosed)
            return;
        m_writerClosed = true;
        if (m_cancelFlag) {
            m_writer->discard();
            reportFromWorker(Outcome::Cancelled, QString());
            return;
        }
        if (m_writer->finish()) {
            reportFromWorker(Outcome::Succeeded, QString());
            return;
        }
        m_writer->discard();
        // A writer that saw the cancel flag stops early and fails; that is a cancellation.
        if (m_cancelFlag)
            reportFromWorker(Outcome::Cancelled, QString());
        else
            reportFromWorker(Outcome::Failed, m_writer->errorString());
    });
}

void ExportJob::finishWith(Outcome outcome, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_source)
        m_source->cancel();
    post([this, outcome, error] {
        if (!m_writerClosed)
            m_writer->discard();
        m_writerClosed = true;
        reportFromWorker(outcome, error);
    });
}

void ExportJob::reportFromWorker(Outcome outcome, const QString &error)
{
    QMetaObject::invokeMethod(this, [this, outcome, error] { report(outcome, error); }, Qt::QueuedConnection);
}

void ExportJob::report(Outcome outcome, const QString &error)
{
    // The first report wins. A finish() that completed just before a
    // cancel() leaves a complete file, so Succeeded is the true outcome.
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_outcome = outcome;
    m_errorString = error;
    if (m_source)
        m_source->cancel();
    stopThread();
    switch (outcome) {
    case Outcome::Succeeded:
        qCInfo(lcExport).noquote() << "export of" << m_info.title << "finished:" << m_rows << "rows in"
                                   << m_clock.elapsed() << "ms";
        break;
    case Outcome::Cancelled:
        qCInfo(lcExport).noquote() << "export of" << m_info.title << "cancelled after" << m_rows << "rows";
        break;
    case Outcome::Failed:
        qCWarning(lcExport).noquote() << "export of" << m_info.title << "failed:" << error;
        break;
    }
    Q_EMIT finished(outcome);
}

void ExportJob::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
}

} // namespace Activo
