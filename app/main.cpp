#include "CommandLine.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/Preset.h"
#include "settings/KeychainKeyStore.h"
#include "settings/SessionKeyStore.h"

#include "ConnectionPage.h"
#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Activo Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ActivoHQ"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("activohq.cloud"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVO_VERSION_STRING));
}

// The chosen language (or the system's) sets the translations and the formats
// of money, numbers and dates. English is used where the application has no
// translation.
void applyLanguage(const Activo::AppSettings &settings)
{
    const QLocale locale = Activo::localeForLanguage(settings.language());
    QLocale::setDefault(locale);
    if (!Activo::installTranslations(locale))
        Activo::installTranslations(QLocale(QLocale::English, locale.territory()));
}

// Prints the help, the version or a command-line error without opening a
// display, so that --help works on a machine without one.
int printAndExit(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    describeApplication();
    Activo::AppSettings settings;
    settings.setPreset(Activo::Preset::load());
    applyLanguage(settings);
    const Activo::CommandLineOptions options = Activo::CommandLineOptions::parse(QCoreApplication::arguments());
    std::FILE *stream = options.exitCode == 0 ? stdout : stderr;
    std::fprintf(stream, "%s\n", options.output.toLocal8Bit().constData());
    return options.exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // Help and version need no display. Other options are parsed after
    // QApplication has taken its own ones, such as -platform.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return printAndExit(argc, argv);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Activo Desk"));
    QApplication::setDesktopFileName(QStringLiteral("activo-desk"));

    Activo::AppSettings settings;
    settings.setPreset(Activo::Preset::load());
    applyLanguage(settings);
    const Activo::CommandLineOptions options = Activo::CommandLineOptions::parse(QApplication::arguments());
    if (options.exitRequested) {
        std::FILE *stream = options.exitCode == 0 ? stdout : stderr;
        std::fprintf(stream, "%s\n", options.output.toLocal8Bit().constData());
        return options.exitCode;
    }

    // The environment key is used for this run only and is not passed on to child processes.
    const QString environmentKey = Activo::ConnectionPage::cleanKey(qEnvironmentVariable("ACTIVOHQ_API_KEY"));
    qunsetenv("ACTIVOHQ_API_KEY");

    Activo::ApiClient::useSystemProxySettings();
    QNetworkAccessManager network;

    Activo::KeychainKeyStore keychain;
    Activo::SessionKeyStore sessionKeys;
    Activo::DraftStore drafts(Activo::DraftStore::defaultDirectory());

    Activo::MainWindow window({&network, &settings, &keychain, &sessionKeys, &drafts}, options, environmentKey);
    window.show();
    window.start();
    const int exitCode = QApplication::exec();
    drafts.waitForWrites();
    return exitCode;
}
