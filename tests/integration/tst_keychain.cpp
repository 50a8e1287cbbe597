// Tests KeychainKeyStore against the real Secret Service (gnome-keyring) and
// SessionKeyStore. Run it through scripts/with-keyring, which starts a private
// session bus with an unlocked, temporary keyring:
//
//     scripts/with-keyring ctest -L keychain
//
// Some tests start this executable again as a child process (a "probe") with
// a different D-Bus environment, because GLib keeps its session bus connection
// for the life of the process.

#include "settings/KeychainKeyStore.h"
#include "settings/SessionKeyStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocale>
#include <QMetaEnum>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

using namespace Activo;
using namespace std::chrono_literals;
using Status = KeyStore::Status;
using Result = KeyStore::Result;

namespace {

// Environment variables that turn this executable into a probe. The probe runs
// the listed KeychainKeyStore calls one after another and prints one line per
// call: operation, status, elapsed milliseconds, SHA-256 of the key read (or
// "-") and message, separated by tabs.
constexpr char ProbeOperationsVariable[] = "ACTIVO_KEYCHAIN_PROBE_OPERATIONS"; // for example "read,write"
constexpr char ProbeUrlVariable[] = "ACTIVO_KEYCHAIN_PROBE_URL";
constexpr char ProbeKeyVariable[] = "ACTIVO_KEYCHAIN_PROBE_KEY";
constexpr char ProbeTimeoutVariable[] = "ACTIVO_KEYCHAIN_PROBE_TIMEOUT_MS";
constexpr char ProbeRetryDelayVariable[] = "ACTIVO_KEYCHAIN_PROBE_RETRY_DELAY_MS";

// Maximum wait for one callback: the store's own timeout plus slack.
constexpr std::chrono::milliseconds CallbackWait = KeychainKeyStore::DefaultTimeout + 5s;
// Maximum wait for a probe process or a helper program to finish.
constexpr std::chrono::milliseconds ProcessWait = 60s;

QString statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(static_cast<int>(status)));
}

QString keyDigest(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString describe(const Result &result)
{
    return QStringLiteral("%1 (%2)").arg(statusName(result.status), result.message);
}

// Receives store callbacks and emits received() for each, so QSignalSpy can
// wait for them. Used as the `context` of the call.
class CallbackReceiver : public QObject
{
    Q_OBJECT

public:
    KeyStore::Callback callback()
    {
        return [this](const Result &result) {
            m_results.append(result);
            Q_EMIT received();
        };
    }

    const QList<Result> &results() const { return m_results; }

Q_SIGNALS:
    void received();

private:
    QList<Result> m_results;
};

using StoreCall = std::function<void(QObject *context, KeyStore::Callback done)>;

// Starts one store call with a fresh receiver as its context and waits for its
// callback. Returns std::nullopt when none arrives within `wait`.
std::optional<Result> callAndWait(const StoreCall &call, std::chrono::milliseconds wait = CallbackWait)
{
    CallbackReceiver receiver;
    QSignalSpy spy(&receiver, &CallbackReceiver::received);
    call(&receiver, receiver.callback());
    if (spy.isEmpty() && !spy.wait(static_cast<int>(wait.count())))
        return std::nullopt;
    return receiver.results().constFirst();
}

std::optional<Result> readKey(KeyStore &store, const QString &baseUrl,
                              std::chrono::milliseconds wait = CallbackWait)
{
    return callAndWait([&](QObject *context, KeyStore::Callback done) { store.readKey(baseUrl, context, done); },
                       wait);
}

std::optional<Result> writeKey(KeyStore &store, const QString &baseUrl, const QString &key,
                               std::chrono::milliseconds wait = CallbackWait)
{
    return callAndWait(
        [&](QObject *context, KeyStore::Callback done) { store.writeKey(baseUrl, key, context, done); }, wait);
}

std::optional<Result> removeKey(KeyStore &store, const QString &baseUrl,
                                std::chrono::milliseconds wait = CallbackWait)
{
    return callAndWait([&](QObject *context, KeyStore::Callback done) { store.removeKey(baseUrl, context, done); },
                       wait);
}

// Starts the named operation without waiting. "rejected write" writes an
// empty key, which both stores reject before touching any storage.
void startOperation(KeyStore &store, const QString &operation, const QString &baseUrl, QObject *context,
                    KeyStore::Callback done)
{
    if (operation == QLatin1String("read"))
        store.readKey(baseUrl, context, std::move(done));
    else if (operation == QLatin1String("write"))
        store.writeKey(baseUrl, QStringLiteral("written-by-startOperation"), context, std::move(done));
    else if (operation == QLatin1String("remove"))
        store.removeKey(baseUrl, context, std::move(done));
    else if (operation == QLatin1String("rejected write"))
        store.writeKey(baseUrl, QString(), context, std::move(done));
    else
        qFatal("unknown operation %s", qPrintable(operation));
}

// KeychainKeyStore logs a warning for each call that it rejects before
// starting a job. Tells Qt Test to expect it, so the test fails if it is missing.
void expectRejectionWarning(const QString &storeKind)
{
    if (storeKind == QLatin1String("keychain"))
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(" rejected: ")));
}

