#include "SandboxProcess.h"

#include "CommandLine.h"
#include "ConnectionPage.h"
#include "ErrorPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PagedTableView.h"
#include "NetworkPage.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "models/AssetListModel.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/Preset.h"
#include "settings/KeychainKeyStore.h"
#include "settings/SessionKeyStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Activo;
using Activo::Test::SandboxProcess;

namespace {

// A keychain that is not there, as on a desktop without a Secret Service.
// The real store produces this only in a process started without a session
// bus, which the rest of this suite needs.
class MissingKeychain : public KeyStore
{
public:
    bool isPersistent() const override { return true; }
    void readKey(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    void writeKey(const QString &, const QString &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void removeKey(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }

private:
    void fail(QObject *context, Callback done)
    {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done({KeyStore::Status::NoBackend, QString(), QStringLiteral("The name org.freedesktop.secrets was "
                                                                         "not provided by any .service files")});
        });
    }
};

} // namespace

class TestRegisterWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartConnectionFlow();
    void badServerInputKeepsDialogOpen();
    void companySwitchIsRemembered();
    void keyboardScrollLoadsEveryPage();
    void searchBoxFiltersRegister();
    void enterOpensAssetDetails();
    void rejectedKeyOpensPreferencesAndRetries();
    void failedLoadShowsErrorWithRetry();
    void noKeychainKeepsKeyForSession();
    void noKeychainDeclinedKeepsInput();
    void forgetKeyRemovesKeychainEntry();
    void lockedPresetServerOnFirstStart();
    void preferencePagesByKeyboard();
    void timeoutIsSetInPreferences();

private:
    std::unique_ptr<MainWindow> createWindow(const QStringList &arguments, const QString &environmentKey,
                                             KeyStore *keychain = nullptr);
    PreferencesDialog *fillConnection(MainWindow &window, const QString &server, const QString &key);
    void waitForRegister(MainWindow &window);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests")}};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    KeychainKeyStore m_keychain;
    SessionKeyStore m_sessionKeys;
};

void TestRegisterWindow::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "No session bus: run this suite through scripts/with-keyring, which starts gnome-keyring.");
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestRegisterWindow::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
}

void TestRegisterWindow::cleanup()
{
    // Leave nothing in the keyring for the next run.
    bool removed = false;
    m_keychain.removeKey(m_sandbox.baseUrl().toString(), this, [&removed](const KeyStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestRegisterWindow::createWindow(const QStringList &arguments,
                                                             const QString &environmentKey, KeyStore *keychain)
{
    const CommandLineOptions options = CommandLineOptions::parse(QStringList{QStringLiteral("activo-desk")} + arguments);
    auto window = std::make_unique<MainWindow>(
        Services{&m_network, m_settings.get(), keychain ? keychain : &m_keychain, &m_sessionKeys, m_drafts.get()},
        options, environmentKey);
    window->show();
    window->start();
    return window;
}

void TestRegisterWindow::waitForRegister(MainWindow &window)
{
    QTRY_COMPARE_WITH_TIMEOUT(window.assetModel()->state(), PagedListModel::State::Ready, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window.assetModel()->rowCount() > 0, 15000);
}

void TestRegisterWindow::firstStartConnectionFlow()
{
    auto window = createWindow({}, QString());
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    PreferencesDialog *preferences = window->preferencesDialog();
    auto *serverEdit = preferences->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *keyEdit = preferences->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *keyHint = preferences->findChild<QLabel *>(QStringLiteral("keyHintLabel"));
    auto *testButton = preferences->findChild<QPushButton *>(QStringLiteral("testButton"));
    auto *testResult = preferences->findChild<QLabel *>(QStringLiteral("testResultLabel"));
    QVERIFY(serverEdit && keyEdit && testButton && testResult && keyHint);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

    QTest::keyClicks(serverEdit, m_sandbox.baseUrl().toString());
    // A key pasted with a line break and spaces around it is cleaned.
    keyEdit->setText(QStringLiteral("  ") + m_sandbox.apiKey() + QStringLiteral("\n"));
    QVERIFY(keyHint->text().contains(QStringLiteral("pasted")));

    QTest::mouseClick(testButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(testResult->text().startsWith(QStringLiteral("Connected: 2 companies")), 10000);

    auto *buttons = preferences->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->preferencesDialog(), 20000);

    waitForRegister(*window);
    QCOMPARE(window->keySource(), KeySource::Keychain);
    QCOMPARE(window->companyBox()->currentText(), QStringLiteral("Acme Corp"));
    QTRY_COMPARE(window->statusText(), QStringLiteral("Showing 100 of 2,500 assets · Acme Corp"));
    QCOMPARE(m_settings->baseUrl(), m_sandbox.baseUrl());

    // The key went to the keychain, never to the settings file.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_sandbox.apiKey().toUtf8()));

    // A second start reads the key back from the keychain.
    window.reset();
    auto second = createWindow({}, QString());
    waitForRegister(*second);
    QCOMPARE(second->keySource(), KeySource::Keychain);
    QVERIFY(!second->preferencesDialog());
}

void TestRegisterWindow::badServerInputKeepsDialogOpen()
{
    auto window = createWindow({}, QString());
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    PreferencesDialog *preferences = window->preferencesDialog();
    auto *serverEdit = preferences->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *keyEdit = preferences->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *serverHint = preferences->findChild<QLabel *>(QStringLiteral("serverHintLabel"));
    QTest::keyClicks(serverEdit, QStringLiteral("http://assets.example.com"));
    QTest::keyClicks(keyEdit, QStringLiteral("no-prefix-key"));
    auto *keyHint = preferences->findChild<QLabel *>(QStringLiteral("keyHintLabel"));
    QVERIFY(keyHint->text().contains(QStringLiteral("ahq_")));

    auto *buttons = preferences->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    QVERIFY2(serverHint->text().contains(QStringLiteral("HTTP")), qPrintable(serverHint->text()));
    // What the user typed is still there.
    QCOMPARE(serverEdit->text(), QStringLiteral("http://assets.example.com"));
    QCOMPARE(keyEdit->text(), QStringLiteral("no-prefix-key"));
    QVERIFY(!m_settings->hasServer());
}

void TestRegisterWindow::companySwitchIsRemembered()
{
    auto window = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}, m_sandbox.apiKey());
    waitForRegister(*window);
    QCOMPARE(window->keySource(), KeySource::Environment);
    QComboBox *companies = window->companyBox();
    QCOMPARE(companies->count(), 2);

    companies->setFocus();
    QTest::keyClick(companies, Qt::Key_Down);
    QTRY_COMPARE(window->assetModel()->companyId(), companies->itemData(1).toString());
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 10000);
    QVERIFY(window->assetModel()->totalCount() < 100);
    QVERIFY(window->statusText().endsWith(companies->itemText(1)));

    window.reset();
    auto again = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}, m_sandbox.apiKey());
    waitForRegister(*again);
    QCOMPARE(again->companyBox()->currentIndex(), 1);
}

