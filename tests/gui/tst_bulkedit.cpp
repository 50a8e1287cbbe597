#include "SandboxProcess.h"

#include "BulkEditController.h"
#include "BulkEditDialog.h"
#include "CommandLine.h"
#include "LookupComboBox.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PagedTableView.h"
#include "SelectByCodesDialog.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "bulk/BulkAssetUpdate.h"
#include "models/AssetListModel.h"
#include "models/LookupCache.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QSignalSpy>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;

// Bulk edit in the register: selecting rows, "Select by codes…" and
// "Change selected…", with real widgets against the sandbox.
class TestBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void changeSelectedRowsSetsLocation();
    void disposedAssetIsListedInPreview();
    void selectByCodesWithUnknownCode();

private:
    std::unique_ptr<MainWindow> createWindow();
    void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {});
    QString codeAtSkip(MainWindow &window, int skip);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests"), QStringLiteral("--today"),
                              QStringLiteral("2025-06-30")}};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keys;
};

void TestBulkEdit::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestBulkEdit::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
}

void TestBulkEdit::cleanup()
{
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestBulkEdit::createWindow()
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

void TestBulkEdit::clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers)
{
    const QRect rect = table->visualRect(table->model()->index(row, AssetListModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
}

QString TestBulkEdit::codeAtSkip(MainWindow &window, int skip)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), window.assetModel()->companyId());
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("1"));
    QString code;
    bool done = false;
    ApiJob *job = window.client()->get(QStringLiteral("/assets"), query);
    connect(job, &ApiJob::finished, this, [&](ApiJob *finished) {
        const QJsonArray items = finished->json().object().value(QLatin1String("items")).toArray();
        code = items.isEmpty() ? QString() : items.first().toObject().value(QLatin1String("assetCode")).toString();
        done = true;
    });
    job->start();
    (void)QTest::qWaitFor([&done] { return done; }, 10000);
    return code;
}

void TestBulkEdit::changeSelectedRowsSetsLocation()
{
    auto window = createWindow();
    AssetListModel *model = window->assetModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 20, 15000);
    QTableView *table = window->registerView()->table();
    BulkEditController *bulk = window->bulkEdit();
    QVERIFY(!bulk->changeSelectedAction()->isEnabled());

    // Ctrl+A selects every loaded row.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(bulk->selectedCount(), model->rowCount());
    QCOMPARE(bulk->selectionText(), QStringLiteral("%1 assets selected").arg(model->rowCount()));

    // A click, a Shift+click and a Ctrl+click select rows 2 to 4 and 7.
    clickRow(table, 2);
    QCOMPARE(bulk->selectedCount(), 1);
    clickRow(table, 4, Qt::ShiftModifier);
    clickRow(table, 7, Qt::ControlModifier);
    QCOMPARE(bulk->selectedCount(), 4);
    QCOMPARE(bulk->selectionText(), QStringLiteral("4 assets selected"));
    QVERIFY(bulk->changeSelectedAction()->isEnabled());
    QCOMPARE(bulk->changeSelectedAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));

    // Another list of the window hides the count and turns the actions off until the register is back.
    window->showSection(Resource::Locations);
    QVERIFY(!bulk->changeSelectedAction()->isEnabled());
    QVERIFY(!bulk->selectByCodesAction()->isEnabled());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("selectionLabel"))->isHidden());
    window->showSection(std::nullopt);
    QVERIFY(bulk->changeSelectedAction()->isEnabled());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("selectionLabel"))->isVisible());
    QCOMPARE(bulk->selectedCount(), 4);

    const QString companyId = model->companyId();
    // An active location that none of the four has, and the one that row 2 has.
    const Asset first = model->assetSummaryAt(2);
    QTRY_VERIFY_WITH_TIMEOUT(window->lookups()->isLoaded(companyId, LookupKind::Location), 15000);
    LookupItem target;
    for (const LookupItem &item : window->lookups()->items(companyId, LookupKind::Location)) {
        bool used = false;
        for (int row : {2, 3, 4, 7})
            used = used || model->assetSummaryAt(row).location.id == item.id;
        if (!used && item.raw.value(QLatin1String("isActive")).toBool(true)) {
            target = item;
            break;
        }
    }
    QVERIFY(!target.id.isNull());

    // The shortcut opens the dialog.
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    BulkEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<BulkEditDialog *>()) != nullptr);
    QCOMPARE(dialog->previewText(), QStringLiteral("Check at least one field to change."));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(!dialog->locationBox()->isEnabled());

    // Row 2's own location: three will change and one already has it.
    QCOMPARE(dialog->focusWidget(), dialog->locationCheck());
    QTest::keyClick(dialog->locationCheck(), Qt::Key_Space);
    QVERIFY(dialog->locationCheck()->isChecked());
    QVERIFY(dialog->locationBox()->isEnabled());
    dialog->locationBox()->setCurrentRecord(first.location.id, QString());
    QCOMPARE(dialog->previewText(),
             QStringLiteral("3 assets will be changed. 1 asset already has these values."));
    QVERIFY(dialog->previewList()->isHidden());

    // A location typed that matches nothing is refused before anything is sent.
    dialog->locationBox()->setEditText(QStringLiteral("zzz-no-such-place"));
    QCOMPARE(dialog->previewText(),
             QStringLiteral("No entry matches \"zzz-no-such-place\". Choose one from the list, or \"(none)\" to "
                            "clear the field."));
    QVERIFY(!dialog->applyButton()->isEnabled());

    dialog->locationBox()->setCurrentRecord(target.id, QString());
    QCOMPARE(dialog->previewText(), QStringLiteral("4 assets will be changed."));
    QCOMPARE(dialog->applyButton()->text(), QStringLiteral("&Apply to 4 assets"));
    QVERIFY(dialog->applyButton()->isEnabled());

    const int putsBefore = m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/"));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    BulkAssetUpdate *update = dialog->update();
    QTRY_VERIFY_WITH_TIMEOUT(!update->isRunning(), 20000);
    QCOMPARE(update->rowCount(), 4);
    QCOMPARE(update->count(BulkAssetUpdate::Outcome::Changed), 4);
    QCOMPARE(dialog->statusText(), QStringLiteral("Done: 4 changed, 0 unchanged, 0 failed, 0 skipped."));
    QVERIFY(dialog->resultsView()->isVisible());
    QVERIFY(!dialog->retryButton()->isVisible());
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets/")), putsBefore + 4);
    QAbstractItemModel *results = dialog->resultsView()->model();
    for (int row = 0; row < 4; ++row) {
        const int registerRow = QList<int>{2, 3, 4, 7}.at(row);
        QCOMPARE(results->index(row, BulkAssetUpdate::CodeColumn).data().toString(),
                 model->index(registerRow, AssetListModel::CodeColumn).data().toString());
        QCOMPARE(results->index(row, BulkAssetUpdate::OutcomeColumn).data().toString(), QStringLiteral("Changed"));
        // The register shows the new location in place, and the selection stays.
        QTRY_VERIFY(model->index(registerRow, AssetListModel::LocationColumn).data().toString().contains(target.name));
        QVERIFY(table->selectionModel()->isRowSelected(registerRow, QModelIndex()));
    }
    QCOMPARE(bulk->selectedCount(), 4);
    dialog->close();
    QTRY_VERIFY(window->findChild<BulkEditDialog *>() == nullptr);
}

