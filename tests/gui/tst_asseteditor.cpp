#include "SandboxProcess.h"

#include "AssetEditorDialog.h"
#include "DateLineEdit.h"
#include "CommandLine.h"
#include "LookupComboBox.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MoneyLineEdit.h"
#include "PagedTableView.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/AssetListModel.h"
#include "models/LookupCache.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;

namespace {

// Set in the child process that the draft test kills.
const char *kChildModeVariable = "ACTIVO_EDITOR_TEST_CHILD";

struct ServerReply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
};

// One request to the sandbox, outside the application's code path, to check
// what the server stored.
ServerReply request(QNetworkAccessManager &network, const SandboxProcess &sandbox, const QByteArray &method,
                    const QString &path, const QUrlQuery &query, const QByteArray &body = QByteArray())
{
    ApiClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.apiKey());
    client.setRetryPolicy(0, std::chrono::milliseconds(10));
    ApiJob *job = method == "GET" ? client.get(path, query) : client.sendJson(method, path, query, body);
    ServerReply reply;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, [&](ApiJob *finished) {
        reply.status = finished->httpStatus();
        reply.body = finished->rawBody();
        reply.json = QJsonDocument::fromJson(reply.body);
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        qWarning("the sandbox did not answer %s %s", method.constData(), qPrintable(path));
    return reply;
}

// The editor deletes itself when it closes, so tests hold it in a QPointer.
bool isClosed(const QPointer<AssetEditorDialog> &editor)
{
    return !editor || !editor->isVisible();
}

} // namespace

class TestAssetEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dateParsing_data();
    void dateParsing();
    void createWithKeyboardOnly();
    void germanAmountReachesServerExactly();
    void requiredFieldsCheckedBeforeSending();
    void serverErrorShownBesideField();
    void escapeWithChangesAsks();
    void editKeepsUnknownProperties();
    void saveAndNewKeepsSeriesFields();
    void droppedCreateLeavesOneAsset();
    void droppedDuplicateIsNotTakenAsSaved();
    void droppedUpdateIsConfirmed();
    void rejectedKeyDuringSaveRetries();
    void draftOfferedAfterKill();
    void editorKeepsItsCompanyLists();

private:
    std::unique_ptr<MainWindow> createWindow();
    AssetEditorDialog *openNewAsset(MainWindow &window);
    void waitForLookups(MainWindow &window);
    QJsonArray findAssets(const QString &code);
    template <typename T>
    T *field(AssetEditorDialog *editor, const char *name)
    {
        return editor->findChild<T *>(QLatin1String(name));
    }

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests"), QStringLiteral("--api-key"),
                              QStringLiteral("ahq_editor_test_key"), QStringLiteral("--api-key"),
                              QStringLiteral("ahq_editor_second_key")}};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keychain;
    SessionKeyStore m_sessionKeys;
    QString m_key;
};

void TestAssetEditor::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestAssetEditor::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
    m_key = QStringLiteral("ahq_editor_test_key");
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void TestAssetEditor::cleanup()
{
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestAssetEditor::createWindow()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
    auto window = std::make_unique<MainWindow>(
        Services{&m_network, m_settings.get(), &m_keychain, &m_sessionKeys, m_drafts.get()}, options, m_key);
    window->show();
    window->start();
    if (!QTest::qWaitFor([&window] { return window->assetModel()->state() == PagedListModel::State::Ready; }, 15000))
        qWarning("the register did not load");
    return window;
}

void TestAssetEditor::waitForLookups(MainWindow &window)
{
    for (LookupKind kind : LookupCache::allKinds())
        QTRY_VERIFY_WITH_TIMEOUT(window.lookups()->isLoaded(window.assetModel()->companyId(), kind), 15000);
}

