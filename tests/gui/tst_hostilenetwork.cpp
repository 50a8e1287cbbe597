// The register window against a server that misbehaves: every fault of the
// sandbox's fault switch, a server with an untrusted certificate, and a
// proxy that requires a user name and password. Each case checks what the
// user sees: the state of the list, its message or its status line. It also
// checks what the servers received: how many times a read was sent, that a
// write was sent once, and that the API key never reached another origin.

#include "SandboxProcess.h"

#include "AssetDetailsDialog.h"
#include "CommandLine.h"
#include "ErrorPanel.h"
#include "MainWindow.h"
#include "PagedTableView.h"
#include "RecordListPage.h"
#include "RegisterSummaryPage.h"
#include "ProxyPrompt.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/AssetListModel.h"
#include "models/RecordListModel.h"
#include "models/RegisterSummary.h"
#include "models/ResourceCatalog.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/Preset.h"
#include "settings/SessionKeyStore.h"

#include <QApplication>
#include <QAuthenticator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using namespace std::chrono_literals;
using Activo::Test::SandboxProcess;

namespace {

// The sandbox lists 300 assets for its first company, three pages of the register's 100 rows.
constexpr int kAssets = 300;
constexpr auto kTimeout = 2s;

// The visible error message of a list view, or an empty string.
QString visibleErrorMessage(QWidget *view)
{
    const auto panels = view->findChildren<ErrorPanel *>();
    for (ErrorPanel *panel : panels) {
        if (!panel->isVisibleTo(view))
            continue;
        if (auto *label = panel->findChild<QLabel *>(QStringLiteral("errorMessage")))
            return label->text();
    }
    return QString();
}

// Starts tinyproxy on a free loopback port with BasicAuth clerk/s3cret.
// Returns the port, or 0 and an error.
quint16 startTinyproxy(QProcess &proxy, const QTemporaryDir &directory, QString *error)
{
    const QString tinyproxy = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
    if (tinyproxy.isEmpty()) {
        *error = QStringLiteral("tinyproxy is missing; scripts/test installs the Debian package tinyproxy.");
        return 0;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        *error = probe.errorString();
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    const QString logPath = directory.filePath(QStringLiteral("tinyproxy.log"));
    QFile config(directory.filePath(QStringLiteral("tinyproxy.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = config.errorString();
        return 0;
    }
    config.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\nMaxClients 20\n"
                                "BasicAuth clerk s3cret\nLogLevel Connect\nLogFile \"%2\"\n")
                     .arg(port)
                     .arg(logPath)
                     .toUtf8());
    config.close();
    proxy.start(tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
    if (!proxy.waitForStarted(5000)) {
        *error = proxy.errorString();
        return 0;
    }
    QElapsedTimer started;
    started.start();
    while (!QFile::exists(logPath) && started.elapsed() < 5000)
        QTest::qWait(50);
    QTest::qWait(200);
    return port;
}


// Reads tests/data/tls/NAME.crt and NAME.key; returns false when either is unreadable.
bool readTestCertificate(const QString &name, QSslCertificate *certificate, QSslKey *key)
{
    QFile certificateFile(QStringLiteral(ACTIVO_TEST_DATA_DIR "/tls/") + name + QStringLiteral(".crt"));
    QFile keyFile(QStringLiteral(ACTIVO_TEST_DATA_DIR "/tls/") + name + QStringLiteral(".key"));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    *certificate = QSslCertificate(&certificateFile, QSsl::Pem);
    *key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    return !certificate->isNull() && !key->isNull();
}

struct FaultCase
{
    QString spec;
    // Expected outcome: an error message on the list, or rows.
    bool fails = false;
    QStringList messageParts;
    int rows = -1;
    bool walkAll = false; // scroll to the end before checking
    QStringList statusParts;
    int listRequests = -1; // GET /assets requests the register sent
    int firedCount = -1;   // times the fault fired, for faults the request log does not count
};

} // namespace

Q_DECLARE_METATYPE(FaultCase)

class TestHostileNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void registerUnderFault_data();
    void registerUnderFault();
    void recordListUnderFault_data();
    void recordListUnderFault();
    void summaryCountsEachAssetOnce_data();
    void summaryCountsEachAssetOnce();
    void redirectToAnotherOriginIsRefused();
    void badTextIsShownIntact();
    void writesAreSentOnce_data();
    void writesAreSentOnce();
    void untrustedCertificateIsShown();
    void proxyAsksForCredentials();
    void proxyTunnelToHttpsAsksOnce();
    void proxyPromptSaysWhenRefused();
    void systemProxySettingsAreUsed();

private:
    std::unique_ptr<MainWindow> createWindow(QNetworkAccessManager *network = nullptr,
                                             const QUrl &baseUrl = QUrl());
    void addFault(const QString &spec);
    void loadEveryPage(MainWindow &window);
    int listRequests() const { return m_sandbox.countRequests(QStringLiteral("GET"), QStringLiteral("/assets?")); }

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests"), QStringLiteral("--assets"), QString::number(kAssets)}};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    SessionKeyStore m_keychain;
    SessionKeyStore m_sessionKeys;
};

void TestHostileNetwork::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(installTranslations(QLocale(QStringLiteral("en_US"))));
}

