#include "CsvReader.h"
#include "SandboxProcess.h"

#include "AssetDetailsDialog.h"
#include "ColumnsDialog.h"
#include "DepreciationTab.h"
#include "CommandLine.h"
#include "ExportDialog.h"
#include "ListExporter.h"
#include "MainWindow.h"
#include "PagedTableView.h"
#include "RecordListPage.h"
#include "RegisterSummaryPage.h"
#include "TableColumns.h"
#include "Translations.h"
#include "export/ExportJob.h"
#include "models/AssetListModel.h"
#include "models/RegisterSummary.h"
#include "models/RecordListModel.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Activo;
using Activo::Test::SandboxProcess;

// Columns shown, hidden, moved and resized in the register and in a record
// list, kept across windows, reset, chosen with the keyboard and followed
// by exports, with real widgets against the sandbox.
class TestColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void layoutSurvivesNewWindow();
    void resetRestoresDefaults();
    void fittingKeepsNoWidths();
    void dialogWorksByKeyboard();
    void exportFollowsReorderedColumns();
    void summaryAndScheduleFollowColumns();
    void savedLayoutWithoutTodaysColumn();
    void hiddenColumnsOfEarlierVersionSurvive();
    void corruptLayoutShowsDefaults();

private:
    std::unique_ptr<MainWindow> createWindow();
    static bool waitForRegister(MainWindow &window);
    static RecordListPage *openPage(MainWindow &window, Resource resource);
    // The View › Columns menu, filled for the list on screen.
    static QMenu *columnsMenu(MainWindow &window);
    static QAction *menuAction(MainWindow &window, const QString &objectName);
    // Header titles of the visible columns, left to right.
    static QStringList visibleTitles(const QTableView *table);
    // Drags the right edge of `logical` by `dx` pixels with the mouse.
    static void dragColumnEdge(QTableView *table, int logical, int dx);
    static int logicalOf(const QTableView *table, const QString &title);
    // Opens the Columns dialog as View › Columns › Columns… does.
    static ColumnsDialog *openColumnsDialog(MainWindow &window);
    static void expectNoMessageBox();
    // Exports the list on screen to CSV at `path` and reads the file back.
    // On failure, `error` contains the reason.
    static QVector<QStringList> exportCsv(MainWindow &window, const QString &path, QString *error);
    // True when the settings file contains a layout for `view`.
    bool isSaved(const QString &view);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keys;
};

void TestColumns::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestColumns::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
}

void TestColumns::cleanup()
{
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestColumns::createWindow()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
    auto window = std::make_unique<MainWindow>(Services{&m_network, m_settings.get(), &m_keys, &m_keys, m_drafts.get()},
                                               options, m_sandbox.apiKey());
    window->resize(1200, 800);
    window->show();
    window->start();
    return window;
}

bool TestColumns::waitForRegister(MainWindow &window)
{
    return QTest::qWaitFor([&window] { return window.assetModel()->rowCount() > 0; }, 15000);
}

RecordListPage *TestColumns::openPage(MainWindow &window, Resource resource)
{
    window.showSection(resource);
    RecordListPage *page = window.recordPage(resource);
    if (!page || !QTest::qWaitFor([page] { return page->model()->state() == PagedListModel::State::Ready; }, 15000))
        return nullptr;
    return page;
}

QMenu *TestColumns::columnsMenu(MainWindow &window)
{
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("columnsMenu"));
    if (menu)
        Q_EMIT menu->aboutToShow();
    return menu;
}

