#include "SandboxProcess.h"

#include "AssetDetailsDialog.h"
#include "AssetEditorDialog.h"
#include "CommandLine.h"
#include "LifecycleDialog.h"
#include "MainWindow.h"
#include "PagedTableView.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "models/AssetListModel.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Activo;
using Activo::Test::SandboxProcess;

namespace {

QStringList g_messages;

void collectMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages << QString::fromLatin1(context.category ? context.category : "default") + u' ' + message;
}

} // namespace

// A whole session with every log category on: the register, an asset's
// details and history, the editor with a draft, a failed request copied
// for support, a rejected key and a lifecycle action. Afterwards the key
// must appear in no file the application wrote, no log line, no window
// title, the clipboard or the process's command line.
class TestKeyLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionLeavesTheKeyNowhere();

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--api-key"), QStringLiteral("ahq_leakcheck_5f1e2d3c4b5a69788796a5b4")}};
};

void TestKeyLeak::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestKeyLeak::sessionLeavesTheKeyNowhere()
{
    const QString key = m_sandbox.apiKey();
    QTemporaryDir home;
    QVERIFY(home.isValid());
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("activo.*=true\nqt.network.*=true"));

    {
        AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
        DraftStore drafts(home.filePath(QStringLiteral("drafts")));
        SessionKeyStore keys;
        const CommandLineOptions options = CommandLineOptions::parse(
            {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
        auto window = std::make_unique<MainWindow>(Services{&m_network, &settings, &keys, &keys, &drafts}, options, key);
        window->show();
        window->start();
        QTRY_VERIFY_WITH_TIMEOUT(window->assetModel()->rowCount() > 0, 15000);
        const QUuid assetId = window->assetModel()->assetIdAt(0);

        // Details with history and depreciation.
        AssetDetailsDialog *details = window->openAssetById(assetId);
        QVERIFY(details);
        details->showHistory();
        details->showDepreciation();
        QTest::qWait(500);

        // The editor writes a draft of a change that is not saved.
        AssetEditorDialog *editor = window->editAsset(assetId);
        QVERIFY(editor);
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(name->isEnabled() && !name->text().isEmpty(), 10000);
        QTest::keyClicks(name, QStringLiteral(" (draft)"));
        QTest::qWait(800);
        drafts.waitForWrites();

        // A lifecycle action that the server refuses.
        window->startLifecycleAction(LifecycleAction::CheckIn, window->assetModel()->assetIdAt(1));
        QTest::qWait(500);
        for (LifecycleDialog *dialog : window->findChildren<LifecycleDialog *>())
            dialog->submit();
        QTest::qWait(500);

        // The key is revoked: the next read fails with 401, and its details
        // are copied for support.
        QString error;
        QVERIFY2(m_sandbox.revokeKey(key, &error), qPrintable(error));
        window->assetModel()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Failed, 10000);
        auto *copy = window->registerView()->findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("401")), qPrintable(copied));
        QVERIFY2(!copied.contains(key), "Copy details contains the key");

        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY2(!widget->windowTitle().contains(key), qPrintable(widget->windowTitle()));
        QVERIFY(m_sandbox.acceptKey(key, &error));

        // Closing writes the settings.
        window->close();
        drafts.waitForWrites();
        settings.sync();
        window.reset();
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    // Something was written and logged, so the search below means something.
    QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("settings.ini"))));
    QVERIFY2(g_messages.size() > 20, qPrintable(g_messages.join(u'\n')));
    const QString log = g_messages.join(u'\n');
    QVERIFY(log.contains(QStringLiteral("GET /api/v1/assets")));
    QVERIFY2(!log.contains(key), "a log line contains the key");
    const QByteArray encodedKey = QUrl::toPercentEncoding(key);

    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        QVERIFY2(!content.contains(key.toUtf8()) && !content.contains(encodedKey),
                 qPrintable(QStringLiteral("%1 contains the key").arg(file.fileName())));
    }
    QVERIFY2(files >= 2, "expected the settings file and at least one draft");

    QFile commandLine(QStringLiteral("/proc/self/cmdline"));
    if (commandLine.open(QIODevice::ReadOnly))
        QVERIFY(!commandLine.readAll().contains(key.toUtf8()));
}

QTEST_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