void TestHostileNetwork::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<AppSettings>(m_home->filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(m_home->filePath(QStringLiteral("drafts")));
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
}

void TestHostileNetwork::cleanup()
{
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    m_drafts->waitForWrites();
    m_drafts.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestHostileNetwork::createWindow(QNetworkAccessManager *network, const QUrl &baseUrl)
{
    const QUrl url = baseUrl.isEmpty() ? m_sandbox.baseUrl() : baseUrl;
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), url.toString()});
    auto window = std::make_unique<MainWindow>(
        Services{network ? network : &m_network, m_settings.get(), &m_keychain, &m_sessionKeys, m_drafts.get()},
        options, m_sandbox.apiKey());
    // Short waits keep the suite quick; the rules are the same as with the defaults.
    window->client()->setRetryPolicy(3, 50ms);
    window->client()->setTransferTimeout(kTimeout);
    window->show();
    window->start();
    return window;
}

void TestHostileNetwork::addFault(const QString &spec)
{
    QString error;
    QVERIFY2(m_sandbox.addFault(spec, &error), qPrintable(error));
}

void TestHostileNetwork::loadEveryPage(MainWindow &window)
{
    AssetListModel *model = window.assetModel();
    QTableView *table = window.registerView()->table();
    for (int presses = 0; presses < 20 && !model->isComplete(); ++presses) {
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 20000);
        if (model->state() == PagedListModel::State::Failed || model->isComplete())
            break;
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 20000);
}

