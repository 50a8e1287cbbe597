#include "settings/KeychainKeyStore.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

#ifdef ACTIVO_SECRET_SERVICE_LOCK_CHECK
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <algorithm>
#include <functional>
#include <utility>

namespace Activo {
namespace {

Q_LOGGING_CATEGORY(lcKeychain, "activo.keychain", QtInfoMsg)

using Status = KeyStore::Status;
using Result = KeyStore::Result;

// An API key on its way to the keychain. It has no conversion to QString and
// cannot be streamed to QDebug, so code that tries to log it does not compile.
// reveal() is the one way to read it.
class SecretText
{
public:
    SecretText() = default;
    explicit SecretText(QString text)
        : m_text(std::move(text))
    {
    }

    const QString &reveal() const { return m_text; }
    void clear() { m_text.clear(); }

private:
    QString m_text;
};

QDebug operator<<(QDebug debug, const SecretText &secret) = delete;

enum class Operation { Read, Write, Remove };

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "unknown";
}

const char *statusName(Status status)
{
    const char *name = QMetaEnum::fromType<Status>().valueToKey(static_cast<int>(status));
    return name ? name : "unknown";
}

const char *keychainErrorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return "NoError";
    case QKeychain::EntryNotFound:
        return "EntryNotFound";
    case QKeychain::CouldNotDeleteEntry:
        return "CouldNotDeleteEntry";
    case QKeychain::AccessDeniedByUser:
        return "AccessDeniedByUser";
    case QKeychain::AccessDenied:
        return "AccessDenied";
    case QKeychain::NoBackendAvailable:
        return "NoBackendAvailable";
    case QKeychain::NotImplemented:
        return "NotImplemented";
    case QKeychain::OtherError:
        return "OtherError";
    default:
        return "unknown QtKeychain error";
    }
}

// Returns the base URL for a log line. User info, query and fragment are
// dropped, and a string that is not a URL with a host is replaced by its
// length, because a key pasted into the wrong field must not reach the log.
QString urlForLog(const QString &baseUrl)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("(not a URL, %1 characters)").arg(baseUrl.size());
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// Returns why the arguments cannot go to the keychain, or an empty string.
// libsecret passes attributes and secrets as C strings, so a NUL character
// would silently cut them short.
QString invalidArgumentMessage(const QString &baseUrl, const SecretText *key)
{
    if (baseUrl.trimmed().isEmpty())
        return KeychainKeyStore::tr("The server base URL is empty.");
    if (baseUrl.contains(QChar::Null))
        return KeychainKeyStore::tr("The server base URL contains a NUL character.");
    if (key && key->reveal().isEmpty())
        return KeychainKeyStore::tr("The API key is empty, so it was not stored.");
    if (key && key->reveal().contains(QChar::Null))
        return KeychainKeyStore::tr("The API key contains a NUL character, which the keychain cannot store.");
    return {};
}

QString timeoutMessage(std::chrono::milliseconds timeout)
{
    if (timeout.count() % 1000 == 0) {
        const int seconds = static_cast<int>(timeout.count() / 1000);
        return KeychainKeyStore::tr("The keychain did not answer in %n second(s). "
                                    "Check that it is running and unlocked, then try again.",
                                    nullptr, seconds);
    }
    const double seconds = static_cast<double>(timeout.count()) / 1000.0;
    return KeychainKeyStore::tr("The keychain did not answer in %1 seconds. "
                                "Check that it is running and unlocked, then try again.")
        .arg(QLocale().toString(seconds, 'g', 3));
}

// QtKeychain's libsecret backend (0.13 and later) reports D-Bus errors as
// OtherError with only their text. When no Secret Service is installed,
// dbus-daemon replies "The name org.freedesktop.secrets was not provided by
// any .service files".
// NOTE: another bus daemon may word this differently, and then the call ends
// with Status::Failed instead of Status::NoBackend.
bool isSecretServiceMissing(const QString &message)
{
    return message.contains(QLatin1String("org.freedesktop.secrets"));
}

