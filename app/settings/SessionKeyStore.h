#pragma once

#include "settings/KeyStore.h"

#include <QHash>

namespace Activo {

// Keeps API keys in memory until the application quits, for systems without a
// usable keychain. A change takes effect within the call, and its callback is
// queued to `context` like the keychain's; a null context means the store
// itself. Use the store from one thread.
class SessionKeyStore : public KeyStore
{
    Q_OBJECT

public:
    explicit SessionKeyStore(QObject *parent = nullptr);
    ~SessionKeyStore() override;

    bool isPersistent() const override;

    void readKey(const QString &baseUrl, QObject *context, Callback done) override;
    void writeKey(const QString &baseUrl, const QString &key, QObject *context, Callback done) override;
    void removeKey(const QString &baseUrl, QObject *context, Callback done) override;

private:
    void deliverLater(QObject *context, Callback done, const Result &result);

    // API keys by base URL.
    QHash<QString, QString> m_keys;
};

} // namespace Activo
