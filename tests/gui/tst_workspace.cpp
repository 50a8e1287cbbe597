#include "SandboxProcess.h"

#include "AssetDetailsDialog.h"
#include "AssetHistoryWidget.h"
#include "CommandLine.h"
#include "DateLineEdit.h"
#include "DepreciationTab.h"
#include "ExportDialog.h"
#include "ListExporter.h"
#include "export/ExportJob.h"
#include "GoToAssetDialog.h"
#include "LifecycleDialog.h"
#include "LookupComboBox.h"
#include "MainWindow.h"
#include "MasterDataDialog.h"
#include "MessageBox.h"
#include "MoneyLineEdit.h"
#include "PagedTableView.h"
#include "RecordDetailsDialog.h"
#include "RecordListPage.h"
#include "RegisterSummaryPage.h"
#include "api/PageWalker.h"
#include "models/Asset.h"
#include "models/RegisterSummary.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "models/AssetListModel.h"
#include "models/LookupCache.h"
#include "models/RecordListModel.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QAction>
#include <QPrinter>
#include <QPushButton>
#include <QUrlQuery>
#include <QChart>
#include <QComboBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Activo;
using Activo::Test::SandboxProcess;

// The navigation, master data, drill-downs, the asset's history and the
// lifecycle actions, with real widgets against the sandbox.
class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigationOpensEveryList();
    void masterDataCreateEditAndDuplicate();
    void employeeEmailIsCheckedBeforeSending();
    void runOpensItsEntries();
    void journalBatchShowsBalancedTotals();
    void countSessionOpensItsResults();
    void transferToNewLocationShowsInHistory();
    void checkOutRulesAndCheckIn();
    void reserveChecksDatesBeforeSending();
    void disposeEndsTheActions();
    void serverWithoutActionRoutesHidesThem();
    void depreciationTabShowsTheSchedule();
    void registerSummaryAddsUpTheWholeRegister();
    void goToAssetTakesOnlyAnExactCodeOrEpc();

private:
    std::unique_ptr<MainWindow> createWindow(const SandboxProcess &sandbox);
    RecordListPage *openPage(MainWindow &window, Resource resource);
    QUuid assetAtRow(MainWindow &window, int row);
    QPointer<LifecycleDialog> startAction(MainWindow &window, LifecycleAction action, const QUuid &assetId);
    QUuid createLocation(MainWindow &window, const QString &code, const QString &name);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests")}};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keys;
};

void TestWorkspace::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestWorkspace::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
}

void TestWorkspace::cleanup()
{
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestWorkspace::createWindow(const SandboxProcess &sandbox)
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), sandbox.baseUrl().toString()});
    auto window = std::make_unique<MainWindow>(Services{&m_network, m_settings.get(), &m_keys, &m_keys, m_drafts.get()},
                                               options, sandbox.apiKey());
    window->show();
    window->start();
    return window;
}

RecordListPage *TestWorkspace::openPage(MainWindow &window, Resource resource)
{
    window.showSection(resource);
    RecordListPage *page = window.recordPage(resource);
    if (!page)
        return nullptr;
    if (!QTest::qWaitFor([page] { return page->model()->state() == PagedListModel::State::Ready; }, 15000))
        return nullptr;
    return page;
}

QUuid TestWorkspace::assetAtRow(MainWindow &window, int row)
{
    if (!QTest::qWaitFor([&window, row] { return window.assetModel()->rowCount() > row; }, 15000))
        return QUuid();
    return window.assetModel()->assetIdAt(row);
}

QPointer<LifecycleDialog> TestWorkspace::startAction(MainWindow &window, LifecycleAction action, const QUuid &assetId)
{
    window.startLifecycleAction(action, assetId);
    QPointer<LifecycleDialog> dialog;
    (void)QTest::qWaitFor([&] {
        for (LifecycleDialog *candidate : window.findChildren<LifecycleDialog *>()) {
            if (candidate->isVisible() && candidate->action() == action)
                dialog = candidate;
        }
        return !dialog.isNull();
    }, 10000);
    return dialog;
}