Status statusFor(Operation operation, QKeychain::Error error, const QString &message)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        // NOTE: with libsecret 0.20, reading from a locked collection whose
        // unlock prompt cannot be shown also ends with EntryNotFound, and
        // removing from it ends with NoError although the entry stays.
        if (operation == Operation::Read)
            return Status::NotFound;
        if (operation == Operation::Remove)
            return Status::Ok;
        return Status::Failed;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    default:
        return isSecretServiceMissing(message) ? Status::NoBackend : Status::Failed;
    }
}

QString fallbackMessage(Status status);

// Returns the message for the user. GLib's texts about a missing session bus
// ("Failed to execute child process "dbus-launch"", "Could not connect: …")
// are replaced by a plain sentence. The original goes to the log.
QString plainMessage(Status status, const QString &backendMessage)
{
    if (backendMessage.isEmpty())
        return fallbackMessage(status);
    if (backendMessage.contains(QLatin1String("dbus"), Qt::CaseInsensitive)
        || backendMessage.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || backendMessage.startsWith(QLatin1String("Could not connect"))) {
        return KeychainKeyStore::tr("The keychain service of the desktop could not be reached, because the "
                                    "session's message bus (D-Bus) is not running. Signing in to the desktop "
                                    "again usually starts it.");
    }
    return backendMessage;
}

QString lockedMessage()
{
    return KeychainKeyStore::tr("The keychain is locked, so Activo Desk cannot use the API key stored in it. "
                                "Unlock the keychain (for example in the Passwords and Keys application, or by "
                                "signing in to the desktop again), then try again.");
}

#ifdef ACTIVO_SECRET_SERVICE_LOCK_CHECK
constexpr int kLockCheckTimeoutMs = 2000;
const QString kSecretService = QStringLiteral("org.freedesktop.secrets");

// Queries the Secret Service whether its default collection, where QtKeychain
// stores entries, is locked, and calls `done` with the result on `context`'s
// thread. A failed query counts as "not locked".
void checkDefaultCollectionLocked(QObject *context, std::function<void(bool)> done)
{
    QDBusMessage readAlias = QDBusMessage::createMethodCall(kSecretService, QStringLiteral("/org/freedesktop/secrets"),
                                                            QStringLiteral("org.freedesktop.Secret.Service"),
                                                            QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    auto *aliasWatcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(readAlias, kLockCheckTimeoutMs), context);
    QObject::connect(aliasWatcher, &QDBusPendingCallWatcher::finished, context,
                     [context, done = std::move(done)](QDBusPendingCallWatcher *watcher) {
                         watcher->deleteLater();
                         const QDBusPendingReply<QDBusObjectPath> alias = *watcher;
                         if (alias.isError() || alias.value().path() == QLatin1String("/")) {
                             done(false);
                             return;
                         }
                         QDBusMessage get = QDBusMessage::createMethodCall(
                             kSecretService, alias.value().path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                             QStringLiteral("Get"));
                         get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
                         auto *lockedWatcher = new QDBusPendingCallWatcher(
                             QDBusConnection::sessionBus().asyncCall(get, kLockCheckTimeoutMs), context);
                         QObject::connect(lockedWatcher, &QDBusPendingCallWatcher::finished, context,
                                          [done](QDBusPendingCallWatcher *lockedCall) {
                                              lockedCall->deleteLater();
                                              const QDBusPendingReply<QDBusVariant> locked = *lockedCall;
                                              done(!locked.isError() && locked.value().variant().toBool());
                                          });
                     });
}
#endif

QString fallbackMessage(Status status)
{
    switch (status) {
    case Status::NoBackend:
        return KeychainKeyStore::tr("No keychain service is available.");
    case Status::AccessDenied:
        return KeychainKeyStore::tr("The keychain denied access.");
    default:
        return KeychainKeyStore::tr("The keychain reported an error without a message.");
    }
}

QKeychain::Job *createJob(Operation operation, const QString &baseUrl, const SecretText &key)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(KeychainKeyStore::serviceName());
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(KeychainKeyStore::serviceName());
        writeJob->setTextData(key.reveal());
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(KeychainKeyStore::serviceName());
        break;
    }

    // The job has no parent and deletes itself when it finishes. It must
    // outlive a call that timed out, because the libsecret backend keeps a
    // raw pointer to it until the D-Bus reply arrives.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(baseUrl);
    return job;
}