QAction *TestColumns::menuAction(MainWindow &window, const QString &objectName)
{
    QMenu *menu = columnsMenu(window);
    if (!menu)
        return nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

QStringList TestColumns::visibleTitles(const QTableView *table)
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

void TestColumns::dragColumnEdge(QTableView *table, int logical, int dx)
{
    QHeaderView *header = table->horizontalHeader();
    QWidget *viewport = header->viewport();
    const int edge = header->sectionViewportPosition(logical) + header->sectionSize(logical) - 1;
    const QPoint start(edge, header->height() / 2);
    const QPoint end = start + QPoint(dx, 0);
    const auto send = [viewport](QEvent::Type type, const QPoint &at, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, viewport->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    };
    send(QEvent::MouseMove, start, Qt::NoButton, Qt::NoButton);
    send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(dx / 2, 0), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
    QTest::qWait(0);
}

int TestColumns::logicalOf(const QTableView *table, const QString &title)
{
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->model()->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

ColumnsDialog *TestColumns::openColumnsDialog(MainWindow &window)
{
    QAction *action = menuAction(window, QStringLiteral("chooseColumnsAction"));
    if (!action)
        return nullptr;
    action->trigger();
    TableColumns *columns = window.currentColumns();
    if (!columns || !QTest::qWaitFor([columns] { return columns->dialog() && columns->dialog()->isVisible(); }, 5000))
        return nullptr;
    ColumnsDialog *dialog = columns->dialog();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

QVector<QStringList> TestColumns::exportCsv(MainWindow &window, const QString &path, QString *error)
{
    window.exporter()->exportAction()->trigger();
    ExportDialog *dialog = window.exporter()->exportDialog();
    if (!dialog) {
        *error = QStringLiteral("the export dialog did not open");
        return {};
    }
    dialog->setFormat(ExportDialog::Format::Csv);
    dialog->setFilePath(path);
    QPointer<ExportDialog> guard(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    if (!QTest::qWaitFor([&guard] { return guard.isNull() || (guard->job() && !guard->job()->isRunning()); }, 30000)) {
        *error = QStringLiteral("the export did not finish");
        return {};
    }
    // The dialog closes on success; a failed export keeps it open.
    if (guard && guard->job()->outcome() != ExportJob::Outcome::Succeeded) {
        *error = QStringLiteral("the export failed: ") + guard->job()->errorString();
        return {};
    }
    return Activo::Test::readCsvFile(path, u',', error);
}

void TestColumns::expectNoMessageBox()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows)
        QVERIFY2(!(qobject_cast<QMessageBox *>(widget) && widget->isVisible()), "a message box is shown");
}

bool TestColumns::isSaved(const QString &view)
{
    m_settings->sync();
    return QSettings(m_settings->fileName(), QSettings::IniFormat).contains(QStringLiteral("columns/") + view);
}

void TestColumns::layoutSurvivesNewWindow()
{
    QStringList registerTitles;
    QStringList locationTitles;
    int nameWidth = 0;
    int cityWidth = 0;
    {
        auto window = createWindow();
        QVERIFY(waitForRegister(*window));
        QTableView *table = window->registerView()->table();
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(header->sectionsMovable());

        // Status hidden and EPC shown from View › Columns; the code cannot be hidden there.
        QAction *code = menuAction(*window, QStringLiteral("codeColumnAction"));
        QVERIFY(code);
        QVERIFY(code->isChecked());
        QVERIFY(!code->isEnabled());
        menuAction(*window, QStringLiteral("statusColumnAction"))->trigger();
        menuAction(*window, QStringLiteral("epcColumnAction"))->trigger();
        QVERIFY(header->isSectionHidden(AssetListModel::StatusColumn));
        QVERIFY(!header->isSectionHidden(AssetListModel::EpcColumn));
        QVERIFY(!menuAction(*window, QStringLiteral("statusColumnAction"))->isChecked());
        // Name dragged before Code, and widened with the mouse.
        header->moveSection(header->visualIndex(AssetListModel::NameColumn), 0);
        const int before = header->sectionSize(AssetListModel::NameColumn);
        dragColumnEdge(table, AssetListModel::NameColumn, 70);
        nameWidth = header->sectionSize(AssetListModel::NameColumn);
        QCOMPARE(nameWidth, before + 70);
        registerTitles = visibleTitles(table);
        QCOMPARE(registerTitles.first(), QStringLiteral("Name"));
        QVERIFY(registerTitles.contains(QStringLiteral("RFID EPC")));
        QVERIFY(!registerTitles.contains(QStringLiteral("Status")));

        // In Locations: City hidden from the header's menu, Country dragged to the front, City widened.
        RecordListPage *page = openPage(*window, Resource::Locations);
        QVERIFY(page);
        QCOMPARE(window->currentColumns(), page->columns());
        QTableView *locations = page->view()->table();
        QMenu headerMenu;
        page->columns()->fillMenu(&headerMenu);
        QAction *firstEntry = headerMenu.actions().first();
        QCOMPARE(firstEntry->text(), QStringLiteral("Code"));
        QVERIFY(!firstEntry->isEnabled());
        const int city = logicalOf(locations, QStringLiteral("City"));
        const int country = logicalOf(locations, QStringLiteral("Country"));
        QVERIFY(city >= 0 && country >= 0);
        const int cityBefore = locations->horizontalHeader()->sectionSize(city);
        dragColumnEdge(locations, city, 45);
        cityWidth = locations->horizontalHeader()->sectionSize(city);
        QCOMPARE(cityWidth, cityBefore + 45);
        for (QAction *action : headerMenu.actions()) {
            if (action->text() == QStringLiteral("City"))
                action->trigger();
        }
        locations->horizontalHeader()->moveSection(locations->horizontalHeader()->visualIndex(country), 0);
        locationTitles = visibleTitles(locations);
        QCOMPARE(locationTitles, (QStringList{QStringLiteral("Country"), QStringLiteral("Code"),
                                              QStringLiteral("Name"), QStringLiteral("Active")}));
        // Another list keeps its own columns.
        RecordListPage *costCenters = openPage(*window, Resource::CostCenters);
        QVERIFY(costCenters);
        QCOMPARE(visibleTitles(costCenters->view()->table()),
                 (QStringList{QStringLiteral("Code"), QStringLiteral("Name")}));
        // A column dragged just before the window closes is kept too.
        header->moveSection(header->visualIndex(AssetListModel::LocationColumn), header->count() - 1);
        registerTitles = visibleTitles(table);
        QCOMPARE(registerTitles.last(), QStringLiteral("Location"));
        window->close();
    }

    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTableView *table = window->registerView()->table();
    QCOMPARE(visibleTitles(table), registerTitles);
    // A user's width outlasts the fitting of the first page.
    QCOMPARE(table->horizontalHeader()->sectionSize(AssetListModel::NameColumn), nameWidth);
    RecordListPage *page = openPage(*window, Resource::Locations);
    QVERIFY(page);
    QTableView *locations = page->view()->table();
    QCOMPARE(visibleTitles(locations), locationTitles);
    // City is hidden; shown again, it has the width the user gave it.
    window->currentColumns()->setColumnVisible(QStringLiteral("city"), true);
    QCOMPARE(locations->horizontalHeader()->sectionSize(logicalOf(locations, QStringLiteral("City"))), cityWidth);
}

void TestColumns::resetRestoresDefaults()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTableView *table = window->registerView()->table();
    QHeaderView *header = table->horizontalHeader();
    const QStringList defaults = visibleTitles(table);
    QCOMPARE(defaults.first(), QStringLiteral("Code"));
    QVERIFY(!defaults.contains(QStringLiteral("RFID EPC")));
    const int fittedName = header->sectionSize(AssetListModel::NameColumn);

    header->moveSection(header->visualIndex(AssetListModel::CostColumn), 0);
    window->registerColumns()->setColumnVisible(QStringLiteral("location"), false);
    window->registerColumns()->setColumnVisible(QStringLiteral("usefulLifeMonths"), true);
    dragColumnEdge(table, AssetListModel::NameColumn, 90);
    QVERIFY(visibleTitles(table) != defaults);
    QTRY_VERIFY(isSaved(QStringLiteral("register")));

    QAction *reset = menuAction(*window, QStringLiteral("resetColumnsAction"));
    QVERIFY(reset);
    QCOMPARE(reset->text(), QStringLiteral("&Reset columns"));
    reset->trigger();
    QCOMPARE(visibleTitles(table), defaults);
    QCOMPARE(header->sectionSize(AssetListModel::NameColumn), fittedName);
    QVERIFY(!isSaved(QStringLiteral("register")));

    // And in a record list, from its header's menu.
    RecordListPage *page = openPage(*window, Resource::Checkouts);
    QVERIFY(page);
    QTableView *checkouts = page->view()->table();
    const QStringList listDefaults = visibleTitles(checkouts);
    QVERIFY(!listDefaults.contains(QStringLiteral("Damage notes")));
    page->columns()->setColumnVisible(QStringLiteral("damageNotes"), true);
    checkouts->horizontalHeader()->moveSection(checkouts->horizontalHeader()->count() - 1, 0);
    QVERIFY(visibleTitles(checkouts) != listDefaults);
    QMenu headerMenu;
    page->columns()->fillMenu(&headerMenu);
    QAction *listReset = headerMenu.findChild<QAction *>(QStringLiteral("resetColumnsAction"));
    QVERIFY(listReset);
    listReset->trigger();
    QCOMPARE(visibleTitles(checkouts), listDefaults);
    // The register is not touched by the list's reset, and the other way round.
    QCOMPARE(visibleTitles(table), defaults);
}

void TestColumns::fittingKeepsNoWidths()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTableView *table = window->registerView()->table();
    QWidget *viewport = table->horizontalHeader()->viewport();
    // A right click opens the header's menu, which takes the button's release.
    const QPoint at(table->horizontalHeader()->sectionViewportPosition(AssetListModel::StatusColumn) + 5, 5);
    QMouseEvent press(QEvent::MouseButtonPress, at, viewport->mapToGlobal(at), Qt::RightButton, Qt::RightButton,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport, &press);
    // Widths that the program fits, as after a search or a change in the dialog, are not the user's.
    window->registerView()->refitColumns();
    window->registerColumns()->setColumnVisible(QStringLiteral("status"), false);
    QVERIFY(window->registerColumns()->layout().widths.isEmpty());
    QString error;
    m_settings->sync();
    const std::optional<ColumnLayout> saved = ColumnLayout::fromJson(
        QSettings(m_settings->fileName(), QSettings::IniFormat).value(QStringLiteral("columns/register")).toString(),
        &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->widths.isEmpty());
    QVERIFY(saved->hidden.contains(QStringLiteral("status")));
}