void TestHostileNetwork::registerUnderFault_data()
{
    QTest::addColumn<FaultCase>("fault");
    const QString list = QStringLiteral(",path=/assets,method=GET");
    const auto failing = [&](const char *name, const QString &spec, QStringList parts, int requests) {
        FaultCase fault;
        fault.spec = spec + list;
        fault.fails = true;
        fault.messageParts = std::move(parts);
        fault.listRequests = requests;
        QTest::newRow(name) << fault;
    };
    const auto loading = [&](const char *name, const QString &spec, int rows, bool walkAll, QStringList status,
                             int requests) {
        FaultCase fault;
        fault.spec = spec + list;
        fault.rows = rows;
        fault.walkAll = walkAll;
        fault.statusParts = std::move(status);
        fault.listRequests = requests;
        QTest::newRow(name) << fault;
    };

    // Server errors and rate limits: a read is sent four times in all, then the user sees why.
    failing("html-502", QStringLiteral("html-502"), {QStringLiteral("HTTP status 502"), QStringLiteral("problem on the server")}, 4);
    failing("status=503", QStringLiteral("status=503"), {QStringLiteral("Injected fault."), QStringLiteral("HTTP 503")}, 4);
    loading("status=500 twice", QStringLiteral("status=500,times=2"), 100, false,
            {QStringLiteral("Showing 100 of 300 assets")}, 3);
    loading("rate-limit=1 once", QStringLiteral("rate-limit=1,times=1"), 100, false,
            {QStringLiteral("Showing 100 of 300 assets")}, 2);
    failing("rate-limit=3600", QStringLiteral("rate-limit=3600"),
            {QStringLiteral("Too many requests."), QStringLiteral("wait 60 minutes")}, 1);
    failing("rate-limit=1 always", QStringLiteral("rate-limit=1"), {QStringLiteral("HTTP 429")}, 4);
    // The connection closes: retried, then a plain message.
    failing("drop", QStringLiteral("drop"), {QStringLiteral("could not be reached")}, -1);
    loading("drop once", QStringLiteral("drop,times=1"), 100, false, {QStringLiteral("Showing 100 of 300")}, 2);
    // Nothing arrives: the time-out names the request, and it is tried once more.
    {
        // The sandbox logs no request line for a request whose client gave up
        // before the reply, so the fault's own count is checked.
        FaultCase hang;
        hang.spec = QStringLiteral("hang") + list;
        hang.fails = true;
        hang.messageParts = {QStringLiteral("sent nothing for 2 seconds in reply to GET /api/v1/assets")};
        hang.firedCount = 2;
        QTest::newRow("hang") << hang;
    }
    {
        FaultCase slow;
        slow.spec = QStringLiteral("latency=4000") + list;
        slow.fails = true;
        slow.messageParts = {QStringLiteral("sent nothing for 2 seconds")};
        slow.firedCount = 2;
        QTest::newRow("latency above the time-out") << slow;
    }
    loading("latency below the time-out", QStringLiteral("latency=300"), 100, false,
            {QStringLiteral("Showing 100 of 300")}, 1);

    // Replies that cannot be read are not retried, and the message names the defect.
    failing("not-json", QStringLiteral("not-json"), {QStringLiteral("cannot read"), QStringLiteral("JSON is invalid")}, 1);
    failing("truncated", QStringLiteral("truncated"), {QStringLiteral("JSON is invalid")}, 1);
    failing("empty-200", QStringLiteral("empty-200"), {QStringLiteral("the reply was empty")}, 1);
    failing("error-200", QStringLiteral("error-200"),
            {QStringLiteral("contains only an error message")}, 1);
    failing("no-items", QStringLiteral("no-items"), {QStringLiteral("no \"items\" list")}, 1);
    failing("no-total", QStringLiteral("no-total"), {QStringLiteral("no valid \"total\" count")}, 1);
    failing("negative-total", QStringLiteral("negative-total"), {QStringLiteral("negative total (-1)")}, 1);
    failing("huge-total", QStringLiteral("huge-total"), {QStringLiteral("no valid \"total\" count")}, 1);

    // Rows that cannot be used are skipped or left blank, with a note, and the count stays true.
    // wrong-types also turns the id into a number, so the row cannot be identified and is skipped.
    loading("wrong-types", QStringLiteral("wrong-types"), kAssets - 3, true,
            {QStringLiteral("Showing 297 of 297 assets"), QStringLiteral("3 rows skipped"),
             QStringLiteral("the server counted 300")},
            3);
    loading("huge-number", QStringLiteral("huge-number"), kAssets, true,
            {QStringLiteral("Showing 300 of 300 assets"), QStringLiteral("3 rows with values the server sent")}, 3);
    loading("null-object", QStringLiteral("null-object"), kAssets - 3, true,
            {QStringLiteral("Showing 297 of 297 assets"), QStringLiteral("3 rows skipped"),
             QStringLiteral("the server counted 300")},
            3);
    loading("shifting-total", QStringLiteral("shifting-total"), kAssets, true,
            {QStringLiteral("Showing 300 of 300 assets"), QStringLiteral("the server counted 1,800")}, 4);
    loading("duplicate-ids", QStringLiteral("duplicate-ids"), kAssets - 2, true,
            {QStringLiteral("Showing 298 of 298 assets"), QStringLiteral("2 rows skipped"),
             QStringLiteral("the server counted 300")},
            3);
    loading("first-page-again", QStringLiteral("first-page-again"), kAssets, true,
            {QStringLiteral("Showing 300 of 300 assets"), QStringLiteral("100 rows skipped"),
             QStringLiteral("the server counted 400")},
            4);
}