void TestRegisterWindow::keyboardScrollLoadsEveryPage()
{
    auto window = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}, m_sandbox.apiKey());
    waitForRegister(*window);
    QTableView *table = window->registerView()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);

    AssetListModel *model = window->assetModel();
    for (int presses = 0; presses < 60 && !model->isComplete(); ++presses) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 10000);
    }
    QVERIFY(model->isComplete());
    QCOMPARE(model->rowCount(), 2500);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 2499);
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), model->index(2499, 0).data().toString());
    QCOMPARE(window->statusText(), QStringLiteral("Showing 2,500 of 2,500 assets · Acme Corp"));
}

void TestRegisterWindow::searchBoxFiltersRegister()
{
    auto window = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}, m_sandbox.apiKey());
    waitForRegister(*window);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->searchEdit()->hasFocus());
    QTest::keyClicks(window->searchEdit(), QStringLiteral("LAP-00"));
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->search(), QStringLiteral("LAP-00"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 10000);
    QVERIFY(window->assetModel()->rowCount() > 0);
    for (int row = 0; row < window->assetModel()->rowCount(); ++row)
        QVERIFY(window->assetModel()->index(row, 0).data().toString().contains(QStringLiteral("LAP-00")));
    QVERIFY(window->statusText().contains(QStringLiteral("matching “LAP-00”")));

    window->searchEdit()->clear();
    QTest::keyClicks(window->searchEdit(), QStringLiteral("no such thing"));
    QTest::keyClick(window->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 10000);
    auto *message = window->registerView()->findChild<QLabel *>(QStringLiteral("stateMessage"));
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("No assets match “no such thing”."));
}

void TestRegisterWindow::enterOpensAssetDetails()
{
    auto window = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}, m_sandbox.apiKey());
    waitForRegister(*window);
    QTableView *table = window->registerView()->table();
    table->setFocus();
    table->setCurrentIndex(window->assetModel()->index(3, 0));
    const QString code = window->assetModel()->index(3, 0).data().toString();
    QTest::keyClick(table, Qt::Key_Return);

    QDialog *details = nullptr;
    QTRY_VERIFY((details = window->findChild<QDialog *>(QStringLiteral("AssetDetailsDialog"))) != nullptr);
    auto *codeEdit = details->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QTRY_COMPARE_WITH_TIMEOUT(codeEdit->text(), code, 10000);
    QVERIFY(codeEdit->isReadOnly());
    QVERIFY(!details->findChild<QLineEdit *>(QStringLiteral("netBookValueEdit"))->text().isEmpty());
    QVERIFY(!details->findChild<QLineEdit *>(QStringLiteral("categoryEdit"))->text().isEmpty());
    details->close();
}

