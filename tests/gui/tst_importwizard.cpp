#include "CsvReader.h"
#include "SandboxProcess.h"

#include "CommandLine.h"
#include "ErrorPanel.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "Translations.h"
#include "import/ImportReportModel.h"
#include "models/AssetListModel.h"
#include "models/LookupCache.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Activo;
using Activo::Test::SandboxProcess;

// The import wizard in the real main window against the sandbox, driven
// through its widgets from a Spanish-format file to the report.
class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void spanishFileFromChoiceToReport();
    void badFileKeepsTheWizardOnItsFirstPage();
    void failedDryRunOffersRetry();

private:
    std::unique_ptr<MainWindow> createWindow();
    ImportWizard *openWizard(MainWindow &window);
    static void checkAccessibleNames(QWidget *page);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests")}};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keys;
};

void TestImportWizard::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestImportWizard::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
}

void TestImportWizard::cleanup()
{
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestImportWizard::createWindow()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
    auto window = std::make_unique<MainWindow>(Services{&m_network, m_settings.get(), &m_keys, &m_keys, m_drafts.get()},
                                               options, m_sandbox.apiKey());
    window->show();
    window->start();
    return window;
}

ImportWizard *TestImportWizard::openWizard(MainWindow &window)
{
    if (!QTest::qWaitFor([&window] { return window.importAction()->isEnabled(); }, 15000))
        return nullptr;
    window.importAction()->trigger();
    return window.findChild<ImportWizard *>();
}

void TestImportWizard::checkAccessibleNames(QWidget *page)
{
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QProgressBar *>(widget);
        // Header views belong to their table, which carries the name.
        if (!input || !widget->isVisibleTo(page) || qobject_cast<QHeaderView *>(widget))
            continue;
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(widget->objectName() + QLatin1Char(' ') + QLatin1String(widget->metaObject()->className())));
    }
}