// One readKey(), writeKey() or removeKey() call. It runs a QtKeychain job,
// retries once after a failure, enforces the timeout and queues the result to
// the caller's context. It deletes itself when done or when the context is
// destroyed.
class KeychainCall : public QObject
{
public:
    KeychainCall(KeychainKeyStore *store, Operation operation, const QString &baseUrl, SecretText key,
                 QObject *context, KeyStore::Callback done)
        : QObject(store)
        , m_operation(operation)
        , m_baseUrl(baseUrl)
        , m_key(std::move(key))
        , m_context(context)
        , m_done(std::move(done))
        , m_timeout(store->timeout())
        , m_retryDelay(store->retryDelay())
    {
    }

    void start()
    {
        connect(m_context.data(), &QObject::destroyed, this, &KeychainCall::abandon);

        m_deadline = QDeadlineTimer(m_timeout);
        m_timeoutTimer.setSingleShot(true);
        connect(&m_timeoutTimer, &QTimer::timeout, this, &KeychainCall::expire);
        m_timeoutTimer.start(m_timeout);

        qCDebug(lcKeychain).noquote() << "Keychain" << operationName(m_operation) << "for"
                                      << urlForLog(m_baseUrl) << "started";
        startJob();
    }

private:
    void startJob()
    {
        // A retry timer can still fire between finish() and the deletion.
        if (m_finished)
            return;

        ++m_attempts;
        QKeychain::Job *job = createJob(m_operation, m_baseUrl, m_key);
        // Connected to this call, so a job that outlives it reports to no one.
        connect(job, &QKeychain::Job::finished, this, &KeychainCall::handleJobFinished);
        job->start();
    }

    void handleJobFinished(QKeychain::Job *job)
    {
        if (m_finished)
            return;

        const QKeychain::Error error = job->error();
        const QString backendMessage = job->errorString();

        Result result;
        result.status = statusFor(m_operation, error, backendMessage);
        if (result.status == Status::Ok && m_operation == Operation::Read)
            result.key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        if (result.status != Status::Ok && result.status != Status::NotFound)
            result.message = plainMessage(result.status, backendMessage);
        if (!result.message.isEmpty() && !backendMessage.isEmpty() && result.message != backendMessage) {
            qCInfo(lcKeychain).noquote().nospace() << "Keychain " << operationName(m_operation)
                                                   << " backend message: " << backendMessage;
        }

        // A session bus or Secret Service that is still starting can fail the
        // first call and serve the next, so Failed is retried once. NotFound,
        // NoBackend and AccessDenied are final.
        const bool retryFits = m_deadline.remainingTimeAsDuration() > m_retryDelay;
        if (result.status == Status::Failed && m_attempts == 1 && retryFits) {
            qCInfo(lcKeychain).noquote().nospace()
                << "Keychain " << operationName(m_operation) << " for " << urlForLog(m_baseUrl) << " failed ("
                << keychainErrorName(error) << ": " << result.message << "); retrying once in "
                << m_retryDelay.count() << " ms";
            QTimer::singleShot(m_retryDelay, this, &KeychainCall::startJob);
            return;
        }

#ifdef ACTIVO_SECRET_SERVICE_LOCK_CHECK
        // libsecret reports an entry of a locked collection as missing and a
        // removal from it as done, so those results are checked against the
        // collection's state. A write to it fails with an English message of the
        // Secret Service, which the plain one below replaces.
        const bool mayBeLocked = (m_operation == Operation::Read && result.status == Status::NotFound)
            || (m_operation == Operation::Remove && result.status == Status::Ok)
            || (m_operation == Operation::Write && result.status == Status::AccessDenied);
        if (mayBeLocked) {
            checkDefaultCollectionLocked(this, [this, result, error](bool locked) mutable {
                if (m_finished)
                    return;
                if (locked) {
                    result.status = Status::AccessDenied;
                    result.key.clear();
                    result.message = lockedMessage();
                }
                report(result, error);
            });
            return;
        }
#endif
        report(result, error);
    }