std::unique_ptr<KeyStore> createStore(const QString &kind)
{
    if (kind == QLatin1String("keychain"))
        return std::make_unique<KeychainKeyStore>();
    return std::make_unique<SessionKeyStore>();
}

// A key of exactly `length` UTF-16 code units that mixes Latin, Cyrillic, CJK,
// an emoji outside the BMP, spaces and a newline. The pattern is repeated as a
// whole, so no surrogate pair is cut.
QString mixedKey(int length)
{
    const QString pattern = QStringLiteral("ключ-鍵-🔑-é ü\n");
    QString key;
    key.reserve(length);
    while (key.size() + pattern.size() <= length)
        key += pattern;
    while (key.size() < length)
        key += QLatin1Char('k');
    return key;
}

// One line of probe output.
struct ProbeLine
{
    QString operation;
    QString status;
    qint64 elapsedMs = -1;
    QString keyDigest;
    QString message;
};

QString describeLine(const ProbeLine &line)
{
    return QStringLiteral("%1: %2 after %3 ms (%4)")
        .arg(line.operation, line.status, QString::number(line.elapsedMs), line.message);
}

struct ProbeRun
{
    bool finished = false;
    int exitCode = -1;
    QList<ProbeLine> lines;
    QString standardError;
};

QProcessEnvironment probeEnvironment(const QString &operations, const QString &baseUrl, const QString &key,
                                     std::chrono::milliseconds timeout, std::chrono::milliseconds retryDelay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ProbeOperationsVariable), operations);
    environment.insert(QString::fromLatin1(ProbeUrlVariable), baseUrl);
    environment.insert(QString::fromLatin1(ProbeKeyVariable), key);
    environment.insert(QString::fromLatin1(ProbeTimeoutVariable), QString::number(timeout.count()));
    environment.insert(QString::fromLatin1(ProbeRetryDelayVariable), QString::number(retryDelay.count()));
    // Every log line of the store, debug included, so the tests can check
    // that no key reaches the log.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("activo.keychain.debug=true"));
    return environment;
}

// Runs this executable as a probe, or `program` with `arguments` when given,
// which then starts the probe itself.
ProbeRun runProbe(const QProcessEnvironment &environment, const QString &program = QString(),
                  const QStringList &arguments = {})
{
    ProbeRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program.isEmpty() ? QCoreApplication::applicationFilePath() : program, arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(static_cast<int>(ProcessWait.count()))) {
        process.kill();
        process.waitForFinished(5000);
        run.standardError = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.standardError = QString::fromUtf8(process.readAllStandardError());
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &text : lines) {
        const QStringList fields = text.split(QLatin1Char('\t'));
        if (fields.size() < 5)
            continue;
        ProbeLine line;
        line.operation = fields.at(0);
        line.status = fields.at(1);
        line.elapsedMs = fields.at(2).toLongLong();
        line.keyDigest = fields.at(3);
        line.message = fields.mid(4).join(QLatin1Char('\t'));
        run.lines.append(line);
    }
    return run;
}

// Runs a helper program such as secret-tool and returns its exit code and
// standard output, or std::nullopt when it did not finish in time.
std::optional<std::pair<int, QByteArray>> runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(static_cast<int>(ProcessWait.count()))) {
        process.kill();
        process.waitForFinished(5000);
        return std::nullopt;
    }
    return std::make_pair(process.exitCode(), process.readAllStandardOutput());
}

// The probe: the child side of runProbe().
int runProbeCalls()
{
    KeychainKeyStore store;
    bool ok = false;
    const int timeoutMs = qEnvironmentVariableIntValue(ProbeTimeoutVariable, &ok);
    if (ok)
        store.setTimeout(std::chrono::milliseconds(timeoutMs));
    const int retryDelayMs = qEnvironmentVariableIntValue(ProbeRetryDelayVariable, &ok);
    if (ok)
        store.setRetryDelay(std::chrono::milliseconds(retryDelayMs));

    const QString baseUrl = qEnvironmentVariable(ProbeUrlVariable);
    const QString key = qEnvironmentVariable(ProbeKeyVariable);
    const QStringList operations =
        qEnvironmentVariable(ProbeOperationsVariable).split(QLatin1Char(','), Qt::SkipEmptyParts);

    QTextStream out(stdout);
    for (const QString &operation : operations) {
        QElapsedTimer elapsed;
        elapsed.start();
        std::optional<Result> result;
        if (operation == QLatin1String("read"))
            result = readKey(store, baseUrl, store.timeout() + 5s);
        else if (operation == QLatin1String("write"))
            result = writeKey(store, baseUrl, key, store.timeout() + 5s);
        else if (operation == QLatin1String("remove"))
            result = removeKey(store, baseUrl, store.timeout() + 5s);

        if (!result) {
            out << operation << "\tNoCallback\t" << elapsed.elapsed() << "\t-\tno callback\n";
            continue;
        }
        const QString digest = result->status == Status::Ok && operation == QLatin1String("read")
            ? keyDigest(result->key)
            : QStringLiteral("-");
        QString message = result->message;
        message.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << operation << '\t' << statusName(result->status) << '\t' << elapsed.elapsed() << '\t' << digest
            << '\t' << message << '\n';
    }
    out.flush();
    return 0;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void writeThenRead();
    void readOfNeverWrittenUrlIsNotFound();
    void overwriteReplacesKey();
    void removeThenReadIsNotFound();
    void removeOfMissingEntryIsOk();
    void baseUrlsAreIndependent();
    void keyRoundTrips_data();
    void keyRoundTrips();
    void entryIsInSecretService();
    void keychainStoreIsPersistent();

    void invalidInputIsRejected_data();
    void invalidInputIsRejected();
    void callbackIsNotSynchronous_data();
    void callbackIsNotSynchronous();
    void noCallbackAfterContextDeleted_data();
    void noCallbackAfterContextDeleted();
    void noCallbackAfterStoreDeleted();

    void sessionStoreRoundTrip();
    void sessionStoreIsNotPersistent();

    void noSessionBusReportsFailure_data();
    void noSessionBusReportsFailure();
    void busWithoutSecretServiceIsNoBackend();
    void silentBusTimesOut();
    void transientFailureIsRetried();
    void lockedKeyringIsNotAMissingKey();

private:
    // Returns a base URL unique to this run and remembers it for cleanup.
    // Nothing connects to it: it only names keychain entries.
    QString uniqueUrl(const QString &name, int port = 8443);
    void checkNoBackendProbe(const ProbeRun &run, const QStringList &operations,
                             std::chrono::milliseconds timeout, const QString &probeKey);

    KeychainKeyStore m_store;
    QString m_token;
    QStringList m_createdUrls;
};

