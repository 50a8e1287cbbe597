#pragma once

#include <QLoggingCategory>

namespace Activo::Sandbox {

// Category of every message the sandbox logs. Debug output is off unless
// QT_LOGGING_RULES enables "activo.sandbox.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace Activo::Sandbox
