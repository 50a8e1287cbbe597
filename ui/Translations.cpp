#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Activo {

bool installTranslations(const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(QCoreApplication::instance());
    if (!appTranslator->load(locale, QStringLiteral("activo-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

QLocale localeForLanguage(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system;
#if QT_VERSION >= QT_VERSION_CHECK(6, 2, 0)
    return QLocale(chosen.language(), system.territory());
#else
    return QLocale(chosen.language(), system.country());
#endif
}

} // namespace Activo
