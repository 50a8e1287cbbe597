#pragma once

#include "FaultSwitch.h"
#include "LifecycleActions.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Activo::Sandbox {

inline constexpr int kDefaultAssetCount = 2500;
inline constexpr int kMaximumAssetCount = 100000;
inline constexpr int kMaximumLatencyMs = 600000;

struct SandboxOptions
{
    quint16 port = 0; // 0 picks a free port
    // Every key given with --api-key. Empty means a demo key is generated.
    QList<QByteArray> apiKeys;
    int assetCount = kDefaultAssetCount;
    quint64 seed = 1;
    QDate today;
    int latencyMs = 0;
    bool logRequests = false;
    // Maximum number of assets per company for POST /assets. Nothing means
    // no limit.
    std::optional<int> assetLimit;
    // Every --fault, in the order given.
    QList<FaultRule> faults;
    LifecycleActionMode lifecycleActions = LifecycleActionMode::Served;
};

struct CommandLineResult
{
    enum class Status {
        Run,
        ShowHelp,
        Error,
    };

    Status status = Status::Error;
    SandboxOptions options;
    // The help text for ShowHelp, the error for Error.
    QString message;
};

// Parses the arguments of activohq-sandbox, program name first.
// `currentDate` is the default of --today.
CommandLineResult parseCommandLine(const QStringList &arguments, QDate currentDate);

} // namespace Activo::Sandbox