void TestHostileNetwork::registerUnderFault()
{
    QFETCH(FaultCase, fault);
    addFault(fault.spec);
    const int requestsBefore = listRequests();

    auto window = createWindow();
    AssetListModel *model = window->assetModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == PagedListModel::State::Ready
                                 || model->state() == PagedListModel::State::Failed,
                             30000);
    if (fault.walkAll)
        loadEveryPage(*window);

    if (fault.fails) {
        QCOMPARE(model->state(), PagedListModel::State::Failed);
        QCOMPARE(model->rowCount(), 0);
        const QString message = visibleErrorMessage(window->registerView());
        for (const QString &part : std::as_const(fault.messageParts))
            QVERIFY2(message.contains(part), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(message, part)));
    } else {
        QCOMPARE(model->state(), PagedListModel::State::Ready);
        QCOMPARE(model->rowCount(), fault.rows);
        if (fault.walkAll)
            QVERIFY(model->isComplete());
        QTRY_VERIFY(!window->statusText().isEmpty());
        for (const QString &part : std::as_const(fault.statusParts)) {
            QVERIFY2(window->statusText().contains(part),
                     qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(window->statusText(), part)));
        }
    }

    if (fault.firedCount >= 0) {
        QList<Activo::Test::FaultCount> counts;
        QString error;
        QVERIFY2(m_sandbox.faultCounts(&counts, &error), qPrintable(error));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.constFirst().fired, qint64(fault.firedCount));
        return;
    }
    // The sandbox logs a request after its reply, so the count settles a little later.
    if (fault.listRequests >= 0) {
        QTRY_COMPARE_WITH_TIMEOUT(listRequests() - requestsBefore, fault.listRequests, 10000);
        QTest::qWait(300);
        QCOMPARE(listRequests() - requestsBefore, fault.listRequests);
    } else {
        // Qt's HTTP stack sends a request once more by itself when the connection
        // closes before any byte of the reply, so each of the four attempts may count twice.
        QTRY_VERIFY_WITH_TIMEOUT(listRequests() - requestsBefore >= 4, 10000);
        QVERIFY(listRequests() - requestsBefore <= 8);
    }
}

void TestHostileNetwork::recordListUnderFault_data()
{
    // The employees list of the first company has 60 records, three pages of 20.
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("expected"); // parts of the status line, or of the error message without rows

    QTest::newRow("null-object") << QStringLiteral("null-object") << 57
                                 << QStringList{QStringLiteral("showing 57 of 57"), QStringLiteral("3 rows skipped"),
                                                QStringLiteral("the server counted 60")};
    QTest::newRow("duplicate-ids") << QStringLiteral("duplicate-ids") << 58
                                   << QStringList{QStringLiteral("showing 58 of 58"),
                                                  QStringLiteral("2 rows skipped"),
                                                  QStringLiteral("the server counted 60")};
    QTest::newRow("first-page-again") << QStringLiteral("first-page-again") << 60
                                      << QStringList{QStringLiteral("showing 60 of 60"),
                                                     QStringLiteral("20 rows skipped"),
                                                     QStringLiteral("the server counted 80")};
    QTest::newRow("shifting-total") << QStringLiteral("shifting-total") << 60
                                    << QStringList{QStringLiteral("showing 60 of 60"),
                                                   QStringLiteral("the server counted 1,560")};
    QTest::newRow("not-json") << QStringLiteral("not-json") << 0
                              << QStringList{QStringLiteral("JSON is invalid")};
    QTest::newRow("html-502") << QStringLiteral("html-502") << 0
                              << QStringList{QStringLiteral("HTTP status 502")};
}

void TestHostileNetwork::recordListUnderFault()
{
    QFETCH(QString, spec);
    QFETCH(int, rows);
    QFETCH(QStringList, expected);

    Preset preset;
    preset.pageSize = 20;
    m_settings->setPreset(preset);
    auto window = createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 20000);
    addFault(spec + QStringLiteral(",path=/employees,method=GET"));

    window->showSection(Resource::Employees);
    RecordListPage *page = window->recordPage(Resource::Employees);
    QVERIFY(page);
    RecordListModel *model = page->model();
    QTableView *table = page->view()->table();
    for (int presses = 0; presses < 10 && !model->isComplete(); ++presses) {
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching() && model->state() != PagedListModel::State::Loading, 20000);
        if (model->state() == PagedListModel::State::Failed)
            break;
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 20000);

    if (rows == 0) {
        QCOMPARE(model->state(), PagedListModel::State::Failed);
        const QString message = visibleErrorMessage(page->view());
        for (const QString &part : std::as_const(expected))
            QVERIFY2(message.contains(part), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(message, part)));
        return;
    }
    QVERIFY(model->isComplete());
    QCOMPARE(model->rowCount(), rows);
    const QString status = page->statusText();
    for (const QString &part : std::as_const(expected))
        QVERIFY2(status.contains(part), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(status, part)));
}

