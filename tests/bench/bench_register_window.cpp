// Opens the real MainWindow on the register of the first company, as
// activo-desk does, and prints one line of JSON with these members:
//   firstRequestUrl   the URL of the first GET /assets
//   firstReplyMs      from that request to its reply finishing
//   otherRequestsInFlight   requests of the window still unfinished when it
//                     made that request
//   firstPaintMs      from that request to the end of the first paint pass
//                     in which the register's viewport paints rows
//   items, pages, loadSeconds   every asset loaded while the current row moves
//                     down the register, from the first GET /assets to the
//                     paint that shows the last row
//   peakRssMb         VmHWM of this process after that paint
//   stall*            lateness of a repeating Qt::PreciseTimer on the GUI
//                     thread over the same span, and the thread's CPU time
//                     between two timeouts, in ms (see StallProbe)
//   idleStall*        the same over an idle event loop before the window opens
//   paintPass*        the QEvent::UpdateRequest events over the same span, in
//                     which Qt paints the window
// The worst stalls and the longest events go to stderr.
// The window gets the key as activo-desk gets ACTIVOHQ_API_KEY. Settings and
// drafts live in a temporary folder, so the user's own are neither read nor
// changed. The process exits with 1 when loading fails or times out, and
// with 2 on invalid options.

#include "CommandLine.h"
#include "ErrorPanel.h"
#include "MainWindow.h"
#include "PagedTableView.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "models/AssetListModel.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/SessionKeyStore.h"

#include "EventProfile.h"
#include "ProcessMemory.h"
#include "StallProbe.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPaintEvent>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

using Activo::Bench::ProfilingApplication;
using Activo::Bench::StallProbe;

constexpr int kWindowWidth = 1280;
constexpr int kWindowHeight = 800;
constexpr int kErrorCheckIntervalMs = 200;

double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// Returns the involuntary context switches of the calling thread, which count
// how often the kernel preempted it, or -1 when they are not available.
long involuntarySwitches()
{
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) != 0)
        return -1;
    return usage.ru_nivcsw;
}

// A QNetworkAccessManager that notes, on a shared clock, when the first GET
// of /assets is made and when its reply finishes, and how many other
// requests were unfinished at that moment. The time is taken when the client
// calls get(), so waiting for a free connection counts.
class RequestClock : public QNetworkAccessManager
{
public:
    explicit RequestClock(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }

    // Called once, when the first GET of /assets is made.
    std::function<void()> firstRequestMade;

    qint64 requestNs() const { return m_requestNs; }
    int otherRequestsInFlight() const { return m_otherRequestsInFlight; }
    qint64 replyNs() const { return m_replyNs; }
    QUrl url() const { return m_url; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const bool first = operation == GetOperation && m_requestNs < 0 && isFirstRegisterPage(request.url());
        if (first) {
            m_requestNs = m_clock.nsecsElapsed();
            m_url = request.url();
            m_otherRequestsInFlight = m_requestsInFlight;
            if (firstRequestMade)
                firstRequestMade();
        }
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
        ++m_requestsInFlight;
        connect(reply, &QNetworkReply::finished, this, [this, first] {
            --m_requestsInFlight;
            if (first)
                m_replyNs = m_clock.nsecsElapsed();
        });
        return reply;
    }

private:
    // The register requests its first page with GET /assets, skip=0 and no
    // search text. Reads of one asset (/assets/{id}) do not match.
    static bool isFirstRegisterPage(const QUrl &url)
    {
        const QUrlQuery query(url);
        return url.path().endsWith(QLatin1String("/assets"))
            && query.queryItemValue(QStringLiteral("skip")) == QLatin1String("0")
            && !query.hasQueryItem(QStringLiteral("search"));
    }

    const QElapsedTimer &m_clock;
    qint64 m_requestNs = -1;
    qint64 m_replyNs = -1;
    int m_requestsInFlight = 0;
    int m_otherRequestsInFlight = -1;
    QUrl m_url;
};

// Reports the next paint pass in which a table's viewport paints rows. The
// event filter receives QEvent::Paint before the view paints. The call it
// queues runs once the pass has ended and control is back in the event loop,
// so passEndNs also covers painting the rest of the window and any events
// posted before that call.
class PaintWatcher : public QObject
{
public:
    using Done = std::function<void(qint64 eventNs, qint64 passEndNs)>;