void TestRegisterWindow::rejectedKeyOpensPreferencesAndRetries()
{
    auto window = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()},
                               QStringLiteral("ahq_revoked_key"));
    QTRY_VERIFY_WITH_TIMEOUT(window->preferencesDialog() && window->preferencesDialog()->isVisible(), 10000);
    PreferencesDialog *preferences = window->preferencesDialog();
    auto *reason = preferences->findChild<QLabel *>(QStringLiteral("reasonLabel"));
    QVERIFY2(reason->text().contains(QStringLiteral("401")), qPrintable(reason->text()));

    auto *keyEdit = preferences->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QTest::keyClicks(keyEdit, m_sandbox.apiKey());
    auto *buttons = preferences->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    waitForRegister(*window);
    QCOMPARE(window->keySource(), KeySource::Keychain);
    QCOMPARE(window->client()->apiKeyFingerprint().size(), 8);
}

void TestRegisterWindow::failedLoadShowsErrorWithRetry()
{
    auto window = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--company"),
                                QStringLiteral("00000000-0000-0000-0000-000000000001")},
                               m_sandbox.apiKey());
    // An unknown --company falls back to a known one.
    waitForRegister(*window);
    QVERIFY(window->assetModel()->companyId() != QStringLiteral("00000000-0000-0000-0000-000000000001"));

    // Point the register at a company the server does not know to make the load fail.
    window->assetModel()->setCompanyId(QStringLiteral("00000000-0000-0000-0000-000000000002"));
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Failed, 10000);
    auto *panel = window->registerView()->findChild<ErrorPanel *>(QStringLiteral("errorPanel"));
    QTRY_VERIFY(panel->isVisible());
    auto *message = panel->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("Company not found.")), qPrintable(message->text()));
    auto *requestId = panel->findChild<QLabel *>(QStringLiteral("errorRequestId"));
    QVERIFY(requestId->text().startsWith(QStringLiteral("Request id: ")));

    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("copyDetailsButton")), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("Company not found.")));
    QVERIFY(copied.contains(requestId->text().mid(12)));
    QVERIFY(!copied.contains(m_sandbox.apiKey()));

    const int before = m_sandbox.standardError().count(QStringLiteral("00000000-0000-0000-0000-000000000002"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.standardError().count(QStringLiteral("00000000-0000-0000-0000-000000000002"))
                                 > before,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Failed, 10000);
}

PreferencesDialog *TestRegisterWindow::fillConnection(MainWindow &window, const QString &server, const QString &key)
{
    PreferencesDialog *preferences = window.preferencesDialog();
    if (!preferences)
        return nullptr;
    auto *serverEdit = preferences->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *keyEdit = preferences->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server);
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
    auto *buttons = preferences->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return preferences;
}

