#include "CsvReader.h"
#include "SandboxProcess.h"

#include "CommandLine.h"
#include "ExportDialog.h"
#include "ListExporter.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PagedTableView.h"
#include "RecordListPage.h"
#include "Translations.h"
#include "export/CsvWriter.h"
#include "export/ExportJob.h"
#include "export/XlsxWriter.h"
#include "models/AssetListModel.h"
#include "models/RecordListModel.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPrinter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Activo;
using Activo::Test::SandboxProcess;

// Export, Export as PDF and Print from the main window, with real widgets
// against the sandbox.
class TestExportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionsWaitForCompany();
    void registerExportFollowsScreen();
    void recordPageExportsVisibleColumns();
    void cancelInDialogLeavesNoFile();
    void unwritableFolderShowsError();
    void replacingAsksFirst();
    void formatFollowsFileName();
    void printToPdfHasHeaderAndPages();
    void exportAsPdfTurnsWideListsLandscape();

private:
    std::unique_ptr<MainWindow> createWindow();
    bool waitForRegister(MainWindow &window);
    ExportDialog *openDialog(MainWindow &window, ExportDialog::Format format, const QString &path);
    // Clicks Export and waits until the dialog's export ends; false on a time-out.
    bool exportAndWait(ExportDialog *dialog, ExportJob::Outcome *outcome);
    static QStringList visibleTitles(const QTableView *table);
    static QVector<QStringList> readCsv(const QString &path);
    static QString pdfText(const QString &path);
    static QString pdfInfo(const QString &path);
    static QStringList filesIn(const QString &folder);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests")}};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keys;
};

void TestExportWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestExportWindow::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
}

void TestExportWindow::cleanup()
{
    QString error;
    m_sandbox.clearFaults(&error);
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestExportWindow::createWindow()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
    auto window = std::make_unique<MainWindow>(Services{&m_network, m_settings.get(), &m_keys, &m_keys, m_drafts.get()},
                                               options, m_sandbox.apiKey());
    window->show();
    window->start();
    return window;
}

bool TestExportWindow::waitForRegister(MainWindow &window)
{
    return QTest::qWaitFor([&window] { return window.assetModel()->rowCount() > 0; }, 15000);
}

ExportDialog *TestExportWindow::openDialog(MainWindow &window, ExportDialog::Format format, const QString &path)
{
    window.exporter()->exportAction()->trigger();
    ExportDialog *dialog = window.exporter()->exportDialog();
    if (!dialog)
        return nullptr;
    dialog->setFormat(format);
    dialog->setFilePath(path);
    return dialog;
}