void TestBulkEdit::disposedAssetIsListedInPreview()
{
    auto window = createWindow();
    AssetListModel *model = window->assetModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 5, 15000);
    BulkEditController *bulk = window->bulkEdit();

    // A disposed asset and an ordinary one, chosen by code.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), model->companyId());
    QUuid disposedId;
    bool done = false;
    ApiJob *job = window->client()->get(QStringLiteral("/disposals"), query);
    connect(job, &ApiJob::finished, this, [&](ApiJob *finished) {
        const QJsonArray items = finished->json().object().value(QLatin1String("items")).toArray();
        if (!items.isEmpty())
            disposedId = QUuid(items.first().toObject().value(QLatin1String("assetId")).toString());
        done = true;
    });
    job->start();
    QTRY_VERIFY(done);
    QVERIFY(!disposedId.isNull());
    Asset disposed;
    disposed.id = disposedId;
    disposed.assetCode = QStringLiteral("DISPOSED-ONE");
    disposed.status = QStringLiteral("Disposed");
    bulk->selectAssets({model->assetSummaryAt(0), disposed});
    QCOMPARE(bulk->selectedCount(), 2);
    QCOMPARE(bulk->selectionText(), QStringLiteral("2 assets selected (1 not loaded in the table)"));

    BulkEditDialog *dialog = bulk->changeSelected();
    QVERIFY(dialog);
    dialog->statusCheck()->setChecked(true);
    const QString wanted = model->assetSummaryAt(0).status == u"Inactive" ? QStringLiteral("UnderMaintenance")
                                                                           : QStringLiteral("Inactive");
    dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(wanted));
    QCOMPARE(dialog->previewText(), QStringLiteral("1 asset will be changed. 1 asset cannot be changed:"));
    QVERIFY(dialog->previewList()->isVisible());
    QCOMPARE(dialog->previewList()->topLevelItemCount(), 1);
    QCOMPARE(dialog->previewList()->topLevelItem(0)->text(0), QStringLiteral("DISPOSED-ONE"));
    QCOMPARE(dialog->previewList()->topLevelItem(0)->text(2),
             QStringLiteral("The asset is disposed, and a disposed asset cannot be changed."));
    // Closing with a value chosen but not applied asks first.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->reject();
    QVERIFY(dialog->isVisible());
    dialog->apply();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->update()->isRunning(), 20000);
    // The results name the asset by the code read from the server. The
    // skipped asset is the current row, and its message shows in full.
    const QString disposedCode = dialog->update()->entry(1).code;
    QVERIFY(!disposedCode.isEmpty());
    QVERIFY(disposedCode != u"DISPOSED-ONE");
    QCOMPARE(dialog->detailsText(),
             disposedCode + QStringLiteral(": The asset is disposed, and a disposed asset cannot be changed."));
    QCOMPARE(dialog->update()->count(BulkAssetUpdate::Outcome::Changed), 1);
    QCOMPARE(dialog->update()->count(BulkAssetUpdate::Outcome::Skipped), 1);
    QTRY_COMPARE(model->index(0, 0).data(AssetListModel::StatusRole).toString(), wanted);

    // The results are saved as CSV.
    const QString path = m_home->filePath(QStringLiteral("results.csv"));
    QSignalSpy exported(dialog, &BulkEditDialog::exported);
    dialog->exportResults(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains("Code,Name,Outcome,Message\r\n"));
    QVERIFY(csv.contains(",Changed,"));
    QVERIFY(csv.contains(",Skipped,\"The asset is disposed, and a disposed asset cannot be changed.\"\r\n"));
    dialog->close();
}