void TestRegisterWindow::noKeychainKeepsKeyForSession()
{
    MissingKeychain keychain;
    auto window = createWindow({}, QString(), &keychain);
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    fillConnection(*window, m_sandbox.baseUrl().toString(), m_sandbox.apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(!window->preferencesDialog(), 10000);
    waitForRegister(*window);
    QCOMPARE(window->keySource(), KeySource::Session);
    auto *serverLabel = window->findChild<QLabel *>(QStringLiteral("serverLabel"));
    QVERIFY2(serverLabel->text().contains(QStringLiteral("session only")), qPrintable(serverLabel->text()));

    // Nothing reached the settings file, and a new window of this run finds the session key.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_sandbox.apiKey().toUtf8()));
    window.reset();
    auto again = createWindow({}, QString(), &keychain);
    waitForRegister(*again);
    QCOMPARE(again->keySource(), KeySource::Session);

    bool removed = false;
    m_sessionKeys.removeKey(m_sandbox.baseUrl().toString(), this, [&removed](const KeyStore::Result &) {
        removed = true;
    });
    QTRY_VERIFY(removed);
}

void TestRegisterWindow::noKeychainDeclinedKeepsInput()
{
    MissingKeychain keychain;
    auto window = createWindow({}, QString(), &keychain);
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    MessageBox::setNextAnswer(QMessageBox::No);
    PreferencesDialog *preferences = fillConnection(*window, m_sandbox.baseUrl().toString(), m_sandbox.apiKey());
    auto *status = preferences->findChild<QLabel *>(QStringLiteral("keyStatusLabel"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("No system keychain")));
    QTest::qWait(100);
    QVERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    QCOMPARE(preferences->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text(), m_sandbox.apiKey());
    QCOMPARE(window->keySource(), KeySource::None);
    QCOMPARE(window->assetModel()->state(), PagedListModel::State::Idle);
}

void TestRegisterWindow::forgetKeyRemovesKeychainEntry()
{
    auto window = createWindow({}, QString());
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    fillConnection(*window, m_sandbox.baseUrl().toString(), m_sandbox.apiKey());
    waitForRegister(*window);
    QCOMPARE(window->keySource(), KeySource::Keychain);

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    PreferencesDialog *preferences = window->preferencesDialog();
    auto *forget = preferences->findChild<QPushButton *>(QStringLiteral("forgetButton"));
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    auto *status = preferences->findChild<QLabel *>(QStringLiteral("keyStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("removed")), 10000);
    QCOMPARE(window->keySource(), KeySource::None);
    QVERIFY(!forget->isEnabled());

    KeyStore::Result result;
    bool done = false;
    m_keychain.readKey(m_sandbox.baseUrl().toString(), this, [&](const KeyStore::Result &read) {
        result = read;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(result.status, KeyStore::Status::NotFound);
}

void TestRegisterWindow::preferencePagesByKeyboard()
{
    auto window = createWindow({}, QString());
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    PreferencesDialog *preferences = window->preferencesDialog();
    QApplication::setActiveWindow(preferences);
    auto *pageList = preferences->findChild<QListWidget *>(QStringLiteral("pageList"));
    auto *pages = preferences->findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *serverEdit = preferences->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    QVERIFY(pageList && pages && serverEdit);

    // Tab from the server field goes round the dialog and reaches the page list.
    serverEdit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), serverEdit);
    bool reachedList = false;
    for (int presses = 0; presses < 20 && !reachedList; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reachedList = QApplication::focusWidget() == pageList;
    }
    QVERIFY(reachedList);
    QTest::keyClick(pageList, Qt::Key_Down);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("languagePage"));
    // The next Tab enters the page on screen.
    QTest::keyClick(pageList, Qt::Key_Tab);
    QVERIFY(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()));
}

void TestRegisterWindow::timeoutIsSetInPreferences()
{
    auto window = createWindow({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()}, m_sandbox.apiKey());
    waitForRegister(*window);
    QCOMPARE(window->client()->transferTimeout(), std::chrono::milliseconds(30000));

    auto *preferencesAction = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferencesAction);
    preferencesAction->trigger();
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    PreferencesDialog *preferences = window->preferencesDialog();
    QSpinBox *timeout = preferences->networkPage()->timeoutBox();
    QCOMPARE(timeout->value(), 30);
    // Digits that would pass the limit are not taken.
    QCOMPARE(timeout->minimum(), 5);
    QCOMPARE(timeout->maximum(), 600);
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("9999"));
    timeout->interpretText();
    QVERIFY(timeout->value() <= 600);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("12"));
    timeout->interpretText();
    QCOMPARE(timeout->value(), 12);

    auto *buttons = preferences->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->preferencesDialog(), 20000);
    QCOMPARE(m_settings->requestTimeoutSeconds(), 12);
    QCOMPARE(window->client()->transferTimeout(), std::chrono::milliseconds(12000));
}

void TestRegisterWindow::lockedPresetServerOnFirstStart()
{
    QFile file(m_home->filePath(QStringLiteral("preset.ini")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Preset]\nBaseUrl=" + m_sandbox.baseUrl().toString().toUtf8() + "\nLockConnection=1\n");
    file.close();
    m_settings->setPreset(Preset::fromFile(file.fileName()));

    auto window = createWindow({}, QString());
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    PreferencesDialog *preferences = window->preferencesDialog();
    auto *serverEdit = preferences->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    QCOMPARE(serverEdit->text(), m_sandbox.baseUrl().toString());
    QVERIFY(serverEdit->isReadOnly());
    auto *reason = preferences->findChild<QLabel *>(QStringLiteral("reasonLabel"));
    QVERIFY2(reason->text().contains(m_sandbox.baseUrl().toDisplayString()), qPrintable(reason->text()));

    // Only the key is needed; the preset's server is used.
    QTest::keyClicks(preferences->findChild<QLineEdit *>(QStringLiteral("keyEdit")), m_sandbox.apiKey());
    QTest::mouseClick(preferences->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    waitForRegister(*window);
    QCOMPARE(window->client()->baseUrl(), m_sandbox.baseUrl());
}

QTEST_MAIN(TestRegisterWindow)
#include "tst_registerwindow.moc"