bool TestExportWindow::exportAndWait(ExportDialog *dialog, ExportJob::Outcome *outcome)
{
    QPointer<ExportDialog> guard(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    if (!QTest::qWaitFor([&guard] { return guard.isNull() || (guard->job() && !guard->job()->isRunning()); }, 60000))
        return false;
    // The dialog closes on success and is deleted then; failures and cancellations keep it.
    if (guard && guard->job())
        (void)QTest::qWaitFor([&guard] { return guard.isNull() || !guard->job()->isRunning(); }, 10000);
    *outcome = guard && guard->isVisible() ? guard->job()->outcome() : ExportJob::Outcome::Succeeded;
    return true;
}

QStringList TestExportWindow::visibleTitles(const QTableView *table)
{
    QStringList titles;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            titles << table->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return titles;
}

QVector<QStringList> TestExportWindow::readCsv(const QString &path)
{
    QString error;
    const QVector<QStringList> records = Activo::Test::readCsvFile(path, u',', &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return records;
}

QString TestExportWindow::pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestExportWindow::pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList TestExportWindow::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestExportWindow::actionsWaitForCompany()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
    auto window = std::make_unique<MainWindow>(Services{&m_network, m_settings.get(), &m_keys, &m_keys, m_drafts.get()},
                                               options, m_sandbox.apiKey());
    window->show();
    ListExporter *exporter = window->exporter();
    QVERIFY(!exporter->exportAction()->isEnabled());
    QVERIFY(!exporter->printAction()->isEnabled());
    QCOMPARE(exporter->exportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QCOMPARE(exporter->printAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+P")));
    const QList<QAction *> fileActions = window->menuBar()->actions().first()->menu()->actions();
    QVERIFY(fileActions.contains(exporter->exportAction()));
    QVERIFY(fileActions.contains(exporter->exportPdfAction()));
    QVERIFY(fileActions.contains(exporter->printAction()));

    window->start();
    QTRY_VERIFY_WITH_TIMEOUT(exporter->exportAction()->isEnabled(), 15000);
    QVERIFY(exporter->exportPdfAction()->isEnabled());
    QVERIFY(exporter->printAction()->isEnabled());

    // The register summary is no list, so there is nothing to export there.
    window->showRegisterSummary();
    QVERIFY(!exporter->exportAction()->isEnabled());
    QVERIFY(!exporter->printAction()->isEnabled());
    window->showSection(Resource::Transfers);
    QVERIFY(exporter->exportAction()->isEnabled());
    QVERIFY(exporter->printAction()->isEnabled());
}

void TestExportWindow::registerExportFollowsScreen()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTableView *table = window->registerView()->table();
    QHeaderView *header = table->horizontalHeader();
    // Name before Code, Status hidden, EPC shown at the end.
    header->moveSection(header->visualIndex(AssetListModel::NameColumn), 0);
    header->setSectionHidden(AssetListModel::StatusColumn, true);
    header->setSectionHidden(AssetListModel::EpcColumn, false);
    header->moveSection(header->visualIndex(AssetListModel::EpcColumn), header->count() - 1);
    QTest::keyClicks(window->searchEdit(), QStringLiteral("LAP"));
    QTest::keyClick(window->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()->search() == u"LAP"
                                 && window->assetModel()->state() == PagedListModel::State::Ready
                                 && window->assetModel()->totalCount() > 0,
                             15000);
    const qint64 total = window->assetModel()->totalCount();
    // More rows match than the first page shows, so the export must read further pages.
    QVERIFY(total > window->assetModel()->rowCount() || total > 100);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("laptops.csv"));
    window->exporter()->exportAction()->trigger();
    ExportDialog *dialog = window->exporter()->exportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // XLSX is offered, and chosen first, only when the build has libxlsxwriter.
    QCOMPARE(dialog->isFormatOffered(ExportDialog::Format::Xlsx), XlsxExportWriter::isAvailable());
    QCOMPARE(dialog->format(), XlsxExportWriter::isAvailable() ? ExportDialog::Format::Xlsx : ExportDialog::Format::Csv);
    QVERIFY(dialog->isFormatOffered(ExportDialog::Format::Csv));
    QVERIFY(dialog->isFormatOffered(ExportDialog::Format::Pdf));
    dialog->setFormat(ExportDialog::Format::Csv);
    dialog->setFilePath(path);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("Search: “LAP”")));
    QVERIFY(summary->text().contains(QStringLiteral("Acme Corp")));
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("separatorCombo"))->isHidden());
    // Every new widget carries an accessible name.
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QProgressBar *>(widget)) {
            if (widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    ExportJob::Outcome outcome = ExportJob::Outcome::Failed;
    QVERIFY(exportAndWait(dialog, &outcome));
    QCOMPARE(outcome, ExportJob::Outcome::Succeeded);
    QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported ")));
    QVERIFY(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));

    const QVector<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), total + 1);
    const QStringList titles = visibleTitles(table);
    QCOMPARE(records.first(), titles);
    QCOMPARE(titles.first(), QStringLiteral("Name"));
    QCOMPARE(titles.last(), QStringLiteral("RFID EPC"));
    QVERIFY(!titles.contains(QStringLiteral("Status")));
    // The rows loaded on screen come first, in the same order, with the same codes.
    const int codeIndex = int(titles.indexOf(QStringLiteral("Code")));
    for (int row = 0; row < window->assetModel()->rowCount(); ++row) {
        QCOMPARE(records.at(row + 1).at(codeIndex),
                 window->assetModel()->index(row, AssetListModel::CodeColumn).data().toString());
    }
    // The choices are remembered for the next export.
    QCOMPARE(m_settings->exportChoices().format, QStringLiteral("csv"));
    QCOMPARE(m_settings->exportChoices().folder, folder.path());
    // The language's own separator and decimal mark were kept, so none is
    // stored and a later change of language brings its own.
    QCOMPARE(m_settings->exportChoices().csvSeparator, QString());
    QCOMPARE(m_settings->exportChoices().csvDecimalPoint, QString());
}