void TestBulkEdit::selectByCodesWithUnknownCode()
{
    auto window = createWindow();
    AssetListModel *model = window->assetModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 5, 15000);
    QTableView *table = window->registerView()->table();
    BulkEditController *bulk = window->bulkEdit();
    const QString code1 = model->index(1, AssetListModel::CodeColumn).data().toString();
    const QString code3 = model->index(3, AssetListModel::CodeColumn).data().toString();
    // An asset far down the register, not loaded in the table.
    const QString farCode = codeAtSkip(*window, 2000);
    QVERIFY(!farCode.isEmpty());
    QCOMPARE(model->rowOfAsset(QUuid()), -1);

    SelectByCodesDialog *dialog = bulk->selectByCodes();
    QVERIFY(dialog);
    // Nothing typed: a message and no request.
    QTest::mouseClick(dialog->selectButton(), Qt::LeftButton);
    QCOMPARE(dialog->messageText(), QStringLiteral("Paste or type at least one asset code, for example FUR-0011."));

    const QString pasted = code1 + QStringLiteral("\r\n") + code3.toLower() + QStringLiteral(",NOPE-404;\t")
        + farCode + QStringLiteral("\n") + code1 + QStringLiteral("\n\n");
    dialog->codesEdit()->setPlainText(pasted);
    QTest::mouseClick(dialog->selectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLookingUp(), 20000);
    QCOMPARE(dialog->messageText(),
             QStringLiteral("3 of 4 codes were found, and those assets are selected in the register. These codes "
                            "match no asset. Check them against the register:"));
    QCOMPARE(dialog->missingText(), QStringLiteral("NOPE-404: No asset has this code."));
    // The text stays as pasted, with line breaks as the text field keeps them (LF).
    QCOMPARE(dialog->codesEdit()->toPlainText(), QString(pasted).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));

    QCOMPARE(bulk->selectedCount(), 3);
    QCOMPARE(bulk->selectionText(), QStringLiteral("3 assets selected (1 not loaded in the table)"));
    QVERIFY(table->selectionModel()->isRowSelected(1, QModelIndex()));
    QVERIFY(table->selectionModel()->isRowSelected(3, QModelIndex()));
    QVERIFY(!table->selectionModel()->isRowSelected(2, QModelIndex()));
    QStringList selectedCodes;
    for (const Asset &asset : bulk->selectedAssets())
        selectedCodes << asset.assetCode;
    QCOMPARE(selectedCodes, QStringList({code1, code3, farCode}));
    QVERIFY(bulk->changeSelectedAction()->isEnabled());

    // Codes that all match nothing leave the selection as it was.
    dialog->codesEdit()->setPlainText(QStringLiteral("NOPE-1 nope-1"));
    dialog->lookUp();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLookingUp(), 20000);
    QCOMPARE(dialog->messageText(),
             QStringLiteral("No asset has this code, so the selection is unchanged. These codes match no asset. "
                            "Check them against the register:"));
    QCOMPARE(bulk->selectedCount(), 3);
    dialog->close();

    // A new search starts a new selection.
    window->searchEdit()->setText(code1);
    QTest::keyClick(window->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QCOMPARE(bulk->selectedCount(), 0);
    QVERIFY(!bulk->changeSelectedAction()->isEnabled());
}

QTEST_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