QUuid TestWorkspace::createLocation(MainWindow &window, const QString &code, const QString &name)
{
    RecordListPage *page = openPage(window, Resource::Locations);
    if (!page)
        return QUuid();
    page->createRecord();
    auto *dialog = window.findChild<MasterDataDialog *>();
    if (!dialog)
        return QUuid();
    dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setText(code);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->setText(QStringLiteral("Madrid"));
    dialog->findChild<QLineEdit *>(QStringLiteral("countryEdit"))->setText(QStringLiteral("es"));
    QPointer<MasterDataDialog> guard(dialog);
    dialog->save();
    if (!QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000))
        return QUuid();
    const QString companyId = window.companyBox()->currentData().toString();
    QUuid id;
    (void)QTest::qWaitFor([&] {
        for (const LookupItem &item : window.lookups()->items(companyId, LookupKind::Location)) {
            if (item.code == code)
                id = item.id;
        }
        return !id.isNull();
    }, 10000);
    return id;
}

void TestWorkspace::navigationOpensEveryList()
{
    auto window = createWindow(m_sandbox);
    QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()->rowCount() > 0, 15000);
    QTreeWidget *navigation = window->navigation();
    int lists = 0;
    for (QTreeWidgetItemIterator it(navigation); *it; ++it) {
        navigation->setCurrentItem(*it);
        if (!(*it)->parent())
            continue; // headings and the register
        const QString title = (*it)->text(0);
        QWidget *shown = window->findChild<QStackedWidget *>(QStringLiteral("sectionStack"))->currentWidget();
        if (shown == window->summaryPage()) {
            QCOMPARE(title, QStringLiteral("Register summary"));
            QTRY_COMPARE_WITH_TIMEOUT(window->summaryPage()->summary()->state(), RegisterSummary::State::Ready, 20000);
            continue;
        }
        ++lists;
        auto *page = qobject_cast<RecordListPage *>(shown);
        QVERIFY2(page, qPrintable(title));
        QCOMPARE(page->description().title, title);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->state(), PagedListModel::State::Ready, 15000);
        QVERIFY2(page->model()->rowCount() > 0, qPrintable(title));
        QTRY_VERIFY(window->statusText().startsWith(title + QStringLiteral(": showing ")));
        // The register's search and asset actions are off outside the register.
        QVERIFY(!window->searchEdit()->isEnabled());
    }
    QCOMPARE(lists, 15);
    window->showSection(std::nullopt);
    QVERIFY(window->searchEdit()->isEnabled());
    QVERIFY(window->statusText().startsWith(QStringLiteral("Showing ")));
}

void TestWorkspace::masterDataCreateEditAndDuplicate()
{
    auto window = createWindow(m_sandbox);
    RecordListPage *page = openPage(*window, Resource::Categories);
    QVERIFY(page);
    const QString existingCode = page->model()->recordAt(0).value(QLatin1String("code")).toString();
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/categories"));

    page->createRecord();
    auto *dialog = window->findChild<MasterDataDialog *>();
    QVERIFY(dialog);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *codeError = dialog->findChild<QLabel *>(QStringLiteral("codeError"));
    QVERIFY(code && name && codeError);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->isVisible());

    // Empty fields are refused before anything is sent.
    dialog->save();
    QVERIFY(codeError->isVisible());
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/categories")), postsBefore);

    // A code in use: the server's message beside the code, the input kept.
    QTest::keyClicks(code, existingCode);
    QTest::keyClicks(name, QStringLiteral("Drones"));
    dialog->save();
    QTRY_COMPARE_WITH_TIMEOUT(codeError->text(), QStringLiteral("Code already in use."), 10000);
    QVERIFY(codeError->isVisible());
    QCOMPARE(code->text(), existingCode);
    QCOMPARE(name->text(), QStringLiteral("Drones"));
    QVERIFY(dialog->isVisible());

    code->setText(QStringLiteral("DRONES"));
    QPointer<MasterDataDialog> guard(dialog);
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10000);
    // The list reloads with the new record selected, and the cache offers it.
    QTRY_VERIFY_WITH_TIMEOUT(page->view()->table()->currentIndex().isValid(), 10000);
    const QModelIndex current = page->view()->table()->currentIndex();
    QCOMPARE(page->model()->recordAt(current.row()).value(QLatin1String("code")).toString(), QStringLiteral("DRONES"));
    const QString companyId = window->companyBox()->currentData().toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(window->lookups()->items(companyId, LookupKind::Category).cbegin(),
                    window->lookups()->items(companyId, LookupKind::Category).cend(),
                    [](const LookupItem &item) { return item.code == u"DRONES"; }),
        10000);

    // Edit: the name changes, the id stays.
    const QString id = page->model()->recordAt(current.row()).value(QLatin1String("id")).toString();
    page->editCurrentRecord();
    dialog = window->findChild<MasterDataDialog *>();
    QVERIFY(dialog && !dialog->isNewRecord());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->text(), QStringLiteral("DRONES"));
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Drones and UAVs"));
    guard = dialog;
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOfRecord(id) >= 0
                                 && page->model()->recordAt(page->model()->rowOfRecord(id)).value(QLatin1String("name"))
                                     == QStringLiteral("Drones and UAVs"),
                             10000);
}