    void report(const Result &result, QKeychain::Error error)
    {
        if (result.status == Status::Ok || result.status == Status::NotFound) {
            qCDebug(lcKeychain).noquote() << "Keychain" << operationName(m_operation) << "for"
                                          << urlForLog(m_baseUrl) << "finished:" << statusName(result.status);
        } else {
            qCWarning(lcKeychain).noquote().nospace()
                << "Keychain " << operationName(m_operation) << " for " << urlForLog(m_baseUrl)
                << " ended with status " << statusName(result.status) << " (" << keychainErrorName(error) << ": "
                << result.message << ")";
        }
        finish(result);
    }

    void expire()
    {
        // NOTE: QtKeychain runs one job at a time, so while the stalled job
        // waits for its reply, every later call times out as well.
        qCWarning(lcKeychain).noquote().nospace()
            << "Keychain " << operationName(m_operation) << " for " << urlForLog(m_baseUrl)
            << " timed out after " << m_timeout.count() << " ms (attempt " << m_attempts << ")";

        Result result;
        result.status = Status::Failed;
        result.message = timeoutMessage(m_timeout);
        finish(result);
    }

    void abandon()
    {
        qCDebug(lcKeychain).noquote() << "Keychain" << operationName(m_operation) << "for"
                                      << urlForLog(m_baseUrl) << "abandoned: its context was destroyed";
        m_finished = true;
        m_timeoutTimer.stop();
        m_key.clear();
        deleteLater();
    }

    void finish(const Result &result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timeoutTimer.stop();
        m_key.clear();

        // Queued to the context, so Qt drops the callback if the context is
        // destroyed before the event loop delivers it.
        if (m_context) {
            QMetaObject::invokeMethod(
                m_context.data(),
                [done = std::move(m_done), result] {
                    if (done)
                        done(result);
                },
                Qt::QueuedConnection);
        }
        deleteLater();
    }

    const Operation m_operation;
    const QString m_baseUrl;
    SecretText m_key;
    QPointer<QObject> m_context;
    KeyStore::Callback m_done;
    const std::chrono::milliseconds m_timeout;
    const std::chrono::milliseconds m_retryDelay;
    QDeadlineTimer m_deadline;
    QTimer m_timeoutTimer;
    int m_attempts = 0;
    bool m_finished = false;
};

// Queues a result that is known before any keychain job starts.
void deliverLater(QObject *context, KeyStore::Callback done, const Result &result)
{
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result] {
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

void startCall(KeychainKeyStore *store, Operation operation, const QString &baseUrl, SecretText key,
               QObject *context, KeyStore::Callback done)
{
    QObject *target = context ? context : store;

    const QString problem = invalidArgumentMessage(baseUrl, operation == Operation::Write ? &key : nullptr);
    if (!problem.isEmpty()) {
        qCWarning(lcKeychain).noquote().nospace() << "Keychain " << operationName(operation) << " for "
                                                  << urlForLog(baseUrl) << " rejected: " << problem;
        Result result;
        result.status = Status::Failed;
        result.message = problem;
        deliverLater(target, std::move(done), result);
        return;
    }

    auto *call = new KeychainCall(store, operation, baseUrl, std::move(key), target, std::move(done));
    call->start();
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QObject *parent)
    : KeyStore(parent)
{
}

KeychainKeyStore::~KeychainKeyStore() = default;

QString KeychainKeyStore::serviceName()
{
    return QStringLiteral("Activo Desk");
}

bool KeychainKeyStore::isPersistent() const
{
    return true;
}

void KeychainKeyStore::readKey(const QString &baseUrl, QObject *context, Callback done)
{
    startCall(this, Operation::Read, baseUrl, SecretText(), context, std::move(done));
}

void KeychainKeyStore::writeKey(const QString &baseUrl, const QString &key, QObject *context, Callback done)
{
    startCall(this, Operation::Write, baseUrl, SecretText(key), context, std::move(done));
}

void KeychainKeyStore::removeKey(const QString &baseUrl, QObject *context, Callback done)
{
    startCall(this, Operation::Remove, baseUrl, SecretText(), context, std::move(done));
}

std::chrono::milliseconds KeychainKeyStore::timeout() const
{
    return m_timeout;
}

void KeychainKeyStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

std::chrono::milliseconds KeychainKeyStore::retryDelay() const
{
    return m_retryDelay;
}

void KeychainKeyStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_retryDelay = std::max(delay, std::chrono::milliseconds(0));
}

} // namespace Activo

#include "moc_KeychainKeyStore.cpp"