AssetEditorDialog *TestAssetEditor::openNewAsset(MainWindow &window)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<AssetEditorDialog> editor = nullptr;
    if (!QTest::qWaitFor([&] { return (editor = window.findChild<AssetEditorDialog *>()) != nullptr; }, 5000))
        return nullptr;
    if (!QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

QJsonArray TestAssetEditor::findAssets(const QString &code)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_settings->lastCompany(m_sandbox.baseUrl()));
    query.addQueryItem(QStringLiteral("search"), code);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("200"));
    const ServerReply reply = request(m_network, m_sandbox, "GET", QStringLiteral("/assets"), query);
    QJsonArray exact;
    for (const QJsonValue &value : reply.json.object().value(QLatin1String("items")).toArray()) {
        if (value.toObject().value(QLatin1String("assetCode")).toString() == code)
            exact.append(value);
    }
    return exact;
}

void TestAssetEditor::dateParsing_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected"); // invalid: the text must be refused

    QTest::newRow("en_US full") << "en_US" << "11/15/2026" << QDate(2026, 11, 15);
    QTest::newRow("en_US one digit") << "en_US" << "3/5/2026" << QDate(2026, 3, 5);
    QTest::newRow("en_US two-digit year") << "en_US" << "11/15/26" << QDate(2026, 11, 15);
    QTest::newRow("en_US day first is refused") << "en_US" << "15/11/2026" << QDate();
    QTest::newRow("ISO") << "de_DE" << "2026-01-31" << QDate(2026, 1, 31);
    QTest::newRow("de_DE") << "de_DE" << "31.1.2026" << QDate(2026, 1, 31);
    QTest::newRow("de_DE amount typed by mistake") << "de_DE" << "1.234,56" << QDate();
    QTest::newRow("en_GB last century") << "en_GB" << "31/12/99" << QDate(1999, 12, 31);
    QTest::newRow("en_GB this century") << "en_GB" << "1/2/30" << QDate(2030, 2, 1);
    QTest::newRow("far future refused") << "en_GB" << "01/02/3456" << QDate();
    QTest::newRow("text") << "es_ES" << "ayer" << QDate();
    QTest::newRow("31 February") << "en_GB" << "31/02/2026" << QDate();
}

void TestAssetEditor::dateParsing()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    const DateLineEdit::Result result =
        DateLineEdit::parse(typed, QLocale(locale), QDate(1900, 1, 1), QDate::currentDate().addYears(10));
    QCOMPARE(result.date, expected);
    QCOMPARE(result.error.isEmpty(), expected.isValid());
    if (!expected.isValid())
        QVERIFY2(result.error.contains(typed) || result.error.contains(QStringLiteral("range")), qPrintable(result.error));
}

void TestAssetEditor::createWithKeyboardOnly()
{
    auto window = createWindow();
    waitForLookups(*window);
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    const LookupItem category = window->lookups()->items(window->assetModel()->companyId(), LookupKind::Category).constFirst();
    const LookupItem location = window->lookups()->items(window->assetModel()->companyId(), LookupKind::Location).constLast();

    // Tab from field to field, as a user entering acquisitions does.
    QWidget *focus = QApplication::focusWidget();
    QCOMPARE(focus, field<QLineEdit>(editor, "codeEdit"));
    QTest::keyClicks(focus, QStringLiteral("KBD-0001"));
    QTest::keyClick(focus, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Standing desk, oak"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget()->objectName().startsWith(QStringLiteral("category")));
    QTest::keyClicks(QApplication::focusWidget(), category.code);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget()->objectName().startsWith(QStringLiteral("location")));
    QTest::keyClicks(QApplication::focusWidget(), location.code);

    auto *cost = field<MoneyLineEdit>(editor, "acquisitionCostEdit");
    cost->setFocus();
    QTest::keyClicks(cost, QStringLiteral("1,234.56"));
    QTest::keyClick(cost, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("100"));

    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(editor), 10000);

    const QJsonArray stored = findAssets(QStringLiteral("KBD-0001"));
    QCOMPARE(stored.size(), 1);
    const QJsonObject asset = stored.first().toObject();
    QCOMPARE(asset.value(QLatin1String("name")).toString(), QStringLiteral("Standing desk, oak"));
    QCOMPARE(asset.value(QLatin1String("categoryId")).toString(), category.id.toString(QUuid::WithoutBraces));
    QCOMPARE(asset.value(QLatin1String("locationId")).toString(), location.id.toString(QUuid::WithoutBraces));
    QCOMPARE(asset.value(QLatin1String("salvageValue")).toDouble(), 100.0);

    // The new asset is at the top of the register, selected, without a reload.
    QCOMPARE(window->assetModel()->index(0, AssetListModel::CodeColumn).data().toString(), QStringLiteral("KBD-0001"));
    QCOMPARE(window->registerView()->table()->currentIndex().row(), 0);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), 1);
}

