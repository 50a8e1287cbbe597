#pragma once

#include <QString>

namespace Activo {

class ApiClient;
class AppSettings;
class AssetDirectory;
class LifecycleSupport;
class LookupCache;

// Services that the record lists and dialogs of one main window share: its
// client, its caches and the actions the server does not offer.
struct RecordContext
{
    ApiClient *client = nullptr;
    LookupCache *lookups = nullptr;
    AssetDirectory *assets = nullptr;
    LifecycleSupport *lifecycle = nullptr;
    AppSettings *settings = nullptr; // export choices; may be null in tests
};

} // namespace Activo