void TestColumns::dialogWorksByKeyboard()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTableView *table = window->registerView()->table();
    ColumnsDialog *dialog = openColumnsDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Columns of Assets"));
    QListWidget *list = dialog->list();
    QCOMPARE(list->count(), int(AssetListModel::ColumnCount));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Code (always shown)"));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsUserCheckable));
    // Every control has an accessible name, and Tab walks list, Move up, Move down, Reset, OK, Cancel.
    const QStringList order{QStringLiteral("columnList"), QStringLiteral("moveUpButton"),
                            QStringLiteral("moveDownButton"), QStringLiteral("resetColumnsButton")};
    QTRY_VERIFY(list->hasFocus());
    // Move up is disabled on the first row, so the walk starts on the second.
    QTest::keyClick(list, Qt::Key_Down);
    for (const QString &name : order) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), name);
        QVERIFY2(!focused->accessibleName().isEmpty(), qPrintable(name));
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QCOMPARE(qobject_cast<QPushButton *>(QApplication::focusWidget())->text(), QStringLiteral("OK"));
    QVERIFY(!QApplication::focusWidget()->accessibleName().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(qobject_cast<QPushButton *>(QApplication::focusWidget())->text(), QStringLiteral("Cancel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), list);

    // Space does not hide the code.
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("moveUpButton"))->isEnabled());
    // Category goes first with Alt+Up twice. Location is hidden with Space. Useful life, at
    // the end, is shown with Space and moved above Accumulated depreciation with Alt+Up.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Category"));
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Category"));
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Location"));
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->currentItem()->checkState(), Qt::Unchecked);
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Useful life (months)"));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("moveDownButton"))->isEnabled());
    QTest::keyClick(list, Qt::Key_Space);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(list->item(list->count() - 2)->text(), QStringLiteral("Useful life (months)"));
    // Alt+Down moves it back to the bottom, and a second Alt+Down there changes nothing.
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(list->item(list->count() - 1)->text(), QStringLiteral("Useful life (months)"));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!window->registerColumns()->dialog());

    QStringList titles = visibleTitles(table);
    QCOMPARE(titles.first(), QStringLiteral("Category"));
    QCOMPARE(titles.at(1), QStringLiteral("Code"));
    QVERIFY(!titles.contains(QStringLiteral("Location")));
    QCOMPARE(titles.last(), QStringLiteral("Useful life (months)"));

    // Escape leaves everything as it was.
    dialog = openColumnsDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("Category"));
    QTest::keyClick(dialog->list(), Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(dialog->list(), Qt::Key_Escape);
    QTRY_VERIFY(!window->registerColumns()->dialog());
    QCOMPARE(visibleTitles(table), titles);

    // Reset to defaults in the dialog, then OK, gives the default columns.
    dialog = openColumnsDialog(*window);
    QVERIFY(dialog);
    auto *resetButton = dialog->findChild<QPushButton *>(QStringLiteral("resetColumnsButton"));
    resetButton->setFocus();
    QTest::keyClick(resetButton, Qt::Key_Space);
    QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("Code (always shown)"));
    QTest::keyClick(dialog->list(), Qt::Key_Return);
    QTRY_VERIFY(!window->registerColumns()->dialog());
    QCOMPARE(visibleTitles(table).first(), QStringLiteral("Code"));
    QVERIFY(visibleTitles(table).contains(QStringLiteral("Location")));
    QVERIFY(!visibleTitles(table).contains(QStringLiteral("Useful life (months)")));
}

