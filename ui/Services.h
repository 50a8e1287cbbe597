#pragma once

class QNetworkAccessManager;

namespace Activo {

class AppSettings;
class DraftStore;
class KeyStore;

// Shared services of the windows, owned by main() (or by a test) and outliving them.
struct Services
{
    QNetworkAccessManager *network = nullptr;
    AppSettings *settings = nullptr;
    KeyStore *keychain = nullptr;
    KeyStore *sessionKeys = nullptr;
    DraftStore *drafts = nullptr;
};

} // namespace Activo