void TestHostileNetwork::summaryCountsEachAssetOnce_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("first-page-again") << QStringLiteral("first-page-again");
    QTest::newRow("duplicate-ids") << QStringLiteral("duplicate-ids");
}

void TestHostileNetwork::summaryCountsEachAssetOnce()
{
    QFETCH(QString, spec);
    auto window = createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 20000);
    window->showRegisterSummary();
    RegisterSummaryPage *page = window->summaryPage();
    QVERIFY(page);
    RegisterSummary *summary = page->summary();
    QTRY_COMPARE_WITH_TIMEOUT(summary->state(), RegisterSummary::State::Ready, 30000);
    QCOMPARE(summary->totals().count, qint64(kAssets));
    QCOMPARE(summary->repeatedAssets(), qint64(0));
    const qint64 cleanNetBookValue = summary->totals().netBookValueCents;

    addFault(spec + QStringLiteral(",path=/assets,method=GET"));
    page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(summary->state(), RegisterSummary::State::Ready, 30000);
    QVERIFY(summary->repeatedAssets() > 0);
    QVERIFY2(page->statusText().contains(QStringLiteral("the server sent more than once")),
             qPrintable(page->statusText()));
    if (spec == QLatin1String("first-page-again")) {
        // Every asset arrived once besides the repeated page, so the figures are those without the fault.
        QCOMPARE(summary->totals().count, qint64(kAssets));
        QCOMPARE(summary->totals().netBookValueCents, cleanNetBookValue);
    } else {
        // Each repeat took the place of an asset, which is missing from the figures.
        QCOMPARE(summary->totals().count, qint64(kAssets) - summary->repeatedAssets());
    }
}

void TestHostileNetwork::redirectToAnotherOriginIsRefused()
{
    QString error;
    QVERIFY2(m_sandbox.resetRedirectTarget(&error), qPrintable(error));
    Activo::Test::RedirectTargetRequests target;
    QVERIFY2(m_sandbox.redirectTargetRequests(&target, &error), qPrintable(error));
    const int port = target.port;
    QVERIFY2(port > 0, "the sandbox reports no redirect target");

    addFault(QStringLiteral("redirect-away,path=/assets,method=GET"));
    auto window = createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Failed, 20000);
    const QString message = visibleErrorMessage(window->registerView());
    QVERIFY2(message.contains(QStringLiteral("redirected the request to another address")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("API key was not sent")), qPrintable(message));

    QVERIFY2(m_sandbox.redirectTargetRequests(&target, &error), qPrintable(error));
    QCOMPARE(target.requests, 0);
    QCOMPARE(target.withApiKey, 0);

    // A redirect within the same origin is followed.
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    addFault(QStringLiteral("redirect-same,path=/assets,method=GET,times=1"));
    auto second = createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(second->assetModel()->state(), PagedListModel::State::Ready, 20000);
    QCOMPARE(second->assetModel()->rowCount(), 100);
}