void TestColumns::exportFollowsReorderedColumns()
{
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    RecordListPage *page = openPage(*window, Resource::Locations);
    QVERIFY(page);
    // Through the dialog: Name to the top, Country hidden.
    ColumnsDialog *dialog = openColumnsDialog(*window);
    QVERIFY(dialog);
    QListWidget *list = dialog->list();
    list->setCurrentRow(1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Name"));
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    list->setCurrentRow(3);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Country"));
    QTest::keyClick(list, Qt::Key_Space);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    const QStringList titles{QStringLiteral("Name"), QStringLiteral("Code"), QStringLiteral("City"),
                             QStringLiteral("Active")};
    QCOMPARE(visibleTitles(page->view()->table()), titles);

    QTemporaryDir folder;
    QString error;
    const QVector<QStringList> records = exportCsv(*window, folder.filePath(QStringLiteral("locations.csv")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), page->model()->totalCount() + 1);
    QCOMPARE(records.first(), titles);
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QCOMPARE(records.at(row + 1).at(0), page->model()->index(row, 1).data().toString());
        QCOMPARE(records.at(row + 1).at(1), page->model()->index(row, 0).data().toString());
    }
}

void TestColumns::summaryAndScheduleFollowColumns()
{
    QStringList summaryTitles;
    QStringList scheduleTitles;
    {
        auto window = createWindow();
        QVERIFY(waitForRegister(*window));
        window->showRegisterSummary();
        RegisterSummaryPage *page = window->summaryPage();
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->summary()->state(), RegisterSummary::State::Ready, 20000);
        QCOMPARE(window->currentColumns(), page->columns());
        // Cost hidden from View › Columns, Net book value dragged next to the group.
        QAction *group = menuAction(*window, QStringLiteral("groupColumnAction"));
        QVERIFY(group);
        QVERIFY(!group->isEnabled());
        menuAction(*window, QStringLiteral("costColumnAction"))->trigger();
        auto *table = page->findChild<QTableView *>(QStringLiteral("summaryTable"));
        QHeaderView *header = table->horizontalHeader();
        header->moveSection(header->visualIndex(RegisterSummary::NetBookValueColumn), 1);
        summaryTitles = visibleTitles(table);
        QCOMPARE(summaryTitles, (QStringList{QStringLiteral("Category"), QStringLiteral("Net book value"),
                                             QStringLiteral("Assets"), QStringLiteral("Accumulated depreciation")}));

        // The export takes the table as shown: the total row ends with the count, then accumulated depreciation.
        QTemporaryDir folder;
        QString error;
        const QVector<QStringList> records = exportCsv(*window, folder.filePath(QStringLiteral("summary.csv")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.first(), summaryTitles);
        QCOMPARE(records.last().at(0), QStringLiteral("Total"));
        QCOMPARE(records.last().at(2), QString::number(page->summary()->totals().count));
        const int lastRow = page->summary()->rowCount() - 1;
        QCOMPARE(records.last().at(3).toDouble(),
                 double(page->summary()->index(lastRow, RegisterSummary::AccumulatedColumn)
                            .data(RegisterSummary::CentsRole).toLongLong()) / 100.0);

        // The depreciation schedule of an asset, by keyboard: Source first, Opening value hidden.
        window->showSection(std::nullopt);
        AssetDetailsDialog *details = window->openAssetById(window->assetModel()->assetIdAt(3));
        QVERIFY(details);
        details->showDepreciation();
        DepreciationTab *tab = details->depreciation();
        QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 10000);
        auto *columnsAction = tab->findChild<QAction *>(QStringLiteral("scheduleColumnsAction"));
        QVERIFY(columnsAction);
        columnsAction->trigger();
        QTRY_VERIFY(tab->columns()->dialog() && tab->columns()->dialog()->isVisible());
        QListWidget *list = tab->columns()->dialog()->list();
        list->setCurrentRow(list->count() - 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Source"));
        for (int step = 0; step < list->count(); ++step)
            tab->columns()->dialog()->moveCurrent(-1);
        list->setCurrentRow(2);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Opening value"));
        QTest::keyClick(list, Qt::Key_Space);
        tab->columns()->dialog()->accept();
        auto *scheduleTable = tab->findChild<QTableView *>(QStringLiteral("scheduleTable"));
        scheduleTitles = visibleTitles(scheduleTable);
        QCOMPARE(scheduleTitles.first(), QStringLiteral("Source"));
        QVERIFY(!scheduleTitles.contains(QStringLiteral("Opening value")));
        const ListExportTarget target = tab->exportTarget();
        QCOMPARE(target.titles, scheduleTitles);
        details->close();
        window->close();
    }

    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    window->showRegisterSummary();
    QCOMPARE(visibleTitles(window->summaryPage()->findChild<QTableView *>(QStringLiteral("summaryTable"))),
             summaryTitles);
    AssetDetailsDialog *details = window->openAssetById(window->assetModel()->assetIdAt(3));
    QVERIFY(details);
    details->showDepreciation();
    QCOMPARE(visibleTitles(details->depreciation()->findChild<QTableView *>(QStringLiteral("scheduleTable"))),
             scheduleTitles);
}