void TestWorkspace::employeeEmailIsCheckedBeforeSending()
{
    auto window = createWindow(m_sandbox);
    RecordListPage *page = openPage(*window, Resource::Employees);
    QVERIFY(page);
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/employees"));
    page->createRecord();
    auto *dialog = window->findChild<MasterDataDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setText(QStringLiteral("EMP-TEST"));
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Ana Test"));
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    QVERIFY(email->isVisible());
    email->setText(QStringLiteral("ana.example.com"));
    dialog->save();
    auto *emailError = dialog->findChild<QLabel *>(QStringLiteral("emailError"));
    QVERIFY(emailError->isVisible());
    QVERIFY(emailError->text().contains(QStringLiteral("ana.example.com")));
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/employees")), postsBefore);
    QCOMPARE(dialog->focusWidget(), email);

    email->setText(QStringLiteral("ana@example.com"));
    QPointer<MasterDataDialog> guard(dialog);
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10000);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/employees")), postsBefore + 1);
}

void TestWorkspace::runOpensItsEntries()
{
    auto window = createWindow(m_sandbox);
    RecordListPage *page = openPage(*window, Resource::DepreciationRuns);
    QVERIFY(page);
    const QJsonObject run = page->model()->recordAt(0);
    page->view()->table()->setCurrentIndex(page->model()->index(0, 0));
    page->openCurrentRecord();
    auto *dialog = window->findChild<RecordDetailsDialog *>();
    QVERIFY(dialog);
    RecordListModel *entries = dialog->linesListModel();
    QVERIFY(entries);
    QTRY_COMPARE_WITH_TIMEOUT(entries->state(), PagedListModel::State::Ready, 10000);
    QCOMPARE(entries->totalCount(), qint64(run.value(QLatin1String("entryCount")).toInt()));
    for (int row = 0; row < entries->rowCount(); ++row)
        QCOMPARE(entries->recordAt(row).value(QLatin1String("depreciationRunId")), run.value(QLatin1String("id")));

    // A line opens its asset.
    QSignalSpy opened(dialog, &RecordDetailsDialog::openAssetRequested);
    QTableView *lines = dialog->linesTable();
    lines->setCurrentIndex(entries->index(0, 0));
    QTest::keyClick(lines, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<AssetDetailsDialog *>() != nullptr, 5000);
    dialog->close();
}

void TestWorkspace::journalBatchShowsBalancedTotals()
{
    auto window = createWindow(m_sandbox);
    RecordListPage *page = openPage(*window, Resource::JournalBatches);
    QVERIFY(page);
    page->view()->table()->setCurrentIndex(page->model()->index(0, 0));
    page->openCurrentRecord();
    auto *dialog = window->findChild<RecordDetailsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->totalsText().isEmpty(), 10000);
    QVERIFY2(dialog->totalsText().contains(QStringLiteral("Balanced")), qPrintable(dialog->totalsText()));
    QVERIFY(!dialog->totalsText().contains(QStringLiteral("do not add up")));
    RecordTableModel *lines = dialog->journalLinesModel();
    QVERIFY(lines->rowCount() >= 2);
    // The totals in the text are the sums of the cells.
    qint64 debit = 0;
    qint64 credit = 0;
    for (int row = 0; row < lines->rowCount(); ++row) {
        for (int column = 0; column < lines->columnCount(); ++column) {
            const QString key = lines->description().columns.at(column).key;
            const qint64 cents = lines->index(row, column).data(RecordRoles::CentsRole).toLongLong();
            if (key == u"debit")
                debit += cents;
            else if (key == u"credit")
                credit += cents;
        }
    }
    QCOMPARE(debit, credit);
    QVERIFY(debit > 0);
    QVERIFY(dialog->totalsText().contains(Money::fromCents(debit).toString(QLocale())));
    dialog->close();
}