void TestAssetEditor::germanAmountReachesServerExactly()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    auto window = createWindow();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    QTest::keyClicks(field<QLineEdit>(editor, "codeEdit"), QStringLiteral("DEU-0001"));
    QTest::keyClicks(field<QLineEdit>(editor, "nameEdit"), QStringLiteral("Gabelstapler"));
    auto *cost = field<MoneyLineEdit>(editor, "acquisitionCostEdit");
    QTest::keyClicks(cost, QStringLiteral("1.234,56"));
    QTest::keyClick(cost, Qt::Key_Tab);
    // What was understood is shown back in the user's format.
    QCOMPARE(cost->text(), QStringLiteral("1.234,56"));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(editor), 10000);

    const QJsonArray stored = findAssets(QStringLiteral("DEU-0001"));
    QCOMPARE(stored.size(), 1);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_settings->lastCompany(m_sandbox.baseUrl()));
    const ServerReply reply = request(m_network, m_sandbox, "GET",
                                      QStringLiteral("/assets/") + stored.first().toObject().value(QLatin1String("id")).toString(),
                                      query);
    QVERIFY2(reply.body.contains("\"acquisitionCost\":1234.56"), reply.body.constData());
}

void TestAssetEditor::requiredFieldsCheckedBeforeSending()
{
    auto window = createWindow();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    const int before = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets"));
    QTest::keyClicks(field<MoneyLineEdit>(editor, "acquisitionCostEdit"), QStringLiteral("1,5"));
    editor->save();

    QVERIFY(field<QLabel>(editor, "codeError")->isVisible());
    QVERIFY(field<QLabel>(editor, "nameError")->isVisible());
    auto *costError = field<QLabel>(editor, "acquisitionCostError");
    QVERIFY(costError->isVisible());
    QVERIFY2(costError->text().contains(QStringLiteral("1,5")), qPrintable(costError->text()));
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(editor, "codeEdit"));
    QTest::qWait(100);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), before);
    QVERIFY(editor->isVisible());
    QCOMPARE(field<MoneyLineEdit>(editor, "acquisitionCostEdit")->text(), QStringLiteral("1,5"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->reject();
}

void TestAssetEditor::serverErrorShownBesideField()
{
    auto window = createWindow();
    const QString existing = window->assetModel()->index(0, AssetListModel::CodeColumn).data().toString();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    QTest::keyClicks(field<QLineEdit>(editor, "codeEdit"), existing);
    QTest::keyClicks(field<QLineEdit>(editor, "nameEdit"), QStringLiteral("Duplicate"));
    QTest::keyClicks(field<MoneyLineEdit>(editor, "acquisitionCostEdit"), QStringLiteral("10"));
    editor->save();

    auto *codeError = field<QLabel>(editor, "codeError");
    QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible(), 10000);
    QVERIFY2(codeError->text().contains(existing), qPrintable(codeError->text()));
    QVERIFY(editor->isVisible());
    QCOMPARE(field<QLineEdit>(editor, "codeEdit")->text(), existing);
    QCOMPARE(field<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("Duplicate"));
    QCOMPARE(field<MoneyLineEdit>(editor, "acquisitionCostEdit")->text(), QStringLiteral("10"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->reject();
}

void TestAssetEditor::escapeWithChangesAsks()
{
    auto window = createWindow();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    QTest::keyClicks(field<QLineEdit>(editor, "nameEdit"), QStringLiteral("Half typed"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::qWait(100);
    QVERIFY(editor->isVisible());
    QCOMPARE(field<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("Half typed"));

    QPointer<AssetEditorDialog> guard(editor);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

void TestAssetEditor::editKeepsUnknownProperties()
{
    auto window = createWindow();
    waitForLookups(*window);
    const LookupItem category = window->lookups()->items(window->assetModel()->companyId(), LookupKind::Category).constFirst();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), window->assetModel()->companyId());
    const QByteArray body = QStringLiteral(R"({"assetCode":"UNK-0001","name":"Scanner","categoryId":"%1",
        "acquisitionDate":"2024-03-01","acquisitionCost":800.00,"salvageValue":0,"usefulLifeMonths":36,
        "serialNumber":"SN-42","customFields":{"floor":3}})").arg(category.id.toString(QUuid::WithoutBraces)).toUtf8();
    const ServerReply created = request(m_network, m_sandbox, "POST", QStringLiteral("/assets"), query, body);
    QCOMPARE(created.status, 201);
    const QString id = created.json.object().value(QLatin1String("id")).toString();

    QPointer<AssetEditorDialog> editor = window->editAsset(QUuid::fromString(id));
    QVERIFY(editor);
    auto *name = field<QLineEdit>(editor, "nameEdit");
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Scanner"), 10000);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Document scanner"));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(editor), 10000);

    const ServerReply after = request(m_network, m_sandbox, "GET", QStringLiteral("/assets/") + id, query);
    const QJsonObject asset = after.json.object();
    QCOMPARE(asset.value(QLatin1String("name")).toString(), QStringLiteral("Document scanner"));
    QCOMPARE(asset.value(QLatin1String("serialNumber")).toString(), QStringLiteral("SN-42"));
    QCOMPARE(asset.value(QLatin1String("customFields")).toObject().value(QLatin1String("floor")).toInt(), 3);
    QCOMPARE(asset.value(QLatin1String("categoryId")).toString(), category.id.toString(QUuid::WithoutBraces));
    // The register row changed in place.
    const int row = window->assetModel()->rowOfAsset(QUuid::fromString(id));
    if (row >= 0)
        QCOMPARE(window->assetModel()->index(row, AssetListModel::NameColumn).data().toString(),
                 QStringLiteral("Document scanner"));
}