void TestHostileNetwork::badTextIsShownIntact()
{
    // Right-to-left text and emoji arrive unchanged; a name of a megabyte is cut for display.
    addFault(QStringLiteral("rtl-emoji,path=/assets,method=GET"));
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(m_sandbox.apiKey());

    auto window = createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 20000);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), window->assetModel()->companyId());
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("3"));
    ApiJob *job = client.get(QStringLiteral("/assets"), query);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    const QJsonArray items = job->json().object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3);
    AssetListModel *model = window->assetModel();
    const QStringList expected = SandboxProcess::rtlEmojiNames();
    QCOMPARE(expected.size(), 3);
    for (int row = 0; row < 3; ++row) {
        const QString sent = items.at(row).toObject().value(QLatin1String("name")).toString();
        QCOMPARE(sent, expected.at(row));
        QCOMPARE(model->index(row, AssetListModel::NameColumn).data().toString(), expected.at(row));
    }
    window.reset();

    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    addFault(QStringLiteral("huge-name,path=/assets,method=GET"));
    auto second = createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(second->assetModel()->state(), PagedListModel::State::Ready, 20000);
    const QString shown = second->assetModel()->index(0, AssetListModel::NameColumn).data().toString();
    QCOMPARE(shown.size(), AssetListModel::MaxDisplayLength + 1);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    // The window still paints and stays responsive.
    second->registerView()->table()->viewport()->repaint();
    QCOMPARE(second->assetModel()->rowCount(), 100);

    // The details, read with the same fault, keep a heading of reasonable
    // length, so the dialog fits on a screen.
    const QUuid firstId(second->assetModel()->index(0, 0).data(AssetListModel::AssetIdRole).toString());
    AssetDetailsDialog *details = second->openAssetById(firstId);
    QVERIFY(details);
    auto *heading = details->findChild<QLabel *>(QStringLiteral("headingLabel"));
    QVERIFY(heading);
    QTRY_VERIFY_WITH_TIMEOUT(heading->text().endsWith(QChar(0x2026)), 20000);
    QVERIFY(heading->text().size() <= 301);
    QVERIFY2(details->sizeHint().height() < 1200, qPrintable(QString::number(details->sizeHint().height())));
}

void TestHostileNetwork::writesAreSentOnce_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::newRow("status=503") << QStringLiteral("status=503") << int(ApiError::Kind::Server);
    QTest::newRow("status=502") << QStringLiteral("status=502") << int(ApiError::Kind::Server);
    QTest::newRow("rate-limit=1") << QStringLiteral("rate-limit=1") << int(ApiError::Kind::RateLimited);
    QTest::newRow("drop") << QStringLiteral("drop") << int(ApiError::Kind::Network);
    QTest::newRow("hang") << QStringLiteral("hang") << int(ApiError::Kind::Timeout);
    // A write is not sent again to follow a redirect, to the same origin or another.
    QTest::newRow("redirect-same") << QStringLiteral("redirect-same") << int(ApiError::Kind::Redirect);
    QTest::newRow("redirect-away") << QStringLiteral("redirect-away") << int(ApiError::Kind::Redirect);
}

void TestHostileNetwork::writesAreSentOnce()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(m_sandbox.apiKey());
    client.setRetryPolicy(3, 50ms);
    client.setTransferTimeout(kTimeout);

    // Any asset will do: the fault replies before the sandbox reads the body.
    auto window = createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 20000);
    const QString assetId = window->assetModel()->index(0, 0).data(AssetListModel::AssetIdRole).toString();
    const QString companyId = window->assetModel()->companyId();
    window.reset();

    addFault(spec + QStringLiteral(",method=PUT"));
    const QString path = QStringLiteral("/assets/") + assetId;
    const int before = m_sandbox.countRequests(QStringLiteral("PUT"), path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    ApiJob *job = client.sendJson("PUT", path, query, QByteArrayLiteral("{\"name\":\"Unchanged\"}"));
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(int(job->error().kind), kind);
    QCOMPARE(job->attempts(), 1);
    if (kind == int(ApiError::Kind::Redirect))
        QVERIFY2(job->error().message().contains(QStringLiteral("It was not followed")),
                 qPrintable(job->error().message()));

    // The fault fired once: neither the client nor Qt's HTTP stack sent the write again.
    QTest::qWait(500);
    QList<Activo::Test::FaultCount> counts;
    QString error;
    QVERIFY2(m_sandbox.faultCounts(&counts, &error), qPrintable(error));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.constFirst().fired, qint64(1));
    // A request whose client gave up before the reply has no line in the request log.
    if (spec != QLatin1String("hang"))
        QCOMPARE(m_sandbox.countRequests(QStringLiteral("PUT"), path) - before, 1);
}