void TestExportWindow::recordPageExportsVisibleColumns()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    window->showSection(Resource::Checkouts);
    RecordListPage *page = window->recordPage(Resource::Checkouts);
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->state(), PagedListModel::State::Ready, 15000);
    const qint64 total = page->model()->totalCount();

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("checkouts.csv"));
    ExportDialog *dialog = openDialog(*window, ExportDialog::Format::Csv, path);
    QVERIFY(dialog);
    ExportJob::Outcome outcome = ExportJob::Outcome::Failed;
    QVERIFY(exportAndWait(dialog, &outcome));
    QCOMPARE(outcome, ExportJob::Outcome::Succeeded);
    const QVector<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), total + 1);
    // "Damage notes" is hidden by default, so it is not exported.
    QCOMPARE(records.first(), visibleTitles(page->view()->table()));
    QVERIFY(!records.first().contains(QStringLiteral("Damage notes")));
    // Linked assets and employees are named, never left as short ids.
    const int assetIndex = int(records.first().indexOf(QStringLiteral("Asset")));
    const int employeeIndex = int(records.first().indexOf(QStringLiteral("Employee")));
    for (int row = 1; row < records.size(); ++row) {
        QVERIFY2(records.at(row).at(assetIndex).contains(QStringLiteral(" — ")), qPrintable(records.at(row).join(u'|')));
        QVERIFY2(records.at(row).at(employeeIndex).contains(QStringLiteral(" — ")),
                 qPrintable(records.at(row).join(u'|')));
    }
}

void TestExportWindow::cancelInDialogLeavesNoFile()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("latency=400,path=/assets"), &error), qPrintable(error));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    ExportDialog *dialog = openDialog(*window, ExportDialog::Format::Csv, path);
    QVERIFY(dialog);
    QPointer<ExportDialog> guard(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QTRY_VERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->rowCount() > 0, 20000);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->isEnabled());

    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), QStringLiteral("The export was cancelled. No file was saved."),
                              20000);
    QCOMPARE(dialog->job()->outcome(), ExportJob::Outcome::Cancelled);
    QVERIFY(dialog->isVisible());
    QVERIFY(!progress->isVisible());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->isEnabled());
    QCOMPARE(filesIn(folder.path()), QStringList());

    // A second Cancel closes the dialog.
    cancel->click();
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(filesIn(folder.path()), QStringList());
}

void TestExportWindow::unwritableFolderShowsError()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTemporaryDir folder;
    // A folder that does not exist, then a file system that takes no files.
    const QString missing = folder.filePath(QStringLiteral("gone/register.csv"));
    ExportDialog *dialog = openDialog(*window, ExportDialog::Format::Csv, missing);
    QVERIFY(dialog);
    ExportJob::Outcome outcome = ExportJob::Outcome::Succeeded;
    QVERIFY(exportAndWait(dialog, &outcome));
    QCOMPARE(outcome, ExportJob::Outcome::Failed);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(QDir::toNativeSeparators(missing)), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(QStringLiteral("does not exist")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    QCOMPARE(filesIn(folder.path()), QStringList());

#ifdef Q_OS_LINUX
    dialog->setFilePath(QStringLiteral("/proc/activo-register.csv"));
    QVERIFY(exportAndWait(dialog, &outcome));
    QCOMPARE(outcome, ExportJob::Outcome::Failed);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("/proc/activo-register.csv could not be created")),
             qPrintable(dialog->statusText()));
    QVERIFY(!QFile::exists(QStringLiteral("/proc/activo-register.csv")));
#endif

    // An empty file name is refused before anything starts.
    dialog->setFilePath(QString());
    dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Enter the name of the file")));
    dialog->close();
}

void TestExportWindow::replacingAsksFirst()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last month");
    }
    ExportDialog *dialog = openDialog(*window, ExportDialog::Format::Csv, path);
    QVERIFY(dialog);
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QTest::qWait(100);
    QVERIFY(!dialog->job());
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("last month"));
    old.close();

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QPointer<ExportDialog> guard(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);
    QCOMPARE(readCsv(path).size(), 2501);
}

void TestExportWindow::formatFollowsFileName()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTemporaryDir folder;
    ExportDialog *dialog = openDialog(*window, ExportDialog::Format::Pdf, folder.filePath(QStringLiteral("a.pdf")));
    QVERIFY(dialog);
    auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    // Typing a known extension chooses its format.
    pathEdit->clear();
    QTest::keyClicks(pathEdit, folder.filePath(QStringLiteral("ledger.csv")));
    QCOMPARE(dialog->format(), ExportDialog::Format::Csv);
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("separatorCombo"))->isVisibleTo(dialog));
    // Choosing a format changes a known extension.
    dialog->setFormat(ExportDialog::Format::Pdf);
    QCOMPARE(dialog->filePath(), folder.filePath(QStringLiteral("ledger.pdf")));
    // A name without an extension gets the format's.
    dialog->setFilePath(folder.filePath(QStringLiteral("ledger")));
    QCOMPARE(dialog->filePath(), folder.filePath(QStringLiteral("ledger.pdf")));
    // An unknown extension stays as typed.
    dialog->setFilePath(folder.filePath(QStringLiteral("ledger.txt")));
    QCOMPARE(dialog->filePath(), folder.filePath(QStringLiteral("ledger.txt")));
    dialog->close();

    // Export… offers the format of the last export.
    m_settings->setExportChoices({folder.path(), QStringLiteral("csv"), QStringLiteral(";"), QStringLiteral(",")});
    window->exporter()->exportAction()->trigger();
    dialog = window->exporter()->exportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ExportDialog::Format::Csv);
    QCOMPARE(QString(dialog->csvOptions().separator), QStringLiteral(";"));
    QCOMPARE(QString(dialog->csvOptions().decimalPoint), QStringLiteral(","));
    QVERIFY(dialog->filePath().startsWith(folder.path() + QStringLiteral("/Assets - Acme Corp - ")));
    QVERIFY(dialog->filePath().endsWith(QStringLiteral(".csv")));
    dialog->close();
}