void TestAssetEditor::saveAndNewKeepsSeriesFields()
{
    auto window = createWindow();
    waitForLookups(*window);
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    const LookupItem category = window->lookups()->items(window->assetModel()->companyId(), LookupKind::Category).constLast();
    QTest::keyClicks(field<QLineEdit>(editor, "codeEdit"), QStringLiteral("SER-0001"));
    QTest::keyClicks(field<QLineEdit>(editor, "nameEdit"), QStringLiteral("Chair 1"));
    field<LookupComboBox>(editor, "categoryBox")->setCurrentRecord(category.id, QString());
    field<DateLineEdit>(editor, "acquisitionDateEdit")->setDate(QDate(2026, 11, 30));
    QTest::keyClicks(field<MoneyLineEdit>(editor, "acquisitionCostEdit"), QStringLiteral("250"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);

    auto *code = field<QLineEdit>(editor, "codeEdit");
    QTRY_VERIFY_WITH_TIMEOUT(code->text().isEmpty(), 10000);
    QVERIFY(editor->isVisible());
    QCOMPARE(field<LookupComboBox>(editor, "categoryBox")->currentRecordId(), category.id);
    QCOMPARE(field<DateLineEdit>(editor, "acquisitionDateEdit")->parseResult().date, QDate(2026, 11, 30));
    QVERIFY(field<QLineEdit>(editor, "nameEdit")->text().isEmpty());
    QVERIFY(field<MoneyLineEdit>(editor, "acquisitionCostEdit")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), code);
    QCOMPARE(findAssets(QStringLiteral("SER-0001")).size(), 1);
    editor->reject();
}

void TestAssetEditor::droppedCreateLeavesOneAsset()
{
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("drop-after-store,path=/assets,method=POST,times=1"), &error),
             qPrintable(error));
    auto window = createWindow();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets"));
    QTest::keyClicks(field<QLineEdit>(editor, "codeEdit"), QStringLiteral("DRP-0001"));
    QTest::keyClicks(field<QLineEdit>(editor, "nameEdit"), QStringLiteral("Router"));
    QTest::keyClicks(field<MoneyLineEdit>(editor, "acquisitionCostEdit"), QStringLiteral("99.90"));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(editor), 20000);

    QCOMPARE(findAssets(QStringLiteral("DRP-0001")).size(), 1);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore + 1);
    QCOMPARE(window->assetModel()->index(0, AssetListModel::CodeColumn).data().toString(), QStringLiteral("DRP-0001"));
}

