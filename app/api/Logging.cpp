#include "api/Logging.h"

Q_LOGGING_CATEGORY(lcNet, "activo.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetTrace, "activo.net.trace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "activo.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "activo.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "activo.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "activo.export", QtInfoMsg)
