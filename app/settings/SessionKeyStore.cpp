#include "settings/SessionKeyStore.h"

#include <utility>

namespace Activo {
namespace {

// Returns why the arguments are rejected, or an empty string. The checks and
// texts match KeychainKeyStore, so both stores reject the same input.
QString invalidArgumentMessage(const QString &baseUrl, const QString *key)
{
    if (baseUrl.trimmed().isEmpty())
        return SessionKeyStore::tr("The server base URL is empty.");
    if (baseUrl.contains(QChar::Null))
        return SessionKeyStore::tr("The server base URL contains a NUL character.");
    if (key && key->isEmpty())
        return SessionKeyStore::tr("The API key is empty, so it was not stored.");
    if (key && key->contains(QChar::Null))
        return SessionKeyStore::tr("The API key contains a NUL character, which the keychain cannot store.");
    return {};
}

KeyStore::Result failure(const QString &message)
{
    KeyStore::Result result;
    result.status = KeyStore::Status::Failed;
    result.message = message;
    return result;
}

KeyStore::Result success(const QString &key = QString())
{
    KeyStore::Result result;
    result.status = KeyStore::Status::Ok;
    result.key = key;
    return result;
}

} // namespace

SessionKeyStore::SessionKeyStore(QObject *parent)
    : KeyStore(parent)
{
}

SessionKeyStore::~SessionKeyStore() = default;

bool SessionKeyStore::isPersistent() const
{
    return false;
}

void SessionKeyStore::readKey(const QString &baseUrl, QObject *context, Callback done)
{
    const QString problem = invalidArgumentMessage(baseUrl, nullptr);
    if (!problem.isEmpty()) {
        deliverLater(context, std::move(done), failure(problem));
        return;
    }

    const auto found = m_keys.constFind(baseUrl);
    if (found == m_keys.constEnd()) {
        KeyStore::Result result;
        result.status = Status::NotFound;
        deliverLater(context, std::move(done), result);
        return;
    }
    deliverLater(context, std::move(done), success(found.value()));
}

void SessionKeyStore::writeKey(const QString &baseUrl, const QString &key, QObject *context, Callback done)
{
    const QString problem = invalidArgumentMessage(baseUrl, &key);
    if (!problem.isEmpty()) {
        deliverLater(context, std::move(done), failure(problem));
        return;
    }

    m_keys.insert(baseUrl, key);
    deliverLater(context, std::move(done), success());
}

void SessionKeyStore::removeKey(const QString &baseUrl, QObject *context, Callback done)
{
    const QString problem = invalidArgumentMessage(baseUrl, nullptr);
    if (!problem.isEmpty()) {
        deliverLater(context, std::move(done), failure(problem));
        return;
    }

    m_keys.remove(baseUrl);
    deliverLater(context, std::move(done), success());
}

void SessionKeyStore::deliverLater(QObject *context, Callback done, const Result &result)
{
    // Queued, so the callback never runs inside the call, and Qt drops it if
    // the context is destroyed first.
    QMetaObject::invokeMethod(
        context ? context : this,
        [done = std::move(done), result] {
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

} // namespace Activo

#include "moc_SessionKeyStore.cpp"