void TestHostileNetwork::untrustedCertificateIsShown()
{
    QSslCertificate certificate;
    QSslKey key;
    QVERIFY(readTestCertificate(QStringLiteral("untrusted"), &certificate, &key));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    QSslServer server;
    server.setSslConfiguration(configuration);
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    const QUrl url(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(server.serverPort()));
    auto window = createWindow(nullptr, url);
    QTRY_VERIFY_WITH_TIMEOUT(visibleErrorMessage(window->registerView()).contains(QStringLiteral("secure connection")),
                             20000);
    const QString message = visibleErrorMessage(window->registerView());
    const QString fingerprint =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(message.contains(QStringLiteral("untrusted.activo.test")), qPrintable(message));
    // Two errors (self-signed, wrong host name) about one certificate name it once.
    QCOMPARE(message.count(fingerprint), 1);
    QVERIFY2(message.contains(QStringLiteral("issued by")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Ask your IT department")), qPrintable(message));
    // The handshake failed, so no request (and no key) reached the server.
    QCOMPARE(received, QByteArray());
}

void TestHostileNetwork::proxyAsksForCredentials()
{
    // A real proxy on a free loopback port that wants "clerk" and "s3cret".
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QProcess proxy;
    QString error;
    const quint16 port = startTinyproxy(proxy, directory, &error);
    QVERIFY2(port != 0, qPrintable(error));
    const auto stopProxy = qScopeGuard([&proxy] {
        proxy.terminate();
        proxy.waitForFinished(5000);
    });
    const QString logPath = directory.filePath(QStringLiteral("tinyproxy.log"));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));

    // First the user cancels: the list reports that the proxy stopped the request.
    {
        auto window = createWindow(&network);
        int prompts = 0;
        connect(window->proxyPrompt(), &ProxyPrompt::dialogOpened, this, [&prompts](ProxyCredentialsDialog *dialog) {
            ++prompts;
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        });
        QTRY_VERIFY_WITH_TIMEOUT(visibleErrorMessage(window->registerView()).contains(QStringLiteral("proxy")), 20000);
        const QString message = visibleErrorMessage(window->registerView());
        QVERIFY2(message.contains(QStringLiteral("asked for a user name and password")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ask your IT department")), qPrintable(message));
        QCOMPARE(prompts, 1);
    }

    // Then the right user name and password. (tinyproxy 1.11 replies to a wrong
    // password with 401 instead of 407, so proxyPromptSaysWhenRefused covers that.)
    auto window = createWindow(&network);
    QStringList seen;
    connect(window->proxyPrompt(), &ProxyPrompt::dialogOpened, this, [&seen, port](ProxyCredentialsDialog *dialog) {
        auto *intro = dialog->findChild<QLabel *>(QStringLiteral("introLabel"));
        auto *refused = dialog->findChild<QLabel *>(QStringLiteral("refusedLabel"));
        seen << intro->text() + QStringLiteral(" | ") + (refused->isVisibleTo(dialog) ? refused->text() : QString());
        QVERIFY(intro->text().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
        QMetaObject::invokeMethod(
            dialog,
            [dialog] {
                QTest::keyClicks(dialog->userEdit(), QStringLiteral("clerk"));
                QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("s3cret"));
                QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
            },
            Qt::QueuedConnection);
    });
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 30000);
    QCOMPARE(window->assetModel()->rowCount(), 100);
    // One prompt for the whole session: the other connections reuse the answer.
    QCOMPARE(seen.size(), 1);
    QVERIFY2(seen.at(0).contains(QStringLiteral("Tinyproxy")), qPrintable(seen.at(0)));
    QVERIFY2(!seen.at(0).contains(QStringLiteral("did not accept")), qPrintable(seen.at(0)));

    // The requests went through the proxy.
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains(QByteArrayLiteral("Established connection")));
}