QString TestKeychain::uniqueUrl(const QString &name, int port)
{
    const QString url = QStringLiteral("https://127.0.0.1:%1/%2/%3/api/v1").arg(port).arg(m_token, name);
    m_createdUrls.append(url);
    return url;
}

void TestKeychain::initTestCase()
{
#if !defined(Q_OS_LINUX)
    QSKIP("This suite tests the Secret Service backend, which only Linux uses.");
#endif
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("DBUS_SESSION_BUS_ADDRESS is not set, so no keyring is reachable. "
              "Run this test through scripts/with-keyring, for example: scripts/with-keyring ctest -L keychain");
    }

    m_token = QStringLiteral("tst-keychain-%1").arg(QRandomGenerator::system()->generate64(), 0, 36);

    const QString probeUrl = uniqueUrl(QStringLiteral("reachability"));
    const std::optional<Result> written = writeKey(m_store, probeUrl, QStringLiteral("reachability"));
    QVERIFY2(written, "The keychain did not answer. Run this test through scripts/with-keyring.");
    QVERIFY2(written->status == Status::Ok,
             qPrintable(QStringLiteral("Cannot write to the keyring: %1. Run this test through "
                                       "scripts/with-keyring, which starts an unlocked gnome-keyring.")
                            .arg(describe(*written))));
    const std::optional<Result> removed = removeKey(m_store, probeUrl);
    QVERIFY(removed);
    QCOMPARE(removed->status, Status::Ok);
}

void TestKeychain::cleanupTestCase()
{
    for (const QString &url : std::as_const(m_createdUrls)) {
        const std::optional<Result> removed = removeKey(m_store, url);
        QVERIFY2(removed, qPrintable(QStringLiteral("no callback when removing %1").arg(url)));
        QVERIFY2(removed->status == Status::Ok,
                 qPrintable(QStringLiteral("removing %1: %2").arg(url, describe(*removed))));
    }
}

void TestKeychain::writeThenRead()
{
    const QString url = uniqueUrl(QStringLiteral("write-then-read"));
    const QString key = QStringLiteral("ak_live_0123456789abcdef");

    const std::optional<Result> written = writeKey(m_store, url, key);
    QVERIFY(written);
    QCOMPARE(written->status, Status::Ok);
    QVERIFY(written->key.isEmpty());

    const std::optional<Result> read = readKey(m_store, url);
    QVERIFY(read);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->key, key);
    QVERIFY(read->message.isEmpty());
}

void TestKeychain::readOfNeverWrittenUrlIsNotFound()
{
    const std::optional<Result> read = readKey(m_store, uniqueUrl(QStringLiteral("never-written")));
    QVERIFY(read);
    QCOMPARE(read->status, Status::NotFound);
    QVERIFY(read->key.isEmpty());
}

void TestKeychain::overwriteReplacesKey()
{
    const QString url = uniqueUrl(QStringLiteral("overwrite"));

    QCOMPARE(writeKey(m_store, url, QStringLiteral("first-key")).value().status, Status::Ok);
    QCOMPARE(writeKey(m_store, url, QStringLiteral("second-key")).value().status, Status::Ok);

    const std::optional<Result> read = readKey(m_store, url);
    QVERIFY(read);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->key, QStringLiteral("second-key"));
}