void TestWorkspace::countSessionOpensItsResults()
{
    auto window = createWindow(m_sandbox);
    RecordListPage *page = openPage(*window, Resource::CountSessions);
    QVERIFY(page);
    const QJsonObject session = page->model()->recordAt(0);
    page->view()->table()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view()->table(), Qt::Key_Return);
    auto *dialog = window->findChild<RecordDetailsDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->linesListModel()->state(), PagedListModel::State::Ready, 10000);
    QVERIFY(dialog->linesListModel()->rowCount() > 0);
    for (int row = 0; row < dialog->linesListModel()->rowCount(); ++row)
        QCOMPARE(dialog->linesListModel()->recordAt(row).value(QLatin1String("countSessionId")),
                 session.value(QLatin1String("id")));
    dialog->close();
}

void TestWorkspace::transferToNewLocationShowsInHistory()
{
    auto window = createWindow(m_sandbox);
    const QUuid location = createLocation(*window, QStringLiteral("MAD-NEW"), QStringLiteral("Madrid new office"));
    QVERIFY(!location.isNull());
    window->showSection(std::nullopt);
    const QUuid assetId = assetAtRow(*window, 3);
    QVERIFY(!assetId.isNull());

    QPointer<LifecycleDialog> dialog = startAction(*window, LifecycleAction::Transfer, assetId);
    QVERIFY(dialog);
    // Nothing chosen: refused before sending.
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets/"));
    dialog->submit();
    QVERIFY(dialog->messageText().contains(QStringLiteral("Choose the location")));
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets/")), postsBefore);

    dialog->locationBox()->setCurrentRecord(location, QString());
    dialog->textEdit()->setText(QStringLiteral("Office move"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);

    // The row shows the new location, and the History tab the transfer.
    const int row = window->assetModel()->rowOfAsset(assetId);
    QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()
                                 ->index(row, AssetListModel::LocationColumn)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("Madrid new office")),
                             10000);
    AssetDetailsDialog *details = window->openAssetById(assetId);
    QVERIFY(details);
    details->showHistory();
    RecordListModel *transfers = details->history()->transfers();
    QTRY_COMPARE_WITH_TIMEOUT(transfers->state(), PagedListModel::State::Ready, 10000);
    bool found = false;
    for (int r = 0; r < transfers->rowCount(); ++r) {
        const QJsonObject transfer = transfers->recordAt(r);
        QCOMPARE(transfer.value(QLatin1String("assetId")).toString(), assetId.toString(QUuid::WithoutBraces));
        found = found || (QUuid(transfer.value(QLatin1String("toLocationId")).toString()) == location
                          && transfer.value(QLatin1String("reason")).toString() == u"Office move");
    }
    QVERIFY(found);
    details->close();
}

