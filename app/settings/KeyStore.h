#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Activo {

// Origin of the API key in use.
enum class KeySource {
    None,
    Environment, // ACTIVOHQ_API_KEY, for this run only, never stored
    Keychain,    // the system keychain
    Session,     // kept in memory for this run because no keychain was available
};

// Stores the API key of one server, identified by its API base URL.
//
// Every call is asynchronous: the callback runs later on the thread that made
// the call, never inside the call itself, and never after `context` has been
// destroyed. Implementations must not block the calling thread.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        // No key is stored for this server. This is not an error: the user
        // has not pasted a key yet, or forgot it.
        NotFound,
        // No keychain service is reachable (no Secret Service on the session bus,
        // or none at all on this platform).
        NoBackend,
        // The keychain refused access: locked and the user cancelled, or the
        // application is not allowed to read the entry.
        AccessDenied,
        // Anything else, including a time-out. `message` is the backend's explanation.
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString key;     // only set by read() with Status::Ok
        QString message; // the backend's own text for anything but Ok and NotFound
    };

    using Callback = std::function<void(const Result &result)>;

    using QObject::QObject;

    // True when a stored key survives a restart of the application.
    virtual bool isPersistent() const = 0;

    virtual void readKey(const QString &baseUrl, QObject *context, Callback done) = 0;
    virtual void writeKey(const QString &baseUrl, const QString &key, QObject *context, Callback done) = 0;
    // Removing a key that is not stored ends with Status::Ok.
    virtual void removeKey(const QString &baseUrl, QObject *context, Callback done) = 0;
};

} // namespace Activo