    PaintWatcher(QTableView *table, const QElapsedTimer &clock)
        : QObject(table)
        , m_table(table)
        , m_clock(clock)
    {
        m_table->viewport()->installEventFilter(this);
    }

    // Calls `done` after the next paint of the viewport whose region covers
    // row `row`, or any row when `row` is -1.
    void expect(int row, Done done)
    {
        m_row = row;
        m_done = std::move(done);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !m_done || watched != m_table->viewport())
            return false;
        if (!m_table->viewport()->isVisible() || !regionShowsRow(static_cast<QPaintEvent *>(event)->region()))
            return false;
        const qint64 eventNs = m_clock.nsecsElapsed();
        Done done = std::move(m_done);
        m_done = nullptr;
        QMetaObject::invokeMethod(
            this, [this, done, eventNs] { done(eventNs, m_clock.nsecsElapsed()); }, Qt::QueuedConnection);
        return false;
    }

private:
    bool regionShowsRow(const QRegion &region) const
    {
        const QAbstractItemModel *model = m_table->model();
        const int rows = model ? model->rowCount() : 0;
        if (rows == 0)
            return false;
        const int width = m_table->viewport()->width();
        QRect rowsRect;
        if (m_row >= 0) {
            const QRect cell = m_table->visualRect(model->index(qMin(m_row, rows - 1), 0));
            rowsRect = QRect(0, cell.top(), width, cell.height());
        } else {
            const QRect last = m_table->visualRect(model->index(rows - 1, 0));
            const int bottom = last.isValid() ? qMin(last.bottom(), m_table->viewport()->height() - 1)
                                              : m_table->viewport()->height() - 1;
            rowsRect = QRect(0, 0, width, bottom + 1);
        }
        return rowsRect.isValid() && region.intersects(rowsRect.intersected(m_table->viewport()->rect()));
    }

    QTableView *m_table;
    const QElapsedTimer &m_clock;
    int m_row = -1;
    Done m_done;
};

struct Options
{
    QUrl baseUrl;
    QString key;
    int scrollRows = 150;
    int scrollIntervalMs = 16;
    int probeIntervalMs = 1;
    int idleMs = 1000;
    int timeoutSeconds = 600;
};

// Runs the measurement: an idle phase, then the window, the first page, and
// the walk down the register until every asset is loaded and painted.
class RegisterWindowBench : public QObject
{
public:
    RegisterWindowBench(ProfilingApplication &application, const Options &options)
        : m_application(application)
        , m_options(options)
        , m_probe(options.probeIntervalMs)
        , m_network(m_probe.clock())
        , m_settings(m_home.filePath(QStringLiteral("settings.ini")))
        , m_drafts(m_home.filePath(QStringLiteral("drafts")))
    {
        m_network.firstRequestMade = [this] {
            m_probe.startRecording();
            m_application.startRecording();
            m_switchesAtRequest = involuntarySwitches();
        };
        m_scrollTimer.setTimerType(Qt::PreciseTimer);
        m_scrollTimer.setInterval(options.scrollIntervalMs);
        connect(&m_scrollTimer, &QTimer::timeout, this, &RegisterWindowBench::moveCurrentRow);
        m_errorCheckTimer.setInterval(kErrorCheckIntervalMs);
        connect(&m_errorCheckTimer, &QTimer::timeout, this, &RegisterWindowBench::failOnShownError);
    }

    ~RegisterWindowBench() override { m_drafts.waitForWrites(); }