void TestWorkspace::checkOutRulesAndCheckIn()
{
    auto window = createWindow(m_sandbox);
    const QUuid assetId = assetAtRow(*window, 5);
    QVERIFY(!assetId.isNull());
    const QString companyId = window->companyBox()->currentData().toString();
    QTRY_VERIFY_WITH_TIMEOUT(window->lookups()->isLoaded(companyId, LookupKind::Employee), 10000);
    const QUuid employee = window->lookups()->items(companyId, LookupKind::Employee).first().id;

    // Make sure the asset is in: a seeded check-out may hold it.
    if (window->assetModel()->index(window->assetModel()->rowOfAsset(assetId), 0)
            .data(AssetListModel::AvailabilityRole) == QStringLiteral("CheckedOut")) {
        QPointer<LifecycleDialog> checkin = startAction(*window, LifecycleAction::CheckIn, assetId);
        QVERIFY(checkin);
        checkin->submit();
        QTRY_VERIFY_WITH_TIMEOUT(checkin.isNull(), 10000);
    }

    QPointer<LifecycleDialog> dialog = startAction(*window, LifecycleAction::CheckOut, assetId);
    QVERIFY(dialog);
    dialog->employeeBox()->setCurrentRecord(employee, QString());
    dialog->secondDateEdit()->setDate(QDate::currentDate().addDays(7));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
    const int row = window->assetModel()->rowOfAsset(assetId);
    QTRY_COMPARE_WITH_TIMEOUT(
        window->assetModel()->index(row, 0).data(AssetListModel::AvailabilityRole).toString(),
        QStringLiteral("CheckedOut"), 10000);

    // The menu no longer offers a second check-out...
    window->registerView()->table()->setCurrentIndex(window->assetModel()->index(row, 0));
    auto *checkOutAction = window->findChild<QAction *>(QStringLiteral("checkoutAction"));
    QVERIFY(checkOutAction);
    QVERIFY(!checkOutAction->isEnabled());
    // ...and the server refuses one sent all the same, with its reason shown.
    Asset asset;
    asset.id = assetId;
    asset.assetCode = QStringLiteral("X");
    auto *second = new LifecycleDialog(window->recordContext(), LifecycleAction::CheckOut, companyId, asset, window.get());
    second->show();
    second->employeeBox()->setItems(window->lookups()->items(companyId, LookupKind::Employee));
    second->employeeBox()->setCurrentRecord(employee, QString());
    second->submit();
    QTRY_VERIFY_WITH_TIMEOUT(second->messageText().startsWith(QStringLiteral("The server refused:")), 10000);
    QVERIFY2(second->messageText().contains(QStringLiteral("checked out"), Qt::CaseInsensitive),
             qPrintable(second->messageText()));
    QVERIFY(second->isVisible());
    second->close();

    dialog = startAction(*window, LifecycleAction::CheckIn, assetId);
    QVERIFY(dialog);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        window->assetModel()->index(row, 0).data(AssetListModel::AvailabilityRole).toString(),
        QStringLiteral("Available"), 10000);
}

void TestWorkspace::reserveChecksDatesBeforeSending()
{
    auto window = createWindow(m_sandbox);
    const QUuid assetId = assetAtRow(*window, 7);
    const QString companyId = window->companyBox()->currentData().toString();
    QTRY_VERIFY_WITH_TIMEOUT(window->lookups()->isLoaded(companyId, LookupKind::Employee), 10000);
    QPointer<LifecycleDialog> dialog = startAction(*window, LifecycleAction::Reserve, assetId);
    QVERIFY(dialog);
    dialog->employeeBox()->setCurrentRecord(window->lookups()->items(companyId, LookupKind::Employee).first().id,
                                            QString());
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets/"));
    dialog->firstDateEdit()->setDate(QDate(2031, 3, 10));
    dialog->secondDateEdit()->setDate(QDate(2031, 3, 1));
    dialog->submit();
    QVERIFY2(dialog->messageText().contains(QStringLiteral("before the first one")), qPrintable(dialog->messageText()));
    dialog->secondDateEdit()->setText(QStringLiteral("31/31/2031"));
    dialog->submit();
    QVERIFY(!dialog->messageText().isEmpty());
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets/")), postsBefore);

    dialog->secondDateEdit()->setDate(QDate(2031, 3, 20));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
    AssetDetailsDialog *details = window->openAssetById(assetId);
    details->showHistory();
    RecordListModel *reservations = details->history()->reservations();
    QTRY_COMPARE_WITH_TIMEOUT(reservations->state(), PagedListModel::State::Ready, 10000);
    bool found = false;
    for (int r = 0; r < reservations->rowCount(); ++r)
        found = found || reservations->recordAt(r).value(QLatin1String("startDate")) == QStringLiteral("2031-03-10");
    QVERIFY(found);
    details->close();
}

