#pragma once

#include <QString>

#include <optional>

namespace Activo::Sandbox {

// How the sandbox replies to POST /assets/{id}/transfer, checkout, checkin,
// reserve and dispose. When they are off, the sandbox behaves like a server that
// does not offer the actions, for every method on those paths.
enum class LifecycleActionMode {
    Served,
    // 404 {"error":"Not found."}, as for any unknown path.
    NotFound,
    // 405 {"error":"Method not allowed."} with an empty Allow header, which
    // RFC 9110 allows for a resource that configuration has disabled.
    MethodNotAllowed,
};

// Returns "served", "404" or "405", the names that the control API uses.
QString lifecycleActionModeName(LifecycleActionMode mode);

// Parses a name that lifecycleActionModeName() returns.
std::optional<LifecycleActionMode> parseLifecycleActionMode(const QString &name);

} // namespace Activo::Sandbox