    void start()
    {
        if (!m_home.isValid()) {
            fail(QStringLiteral("could not create a temporary folder for the settings: ") + m_home.errorString());
            return;
        }
        QTimer::singleShot(std::chrono::seconds(m_options.timeoutSeconds), this, [this] {
            fail(QStringLiteral("timed out after %1 s %2").arg(m_options.timeoutSeconds).arg(m_stage));
        });
        m_probe.start();
        m_probe.startRecording();
        m_stage = QStringLiteral("in the idle phase");
        QTimer::singleShot(m_options.idleMs, this, [this] {
            m_idle = m_probe.summary();
            m_probe.stopRecording();
            openWindow();
        });
    }

private:
    void openWindow()
    {
        m_stage = QStringLiteral("before the first page of the register was painted");
        const Activo::CommandLineOptions commandLine = Activo::CommandLineOptions::parse(
            {QStringLiteral("activo-desk"), QStringLiteral("--base-url"), m_options.baseUrl.toString()});
        if (commandLine.exitRequested) {
            fail(QStringLiteral("the window rejected the base URL: ") + commandLine.output);
            return;
        }
        m_window = std::make_unique<Activo::MainWindow>(
            Activo::Services{&m_network, &m_settings, &m_keychain, &m_sessionKeys, &m_drafts}, commandLine,
            m_options.key);
        m_table = m_window->registerView()->table();
        m_model = m_window->assetModel();
        m_probe.setContext([this] { return qint64(m_model->rowCount()); });

        connect(m_window->client(), &Activo::ApiClient::authenticationFailed, this,
                [this](const Activo::ApiError &error) {
                    fail(QStringLiteral("the server rejected the API key. Check --key. ") + error.details());
                });
        connect(m_model, &Activo::PagedListModel::stateChanged, this, [this](Activo::PagedListModel::State state) {
            if (state == Activo::PagedListModel::State::Failed)
                fail(QStringLiteral("GET /assets failed: ") + m_model->lastError().details());
        });
        connect(m_model, &Activo::PagedListModel::pageLoaded, this, [this] {
            ++m_pages;
            finishWhenComplete();
        });

        m_paints = new PaintWatcher(m_table, m_probe.clock());
        m_paints->expect(-1, [this](qint64 eventNs, qint64 passEndNs) { handleFirstPaint(eventNs, passEndNs); });

        m_window->resize(kWindowWidth, kWindowHeight);
        m_window->show();
        m_window->start();
        m_errorCheckTimer.start();
    }

    // Fails when the register shows a failed request before its first page,
    // for example GET /companies, which the model does not report.
    void failOnShownError()
    {
        if (m_firstPaintEndNs >= 0) {
            m_errorCheckTimer.stop();
            return;
        }
        const QList<Activo::ErrorPanel *> panels = m_window->registerView()->findChildren<Activo::ErrorPanel *>();
        for (const Activo::ErrorPanel *panel : panels) {
            if (panel->isVisible() && panel->error().isError()) {
                fail(QStringLiteral("the window shows a failed request before the first page: ")
                     + panel->error().details());
                return;
            }
        }
    }

    void handleFirstPaint(qint64 eventNs, qint64 passEndNs)
    {
        if (m_network.requestNs() < 0) {
            fail(QStringLiteral("the register painted rows before any GET /assets was made"));
            return;
        }
        m_firstPaintEventNs = eventNs;
        m_firstPaintEndNs = passEndNs;
        m_firstPageRows = m_model->rowCount();
        m_stage = QStringLiteral("while loading the register");
        m_scrollTimer.start();
        finishWhenComplete();
    }

    // Moves the current row down by scrollRows, at most to the last loaded
    // row, and scrolls to it, as the keyboard does. The view requests the
    // next page once the last row is visible.
    void moveCurrentRow()
    {
        const int rows = m_model->rowCount();
        if (rows == 0)
            return;
        const int current = m_table->currentIndex().row();
        const int target = current < 0 ? 0 : qMin(rows - 1, current + m_options.scrollRows);
        if (target == current)
            return;
        const QModelIndex index = m_model->index(target, Activo::AssetListModel::CodeColumn);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        ++m_scrollSteps;
    }

    // Once every page is loaded, stops scrolling, shows the last row and
    // finishes after the paint that shows it.
    void finishWhenComplete()
    {
        if (m_firstPaintEndNs < 0 || m_finishing || !m_model->isComplete())
            return;
        const int rows = m_model->rowCount();
        if (rows != m_model->totalCount()) {
            fail(QStringLiteral("loaded %1 assets, but the server reported %2").arg(rows).arg(m_model->totalCount()));
            return;
        }
        m_finishing = true;
        m_stage = QStringLiteral("before the last row was painted");
        m_scrollTimer.stop();
        const QModelIndex last = m_model->index(rows - 1, Activo::AssetListModel::CodeColumn);
        m_paints->expect(rows - 1, [this](qint64, qint64 passEndNs) { finish(passEndNs); });
        m_table->setCurrentIndex(last);
        m_table->scrollTo(last);
        m_table->viewport()->update();
    }