void TestKeychain::removeThenReadIsNotFound()
{
    const QString url = uniqueUrl(QStringLiteral("remove-then-read"));
    QCOMPARE(writeKey(m_store, url, QStringLiteral("short-lived")).value().status, Status::Ok);

    const std::optional<Result> removed = removeKey(m_store, url);
    QVERIFY(removed);
    QCOMPARE(removed->status, Status::Ok);

    const std::optional<Result> read = readKey(m_store, url);
    QVERIFY(read);
    QCOMPARE(read->status, Status::NotFound);
    QVERIFY(read->key.isEmpty());
}

void TestKeychain::removeOfMissingEntryIsOk()
{
    const QString url = uniqueUrl(QStringLiteral("never-stored"));

    const std::optional<Result> first = removeKey(m_store, url);
    QVERIFY(first);
    QCOMPARE(first->status, Status::Ok);

    const std::optional<Result> second = removeKey(m_store, url);
    QVERIFY(second);
    QCOMPARE(second->status, Status::Ok);
}

void TestKeychain::baseUrlsAreIndependent()
{
    // The store compares base URLs as plain strings. These differ only in
    // port, path, scheme, a trailing slash or a query, and each keeps its own key.
    const QString base = uniqueUrl(QStringLiteral("independent"));
    const QStringList urls = {
        base,
        uniqueUrl(QStringLiteral("independent"), 9443),
        uniqueUrl(QStringLiteral("independent-other-path")),
        QString(base).replace(QStringLiteral("https://"), QStringLiteral("http://")),
        base + QLatin1Char('/'),
        base + QStringLiteral("?company=7"),
    };
    m_createdUrls += urls.mid(3);

    for (int i = 0; i < urls.size(); ++i) {
        const std::optional<Result> written = writeKey(m_store, urls.at(i), QStringLiteral("key-%1").arg(i));
        QVERIFY(written);
        QVERIFY2(written->status == Status::Ok, qPrintable(urls.at(i) + QLatin1Char(' ') + describe(*written)));
    }
    for (int i = 0; i < urls.size(); ++i) {
        const std::optional<Result> read = readKey(m_store, urls.at(i));
        QVERIFY(read);
        QCOMPARE(read->status, Status::Ok);
        QCOMPARE(read->key, QStringLiteral("key-%1").arg(i));
    }

    QCOMPARE(removeKey(m_store, urls.at(0)).value().status, Status::Ok);
    QCOMPARE(readKey(m_store, urls.at(0)).value().status, Status::NotFound);
    for (int i = 1; i < urls.size(); ++i) {
        const std::optional<Result> read = readKey(m_store, urls.at(i));
        QVERIFY(read);
        QCOMPARE(read->status, Status::Ok);
        QCOMPARE(read->key, QStringLiteral("key-%1").arg(i));
    }
}

void TestKeychain::keyRoundTrips_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("unicode, 4096 UTF-16 units") << mixedKey(4096);
    QTest::newRow("ASCII, 64 KiB") << QString(64 * 1024, QLatin1Char('x'));
    QTest::newRow("leading and trailing spaces") << QStringLiteral("  key with spaces  ");
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("newlines and tabs") << QStringLiteral("line one\nline two\r\n\tindented\n");
    QTest::newRow("quotes and escapes") << QStringLiteral("\"'\\%1 %s $HOME `id` ;--");
    QTest::newRow("emoji only") << QStringLiteral("🔑🔐🗝️");
    QTest::newRow("right-to-left text") << QStringLiteral("مفتاح-סוד");
    QTest::newRow("looks like base64") << QStringLiteral("c2VjcmV0LWtleQ==");
}

void TestKeychain::keyRoundTrips()
{
    QFETCH(QString, key);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString url = uniqueUrl(QStringLiteral("round-trip-") + tag);

    const std::optional<Result> written = writeKey(m_store, url, key);
    QVERIFY(written);
    QVERIFY2(written->status == Status::Ok, qPrintable(describe(*written)));

    const std::optional<Result> read = readKey(m_store, url);
    QVERIFY(read);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->key.size(), key.size());
    QCOMPARE(read->key, key);
}

void TestKeychain::entryIsInSecretService()
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!secretTool.isEmpty(), "secret-tool is missing. Install the Debian package libsecret-tools.");

    const QString url = uniqueUrl(QStringLiteral("secret-service"));
    const QString key = QStringLiteral("visible-to-secret-tool-ü");
    QCOMPARE(writeKey(m_store, url, key).value().status, Status::Ok);

    // QtKeychain files the entry under the attributes "server" (the service
    // name) and "user" (the entry's key, here the base URL).
    const QStringList attributes = {QStringLiteral("server"), KeychainKeyStore::serviceName(),
                                    QStringLiteral("user"), url};
    const auto found = runProgram(secretTool, QStringList{QStringLiteral("lookup")} + attributes);
    QVERIFY2(found, "secret-tool lookup did not finish");
    QCOMPARE(found->first, 0);
    QCOMPARE(QString::fromUtf8(found->second), key);

    QCOMPARE(removeKey(m_store, url).value().status, Status::Ok);
    const auto afterRemoval = runProgram(secretTool, QStringList{QStringLiteral("lookup")} + attributes);
    QVERIFY2(afterRemoval, "secret-tool lookup did not finish");
    QCOMPARE(afterRemoval->first, 1);
    QVERIFY(afterRemoval->second.isEmpty());
}