void TestWorkspace::disposeEndsTheActions()
{
    auto window = createWindow(m_sandbox);
    const QUuid assetId = assetAtRow(*window, 11);
    QPointer<LifecycleDialog> dialog = startAction(*window, LifecycleAction::Dispose, assetId);
    QVERIFY(dialog);
    dialog->proceedsEdit()->setText(QStringLiteral("abc"));
    dialog->submit();
    QVERIFY(!dialog->messageText().isEmpty());
    QVERIFY(dialog->isVisible());
    dialog->proceedsEdit()->setText(QStringLiteral("150.50"));
    dialog->textEdit()->setText(QStringLiteral("Sold"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
    const int row = window->assetModel()->rowOfAsset(assetId);
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->index(row, 0).data(AssetListModel::StatusRole).toString(),
                              QStringLiteral("Disposed"), 10000);
    window->registerView()->table()->setCurrentIndex(window->assetModel()->index(row, 0));
    for (LifecycleAction action : LifecycleActions::all()) {
        auto *item = window->findChild<QAction *>(LifecycleActions::route(action) + QStringLiteral("Action"));
        QVERIFY(item);
        QVERIFY2(!item->isEnabled(), qPrintable(LifecycleActions::route(action)));
    }
    // The disposal is listed under Accounting.
    RecordListPage *disposals = openPage(*window, Resource::Disposals);
    QVERIFY(disposals);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < disposals->model()->rowCount(); ++r) {
                if (disposals->model()->recordAt(r).value(QLatin1String("assetId")).toString()
                    == assetId.toString(QUuid::WithoutBraces))
                    return true;
            }
            return false;
        }(),
        10000);
}

void TestWorkspace::serverWithoutActionRoutesHidesThem()
{
    SandboxProcess without({QStringLiteral("--without-lifecycle-actions=405"), QStringLiteral("--log-requests")});
    QString error;
    QVERIFY2(without.start(&error), qPrintable(error));
    auto window = createWindow(without);
    const QUuid assetId = assetAtRow(*window, 0);
    QVERIFY(!assetId.isNull());
    window->registerView()->table()->setCurrentIndex(window->assetModel()->index(0, 0));
    auto *transferAction = window->findChild<QAction *>(QStringLiteral("transferAction"));
    QVERIFY(transferAction && transferAction->isVisible());

    QPointer<LifecycleDialog> dialog = startAction(*window, LifecycleAction::Transfer, assetId);
    QVERIFY(dialog);
    const QString companyId = window->companyBox()->currentData().toString();
    QTRY_VERIFY_WITH_TIMEOUT(window->lookups()->isLoaded(companyId, LookupKind::Location), 10000);
    QUuid target;
    for (const LookupItem &item : window->lookups()->items(companyId, LookupKind::Location)) {
        if (item.raw.value(QLatin1String("isActive")).toBool(true))
            target = item.id;
    }
    dialog->locationBox()->setCurrentRecord(target, QString());
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QStringLiteral("does not offer")), 10000);
    QVERIFY(!transferAction->isVisible());
    // The other actions stay until they fail in their turn.
    QVERIFY(window->findChild<QAction *>(QStringLiteral("checkoutAction"))->isVisible());
    QCOMPARE(without.countRequests(QStringLiteral("POST"), QStringLiteral("/assets/")), 1);
    dialog->close();
}

