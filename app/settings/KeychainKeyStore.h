#pragma once

#include "settings/KeyStore.h"

#include <chrono>

namespace Activo {

// Stores API keys in the operating system's keychain through QtKeychain: the
// Secret Service (for example gnome-keyring) or KWallet on Linux, the Keychain
// on macOS and the Credential Manager on Windows. QtKeychain's fallback to
// plain-text settings is turned off.
//
// Each entry is filed under the service name "Activo Desk" with the base URL,
// compared as a plain string, as its key. Callbacks are queued to `context`;
// a null context means the store itself. Destroying the store drops the
// callbacks of calls that have not finished yet. Use the store from one thread.
class KeychainKeyStore : public KeyStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};
    static constexpr std::chrono::milliseconds DefaultRetryDelay{1500};

    explicit KeychainKeyStore(QObject *parent = nullptr);
    ~KeychainKeyStore() override;

    // Service name that groups this application's entries in the keychain.
    static QString serviceName();

    bool isPersistent() const override;

    void readKey(const QString &baseUrl, QObject *context, Callback done) override;
    void writeKey(const QString &baseUrl, const QString &key, QObject *context, Callback done) override;
    void removeKey(const QString &baseUrl, QObject *context, Callback done) override;

    // Maximum time from a call to its callback, retry included. A call that
    // runs longer ends with Status::Failed.
    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);

    // Pause before the one retry of a call that failed with a keychain error
    // other than "not found", "no backend" or "access denied".
    std::chrono::milliseconds retryDelay() const;
    void setRetryDelay(std::chrono::milliseconds delay);

private:
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
};

} // namespace Activo
