#pragma once

#include "import/CsvReader.h"
#include "import/ImportFields.h"
#include "import/ImportFormat.h"
#include "import/ImportLine.h"

#include <QPointer>
#include <QVector>
#include <QWizard>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Activo {

class ApiClient;
class AppSettings;
class CsvFileLoader;
class ErrorPanel;
class ImportPlanner;
class ImportReportModel;
class ImportRunner;
class LookupCache;

// File › Import assets from CSV: choose a file, map its columns, say how its
// numbers and dates are written, review the dry run, run it, read the report.
// Going Back keeps every choice. Once the import has started, Cancel stops
// it (lines in flight finish) instead of closing the wizard.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, FormatPageId, DryRunPageId, RunPageId, ReportPageId };

    ImportWizard(ApiClient *client, LookupCache *lookups, AppSettings *settings, const QString &companyId,
                 const QString &companyName, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ApiClient *client() const { return m_client; }
    LookupCache *lookups() const { return m_lookups; }
    AppSettings *settings() const { return m_settings; }
    QString companyId() const { return m_companyId; }
    QString companyName() const { return m_companyName; }

    // The file as read on the first page.
    const CsvDocument &document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    void setDocument(const QString &path, const CsvDocument &document);

    // The chosen field of each column.
    const QVector<ImportField> &mapping() const { return m_mapping; }
    void setMapping(const QVector<ImportField> &mapping) { m_mapping = mapping; }
    ImportFormat format() const { return m_format; }
    void setFormat(const ImportFormat &format) { m_format = format; }

    // The dry run's lines, and after the run their outcomes.
    const QVector<ImportLine> &lines() const { return m_lines; }
    void setLines(const QVector<ImportLine> &lines) { m_lines = lines; }

    // True while writes are being sent.
    bool isImporting() const;

    // A word-wrapped, selectable label for a page's status messages.
    static QLabel *createStatusLabel(QWidget *parent, const QString &objectName, const QString &accessibleName);

    void reject() override;

Q_SIGNALS:
    // The run ended; the register should be read again.
    void importFinished(const QString &companyId);

private:
    friend class ImportRunPage;
    ApiClient *m_client;
    LookupCache *m_lookups;
    AppSettings *m_settings;
    QString m_companyId;
    QString m_companyName;
    QString m_filePath;
    CsvDocument m_document;
    QVector<ImportField> m_mapping;
    ImportFormat m_format;
    QVector<ImportLine> m_lines;
    QPointer<ImportRunner> m_runner;
};

// Step 1: the file, its separator and a preview.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);
    bool isComplete() const override;
    void cleanupPage() override {}

    QLineEdit *pathEdit() const { return m_pathEdit; }
    QComboBox *separatorBox() const { return m_separatorBox; }
    QTableWidget *preview() const { return m_preview; }
    bool isLoading() const;

    // Reads the file named in the path field.
    void loadFile();

private:
    ImportWizard *importWizard() const;
    void browse();
    void handleLoaded(const QString &path, const CsvDocument &document);
    void fillPreview(const CsvDocument &document);

    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QComboBox *m_separatorBox;
    QLabel *m_statusLabel;
    QTableWidget *m_preview;
    CsvFileLoader *m_loader;
    QString m_loadedPath;
    bool m_valid = false;
};

// Step 2: which field each column fills.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

    // The field box of each column, in column order.
    const QVector<QComboBox *> &fieldBoxes() const { return m_boxes; }

private:
    ImportWizard *importWizard() const;
    void rebuild();
    void updateMapping();
    QString problem() const;

    QFormLayout *m_form;
    QLabel *m_statusLabel;
    QVector<QComboBox *> m_boxes;
    QString m_builtFor; // header signature and path the boxes belong to
};

// Step 3: how numbers and dates are written.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override {}

    QComboBox *numberBox() const { return m_numberBox; }
    QComboBox *dateBox() const { return m_dateBox; }

private:
    ImportWizard *importWizard() const;
    void updateFormat();
    QStringList samples(const QVector<ImportField> &fields) const;

    QComboBox *m_numberBox;
    QComboBox *m_dateBox;
    QLabel *m_sampleLabel;
    QString m_guessedFor;
};

// Step 4: the dry run. Committing it starts the import.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDryRunPage(QWidget *parent = nullptr);
    ~ImportDryRunPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QTableView *table() const { return m_table; }
    ImportReportModel *model() const { return m_model; }
    bool isFinished() const { return m_finished; }

private:
    ImportWizard *importWizard() const;
    void startDryRun();
    void showResult();

    QLabel *m_statusLabel;
    QProgressBar *m_busyBar;
    ErrorPanel *m_errorPanel;
    QTableView *m_table;
    ImportReportModel *m_model;
    ImportPlanner *m_planner = nullptr;
    bool m_finished = false;
};

// Step 5: the writes, with progress and Cancel.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    // Stops starting lines; those in flight finish.
    void cancelImport();

private:
    ImportWizard *importWizard() const;
    void showProgress(int done, int total);
    void handleFinished();

    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    bool m_finished = false;
};

// Step 6: every line's outcome, exportable and copyable.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

Q_SIGNALS:
    // `error` is empty when the file was written.
    void reportSaved(const QString &path, const QString &error);

public:
    explicit ImportReportPage(QWidget *parent = nullptr);
    void initializePage() override;

    QTableView *table() const { return m_table; }
    ImportReportModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    // Writes the report as CSV to `path` on a worker thread. reportSaved()
    // follows, and the page shows the outcome.
    void exportTo(const QString &path);
    void copyToClipboard();

private:
    ImportWizard *importWizard() const;
    void chooseExportFile();
    void showSaved(const QString &path, const QString &error);

    QLabel *m_summaryLabel;
    QLabel *m_statusLabel;
    QTableView *m_table;
    ImportReportModel *m_model;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
};

} // namespace Activo
