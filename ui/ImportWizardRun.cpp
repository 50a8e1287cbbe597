#include "ImportWizard.h"

#include "ErrorPanel.h"
#include "Icons.h"
#include "import/ImportPlanner.h"
#include "import/ImportReportModel.h"
#include "import/ImportRunner.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Activo {

namespace {

QTableView *makeLinesTable(QWidget *parent, ImportReportModel *model, const QString &objectName,
                           const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(ImportReportModel::LineColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ImportReportModel::CodeColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ImportReportModel::ResultColumn, QHeaderView::ResizeToContents);
    // Wrapped messages need the row height of the column width on screen, so
    // rows are measured again whenever a column changes width.
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
                     [table] { table->resizeRowsToContents(); });
    return table;
}

} // namespace

// ---------------------------------------------------------------------------

ImportDryRunPage::ImportDryRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_statusLabel(ImportWizard::createStatusLabel(this, QStringLiteral("dryRunStatusLabel"), tr("Dry run status")))
    , m_busyBar(new QProgressBar(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_model(new ImportReportModel(ImportReportModel::Mode::Plan, this))
{
    setTitle(tr("Check Before Importing"));
    setSubTitle(tr("What the import will do with each line. Nothing has been written yet."));
    setCommitPage(true);

    m_table = makeLinesTable(this, m_model, QStringLiteral("dryRunTable"), tr("Planned action per line"));
    m_busyBar->setObjectName(QStringLiteral("dryRunBusyBar"));
    m_busyBar->setAccessibleName(tr("Dry run in progress"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_errorPanel->setObjectName(QStringLiteral("dryRunErrorPanel"));
    m_errorPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_table, 1);

    connect(m_errorPanel, &ErrorPanel::retryRequested, this, &ImportDryRunPage::startDryRun);
}

ImportDryRunPage::~ImportDryRunPage() = default;

ImportWizard *ImportDryRunPage::importWizard() const
{
    return qobject_cast<ImportWizard *>(wizard());
}

void ImportDryRunPage::initializePage()
{
    if (!m_planner) {
        ImportWizard *owner = importWizard();
        m_planner = new ImportPlanner(owner->client(), owner->lookups(), this);
        connect(m_planner, &ImportPlanner::progressed, m_statusLabel, &QLabel::setText);
        connect(m_planner, &ImportPlanner::finished, this, &ImportDryRunPage::showResult);
        connect(m_planner, &ImportPlanner::failed, this, [this](const ApiError &error) {
            m_busyBar->hide();
            m_statusLabel->clear();
            m_errorPanel->setError(tr("The dry run failed."), error);
            m_errorPanel->show();
        });
    }
    startDryRun();
}

void ImportDryRunPage::cleanupPage()
{
    if (m_planner)
        m_planner->cancel();
    m_finished = false;
}

void ImportDryRunPage::startDryRun()
{
    ImportWizard *owner = importWizard();
    m_finished = false;
    m_model->setLines({});
    m_errorPanel->hide();
    m_busyBar->show();
    m_statusLabel->setText(tr("Reading the file's lines…"));
    Q_EMIT completeChanged();
    m_planner->start(owner->companyId(), owner->document(), owner->mapping(), owner->format());
}

void ImportDryRunPage::showResult()
{
    ImportWizard *owner = importWizard();
    const QVector<ImportLine> &lines = m_planner->lines();
    owner->setLines(lines);
    m_model->setLines(lines);
    QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    m_busyBar->hide();
    m_finished = true;

    int counts[4] = {0, 0, 0, 0};
    for (const ImportLine &line : lines)
        ++counts[int(line.action)];
    const int writes = counts[int(ImportAction::Create)] + counts[int(ImportAction::Update)];
    QString text = tr("%n to create", nullptr, counts[int(ImportAction::Create)]) + QStringLiteral(", ")
        + tr("%n to update", nullptr, counts[int(ImportAction::Update)]) + QStringLiteral(", ")
        + tr("%n unchanged", nullptr, counts[int(ImportAction::Unchanged)]) + QStringLiteral(", ")
        + tr("%n rejected", nullptr, counts[int(ImportAction::Rejected)]) + QStringLiteral(".");
    if (writes == 0 && counts[int(ImportAction::Rejected)] == 0) {
        text += QLatin1Char(' ') + tr("There is nothing to import: every asset in the file already has these values.");
    } else if (writes == 0) {
        text += QLatin1Char(' ') + tr("There is nothing to import. Correct the rejected lines in the file, then go Back "
                                      "to the first page and press Enter in the File field to read it again.");
    } else if (counts[int(ImportAction::Rejected)] > 0) {
        text += QLatin1Char(' ') + tr("Rejected lines are skipped; Import writes the others.");
    } else {
        text += QLatin1Char(' ') + tr("Choose Import to write them to %1.").arg(owner->companyName());
    }
    m_statusLabel->setText(text);
    Q_EMIT completeChanged();
    m_table->setFocus();
}

bool ImportDryRunPage::isComplete() const
{
    if (!m_finished)
        return false;
    const QVector<ImportLine> &lines = m_model->lines();
    return std::any_of(lines.cbegin(), lines.cend(), [](const ImportLine &line) {
        return line.action == ImportAction::Create || line.action == ImportAction::Update;
    });
}

// ---------------------------------------------------------------------------

ImportRunPage::ImportRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_statusLabel(ImportWizard::createStatusLabel(this, QStringLiteral("runStatusLabel"), tr("Import status")))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("&Stop Import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Stop Import sends no further lines; lines already sent finish."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancelButton->setObjectName(QStringLiteral("stopImportButton"));
    m_cancelButton->setAccessibleName(tr("Stop the import"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
}

ImportWizard *ImportRunPage::importWizard() const
{
    return qobject_cast<ImportWizard *>(wizard());
}

void ImportRunPage::initializePage()
{
    ImportWizard *owner = importWizard();
    m_finished = false;
    auto *runner = new ImportRunner(owner->client(), owner);
    owner->m_runner = runner;
    connect(runner, &ImportRunner::progressed, this, &ImportRunPage::showProgress);
    connect(runner, &ImportRunner::finished, this, &ImportRunPage::handleFinished);
    m_cancelButton->setEnabled(true);
    runner->start(owner->companyId(), owner->lines());
    m_cancelButton->setFocus();
}

void ImportRunPage::showProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_statusLabel->setText(tr("%1 of %n lines done.", nullptr, total).arg(done));
}

void ImportRunPage::cancelImport()
{
    ImportWizard *owner = importWizard();
    if (!owner->m_runner || !owner->m_runner->isRunning())
        return;
    m_cancelButton->setEnabled(false);
    owner->m_runner->cancel();
    m_statusLabel->setText(tr("Stopping: waiting for the lines already sent…"));
}

void ImportRunPage::handleFinished()
{
    ImportWizard *owner = importWizard();
    owner->setLines(owner->m_runner->lines());
    m_finished = true;
    m_cancelButton->setEnabled(false);
    Q_EMIT completeChanged();
    Q_EMIT owner->importFinished(owner->companyId());
    // The report is the next thing to read, so the wizard moves on by itself.
    QMetaObject::invokeMethod(owner, &QWizard::next, Qt::QueuedConnection);
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

// ---------------------------------------------------------------------------

ImportReportPage::ImportReportPage(QWidget *parent)
    : QWizardPage(parent)
    , m_summaryLabel(ImportWizard::createStatusLabel(this, QStringLiteral("reportSummaryLabel"), tr("Import summary")))
    , m_statusLabel(ImportWizard::createStatusLabel(this, QStringLiteral("reportStatusLabel"), tr("Report status")))
    , m_model(new ImportReportModel(ImportReportModel::Mode::Outcome, this))
    , m_exportButton(new QPushButton(Icons::themed(QStringLiteral("export")), tr("&Export to CSV…"), this))
    , m_copyButton(new QPushButton(Icons::themed(QStringLiteral("copy")), tr("&Copy"), this))
{
    setTitle(tr("Import Report"));
    setSubTitle(tr("The outcome of every line. Export or copy the report to correct the file, then import it again: "
                   "existing codes are updated, never created twice."));
    setFinalPage(true);

    m_table = makeLinesTable(this, m_model, QStringLiteral("reportTable"), tr("Outcome per line"));
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_exportButton->setAccessibleName(tr("Export the report to a CSV file"));
    m_copyButton->setObjectName(QStringLiteral("copyReportButton"));
    m_copyButton->setAccessibleName(tr("Copy the report"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &ImportReportPage::chooseExportFile);
    connect(m_copyButton, &QPushButton::clicked, this, &ImportReportPage::copyToClipboard);
}

ImportWizard *ImportReportPage::importWizard() const
{
    return qobject_cast<ImportWizard *>(wizard());
}

void ImportReportPage::initializePage()
{
    const QVector<ImportLine> &lines = importWizard()->lines();
    m_model->setLines(lines);
    QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection);

    QHash<int, int> counts;
    for (const ImportLine &line : lines)
        ++counts[int(line.outcome)];
    QStringList parts;
    parts << tr("%n created", nullptr, counts.value(int(ImportOutcome::Created)))
          << tr("%n updated", nullptr, counts.value(int(ImportOutcome::Updated)))
          << tr("%n unchanged", nullptr, counts.value(int(ImportOutcome::Unchanged)))
          << tr("%n rejected", nullptr, counts.value(int(ImportOutcome::Rejected)))
          << tr("%n failed", nullptr, counts.value(int(ImportOutcome::Failed)));
    if (counts.value(int(ImportOutcome::Unknown)) > 0)
        parts << tr("%n unknown - check before running again", nullptr, counts.value(int(ImportOutcome::Unknown)));
    if (counts.value(int(ImportOutcome::Cancelled)) > 0)
        parts << tr("%n not sent after Stop", nullptr, counts.value(int(ImportOutcome::Cancelled)));
    m_summaryLabel->setText(parts.join(QStringLiteral(", ")) + QLatin1Char('.'));
    m_table->setFocus();
}

void ImportReportPage::chooseExportFile()
{
    const QString source = importWizard()->filePath();
    const QString suggested = source.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("import-report.csv"))
        : QFileInfo(source).dir().filePath(tr("%1-report.csv").arg(QFileInfo(source).completeBaseName()));
    auto *dialog = new QFileDialog(this, tr("Export the import report"), QFileInfo(suggested).absolutePath(),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QFileInfo(suggested).fileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportTo(file); });
    dialog->open();
}

void ImportReportPage::exportTo(const QString &path)
{
    // The report's separator follows the import file, so it opens the same way.
    const QByteArray bytes = m_model->toCsv(importWizard()->document().separator);
    m_exportButton->setEnabled(false);
    m_statusLabel->setText(tr("Saving the report…"));
    QPointer<ImportReportPage> self(this);
    QThreadPool::globalInstance()->start([self, path, bytes] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            error = file.errorString();
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, error] {
                if (self)
                    self->showSaved(path, error);
            },
            Qt::QueuedConnection);
    });
}

void ImportReportPage::showSaved(const QString &path, const QString &error)
{
    m_exportButton->setEnabled(true);
    if (error.isEmpty()) {
        m_statusLabel->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_statusLabel->setText(tr("The report could not be saved to %1: %2. Choose another folder or file name.")
                                   .arg(QDir::toNativeSeparators(path), error));
    }
    Q_EMIT reportSaved(path, error);
}

void ImportReportPage::copyToClipboard()
{
    QApplication::clipboard()->setText(m_model->toPlainText());
    m_statusLabel->setText(tr("The report is on the clipboard, ready to paste into a spreadsheet."));
}

} // namespace Activo