void TestAssetEditor::droppedDuplicateIsNotTakenAsSaved()
{
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("drop-after-store,path=/assets,method=POST,times=1"), &error),
             qPrintable(error));
    auto window = createWindow();
    const QString existing = window->assetModel()->index(1, AssetListModel::CodeColumn).data().toString();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    QTest::keyClicks(field<QLineEdit>(editor, "codeEdit"), existing);
    QTest::keyClicks(field<QLineEdit>(editor, "nameEdit"), QStringLiteral("My new scanner"));
    QTest::keyClicks(field<MoneyLineEdit>(editor, "acquisitionCostEdit"), QStringLiteral("300"));
    editor->save();

    auto *panel = editor->findChild<QWidget *>(QStringLiteral("saveErrorPanel"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 15000);
    auto *message = panel->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("another asset")), qPrintable(message->text()));
    QVERIFY(editor->isVisible());
    QCOMPARE(field<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("My new scanner"));
    const QJsonArray stored = findAssets(existing);
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().toObject().value(QLatin1String("name")).toString() != QStringLiteral("My new scanner"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->reject();
}

void TestAssetEditor::droppedUpdateIsConfirmed()
{
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("drop-after-store,path=/assets/,method=PUT,times=1"), &error),
             qPrintable(error));
    auto window = createWindow();
    const QUuid id = window->assetModel()->assetIdAt(2);
    const int putsBefore = m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/"));
    QPointer<AssetEditorDialog> editor = window->editAsset(id);
    QVERIFY(editor);
    auto *name = field<QLineEdit>(editor, "nameEdit");
    QTRY_VERIFY_WITH_TIMEOUT(!name->text().isEmpty(), 10000);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Renamed while the line dropped"));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(editor), 15000);
    QCOMPARE(window->assetModel()->index(window->assetModel()->rowOfAsset(id), AssetListModel::NameColumn).data().toString(),
             QStringLiteral("Renamed while the line dropped"));
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/")), putsBefore + 1);
}

void TestAssetEditor::rejectedKeyDuringSaveRetries()
{
    auto window = createWindow();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    QTest::keyClicks(field<QLineEdit>(editor, "codeEdit"), QStringLiteral("KEY-0001"));
    QTest::keyClicks(field<QLineEdit>(editor, "nameEdit"), QStringLiteral("Projector"));
    QTest::keyClicks(field<MoneyLineEdit>(editor, "acquisitionCostEdit"), QStringLiteral("640"));

    QString error;
    QVERIFY2(m_sandbox.revokeKey(m_key, &error), qPrintable(error));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(window->preferencesDialog() && window->preferencesDialog()->isVisible(), 10000);
    QVERIFY(editor->isVisible());
    QCOMPARE(field<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("Projector"));

    PreferencesDialog *preferences = window->preferencesDialog();
    QTest::keyClicks(preferences->findChild<QLineEdit *>(QStringLiteral("keyEdit")),
                     QStringLiteral("ahq_editor_second_key"));
    QTest::mouseClick(preferences->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(editor), 15000);
    // The checks below use the first key, so it is accepted again first.
    QVERIFY2(m_sandbox.acceptKey(m_key, &error), qPrintable(error));
    QCOMPARE(findAssets(QStringLiteral("KEY-0001")).size(), 1);
}