void TestWorkspace::depreciationTabShowsTheSchedule()
{
    auto window = createWindow(m_sandbox);
    const QUuid assetId = assetAtRow(*window, 3);
    QVERIFY(!assetId.isNull());
    AssetDetailsDialog *details = window->openAssetById(assetId);
    QVERIFY(details);
    details->showDepreciation();
    DepreciationTab *tab = details->depreciation();
    QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 10000);
    const DepreciationSchedule &schedule = tab->scheduleModel()->schedule();
    QVERIFY2(!schedule.isEmpty(), qPrintable(schedule.reason()));
    QVERIFY(schedule.postedCount() > 0);
    QCOMPARE(schedule.totalChargeCents(), schedule.costCents() - schedule.salvageCents());
    // Posted and computed rows look different.
    ScheduleModel *model = tab->scheduleModel();
    int postedRow = -1;
    int computedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ScheduleModel::PostedRole).toBool())
            postedRow = row;
        else if (computedRow < 0)
            computedRow = row;
    }
    QVERIFY(postedRow >= 0 && computedRow >= 0);
    QVERIFY(!model->index(postedRow, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model->index(computedRow, 0).data(Qt::FontRole).value<QFont>().italic());

    // The "as of" month starts at the current one and drives the totals.
    const int current = schedule.periodAt(QDate::currentDate());
    QCOMPARE(tab->asOfBox()->currentIndex(), qMax(0, current));
    tab->asOfBox()->setCurrentIndex(postedRow);
    const DepreciationSchedule::Period &period = schedule.periods().at(postedRow);
    QVERIFY2(tab->totalsText().contains(Money::fromCents(period.closingCents).toString(QLocale())),
             qPrintable(tab->totalsText()));
    QVERIFY(tab->totalsText().contains(Money::fromCents(period.accumulatedCents).toString(QLocale())));
    // Posted line, computed line and the "as of" marker.
    QCOMPARE(tab->chart()->series().size(), 3);

    // The schedule exports every period and prints to PDF.
    QVERIFY(tab->exporter());
    QTemporaryDir exportDir;
    const QString csvPath = exportDir.filePath(QStringLiteral("schedule.csv"));
    tab->exporter()->exportAction()->trigger();
    QPointer<ExportDialog> exportDialog = tab->exporter()->exportDialog();
    QVERIFY(exportDialog);
    exportDialog->setFormat(ExportDialog::Format::Csv);
    exportDialog->setFilePath(csvPath);
    exportDialog->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(csvPath), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(exportDialog.isNull() || !exportDialog->job() || !exportDialog->job()->isRunning(), 10000);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    // A header, one line per month and the total of the charges.
    const QString csvText = QString::fromUtf8(csv.readAll());
    QCOMPARE(csvText.count(QStringLiteral("\r\n")), model->rowCount() + 2);
    const qint64 total = schedule.totalChargeCents();
    QVERIFY2(csvText.contains(QString::number(total / 100) + u'.' + QString::number(total % 100).rightJustified(2, u'0')),
             qPrintable(csvText.right(200)));
    const QString pdfPath = exportDir.filePath(QStringLiteral("schedule.pdf"));
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(pdfPath);
    ExportJob *printJob = tab->exporter()->printTo(std::move(printer));
    QVERIFY(printJob);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pdfPath).size() > 1000, 20000);
    details->close();
}

void TestWorkspace::registerSummaryAddsUpTheWholeRegister()
{
    auto window = createWindow(m_sandbox);
    QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()->rowCount() > 0, 15000);
    const QString companyId = window->companyBox()->currentData().toString();

    // The sums computed here, from every page of the register.
    qint64 count = 0;
    qint64 cost = 0;
    qint64 accumulated = 0;
    qint64 netBookValue = 0;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    PageWalker walker(window->client(), QStringLiteral("/assets"), query);
    connect(&walker, &PageWalker::pageReceived, this, [&](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            const std::optional<Asset> asset = Asset::fromJson(item.toObject(), nullptr);
            QVERIFY(asset);
            ++count;
            cost += asset->acquisitionCost->cents();
            accumulated += asset->accumulatedDepreciation->cents();
            netBookValue += asset->netBookValue->cents();
        }
    });
    QSignalSpy walked(&walker, &PageWalker::finished);
    walker.start();
    QVERIFY(walked.wait(20000));
    QVERIFY(count > 0);

    window->showRegisterSummary();
    RegisterSummaryPage *page = window->summaryPage();
    QVERIFY(page);
    RegisterSummary *summary = page->summary();
    QTRY_COMPARE_WITH_TIMEOUT(summary->state(), RegisterSummary::State::Ready, 20000);
    QCOMPARE(summary->totals().count, count);
    QCOMPARE(summary->totals().costCents, cost);
    QCOMPARE(summary->totals().accumulatedCents, accumulated);
    QCOMPARE(summary->totals().netBookValueCents, netBookValue);
    QCOMPARE(summary->unreadableAssets(), qint64(0));

    // By category and by location, the groups add up to the same totals,
    // and the last row shows them.
    for (int grouping = 0; grouping < 2; ++grouping) {
        page->groupingBox()->setCurrentIndex(grouping);
        qint64 groupsNbv = 0;
        qint64 groupsCount = 0;
        for (const RegisterSummary::Sums &sums : summary->groupSums()) {
            groupsNbv += sums.netBookValueCents;
            groupsCount += sums.count;
        }
        QCOMPARE(groupsNbv, netBookValue);
        QCOMPARE(groupsCount, count);
        const int total = summary->rowCount() - 1;
        QVERIFY(summary->index(total, 0).data(RegisterSummary::IsTotalRole).toBool());
        QCOMPARE(summary->index(total, RegisterSummary::NetBookValueColumn).data(RegisterSummary::CentsRole).toLongLong(),
                 netBookValue);
        QVERIFY(!page->chart()->series().isEmpty());
    }
    QVERIFY(window->statusText().contains(Money::fromCents(netBookValue).toString(QLocale())));

    // File › Export writes the table with its total row.
    QTemporaryDir exportDir;
    const QString csvPath = exportDir.filePath(QStringLiteral("summary.csv"));
    window->exporter()->exportAction()->trigger();
    QPointer<ExportDialog> exportDialog = window->exporter()->exportDialog();
    QVERIFY(exportDialog);
    exportDialog->setFormat(ExportDialog::Format::Csv);
    exportDialog->setFilePath(csvPath);
    exportDialog->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(csvPath), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(exportDialog.isNull() || !exportDialog->job() || !exportDialog->job()->isRunning(), 10000);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    QCOMPARE(csvText.count(QStringLiteral("\r\n")), summary->rowCount() + 1);
    QVERIFY2(csvText.contains(QStringLiteral("Total")), qPrintable(csvText));
    QVERIFY2(csvText.contains(QString::number(netBookValue / 100) + u'.'
                              + QString::number(netBookValue % 100).rightJustified(2, u'0')),
             qPrintable(csvText));

    // Cancel stops the reading and reports that the figures are partial.
    page->reload();
    QCOMPARE(summary->state(), RegisterSummary::State::Loading);
    QVERIFY(page->cancelButton()->isVisible());
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QCOMPARE(summary->state(), RegisterSummary::State::Cancelled);
    QVERIFY(!page->cancelButton()->isVisible());
    QVERIFY(page->statusText().startsWith(QStringLiteral("Stopped after")));
}