void TestKeychain::keychainStoreIsPersistent()
{
    QVERIFY(m_store.isPersistent());

    // A key written here is read by another process, and the other way round.
    const QString ourUrl = uniqueUrl(QStringLiteral("persistent-ours"));
    const QString ourKey = QStringLiteral("written-by-parent-%1").arg(m_token);
    QCOMPARE(writeKey(m_store, ourUrl, ourKey).value().status, Status::Ok);

    const ProbeRun reader = runProbe(probeEnvironment(QStringLiteral("read"), ourUrl, QString(),
                                                      KeychainKeyStore::DefaultTimeout, 500ms));
    QVERIFY2(reader.finished, qPrintable(reader.standardError));
    QCOMPARE(reader.exitCode, 0);
    QVERIFY2(reader.lines.size() == 1, qPrintable(reader.standardError));
    QCOMPARE(reader.lines.at(0).status, QStringLiteral("Ok"));
    QCOMPARE(reader.lines.at(0).keyDigest, keyDigest(ourKey));
    QVERIFY2(!reader.standardError.contains(ourKey), "the probe's log contains the key");

    const QString theirUrl = uniqueUrl(QStringLiteral("persistent-theirs"));
    const QString theirKey = QStringLiteral("written-by-child-%1").arg(m_token);
    const ProbeRun writer = runProbe(probeEnvironment(QStringLiteral("write"), theirUrl, theirKey,
                                                      KeychainKeyStore::DefaultTimeout, 500ms));
    QVERIFY2(writer.finished, qPrintable(writer.standardError));
    QVERIFY2(writer.lines.size() == 1, qPrintable(writer.standardError));
    QCOMPARE(writer.lines.at(0).status, QStringLiteral("Ok"));
    QVERIFY2(!writer.standardError.contains(theirKey), "the probe's log contains the key");

    const std::optional<Result> read = readKey(m_store, theirUrl);
    QVERIFY(read);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->key, theirKey);
}

void TestKeychain::invalidInputIsRejected_data()
{
    QTest::addColumn<QString>("storeKind");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("key");

    const QString validUrl = uniqueUrl(QStringLiteral("invalid-input"));
    const QString nul(QChar::Null);
    for (const QString &kind : {QStringLiteral("keychain"), QStringLiteral("session")}) {
        QTest::addRow("%s: write empty key", qPrintable(kind))
            << kind << QStringLiteral("write") << validUrl << QString();
        QTest::addRow("%s: write key with NUL", qPrintable(kind))
            << kind << QStringLiteral("write") << validUrl << (QStringLiteral("abc") + nul + QStringLiteral("def"));
        QTest::addRow("%s: write empty URL", qPrintable(kind))
            << kind << QStringLiteral("write") << QString() << QStringLiteral("k");
        QTest::addRow("%s: write blank URL", qPrintable(kind))
            << kind << QStringLiteral("write") << QStringLiteral(" \t\n") << QStringLiteral("k");
        QTest::addRow("%s: read empty URL", qPrintable(kind))
            << kind << QStringLiteral("read") << QString() << QString();
        QTest::addRow("%s: read URL with NUL", qPrintable(kind))
            << kind << QStringLiteral("read") << (validUrl + nul + QStringLiteral("x")) << QString();
        QTest::addRow("%s: remove empty URL", qPrintable(kind))
            << kind << QStringLiteral("remove") << QString() << QString();
    }
}

void TestKeychain::invalidInputIsRejected()
{
    QFETCH(QString, storeKind);
    QFETCH(QString, operation);
    QFETCH(QString, baseUrl);
    QFETCH(QString, key);

    const std::unique_ptr<KeyStore> store = createStore(storeKind);
    expectRejectionWarning(storeKind);
    std::optional<Result> result;
    if (operation == QLatin1String("write"))
        result = writeKey(*store, baseUrl, key);
    else if (operation == QLatin1String("read"))
        result = readKey(*store, baseUrl);
    else
        result = removeKey(*store, baseUrl);

    QVERIFY(result);
    QCOMPARE(result->status, Status::Failed);
    QVERIFY(!result->message.isEmpty());
    QVERIFY(result->key.isEmpty());

    if (operation == QLatin1String("write") && !baseUrl.trimmed().isEmpty() && !baseUrl.contains(QChar::Null)) {
        const std::optional<Result> read = readKey(*store, baseUrl);
        QVERIFY(read);
        QCOMPARE(read->status, Status::NotFound);
    }
}

void TestKeychain::callbackIsNotSynchronous_data()
{
    QTest::addColumn<QString>("storeKind");
    QTest::addColumn<QString>("operation");

    for (const QString &kind : {QStringLiteral("keychain"), QStringLiteral("session")}) {
        for (const QString &operation : {QStringLiteral("write"), QStringLiteral("read"), QStringLiteral("remove"),
                                         QStringLiteral("rejected write")}) {
            QTest::addRow("%s: %s", qPrintable(kind), qPrintable(operation)) << kind << operation;
        }
    }
}