    void finish(qint64 lastPaintNs)
    {
        m_probe.stopRecording();
        m_application.stopRecording();
        const StallProbe::Summary load = m_probe.summary();
        const ProfilingApplication::Entry paints = m_application.paintPasses();
        const long switches = involuntarySwitches();
        const double peakRss = Activo::Bench::peakRssMb();
        const double finalRss = Activo::Bench::currentRssMb();
        const qint64 requestNs = m_network.requestNs();

        for (const StallProbe::Stall &stall : load.worst) {
            std::fprintf(stderr, "stall of %.2f ms at %.3f s after the first GET /assets, %lld rows loaded\n",
                         stall.latenessMs, double(stall.atNs - requestNs) / 1e9,
                         static_cast<long long>(stall.context));
        }

        const std::vector<ProfilingApplication::Entry> events = m_application.entriesByMax();
        for (size_t i = 0; i < events.size() && i < 8; ++i) {
            std::fprintf(stderr, "event %s: %lld times, %.1f ms in all, max %.2f ms\n", events[i].name.c_str(),
                         static_cast<long long>(events[i].count), events[i].totalMs, events[i].maxMs);
        }

        const QByteArray url = m_network.url().toEncoded();
        std::printf("{\"platform\":\"%s\",\"windowSize\":\"%dx%d\",\"firstRequestUrl\":\"%s\",\"firstReplyMs\":%.1f,"
                    "\"otherRequestsInFlight\":%d,\"firstPaintEventMs\":%.1f,\"firstPaintMs\":%.1f,\"firstPageRows\":%d,"
                    "\"items\":%d,\"pages\":%d,\"pageSize\":%d,\"loadSeconds\":%.3f,\"scrollSteps\":%d,"
                    "\"peakRssMb\":%.1f,\"finalRssMb\":%.1f,\"probeIntervalMs\":%d,"
                    "\"stallSamples\":%lld,\"stallMaxMs\":%.1f,\"stallP99Ms\":%.1f,\"stallP999Ms\":%.1f,"
                    "\"stallCpuMaxMs\":%.1f,\"stallCpuP99Ms\":%.1f,"
                    "\"idleStallMaxMs\":%.1f,\"idleStallP99Ms\":%.1f,\"involuntarySwitches\":%ld,"
                    "\"paintPasses\":%lld,\"paintPassMeanMs\":%.1f,\"paintPassMaxMs\":%.1f}\n",
                    qPrintable(QGuiApplication::platformName()), kWindowWidth, kWindowHeight, url.constData(),
                    milliseconds(m_network.replyNs() - requestNs), m_network.otherRequestsInFlight(),
                    milliseconds(m_firstPaintEventNs - requestNs),
                    milliseconds(m_firstPaintEndNs - requestNs), m_firstPageRows, m_model->rowCount(), m_pages,
                    m_model->pageSize(), double(lastPaintNs - requestNs) / 1e9, m_scrollSteps, peakRss, finalRss,
                    m_probe.intervalMs(), static_cast<long long>(load.samples), load.maxMs, load.p99Ms,
                    load.p999Ms, load.cpuMaxMs, load.cpuP99Ms, m_idle.maxMs, m_idle.p99Ms,
                    switches >= 0 && m_switchesAtRequest >= 0 ? switches - m_switchesAtRequest : -1L,
                    static_cast<long long>(paints.count), paints.count > 0 ? paints.totalMs / double(paints.count) : 0.0,
                    paints.maxMs);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    void fail(const QString &message)
    {
        std::fprintf(stderr, "bench_register_window: %s\n", qPrintable(message));
        std::fflush(stderr);
        QCoreApplication::exit(1);
    }

    ProfilingApplication &m_application;
    Options m_options;
    StallProbe m_probe;
    RequestClock m_network;
    QTemporaryDir m_home;
    Activo::AppSettings m_settings;
    Activo::DraftStore m_drafts;
    // MainWindow reads no keychain when it is given a key, as here, so an in-memory store fills that slot.
    Activo::SessionKeyStore m_keychain;
    Activo::SessionKeyStore m_sessionKeys;
    std::unique_ptr<Activo::MainWindow> m_window;
    QTableView *m_table = nullptr;
    Activo::AssetListModel *m_model = nullptr;
    PaintWatcher *m_paints = nullptr;
    QTimer m_scrollTimer;
    QTimer m_errorCheckTimer;

    QString m_stage;
    StallProbe::Summary m_idle;
    qint64 m_firstPaintEventNs = -1;
    qint64 m_firstPaintEndNs = -1;
    int m_firstPageRows = 0;
    int m_pages = 0;
    int m_scrollSteps = 0;
    long m_switchesAtRequest = -1;
    bool m_finishing = false;
};

// Reads a whole number option; prints an error and returns false when it is
// invalid or outside [minimum, maximum].
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int maximum,
                int *value)
{
    bool ok = false;
    const QString text = parser.value(option);
    *value = text.toInt(&ok);
    if (ok && *value >= minimum && *value <= maximum)
        return true;
    std::fprintf(stderr, "bench_register_window: invalid --%s \"%s\". Expected a whole number from %d to %d.\n",
                 qPrintable(option.names().constFirst()), qPrintable(text), minimum, maximum);
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    ProfilingApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_register_window"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens the asset register of the first company in the main window, loads every page while the current "
        "row moves down, and prints the time to the first painted page, the peak RSS and the GUI thread's "
        "stalls as one line of JSON."));
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
        QStringLiteral("API base URL, for example http://127.0.0.1:8080/api/v1."), QStringLiteral("url"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("API key sent as X-Api-Key."),
                                       QStringLiteral("key"));
    const QCommandLineOption scrollRowsOption(QStringLiteral("scroll-rows"),
        QStringLiteral("Rows the current row moves down at each scroll step, 1 to 10000."), QStringLiteral("n"),
        QStringLiteral("150"));
    const QCommandLineOption scrollIntervalOption(QStringLiteral("scroll-interval-ms"),
        QStringLiteral("Milliseconds between scroll steps, 1 to 1000."), QStringLiteral("ms"), QStringLiteral("16"));
    const QCommandLineOption probeIntervalOption(QStringLiteral("probe-interval-ms"),
        QStringLiteral("Interval of the timer whose lateness measures stalls, in ms, 1 to 100."), QStringLiteral("ms"),
        QStringLiteral("1"));
    const QCommandLineOption idleOption(QStringLiteral("idle-ms"),
        QStringLiteral("Length of the idle phase before the window opens, in ms, 100 to 60000."), QStringLiteral("ms"),
        QStringLiteral("1000"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-seconds"),
        QStringLiteral("Exit with code 1 when the register is not loaded after this many seconds."),
        QStringLiteral("s"), QStringLiteral("600"));
    parser.addOptions({baseUrlOption, keyOption, scrollRowsOption, scrollIntervalOption, probeIntervalOption,
                       idleOption, timeoutOption});
    parser.process(app);

    Options options;
    options.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
    options.key = parser.value(keyOption);
    if (!options.baseUrl.isValid() || options.baseUrl.scheme().isEmpty() || options.key.isEmpty()) {
        std::fprintf(stderr, "bench_register_window: --base-url (an absolute URL) and --key are required. See --help.\n");
        return 2;
    }
    if (!readNumber(parser, scrollRowsOption, 1, 10000, &options.scrollRows)
        || !readNumber(parser, scrollIntervalOption, 1, 1000, &options.scrollIntervalMs)
        || !readNumber(parser, probeIntervalOption, 1, 100, &options.probeIntervalMs)
        || !readNumber(parser, idleOption, 100, 60000, &options.idleMs)
        || !readNumber(parser, timeoutOption, 1, 86400, &options.timeoutSeconds))
        return 2;

    // English with US formats, so every run draws the same text.
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (!Activo::installTranslations(locale))
        std::fprintf(stderr, "bench_register_window: the English translation is missing; the texts stay untranslated.\n");

    RegisterWindowBench bench(app, options);
    bench.start();
    return QApplication::exec();
}
