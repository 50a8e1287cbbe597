#include "SandboxProcess.h"

#include "AssetDetailsDialog.h"
#include "AssetEditorDialog.h"
#include "CommandLine.h"
#include "ExportDialog.h"
#include "ListExporter.h"
#include "MainWindow.h"
#include "PagedTableView.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "models/AssetListModel.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Activo;
using Activo::Test::SandboxProcess;

namespace {

// A visible text without accelerator marks and surrounding space.
QString normalized(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    return text.trimmed();
}

} // namespace

// Opens every window in Spanish and fails on any visible text that is still
// one of the English source strings of translations/activo-desk_es.ts.
class TestSpanish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowAndMenus();
    void preferencesPages();
    void assetEditor();
    void assetDetails();
    void aboutAndQuestionBoxes();
    void exportDialog();

private:
    void readEnglishSources();
    QStringList englishTextsIn(QWidget *root) const;
    void checkSpanish(QWidget *root, const char *windowName);
    std::unique_ptr<MainWindow> createWindow();

    QSet<QString> m_english;
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keys;
};

void TestSpanish::readEnglishSources()
{
    QFile file(QStringLiteral(ACTIVO_SOURCE_DIR "/translations/activo-desk_es.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Texts that read the same in both languages ("Error", product names) are not evidence.
            const QString english = normalized(source);
            if (!english.isEmpty() && !english.contains(QLatin1Char('%')) && normalized(translation) != english)
                m_english.insert(english);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(m_english.size() > 100, "the Spanish catalogue looks empty");
}

void TestSpanish::initTestCase()
{
    readEnglishSources();
    QLocale::setDefault(QLocale(QStringLiteral("es_PA")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("es_PA"))));
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_settings = std::make_unique<AppSettings>(m_home.filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home.filePath(QStringLiteral("drafts")));
}

std::unique_ptr<MainWindow> TestSpanish::createWindow()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
    auto window = std::make_unique<MainWindow>(Services{&m_network, m_settings.get(), &m_keys, &m_keys, m_drafts.get()},
                                               options, m_sandbox.apiKey());
    window->show();
    window->start();
    if (!QTest::qWaitFor([&window] { return window->assetModel()->state() == PagedListModel::State::Ready; }, 15000))
        qWarning("the register did not load");
    return window;
}

QStringList TestSpanish::englishTextsIn(QWidget *root) const
{
    QStringList found;
    const auto check = [&found, this](const QString &text, const QString &where) {
        const QString plain = normalized(text);
        if (m_english.contains(plain))
            found << QStringLiteral("%1: \"%2\"").arg(where, plain);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        const QString where = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
            + widget->objectName();
        check(widget->windowTitle(), where + QStringLiteral(" title"));
        check(widget->toolTip(), where + QStringLiteral(" tooltip"));
        check(widget->accessibleName(), where + QStringLiteral(" accessible name"));
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(label->text(), where);
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(button->text(), where);
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            check(edit->placeholderText(), where + QStringLiteral(" placeholder"));
            if (edit->isReadOnly())
                check(edit->text(), where);
        }
        if (auto *box = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < box->count(); ++i)
                check(box->itemText(i), where + QStringLiteral(" item"));
        }
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                check(list->item(i)->text(), where + QStringLiteral(" item"));
        }
        if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                check(header->model()->headerData(i, header->orientation()).toString(), where + QStringLiteral(" header"));
        }
        for (QAction *action : widget->actions()) {
            check(action->text(), where + QStringLiteral(" action"));
            check(action->toolTip(), where + QStringLiteral(" action tooltip"));
        }
        if (auto *menu = qobject_cast<QMenu *>(widget))
            check(menu->title(), where + QStringLiteral(" menu"));
    }
    return found;
}

void TestSpanish::checkSpanish(QWidget *root, const char *windowName)
{
    const QStringList english = englishTextsIn(root);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English text in %1:\n  ").arg(QLatin1String(windowName))
                                           + english.join(QStringLiteral("\n  "))));
}

void TestSpanish::mainWindowAndMenus()
{
    auto window = createWindow();
    checkSpanish(window.get(), "the main window");
    QVERIFY(window->statusText().contains(QStringLiteral("activos")));
    // The money columns use the Panama format: 1,234.56.
    const QString cost = window->assetModel()->index(0, AssetListModel::CostColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9,]+\\.[0-9]{2}$")).match(cost).hasMatch(), qPrintable(cost));
}

void TestSpanish::preferencesPages()
{
    auto window = createWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(window->preferencesDialog() && window->preferencesDialog()->isVisible());
    checkSpanish(window->preferencesDialog(), "Preferences");
    window->preferencesDialog()->reject();
}

void TestSpanish::assetEditor()
{
    auto window = createWindow();
    AssetEditorDialog *editor = window->newAsset();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    checkSpanish(editor, "the new asset editor");
    // Required fields left empty: the messages beside the fields are Spanish too.
    editor->save();
    checkSpanish(editor, "the editor's field errors");
    editor->reject();
}

void TestSpanish::assetDetails()
{
    auto window = createWindow();
    QTableView *table = window->registerView()->table();
    table->setFocus();
    table->setCurrentIndex(window->assetModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QDialog *details = nullptr;
    QTRY_VERIFY((details = window->findChild<AssetDetailsDialog *>()) != nullptr);
    auto *code = details->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 10000);
    checkSpanish(details, "the asset details");
    details->close();
}

void TestSpanish::aboutAndQuestionBoxes()
{
    auto window = createWindow();
    auto *about = window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("aboutBox"))) != nullptr);
    checkSpanish(box, "the About box");
    box->close();

    // The question asked before discarding an edited form.
    AssetEditorDialog *editor = window->newAsset();
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Silla"));
    editor->reject();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = editor->findChild<QMessageBox *>(QStringLiteral("questionBox"))) != nullptr);
    checkSpanish(question, "the discard question");
    // Qt's own button texts come from Qt's Spanish catalogue.
    QCOMPARE(question->button(QMessageBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancelar"));
    question->button(QMessageBox::Discard)->click();
}

void TestSpanish::exportDialog()
{
    auto window = createWindow();
    window->exporter()->exportAction()->trigger();
    ExportDialog *dialog = window->exporter()->exportDialog();
    QVERIFY(dialog);
    // Every format, so that the CSV choices are shown as well.
    dialog->setFormat(ExportDialog::Format::Csv);
    checkSpanish(dialog, "the export dialog");
    QVERIFY(dialog->filePath().contains(QStringLiteral("Activos - Acme Corp - ")));
    dialog->setFormat(ExportDialog::Format::Pdf);
    checkSpanish(dialog, "the export dialog for PDF");
    dialog->close();
}

QTEST_MAIN(TestSpanish)
#include "tst_spanish.moc"
