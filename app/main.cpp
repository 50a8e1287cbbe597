#include "CommandLine.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "settings/DraftStore.h"
#include "settings/KeychainKeyStore.h"
#include "settings/SessionKeyStore.h"

#include "ConnectionPage.h"
#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Activo Desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Activo Desk"));
    QApplication::setOrganizationName(QStringLiteral("ActivoHQ"));
    QApplication::setOrganizationDomain(QStringLiteral("activohq.cloud"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVO_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("activo-desk"));

    Activo::AppSettings settings;
    settings.setPreset(Activo::Preset::load());
    // The chosen language (or the system's) sets the translations and the
    // formats of money, numbers and dates. English stands in where the
    // application has no translation.
    const QLocale locale = Activo::localeForLanguage(settings.language());
    QLocale::setDefault(locale);
    if (!Activo::installTranslations(locale))
        Activo::installTranslations(QLocale(QLocale::English, locale.territory()));

    const Activo::CommandLineOptions options = Activo::CommandLineOptions::parse(QApplication::arguments());
    if (options.exitRequested) {
        std::FILE *stream = options.exitCode == 0 ? stdout : stderr;
        std::fprintf(stream, "%s\n", options.output.toLocal8Bit().constData());
        return options.exitCode;
    }

    // The environment key is used for this run only and is not passed on to child processes.
    const QString environmentKey = Activo::ConnectionPage::cleanKey(qEnvironmentVariable("ACTIVOHQ_API_KEY"));
    qunsetenv("ACTIVOHQ_API_KEY");

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