void TestKeychain::callbackIsNotSynchronous()
{
    QFETCH(QString, storeKind);
    QFETCH(QString, operation);

    const std::unique_ptr<KeyStore> store = createStore(storeKind);
    const QString url = uniqueUrl(QStringLiteral("async"));

    CallbackReceiver receiver;
    QSignalSpy spy(&receiver, &CallbackReceiver::received);
    const KeyStore::Callback forward = receiver.callback();
    bool insideCall = false;
    bool calledInsideCall = false;
    if (operation == QLatin1String("rejected write"))
        expectRejectionWarning(storeKind);

    insideCall = true;
    startOperation(*store, operation, url, &receiver, [&, forward](const Result &result) {
        calledInsideCall = insideCall;
        forward(result);
    });
    insideCall = false;

    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(static_cast<int>(CallbackWait.count())));
    QVERIFY(!calledInsideCall);

    // A later call on the same store has called back, so a second callback
    // for the first call would have arrived by now.
    QVERIFY(readKey(*store, url));
    QCOMPARE(spy.count(), 1);
}

void TestKeychain::noCallbackAfterContextDeleted_data()
{
    callbackIsNotSynchronous_data();
}

void TestKeychain::noCallbackAfterContextDeleted()
{
    QFETCH(QString, storeKind);
    QFETCH(QString, operation);

    const std::unique_ptr<KeyStore> store = createStore(storeKind);
    const QString url = uniqueUrl(QStringLiteral("deleted-context"));

    if (operation == QLatin1String("rejected write"))
        expectRejectionWarning(storeKind);
    int calls = 0;
    auto *context = new QObject;
    startOperation(*store, operation, url, context, [&calls](const Result &) { ++calls; });
    delete context;

    // QtKeychain runs jobs one at a time in order, so when this later call
    // has called back, the job of the first call has finished too.
    const std::optional<Result> later = readKey(*store, url);
    QVERIFY(later);
    QCOMPARE(calls, 0);
}

void TestKeychain::noCallbackAfterStoreDeleted()
{
    const QString url = uniqueUrl(QStringLiteral("deleted-store"));

    int calls = 0;
    CallbackReceiver context;
    auto store = std::make_unique<KeychainKeyStore>();
    store->writeKey(url, QStringLiteral("outlives-its-store"), &context, [&calls](const Result &) { ++calls; });
    store.reset();

    // The job keeps running without its store. Once a later call has called
    // back, the orphaned job has finished and reported to no one.
    const std::optional<Result> later = readKey(m_store, url);
    QVERIFY(later);
    QCOMPARE(calls, 0);
}

void TestKeychain::sessionStoreRoundTrip()
{
    SessionKeyStore store;
    const QString url = QStringLiteral("https://127.0.0.1:8443/session/api/v1");
    const QString otherUrl = QStringLiteral("https://127.0.0.1:9443/session/api/v1");
    const QString key = mixedKey(4096);

    QCOMPARE(readKey(store, url).value().status, Status::NotFound);
    QCOMPARE(writeKey(store, url, key).value().status, Status::Ok);

    std::optional<Result> read = readKey(store, url);
    QVERIFY(read);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->key, key);
    QCOMPARE(readKey(store, otherUrl).value().status, Status::NotFound);

    QCOMPARE(writeKey(store, url, QStringLiteral("replacement")).value().status, Status::Ok);
    read = readKey(store, url);
    QVERIFY(read);
    QCOMPARE(read->key, QStringLiteral("replacement"));

    QCOMPARE(removeKey(store, url).value().status, Status::Ok);
    QCOMPARE(readKey(store, url).value().status, Status::NotFound);
    QCOMPARE(removeKey(store, url).value().status, Status::Ok);
}

void TestKeychain::sessionStoreIsNotPersistent()
{
    const QString url = QStringLiteral("https://127.0.0.1:8443/session-only/api/v1");
    {
        SessionKeyStore store;
        QVERIFY(!store.isPersistent());
        QCOMPARE(writeKey(store, url, QStringLiteral("gone-with-the-store")).value().status, Status::Ok);
    }
    SessionKeyStore laterStore;
    QCOMPARE(readKey(laterStore, url).value().status, Status::NotFound);
    // Nothing went to the keychain either.
    QCOMPARE(readKey(m_store, url).value().status, Status::NotFound);
}

void TestKeychain::noSessionBusReportsFailure_data()
{
    QTest::addColumn<bool>("unsetAddress");

    QTest::newRow("address of a missing socket") << false;
    QTest::newRow("no address and no display") << true;
}

