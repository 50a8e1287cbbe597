#include "ListExporter.h"

#include "Icons.h"
#include "MessageBox.h"
#include "PagedTableView.h"
#include "RecordListPage.h"
#include "TablePrintout.h"

#include "export/AssetRowSource.h"
#include "export/ExportJob.h"
#include "export/RecordRowSource.h"
#include "models/AssetDirectory.h"
#include "models/AssetListModel.h"
#include "models/LookupCache.h"
#include "models/RecordListModel.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>

namespace Activo {

namespace {

// Rows of the screen measured to choose the printed page's orientation.
constexpr int kSampleRows = 200;
constexpr int kStatusMessageMs = 10000;

// The visible columns of `table` in their on-screen order, with their headers
// and the texts of the first loaded rows.
void readVisibleColumns(const QTableView *table, QVector<int> *columns, ListExportTarget *target)
{
    const QAbstractItemModel *model = table->model();
    *columns = ListExporter::visibleColumns(table);
    for (int logical : std::as_const(*columns))
        target->titles << model->headerData(logical, Qt::Horizontal).toString();
    const int rows = qMin(model->rowCount(), kSampleRows);
    for (int row = 0; row < rows; ++row) {
        QStringList texts;
        for (int column : std::as_const(*columns))
            texts << model->index(row, column).data().toString();
        target->sampleRows.append(texts);
    }
}

// Owns the printer while QPrintDialog shows it. As a child of the dialog it
// is destroyed after the dialog's own destructor, which may still use it.
class PrinterHolder : public QObject
{
public:
    using QObject::QObject;
    std::unique_ptr<QPrinter> printer;
};

} // namespace

ListExporter::ListExporter(QWidget *window, AppSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_exportAction(new QAction(Icons::themed(QStringLiteral("export")), tr("&Export…"), this))
    , m_exportPdfAction(new QAction(tr("Export as P&DF…"), this))
    , m_printAction(new QAction(Icons::themed(QStringLiteral("print")), tr("&Print…"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export every row of this list that matches the search, with the visible "
                                  "columns, to CSV, Excel or PDF (Ctrl+E)"));
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdfAction->setToolTip(tr("Save every row of this list that matches the search as a PDF document"));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Print every row of this list that matches the search (Ctrl+P)"));

    connect(m_exportAction, &QAction::triggered, this, [this] { openExportDialog(std::nullopt); });
    connect(m_exportPdfAction, &QAction::triggered, this, [this] { openExportDialog(ExportDialog::Format::Pdf); });
    connect(m_printAction, &QAction::triggered, this, &ListExporter::print);
    setAvailable(false);
}

ListExporter::~ListExporter() = default;

void ListExporter::setAvailable(bool available)
{
    m_exportAction->setEnabled(available);
    m_exportPdfAction->setEnabled(available);
    m_printAction->setEnabled(available);
}

ListExportTarget ListExporter::currentTarget() const
{
    return m_provider ? m_provider() : ListExportTarget();
}

void ListExporter::showStatusMessage(const QString &text)
{
    if (m_statusHandler)
        m_statusHandler(text);
    else if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window))
        mainWindow->statusBar()->showMessage(text, kStatusMessageMs);
}