void TestHostileNetwork::proxyTunnelToHttpsAsksOnce()
{
    // The way users meet a proxy: HTTPS through a CONNECT tunnel. A TLS
    // front end with a certificate for 127.0.0.1, trusted for this test only,
    // passes the decrypted bytes on to the sandbox.
    QSslCertificate certificate;
    QSslKey key;
    QVERIFY(readTestCertificate(QStringLiteral("loopback"), &certificate, &key));

    const QSslConfiguration previousDefault = QSslConfiguration::defaultConfiguration();
    const auto restoreDefault = qScopeGuard([&previousDefault] {
        QSslConfiguration::setDefaultConfiguration(previousDefault);
    });
    QSslConfiguration trusting = previousDefault;
    trusting.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);

    QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
    serverConfiguration.setLocalCertificate(certificate);
    serverConfiguration.setPrivateKey(key);
    QSslServer front;
    front.setSslConfiguration(serverConfiguration);
    const quint16 sandboxPort = quint16(m_sandbox.baseUrl().port());
    int tunnels = 0;
    connect(&front, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *client = front.nextPendingConnection()) {
            ++tunnels;
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, sandboxPort);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    QVERIFY(front.listen(QHostAddress::LocalHost));

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QProcess proxy;
    QString error;
    const quint16 proxyPort = startTinyproxy(proxy, directory, &error);
    QVERIFY2(proxyPort != 0, qPrintable(error));
    const auto stopProxy = qScopeGuard([&proxy] {
        proxy.terminate();
        proxy.waitForFinished(5000);
    });

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxyPort));
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(front.serverPort()));
    auto window = createWindow(&network, url);
    int prompts = 0;
    connect(window->proxyPrompt(), &ProxyPrompt::dialogOpened, this, [&prompts](ProxyCredentialsDialog *dialog) {
        ++prompts;
        QMetaObject::invokeMethod(
            dialog,
            [dialog] {
                QTest::keyClicks(dialog->userEdit(), QStringLiteral("clerk"));
                QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("s3cret"));
                QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
            },
            Qt::QueuedConnection);
    });
    QTRY_COMPARE_WITH_TIMEOUT(window->assetModel()->state(), PagedListModel::State::Ready, 30000);
    QCOMPARE(window->assetModel()->rowCount(), 100);
    // The companies, the register's first page and the lookup lists went
    // through tunnels that all used the credentials typed once.
    QCOMPARE(prompts, 1);
    QVERIFY(tunnels >= 1);
    QFile log(directory.filePath(QStringLiteral("tinyproxy.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains(QByteArrayLiteral("CONNECT")));
}

void TestHostileNetwork::proxyPromptSaysWhenRefused()
{
    // Qt emits the request again, with the user name it sent, when a proxy
    // replies 407 to the credentials. No proxy at hand does that on demand,
    // so the signal is emitted here as Qt emits it.
    QNetworkAccessManager network;
    QWidget window;
    ProxyPrompt prompt(&network, &window);
    QStringList refusedTexts;
    QString prefilledUser;
    connect(&prompt, &ProxyPrompt::dialogOpened, this, [&](ProxyCredentialsDialog *dialog) {
        auto *refused = dialog->findChild<QLabel *>(QStringLiteral("refusedLabel"));
        refusedTexts << (refused->isVisibleTo(dialog) ? refused->text() : QString());
        prefilledUser = dialog->userEdit()->text();
        QMetaObject::invokeMethod(
            dialog,
            [dialog] {
                if (dialog->userEdit()->text().isEmpty())
                    QTest::keyClicks(dialog->userEdit(), QStringLiteral("clerk"));
                QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("typed"));
                QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
            },
            Qt::QueuedConnection);
    });
    const QNetworkProxy proxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.office.example"), 3128);
    QAuthenticator authenticator;
    Q_EMIT network.proxyAuthenticationRequired(proxy, &authenticator);
    QCOMPARE(authenticator.user(), QStringLiteral("clerk"));
    QCOMPARE(authenticator.password(), QStringLiteral("typed"));
    QCOMPARE(refusedTexts.value(0), QString());

    Q_EMIT network.proxyAuthenticationRequired(proxy, &authenticator);
    QCOMPARE(refusedTexts.size(), 2);
    QVERIFY2(refusedTexts.at(1).contains(QStringLiteral("did not accept")), qPrintable(refusedTexts.at(1)));
    QCOMPARE(prefilledUser, QStringLiteral("clerk"));
}

void TestHostileNetwork::systemProxySettingsAreUsed()
{
    // Qt reads the system settings (here the https_proxy variable through
    // libproxy or its own reader) for every non-loopback address.
    qputenv("https_proxy", "http://127.0.0.1:3128");
    ApiClient::useSystemProxySettings();
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(QStringLiteral("https://activohq.example/api/v1"))));
    qunsetenv("https_proxy");
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.constFirst().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.constFirst().hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(proxies.constFirst().port(), quint16(3128));
}

QTEST_MAIN(TestHostileNetwork)
#include "tst_hostilenetwork.moc"