void TestKeychain::noSessionBusReportsFailure()
{
    QFETCH(bool, unsetAddress);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString probeKey = QStringLiteral("probe-key-%1").arg(m_token);
    const auto timeout = 5s;
    const auto retryDelay = 200ms;
    const QStringList operations = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("remove")};

    const QString url = uniqueUrl(QStringLiteral("no-bus"));
    QProcessEnvironment environment =
        probeEnvironment(operations.join(QLatin1Char(',')), url, probeKey, timeout, retryDelay);
    if (unsetAddress) {
        // Without an address, GLib looks for $XDG_RUNTIME_DIR/bus and then
        // tries to autolaunch a bus, which needs an X11 display.
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), directory.path());
    } else {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + directory.filePath(QStringLiteral("no-such-bus")));
    }

    const ProbeRun run = runProbe(environment);
    QVERIFY2(run.finished, qPrintable(run.standardError));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.lines.size() == operations.size(), qPrintable(run.standardError));
    for (int i = 0; i < operations.size(); ++i) {
        const ProbeLine &line = run.lines.at(i);
        const QString context = describeLine(line);
        QCOMPARE(line.operation, operations.at(i));
        QVERIFY2(line.status == QLatin1String("NoBackend") || line.status == QLatin1String("Failed"),
                 qPrintable(context));
        QVERIFY2(!line.message.trimmed().isEmpty(), qPrintable(context));
        // GLib's own text ("dbus-launch", "Could not connect") is replaced by a plain one.
        QVERIFY2(line.message.startsWith(QStringLiteral("The keychain service of the desktop could not be reached")),
                 qPrintable(context));
        QVERIFY2(line.elapsedMs <= std::chrono::milliseconds(timeout).count(), qPrintable(context));
        // The store retried once before it reported the failure. Qt's coarse
        // timers may fire up to 5 % early.
        QVERIFY2(line.elapsedMs >= retryDelay.count() * 95 / 100, qPrintable(context));
    }
    QVERIFY2(!run.standardError.contains(probeKey), "the probe's log contains the key");
}

void TestKeychain::busWithoutSecretServiceIsNoBackend()
{
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    QVERIFY2(!busDaemon.isEmpty(), "dbus-daemon is missing. Install the Debian package dbus-daemon.");

    // A bus of our own with no service directories, so nothing can be
    // activated and org.freedesktop.secrets has no owner.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString socketPath = directory.filePath(QStringLiteral("bus"));
    const QString configPath = directory.filePath(QStringLiteral("bus.conf"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Text));
    config.write(QStringLiteral("<busconfig>\n"
                                "  <type>session</type>\n"
                                "  <listen>unix:path=%1</listen>\n"
                                "  <auth>EXTERNAL</auth>\n"
                                "  <policy context=\"default\">\n"
                                "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                "    <allow eavesdrop=\"true\"/>\n"
                                "    <allow own=\"*\"/>\n"
                                "  </policy>\n"
                                "</busconfig>\n")
                     .arg(socketPath)
                     .toUtf8());
    config.close();

    QProcess bus;
    bus.start(busDaemon, {QStringLiteral("--config-file=") + configPath, QStringLiteral("--nofork"),
                          QStringLiteral("--print-address=1")});
    QVERIFY2(bus.waitForStarted(10000), qPrintable(bus.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), 10000);
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    QVERIFY2(address.startsWith(QLatin1String("unix:")), qPrintable(address));

    const QString probeKey = QStringLiteral("probe-key-%1").arg(m_token);
    QProcessEnvironment environment = probeEnvironment(QStringLiteral("read,write,remove"),
                                                       uniqueUrl(QStringLiteral("no-secret-service")), probeKey, 5s,
                                                       200ms);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    const ProbeRun run = runProbe(environment);

    bus.terminate();
    if (!bus.waitForFinished(5000)) {
        bus.kill();
        bus.waitForFinished(5000);
    }

    QVERIFY2(run.finished, qPrintable(run.standardError));
    QVERIFY2(run.lines.size() == 3, qPrintable(run.standardError));
    for (const ProbeLine &line : run.lines) {
        const QString context = describeLine(line);
        QVERIFY2(line.status == QLatin1String("NoBackend"), qPrintable(context));
        QVERIFY2(line.message.contains(QLatin1String("org.freedesktop.secrets")), qPrintable(context));
    }
    QVERIFY2(!run.standardError.contains(probeKey), "the probe's log contains the key");
}

void TestKeychain::silentBusTimesOut()
{
    // A socket that accepts connections and never replies: GLib waits for the
    // bus handshake forever, so only the store's timeout ends the call.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QLocalServer silentBus;
    const QString socketPath = directory.filePath(QStringLiteral("silent-bus"));
    QVERIFY2(silentBus.listen(socketPath), qPrintable(silentBus.errorString()));

    const auto timeout = 1500ms;
    const QString probeKey = QStringLiteral("probe-key-%1").arg(m_token);
    QProcessEnvironment environment = probeEnvironment(QStringLiteral("read,write"),
                                                       uniqueUrl(QStringLiteral("silent")), probeKey, timeout, 200ms);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socketPath);
    const ProbeRun run = runProbe(environment);

    QVERIFY2(run.finished, qPrintable(run.standardError));
    QVERIFY2(run.lines.size() == 2, qPrintable(run.standardError));
    for (const ProbeLine &line : run.lines) {
        const QString context = describeLine(line);
        QCOMPARE(line.status, QStringLiteral("Failed"));
        const QString expected = QStringLiteral("did not answer in %1 seconds").arg(QLocale().toString(1.5, 'g', 3));
        QVERIFY2(line.message.contains(expected), qPrintable(context));
        // Qt's coarse timers may fire up to 5 % early.
        QVERIFY2(line.elapsedMs >= timeout.count() * 95 / 100, qPrintable(context));
        // Generous, because a busy machine can delay the probe's event loop.
        QVERIFY2(line.elapsedMs < timeout.count() + 10000, qPrintable(context));
    }
    QVERIFY2(!run.standardError.contains(probeKey), "the probe's log contains the key");
}