QVector<int> ListExporter::visibleColumns(const QTableView *table)
{
    QVector<int> columns;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

ListExportTarget ListExporter::registerTarget(ApiClient *client, AssetListModel *model, const QTableView *table,
                                              const QString &companyName)
{
    ListExportTarget target;
    const QString companyId = model->companyId();
    if (companyId.isEmpty())
        return target;
    target.info.title = tr("Assets");
    target.info.company = companyName;
    target.info.search = model->search();
    target.expectedRows = model->totalCount();
    QVector<int> columns;
    readVisibleColumns(table, &columns, &target);
    const QStringList titles = target.titles;
    const QString search = model->search();
    target.createSource = [client, companyId, search, columns, titles]() -> ExportRowSource * {
        return new AssetRowSource(client, companyId, search, columns, titles);
    };
    return target;
}

ListExportTarget ListExporter::pageTarget(RecordListPage *page, const RecordContext &context,
                                          const QString &companyName)
{
    ListExportTarget target;
    const QString companyId = page->model()->companyId();
    if (companyId.isEmpty())
        return target;
    target.info.title = page->description().title;
    target.info.company = companyName;
    target.expectedRows = page->model()->totalCount();
    QVector<int> columns;
    readVisibleColumns(page->view()->table(), &columns, &target);
    const ResourceDescription description = page->description();
    QPointer<LookupCache> lookups = context.lookups;
    QPointer<AssetDirectory> assets = context.assets;
    target.createSource = [context, description, companyId, columns, lookups, assets]() -> ExportRowSource * {
        return new RecordRowSource(context.client, description, companyId, columns, lookups.data(), assets.data());
    };
    return target;
}

ExportDialog *ListExporter::openExportDialog(std::optional<ExportDialog::Format> format)
{
    const ListExportTarget target = currentTarget();
    if (!target.isValid()) {
        showStatusMessage(tr("Choose a company and a list to export."));
        return nullptr;
    }
    if (m_dialog) {
        // One export at a time: a running one is shown again rather than replaced.
        if (m_dialog->job() && m_dialog->job()->isRunning()) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return m_dialog;
        }
        m_dialog->close();
    }
    auto *dialog = new ExportDialog(target, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (format)
        dialog->setFormat(*format);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path, qint64 rows, int skipped) {
        QString text = tr("Exported %Ln row(s) to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                           .arg(QDir::toNativeSeparators(path));
        if (skipped > 0)
            text += QLatin1Char(' ')
                + tr("%n record(s) were left out because the server sent them twice or without an id.", nullptr,
                     skipped);
        showStatusMessage(text);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void ListExporter::print()
{
    const ListExportTarget target = currentTarget();
    if (!target.isValid()) {
        showStatusMessage(tr("Choose a company and a list to print."));
        return;
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    const QPageSize pageSize = TablePrintout::defaultPageSize(QLocale());
    printer->setPageSize(pageSize);
    printer->setPageOrientation(TablePrintout::preferredOrientation(target.titles, target.sampleRows, pageSize));
    printer->setDocName(target.info.title);

    auto *dialog = new QPrintDialog(printer.get(), m_window);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %1").arg(target.info.title));
    auto *holder = new PrinterHolder(dialog);
    holder->printer = std::move(printer);
    connect(dialog, &QDialog::accepted, this, [this, holder] { printTo(std::move(holder->printer)); });
    dialog->open();
}

ExportJob *ListExporter::printTo(std::unique_ptr<QPrinter> printer)
{
    const ListExportTarget target = currentTarget();
    if (!target.isValid() || !printer)
        return nullptr;
    if (m_printJob && m_printJob->isRunning()) {
        showStatusMessage(tr("A list is being printed already. Wait for it or cancel it first."));
        return nullptr;
    }
    delete m_printJob;
    ExportInfo info = target.info;
    info.created = QDateTime::currentDateTime();
    const QString printerName = printer->outputFormat() == QPrinter::PdfFormat
        ? QDir::toNativeSeparators(printer->outputFileName())
        : printer->printerName();
    auto *job = new ExportJob(target.createSource(), std::make_unique<PrinterExportWriter>(std::move(printer), QLocale()),
                              info, this);
    job->setObjectName(QStringLiteral("printJob"));
    m_printJob = job;

    auto *progress = new QProgressDialog(tr("Reading rows from the server…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("printProgress"));
    progress->setAccessibleName(tr("Print progress"));
    progress->setWindowTitle(tr("Print %1").arg(info.title));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_printProgress = progress;
    connect(progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
    connect(job, &ExportJob::progress, progress, [progress](ExportJob::Phase phase, qint64 done, qint64 total) {
        progress->setRange(0, total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
        progress->setValue(total > 0 ? int(qMin(done, total)) : 0);
        if (phase == ExportJob::Phase::Reading)
            progress->setLabelText(total > 0 ? tr("Reading rows from the server: %L1 of %L2…").arg(done).arg(total)
                                             : tr("Reading rows from the server…"));
        else
            progress->setLabelText(total > 0 ? tr("Printing page %L1 of %L2…").arg(done).arg(total)
                                             : tr("Preparing the pages…"));
    });
    connect(job, &ExportJob::finished, this, [this, job, progress, printerName](ExportJob::Outcome outcome) {
        if (progress)
            progress->deleteLater();
        switch (outcome) {
        case ExportJob::Outcome::Succeeded:
            showStatusMessage(tr("Sent %Ln row(s) to %1.", nullptr, int(qMin<qint64>(job->rowCount(), INT_MAX)))
                                  .arg(printerName));
            break;
        case ExportJob::Outcome::Cancelled:
            showStatusMessage(tr("Printing was cancelled."));
            break;
        case ExportJob::Outcome::Failed:
            MessageBox::ask(m_window, QMessageBox::Warning, tr("Printing failed"), job->errorString(),
                            QMessageBox::Ok, QMessageBox::Ok, QMessageBox::Ok, [](QMessageBox::StandardButton) {});
            break;
        }
    });
    progress->show();
    job->start();
    return job;
}

} // namespace Activo