void TestColumns::savedLayoutWithoutTodaysColumn()
{
    // Saved by a version without the Location column, with Name moved to the end, Cost hidden,
    // a column this version does not have, and a width for Category.
    {
        QSettings raw(m_settings->fileName(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("columns/register"),
                     QStringLiteral(R"({"columns":[{"key":"code"},{"key":"category","width":211},)"
                                    R"({"key":"barcode","width":90},{"key":"custodian"},{"key":"status"},)"
                                    R"({"key":"availability"},{"key":"acquisitionDate"},)"
                                    R"({"key":"acquisitionCost","hidden":true},{"key":"netBookValue"},)"
                                    R"({"key":"name"}]})"));
    }
    m_settings = std::make_unique<AppSettings>(m_settings->fileName());
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QTableView *table = window->registerView()->table();
    QCOMPARE(visibleTitles(table),
             (QStringList{QStringLiteral("Code"), QStringLiteral("Category"), QStringLiteral("Location"),
                          QStringLiteral("Custodian"), QStringLiteral("Status"), QStringLiteral("Availability"),
                          QStringLiteral("Acquisition date"), QStringLiteral("Net book value"), QStringLiteral("Name")}));
    QCOMPARE(table->horizontalHeader()->sectionSize(AssetListModel::CategoryColumn), 211);
    // Columns hidden by default that the saved layout did not know stay hidden.
    QVERIFY(table->horizontalHeader()->isSectionHidden(AssetListModel::EpcColumn));
}

void TestColumns::hiddenColumnsOfEarlierVersionSurvive()
{
    {
        QSettings raw(m_settings->fileName(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("register/hiddenColumns"),
                     QStringList{QStringLiteral("custodian"), QStringLiteral("availability"),
                                 QStringLiteral("costCenter"), QStringLiteral("depreciationBook"),
                                 QStringLiteral("salvageValue"), QStringLiteral("accumulatedDepreciation"),
                                 QStringLiteral("usefulLifeMonths")});
    }
    m_settings = std::make_unique<AppSettings>(m_settings->fileName());
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    QHeaderView *header = window->registerView()->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(AssetListModel::CustodianColumn));
    QVERIFY(header->isSectionHidden(AssetListModel::AvailabilityColumn));
    QVERIFY(!header->isSectionHidden(AssetListModel::EpcColumn));
    QVERIFY(!header->isSectionHidden(AssetListModel::StatusColumn));
}

void TestColumns::corruptLayoutShowsDefaults()
{
    {
        QSettings raw(m_settings->fileName(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("columns/register"), QStringLiteral("{\"columns\":[{\"key\":\"co"));
    }
    m_settings = std::make_unique<AppSettings>(m_settings->fileName());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("saved columns of register are unreadable")));
    auto window = createWindow();
    QVERIFY(waitForRegister(*window));
    expectNoMessageBox();
    QTableView *table = window->registerView()->table();
    QCOMPARE(visibleTitles(table).first(), QStringLiteral("Code"));
    QVERIFY(!table->horizontalHeader()->isSectionHidden(AssetListModel::StatusColumn));
    QVERIFY(table->horizontalHeader()->isSectionHidden(AssetListModel::EpcColumn));
    // The next change replaces the broken entry.
    window->registerColumns()->setColumnVisible(QStringLiteral("status"), false);
    m_settings->sync();
    QString error;
    QVERIFY(ColumnLayout::fromJson(
        QSettings(m_settings->fileName(), QSettings::IniFormat).value(QStringLiteral("columns/register")).toString(),
        &error));
}

QTEST_MAIN(TestColumns)
#include "tst_columns.moc"