void TestKeychain::transientFailureIsRetried()
{
    // The probe starts with a bus address whose socket does not exist yet,
    // as if the session bus were still starting. Once the probe announces its
    // retry, the socket appears as a link to the real bus, and the retried
    // call succeeds.
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QRegularExpression pathPattern(QStringLiteral("^unix:path=([^,;]+)"));
    const QRegularExpressionMatch match = pathPattern.match(address);
    if (!match.hasMatch())
        QSKIP(qPrintable(QStringLiteral("This test needs a unix:path= bus address, not %1").arg(address)));
    const QString realSocket = match.captured(1);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString laterSocket = directory.filePath(QStringLiteral("bus-not-yet-there"));
    const QString url = uniqueUrl(QStringLiteral("retried"));
    const QString probeKey = QStringLiteral("retried-key-%1").arg(m_token);

    QProcessEnvironment environment = probeEnvironment(QStringLiteral("write,read"), url, probeKey, 10s, 2s);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + laterSocket);

    QProcess probe;
    probe.setProcessEnvironment(environment);
    QString standardError;
    connect(&probe, &QProcess::readyReadStandardError, this,
            [&] { standardError += QString::fromUtf8(probe.readAllStandardError()); });
    QSignalSpy finished(&probe, &QProcess::finished);
    probe.start(QCoreApplication::applicationFilePath(), {});

    QTRY_VERIFY2_WITH_TIMEOUT(standardError.contains(QLatin1String("retrying once")), qPrintable(standardError),
                              20000);
    QVERIFY(QFile::link(realSocket, laterSocket));

    QVERIFY2(finished.wait(static_cast<int>(ProcessWait.count())), qPrintable(standardError));
    const QString output = QString::fromUtf8(probe.readAllStandardOutput());
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 2, qPrintable(standardError));
    QVERIFY2(lines.at(0).startsWith(QLatin1String("write\tOk\t")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("read\tOk\t")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(keyDigest(probeKey)));
    QVERIFY2(!standardError.contains(probeKey), "the probe's log contains the key");

    const std::optional<Result> read = readKey(m_store, url);
    QVERIFY(read);
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->key, probeKey);
}

void TestKeychain::lockedKeyringIsNotAMissingKey()
{
    // A keyring of its own, through scripts/with-keyring, so that locking it
    // leaves the other suites' keyring alone. The probe stores a key, the
    // collection is locked, and the probe then reads, writes and removes.
    // Without a display the Secret Service cannot show its unlock prompt.
    const QString withKeyring = QStringLiteral(ACTIVO_SOURCE_DIR "/scripts/with-keyring");
    QVERIFY2(QFile::exists(withKeyring), qPrintable(withKeyring));
    const QString script = QStringLiteral(
        "set -eu\n"
        "ACTIVO_KEYCHAIN_PROBE_OPERATIONS=write \"$1\"\n"
        "collection=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets "
        "/org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default | tr -d '[:space:]')\n"
        "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets "
        "org.freedesktop.Secret.Service.Lock array:objpath:\"$collection\" >/dev/null\n"
        "ACTIVO_KEYCHAIN_PROBE_OPERATIONS=read,write,remove \"$1\"\n");

    const QString probeKey = QStringLiteral("locked-key-%1").arg(m_token);
    QProcessEnvironment environment =
        probeEnvironment(QString(), uniqueUrl(QStringLiteral("locked")), probeKey, 10s, 200ms);
    environment.remove(QString::fromLatin1(ProbeOperationsVariable));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const ProbeRun run = runProbe(environment, withKeyring,
                                  {QStringLiteral("bash"), QStringLiteral("-c"), script, QStringLiteral("probe"),
                                   QCoreApplication::applicationFilePath()});

    QVERIFY2(run.finished, qPrintable(run.standardError));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.lines.size() == 4, qPrintable(run.standardError));
    QCOMPARE(run.lines.at(0).status, QStringLiteral("Ok"));
    for (int i = 1; i < 4; ++i) {
        const ProbeLine &line = run.lines.at(i);
        const QString context = describeLine(line);
        // Locked is never "no key", "done" or a raw message of the Secret Service.
        QCOMPARE(line.status, QStringLiteral("AccessDenied"));
        QVERIFY2(line.message.startsWith(QStringLiteral("The keychain is locked")), qPrintable(context));
        QVERIFY2(line.message.contains(QStringLiteral("Unlock the keychain")), qPrintable(context));
        QCOMPARE(line.keyDigest, QStringLiteral("-"));
    }
    QVERIFY2(!run.standardError.contains(probeKey), "the probe's log contains the key");
}

// QTEST_GUILESS_MAIN, plus the probe mode that some tests start as a child.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ProbeOperationsVariable))
        return runProbeCalls();

    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