void TestWorkspace::goToAssetTakesOnlyAnExactCodeOrEpc()
{
    auto window = createWindow(m_sandbox);
    QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()->rowCount() > 5, 15000);
    AssetListModel *model = window->assetModel();
    const QString code = model->index(5, AssetListModel::CodeColumn).data().toString();
    const QString epc = model->index(5, AssetListModel::EpcColumn).data().toString();
    const QUuid id = model->assetIdAt(5);
    QVERIFY(!code.isEmpty() && !epc.isEmpty());
    const QString companyId = window->companyBox()->currentData().toString();

    const auto lookUp = [&](const QString &text, QUuid *found, QString *message) {
        auto *dialog = new GoToAssetDialog(window->client(), companyId, window.get());
        QPointer<GoToAssetDialog> guard(dialog);
        QSignalSpy spy(dialog, &GoToAssetDialog::assetFound);
        dialog->show();
        dialog->codeEdit()->setText(text);
        QTest::keyClick(dialog->codeEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() || (guard && !guard->messageText().isEmpty()
                                                   && !guard->messageText().startsWith(QStringLiteral("Looking"))),
                                 10000);
        *found = spy.isEmpty() ? QUuid() : spy.first().first().toUuid();
        *message = guard ? guard->messageText() : QString();
        if (guard)
            guard->close();
    };
    QUuid found;
    QString message;
    // A scanned code in lower case with a trailing line break.
    lookUp(code.toLower() + QStringLiteral("\n"), &found, &message);
    QCOMPARE(found, id);
    lookUp(epc, &found, &message);
    QCOMPARE(found, id);
    // Part of a code opens nothing and explains why.
    lookUp(code.left(code.size() - 2), &found, &message);
    QVERIFY(found.isNull());
    QVERIFY2(message.contains(QStringLiteral("only contain")), qPrintable(message));
    lookUp(QStringLiteral("NO-SUCH-ASSET-42"), &found, &message);
    QVERIFY(found.isNull());
    QVERIFY2(message.startsWith(QStringLiteral("No asset has the code or EPC")), qPrintable(message));

    // From the main window (Asset › Go to asset, Ctrl+L) the asset opens.
    auto *action = window->findChild<QAction *>(QStringLiteral("goToAssetAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    action->trigger();
    GoToAssetDialog *dialog = nullptr;
    for (GoToAssetDialog *candidate : window->findChildren<GoToAssetDialog *>()) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    QVERIFY(dialog);
    dialog->codeEdit()->setText(code);
    dialog->lookUp();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (AssetDetailsDialog *details : window->findChildren<AssetDetailsDialog *>()) {
                if (details->assetId() == id)
                    return true;
            }
            return false;
        }(),
        10000);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