void TestImportWizard::spanishFileFromChoiceToReport()
{
    auto window = createWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()->rowCount() > 3, 15000);
    const qint64 totalBefore = window->assetModel()->totalCount();
    const QString companyId = window->companyBox()->currentData().toString();
    const QString existingCode = window->assetModel()->index(2, 0).data(AssetListModel::AssetCodeRole).toString();
    QVERIFY(!existingCode.isEmpty());

    // The codes of the company's first category and location.
    QSignalSpy loaded(window->lookups(), &LookupCache::loaded);
    window->lookups()->load(companyId, LookupKind::Category);
    window->lookups()->load(companyId, LookupKind::Location);
    QTRY_VERIFY_WITH_TIMEOUT(window->lookups()->isLoaded(companyId, LookupKind::Category)
                                 && window->lookups()->isLoaded(companyId, LookupKind::Location),
                             15000);
    const QString category = window->lookups()->items(companyId, LookupKind::Category).at(0).code;
    const QString location = window->lookups()->items(companyId, LookupKind::Location).at(1).code;

    const QString path = m_home->filePath(QStringLiteral("altas.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("Código;Descripción;Categoría;Ubicación;Fecha de adquisición;Costo;"
                                        "Vida útil (meses);Notas\r\n")
        + QStringLiteral("GUI-ES-001;Portátil \"Pro\";%1;%2;31/12/2025;1.234,56;36;nueva\r\n").arg(category, location)
        + QStringLiteral("GUI-ES-002;Silla;%1;MAD-99;15/01/2026;250,00;60;\r\n").arg(category)
        + existingCode + QStringLiteral(";;;%1;;;;\r\n").arg(location);
    file.write(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    file.close();

    ImportWizard *wizard = openWizard(*window);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    auto *filePage = qobject_cast<ImportFilePage *>(wizard->currentPage());
    QVERIFY(filePage);
    checkAccessibleNames(filePage);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());

    // Typed and confirmed with Enter, as a user would.
    filePage->pathEdit()->setFocus();
    QTest::keyClicks(filePage->pathEdit(), path);
    QTest::keyClick(filePage->pathEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(filePage->isComplete(), 10000);
    QCOMPARE(filePage->separatorBox()->currentData().value<QChar>(), QChar(u';'));
    QCOMPARE(filePage->preview()->rowCount(), 3);
    QCOMPARE(filePage->preview()->item(0, 2)->text(), QStringLiteral("Portátil \"Pro\""));
    QVERIFY2(wizard->findChild<QLabel *>(QStringLiteral("fileStatusLabel"))->text().contains(QStringLiteral("3 asset lines")),
             qPrintable(wizard->findChild<QLabel *>(QStringLiteral("fileStatusLabel"))->text()));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    auto *mappingPage = qobject_cast<ImportMappingPage *>(wizard->currentPage());
    QCOMPARE(mappingPage->fieldBoxes().size(), 8);
    const auto fieldOf = [mappingPage](int column) {
        return ImportField(mappingPage->fieldBoxes().at(column)->currentData().toInt());
    };
    QCOMPARE(fieldOf(0), ImportField::AssetCode);
    QCOMPARE(fieldOf(1), ImportField::Name);
    QCOMPARE(fieldOf(2), ImportField::Category);
    QCOMPARE(fieldOf(3), ImportField::Location);
    QCOMPARE(fieldOf(4), ImportField::AcquisitionDate);
    QCOMPARE(fieldOf(5), ImportField::AcquisitionCost);
    QCOMPARE(fieldOf(6), ImportField::UsefulLifeMonths);
    QCOMPARE(fieldOf(7), ImportField::None);
    checkAccessibleNames(mappingPage);
    if (QTest::currentTestFailed())
        return;

    // Choosing the code for two columns blocks Next and shows why.
    mappingPage->fieldBoxes().at(7)->setCurrentIndex(
        mappingPage->fieldBoxes().at(7)->findData(int(ImportField::AssetCode)));
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("mappingStatusLabel"))->text().contains(QStringLiteral("Asset code is chosen for 2 columns")));
    mappingPage->fieldBoxes().at(7)->setCurrentIndex(0);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPageId));
    auto *formatPage = qobject_cast<ImportFormatPage *>(wizard->currentPage());
    QCOMPARE(NumberConvention(formatPage->numberBox()->currentData().toInt()), NumberConvention::CommaDecimal);
    QCOMPARE(DateConvention(formatPage->dateBox()->currentData().toInt()), DateConvention::DayMonthYear);
    checkAccessibleNames(formatPage);
    if (QTest::currentTestFailed())
        return;

    // Back and Next again keep what was chosen on each page.
    formatPage->numberBox()->setCurrentIndex(formatPage->numberBox()->findData(int(NumberConvention::PointDecimal)));
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(fieldOf(6), ImportField::UsefulLifeMonths);
    wizard->next();
    QCOMPARE(NumberConvention(formatPage->numberBox()->currentData().toInt()), NumberConvention::PointDecimal);
    formatPage->numberBox()->setCurrentIndex(formatPage->numberBox()->findData(int(NumberConvention::CommaDecimal)));
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(ImportWizard::DryRunPageId));
    auto *dryRunPage = qobject_cast<ImportDryRunPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(dryRunPage->isFinished(), 20000);
    const ImportReportModel *plan = dryRunPage->model();
    QCOMPARE(plan->rowCount(), 3);
    QCOMPARE(plan->index(0, ImportReportModel::ResultColumn).data().toString(), QStringLiteral("Create"));
    QCOMPARE(plan->index(1, ImportReportModel::ResultColumn).data().toString(), QStringLiteral("Rejected"));
    QCOMPARE(plan->index(1, ImportReportModel::MessageColumn).data().toString(),
             QStringLiteral("Line 3, Location \"MAD-99\": no location has this code. Use one of the codes under "
                            "Master data › Locations, or leave the cell empty."));
    const QString updateAction = plan->index(2, ImportReportModel::ResultColumn).data().toString();
    QVERIFY(updateAction == QStringLiteral("Update") || updateAction == QStringLiteral("Unchanged"));
    checkAccessibleNames(dryRunPage);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    QVERIFY(commit->isVisible());
    QCOMPARE(commit->text(), QStringLiteral("&Import"));
    QTRY_VERIFY(commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);

    // The run moves on to the report by itself.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPageId), 20000);
    auto *reportPage = qobject_cast<ImportReportPage *>(wizard->currentPage());
    const ImportReportModel *report = reportPage->model();
    QCOMPARE(report->rowCount(), 3);
    QCOMPARE(report->index(0, ImportReportModel::ResultColumn).data().toString(), QStringLiteral("Created"));
    QCOMPARE(report->index(1, ImportReportModel::ResultColumn).data().toString(), QStringLiteral("Rejected"));
    QVERIFY2(reportPage->summaryLabel()->text().startsWith(QStringLiteral("1 created, ")),
             qPrintable(reportPage->summaryLabel()->text()));
    checkAccessibleNames(reportPage);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());

    // Exported as CSV with the file's separator, and copied as tab-separated text.
    const QString reportPath = m_home->filePath(QStringLiteral("informe.csv"));
    QSignalSpy saved(reportPage, &ImportReportPage::reportSaved);
    reportPage->exportTo(reportPath);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("reportStatusLabel"))->text().startsWith(QStringLiteral("Report saved to ")));
    QString csvError;
    const QVector<QStringList> rows = Activo::Test::readCsvFile(reportPath, u';', &csvError);
    QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Line"), QStringLiteral("Asset code"), QStringLiteral("Outcome"),
                                      QStringLiteral("Message")}));
    QCOMPARE(rows.at(1).mid(0, 3),
             (QStringList{QStringLiteral("2"), QStringLiteral("GUI-ES-001"), QStringLiteral("Created")}));
    QCOMPARE(rows.at(2).at(3), plan->index(1, ImportReportModel::MessageColumn).data().toString());

    // A folder that does not exist: the page reports it and the button works again.
    const QString badPath = m_home->filePath(QStringLiteral("missing-folder/informe.csv"));
    reportPage->exportTo(badPath);
    QVERIFY(saved.wait(5000));
    QVERIFY(!saved.at(1).at(1).toString().isEmpty());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("reportStatusLabel"))->text().startsWith(QStringLiteral("The report could not be saved to ")));
    QVERIFY(wizard->findChild<QAbstractButton *>(QStringLiteral("exportReportButton"))->isEnabled());

    QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("copyReportButton")), Qt::LeftButton);
    const QStringList copied = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(copied.size(), 4);
    QVERIFY(copied.at(1).startsWith(QStringLiteral("2\tGUI-ES-001\tCreated\t")));

    // The register was read again and counts the new asset.
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->totalCount(), totalBefore + 1, 15000);

    // The mapping is remembered for the next file with these headers.
    const QStringList stored = m_settings->importMapping(ImportFields::headerSignature(
        {QStringLiteral("Código"), QStringLiteral("Descripción"), QStringLiteral("Categoría"),
         QStringLiteral("Ubicación"), QStringLiteral("Fecha de adquisición"), QStringLiteral("Costo"),
         QStringLiteral("Vida útil (meses)"), QStringLiteral("Notas")}));
    QCOMPARE(stored.value(0), QStringLiteral("assetCode"));
    QCOMPARE(stored.value(7), QString());

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ImportWizard *>());
}