void TestExportWindow::printToPdfHasHeaderAndPages()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is missing; install poppler-utils (scripts/test does)");
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTest::keyClicks(window->searchEdit(), QStringLiteral("desk"));
    QTest::keyClick(window->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()->search() == u"desk"
                                 && window->assetModel()->state() == PagedListModel::State::Ready,
                             15000);
    const qint64 total = window->assetModel()->totalCount();
    QVERIFY(total > 0);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("printed.pdf"));
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    ExportJob *job = window->exporter()->printTo(std::move(printer));
    QVERIFY(job);
    QSignalSpy finished(job, &ExportJob::finished);
    QVERIFY(window->exporter()->printProgress()->isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(job->outcome(), ExportJob::Outcome::Succeeded);
    QCOMPARE(job->rowCount(), total);

    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext could not read the printout");
    QVERIFY(text.contains(QStringLiteral("Assets · Acme Corp")));
    QVERIFY(text.contains(QStringLiteral("Search: “desk”")));
    QVERIFY(text.contains(QStringLiteral("Printed ")));
    QVERIFY2(text.contains(QLocale().toString(total) + QStringLiteral(" rows")), qPrintable(text.left(1000)));
    const QRegularExpression pageOf(QStringLiteral("Page 1 of (\\d+)"));
    const QRegularExpressionMatch match = pageOf.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text.left(2000)));
    const int pages = match.captured(1).toInt();
    QVERIFY(pages >= 1);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(pdfInfo(path).contains(QStringLiteral("Pages:           %1").arg(pages)));
    // The first loaded asset's code is on the first page.
    QVERIFY(text.contains(window->assetModel()->index(0, AssetListModel::CodeColumn).data().toString()));
    QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("Sent ")));
}

void TestExportWindow::exportAsPdfTurnsWideListsLandscape()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QFAIL("pdfinfo is missing; install poppler-utils (scripts/test does)");
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QHeaderView *header = window->registerView()->table()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, false);

    QTemporaryDir folder;
    const QString wide = folder.filePath(QStringLiteral("register.pdf"));
    window->exporter()->exportPdfAction()->trigger();
    ExportDialog *dialog = window->exporter()->exportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ExportDialog::Format::Pdf);
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("separatorCombo"))->isHidden());
    dialog->setFilePath(wide);
    ExportJob::Outcome outcome = ExportJob::Outcome::Failed;
    QVERIFY(exportAndWait(dialog, &outcome));
    QCOMPARE(outcome, ExportJob::Outcome::Succeeded);
    const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    QRegularExpressionMatch match = size.match(pdfInfo(wide));
    QVERIFY(match.hasMatch());
    QVERIFY2(match.captured(1).toDouble() > match.captured(2).toDouble(), qPrintable(match.captured(0)));
    const QString text = pdfText(wide);
    QVERIFY2(text.contains(QStringLiteral("2,500 rows")), qPrintable(text.left(1000)));
    QVERIFY(QRegularExpression(QStringLiteral("Page 1 of \\d+")).match(text).hasMatch());

    // Two columns fit across a portrait page.
    window->showSection(Resource::Categories);
    RecordListPage *page = window->recordPage(Resource::Categories);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->state(), PagedListModel::State::Ready, 15000);
    const QString narrow = folder.filePath(QStringLiteral("categories.pdf"));
    window->exporter()->exportPdfAction()->trigger();
    dialog = window->exporter()->exportDialog();
    QVERIFY(dialog);
    dialog->setFilePath(narrow);
    QVERIFY(exportAndWait(dialog, &outcome));
    QCOMPARE(outcome, ExportJob::Outcome::Succeeded);
    match = size.match(pdfInfo(narrow));
    QVERIFY(match.hasMatch());
    QVERIFY2(match.captured(1).toDouble() < match.captured(2).toDouble(), qPrintable(match.captured(0)));
    QVERIFY(pdfText(narrow).contains(QStringLiteral("Categories · Acme Corp")));
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
