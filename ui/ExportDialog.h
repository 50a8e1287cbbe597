#pragma once

#include "ListExportTarget.h"
#include "export/CsvWriter.h"
#include "export/ExportJob.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace Activo {

class AppSettings;

// File › Export…: the format (CSV, XLSX when the build has libxlsxwriter,
// PDF), the CSV separator and decimal point, and the file. Export reads
// every matching row of the target from the server while a progress bar
// moves; Cancel stops it and leaves no file. A failure is shown in the
// dialog, which stays open so the user can choose another file and export
// again. On success the dialog closes and exported() follows.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Csv, Xlsx, Pdf };
    Q_ENUM(Format)

    ExportDialog(ListExportTarget target, AppSettings *settings, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(Format format);
    Format format() const;
    bool isFormatOffered(Format format) const;
    void setFilePath(const QString &path);
    QString filePath() const;
    CsvOptions csvOptions() const;

    // Starts the export, as the Export button does.
    void startExport();
    // The running or last export, or nullptr before the first.
    ExportJob *job() const { return m_job; }
    QString statusText() const;

    static QString extension(Format format);
    // "Assets - Acme Corp - 2025-06-30", without characters that file systems reject.
    static QString defaultBaseName(const ExportInfo &info);

    void reject() override;

Q_SIGNALS:
    void exported(const QString &path, qint64 rows, int skipped);

private:
    void fillChoices();
    void updateFormatChoices();
    void browse();
    void run(const QString &path);
    void showProgress(ExportJob::Phase phase, qint64 done, qint64 total);
    void handleFinished(ExportJob::Outcome outcome);
    void setRunning(bool running);
    void showStatus(const QString &text, bool isError);
    QString resolvedPath() const;
    std::unique_ptr<ExportWriter> createWriter(const QString &path) const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ListExportTarget m_target;
    AppSettings *m_settings;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    QPointer<ExportJob> m_job;
    QString m_runningPath;
    // A path whose replacement the file dialog already confirmed.
    QString m_confirmedPath;
    bool m_closeWhenStopped = false;
};

} // namespace Activo
