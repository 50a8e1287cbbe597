#include "CommandLine.h"

#include "api/ServerAddress.h"

#include <QCommandLineParser>

namespace Activo {

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    CommandLineOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Activo Desk: search and read the fixed-asset register of an ActivoHQ company.\n"
           "The API key is read from the system keychain, or from the ACTIVOHQ_API_KEY environment "
           "variable for this run only."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           tr("Connect to the API at <url> for this run, e.g. "
                                              "https://acme.activohq.cloud/api/v1 or http://127.0.0.1:8080/api/v1."),
                                           tr("url"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
                                          tr("Connect to https://<name>.activohq.cloud/api/v1 for this run."),
                                          tr("name"));
    const QCommandLineOption companyOption(QStringLiteral("company"), tr("Open the company with this id."),
                                           tr("id"));
    parser.addOption(baseUrlOption);
    parser.addOption(tenantOption);
    parser.addOption(companyOption);

    const auto fail = [&options](const QString &message) {
        options.exitRequested = true;
        options.exitCode = 2;
        options.output = message;
        return options;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText() + QLatin1Char('\n') + tr("Run with --help to see the options."));
    if (parser.isSet(helpOption)) {
        options.exitRequested = true;
        options.output = parser.helpText();
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.exitRequested = true;
        options.output = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion();
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\". Run with --help to see the options.")
                        .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(baseUrlOption) && parser.isSet(tenantOption))
        return fail(tr("Give either --base-url or --tenant, not both."));

    if (parser.isSet(baseUrlOption)) {
        const QString value = parser.value(baseUrlOption);
        if (!value.contains(QLatin1String("://")) && !value.contains(QLatin1Char('.'))
            && !value.contains(QLatin1Char(':')))
            return fail(tr("--base-url takes an address such as https://acme.activohq.cloud/api/v1, not \"%1\". "
                           "For a tenant name, use --tenant.")
                            .arg(value));
    }
    if (parser.isSet(baseUrlOption) || parser.isSet(tenantOption)) {
        options.serverInput = parser.isSet(baseUrlOption) ? parser.value(baseUrlOption) : parser.value(tenantOption);
        if (parser.isSet(tenantOption) && options.serverInput.contains(QLatin1Char('.')))
            return fail(tr("--tenant takes a name such as \"acme\"; use --base-url for \"%1\".")
                            .arg(options.serverInput));
        const ServerAddress::Parsed parsed = ServerAddress::parse(options.serverInput);
        if (!parsed.isValid())
            return fail(parsed.error);
        options.baseUrl = parsed.baseUrl;
    }
    options.companyId = parser.value(companyOption).trimmed();
    return options;
}

} // namespace Activo
