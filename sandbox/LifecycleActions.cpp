#include "LifecycleActions.h"

namespace Activo::Sandbox {

QString lifecycleActionModeName(LifecycleActionMode mode)
{
    switch (mode) {
    case LifecycleActionMode::Served:
        return QStringLiteral("served");
    case LifecycleActionMode::NotFound:
        return QStringLiteral("404");
    case LifecycleActionMode::MethodNotAllowed:
        return QStringLiteral("405");
    }
    Q_UNREACHABLE();
}

std::optional<LifecycleActionMode> parseLifecycleActionMode(const QString &name)
{
    for (const LifecycleActionMode mode :
         {LifecycleActionMode::Served, LifecycleActionMode::NotFound, LifecycleActionMode::MethodNotAllowed}) {
        if (name == lifecycleActionModeName(mode))
            return mode;
    }
    return std::nullopt;
}

} // namespace Activo::Sandbox
