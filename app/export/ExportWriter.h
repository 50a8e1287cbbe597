#pragma once

#include "export/ExportTypes.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <atomic>
#include <functional>
#include <memory>

namespace Activo {

// The output of an export: a CSV, XLSX or PDF file, or a printer.
//
// ExportJob calls begin(), writeRows() any number of times, then finish()
// or discard(), all from one worker thread, so an implementation does its
// disk work there and never on the GUI thread. A writer that returns false
// has failed for good. errorString() then describes what failed and what to do.
class ExportWriter
{
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    virtual ~ExportWriter();

    virtual bool begin(const QVector<ExportColumn> &columns, const ExportInfo &info) = 0;
    virtual bool writeRows(const QVector<ExportRow> &rows) = 0;
    // Completes the output. A file appears under its name only here.
    virtual bool finish() = 0;
    // Drops what was written; an existing file of the same name stays as it was.
    virtual void discard() = 0;

    QString errorString() const { return m_errorString; }

    // Set by ExportJob before begin(): finish() may stop early when the flag
    // is set, and reports the pages or rows it has written through the callback.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancelFlag = flag; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

protected:
    bool isCancelled() const { return m_cancelFlag && m_cancelFlag->load(); }
    void reportProgress(qint64 done, qint64 total) const;
    void setErrorString(const QString &text) { m_errorString = text; }

private:
    QString m_errorString;
    const std::atomic_bool *m_cancelFlag = nullptr;
    ProgressCallback m_progress;
};

// The target file of a file writer. Everything goes to a temporary file in
// the target's folder (QSaveFile), which replaces the target in one rename
// on commit(). discard(), or destruction without commit(), removes it, so a
// cancelled or failed export leaves no file and keeps an older one intact.
// The error messages name the file and the next step.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    explicit ExportFile(QString path);

    QString path() const { return m_path; }
    QIODevice *device() { return &m_file; }

    // Creates the temporary file beside the target.
    bool open(QString *error);
    bool commit(QString *error);
    void discard();

    // The message for a failed write, with the file's path.
    QString writeError(const QString &reason) const;

private:
    QString m_path;
    QSaveFile m_file;
};

} // namespace Activo
