#include "Logging.h"

namespace Activo::Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "activo.sandbox", QtInfoMsg)

} // namespace Activo::Sandbox
