#pragma once

#include <QLoggingCategory>

// Logging categories of the core library. All share the "activo." prefix so
// that QT_LOGGING_RULES="activo.*=true" turns every one of them on.
Q_DECLARE_LOGGING_CATEGORY(lcNet)      // activo.net: one line per finished request
Q_DECLARE_LOGGING_CATEGORY(lcNetTrace) // activo.net.trace: headers and retries, off by default
Q_DECLARE_LOGGING_CATEGORY(lcModels)   // activo.models: paging and skipped rows
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // activo.settings
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // activo.ui: what the windows decide, e.g. about lost replies
Q_DECLARE_LOGGING_CATEGORY(lcExport)   // activo.export: exports and printouts started, finished, failed