void TestAssetEditor::draftOfferedAfterKill()
{
    // A child process opens the editor, types, and is killed once its draft is on disk.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(kChildModeVariable), m_home->path());
    environment.insert(QStringLiteral("ACTIVO_TEST_BASE_URL"), m_sandbox.baseUrl().toString());
    environment.insert(QStringLiteral("ACTIVO_TEST_KEY"), m_key);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray childOutput;
    const bool written = QTest::qWaitFor(
        [&] {
            childOutput += child.readAllStandardOutput();
            return childOutput.contains("draft written") || child.state() == QProcess::NotRunning;
        },
        30000);
    QVERIFY2(written && childOutput.contains("draft written"),
             qPrintable(QStringLiteral("child exit code %1, output: %2, errors: %3")
                            .arg(child.exitCode())
                            .arg(QString::fromLocal8Bit(childOutput),
                                 QString::fromLocal8Bit(child.readAllStandardError().right(2000)))));
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    auto window = createWindow();
    QPointer<AssetEditorDialog> editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<AssetEditorDialog *>()) != nullptr, 10000);
    QCOMPARE(field<QLineEdit>(editor, "codeEdit")->text(), QStringLiteral("DRF-0001"));
    QCOMPARE(field<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("Killed mid-edit"));
    QCOMPARE(field<MoneyLineEdit>(editor, "acquisitionCostEdit")->text(), QStringLiteral("4321.09"));
    QCOMPARE(field<MoneyLineEdit>(editor, "salvageValueEdit")->text(), QStringLiteral("1,5"));
    QVERIFY(editor->isNewAsset());
    field<MoneyLineEdit>(editor, "salvageValueEdit")->clear();

    // Saving removes the draft.
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(isClosed(editor), 10000);
    m_drafts->waitForWrites();
    QTRY_VERIFY(QDir(m_home->filePath(QStringLiteral("drafts"))).entryList(QDir::Files).isEmpty());
}

void TestAssetEditor::editorKeepsItsCompanyLists()
{
    auto window = createWindow();
    waitForLookups(*window);
    const QString first = window->assetModel()->companyId();
    QPointer<AssetEditorDialog> editor = openNewAsset(*window);
    QVERIFY(editor);
    auto *category = field<LookupComboBox>(editor, "categoryBox");
    const int firstCount = category->count();
    QCOMPARE(firstCount, window->lookups()->items(first, LookupKind::Category).size() + 1);

    // The main window moves to the other company while the editor stays open.
    QComboBox *companies = window->companyBox();
    companies->setCurrentIndex(1);
    Q_EMIT companies->activated(1);
    QTRY_VERIFY(window->assetModel()->companyId() != first);
    waitForLookups(*window);
    QTest::qWait(100);
    QCOMPARE(editor->companyId(), first);
    QCOMPARE(category->count(), firstCount);
    const LookupItem firstCategory = window->lookups()->items(first, LookupKind::Category).constFirst();
    QCOMPARE(category->itemText(1).section(QStringLiteral(" — "), 0, 0), firstCategory.code);
    editor->reject();
}

// The child of draftOfferedAfterKill: edits an asset and waits to be killed.
static int runDraftChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QString home = qEnvironmentVariable(kChildModeVariable);
    QNetworkAccessManager network;
    AppSettings settings(home + QStringLiteral("/settings.ini"));
    DraftStore drafts(home + QStringLiteral("/drafts"));
    SessionKeyStore keys;
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), qEnvironmentVariable("ACTIVO_TEST_BASE_URL")});
    MainWindow window({&network, &settings, &keys, &keys, &drafts}, options, qEnvironmentVariable("ACTIVO_TEST_KEY"));
    window.show();
    window.start();
    if (!QTest::qWaitFor([&] { return window.assetModel()->state() == PagedListModel::State::Ready; }, 15000))
        return 2;
    QPointer<AssetEditorDialog> editor = window.newAsset();
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("codeEdit")), QStringLiteral("DRF-0001"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Killed mid-edit"));
    auto *cost = editor->findChild<QLineEdit *>(QStringLiteral("acquisitionCostEdit"));
    QTest::keyClicks(cost, QStringLiteral("4321.09"));
    // Not a valid amount yet: the draft keeps the text as typed.
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("salvageValueEdit")), QStringLiteral("1,5"));
    settings.sync();
    const QDir folder(home + QStringLiteral("/drafts"));
    if (!QTest::qWaitFor([&] { return !folder.entryList(QDir::Files).isEmpty(); }, 10000))
        return 3;
    std::printf("draft written\n");
    std::fflush(stdout);
    return QApplication::exec();
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildModeVariable))
        return runDraftChild(argc, argv);
    QApplication app(argc, argv);
    TestAssetEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_asseteditor.moc"