void TestImportWizard::badFileKeepsTheWizardOnItsFirstPage()
{
    auto window = createWindow();
    ImportWizard *wizard = openWizard(*window);
    QVERIFY(wizard);
    auto *filePage = qobject_cast<ImportFilePage *>(wizard->currentPage());
    auto *status = wizard->findChild<QLabel *>(QStringLiteral("fileStatusLabel"));

    const QString missing = m_home->filePath(QStringLiteral("no-such-file.csv"));
    filePage->pathEdit()->setText(missing);
    filePage->loadFile();
    QTRY_VERIFY(status->text().contains(QStringLiteral("could not be opened")));
    QVERIFY(status->text().contains(QStringLiteral("no-such-file.csv")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    const QString empty = m_home->filePath(QStringLiteral("empty.csv"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    filePage->pathEdit()->setText(empty);
    filePage->loadFile();
    QTRY_VERIFY(status->text().contains(QStringLiteral("The file is empty")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // The path the user typed stays in the field.
    QCOMPARE(filePage->pathEdit()->text(), empty);

    wizard->reject();
    QTRY_VERIFY(!window->findChild<ImportWizard *>());
}

void TestImportWizard::failedDryRunOffersRetry()
{
    auto window = createWindow();
    ImportWizard *wizard = openWizard(*window);
    QVERIFY(wizard);
    const QString path = m_home->filePath(QStringLiteral("one.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Code,Name\r\nGUI-RETRY-1,Retried\r\n");
    file.close();

    auto *filePage = qobject_cast<ImportFilePage *>(wizard->currentPage());
    filePage->pathEdit()->setText(path);
    filePage->loadFile();
    QTRY_VERIFY(filePage->isComplete());
    wizard->next();
    wizard->next();

    // Every code search fails, retries included, until the fault is removed.
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("status=503,method=GET,path=/assets"), &error), qPrintable(error));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::DryRunPageId));
    auto *errorPanel = wizard->findChild<ErrorPanel *>(QStringLiteral("dryRunErrorPanel"));
    QVERIFY(errorPanel);
    QTRY_VERIFY_WITH_TIMEOUT(errorPanel->isVisible(), 30000);
    QCOMPARE(errorPanel->error().httpStatus, 503);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());

    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    QPushButton *retry = nullptr;
    for (QPushButton *button : errorPanel->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Retry"))
            retry = button;
    }
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    auto *dryRunPage = qobject_cast<ImportDryRunPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(dryRunPage->isFinished(), 20000);
    QVERIFY(!errorPanel->isVisible());
    QCOMPARE(dryRunPage->model()->index(0, ImportReportModel::ResultColumn).data().toString(),
             QStringLiteral("Create"));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->reject();
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
