#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Activo {

// Options given on the command line. They apply to this run only and are
// not written to the settings.
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    QString serverInput; // --base-url or --tenant as typed
    QUrl baseUrl;        // parsed from serverInput; empty when neither was given
    QString companyId;   // --company

    // Set when the program should stop at once: after --help, --version or an error.
    bool exitRequested = false;
    int exitCode = 0;
    QString output; // text for stdout (help, version) or stderr (errors)

    static CommandLineOptions parse(const QStringList &arguments);
};

} // namespace Activo
