#pragma once

#include <QLocale>

namespace Activo {

// Installs the translators for `locale`: Qt's own strings (qtbase) from the
// Qt installation, and the application's from the resources built into this
// library. English needs its translation too, for the plural forms of "%n".
// Returns false when the application's translation for the locale is missing;
// Qt's own strings are optional.
bool installTranslations(const QLocale &locale);

// The locale for a language setting: "" is the system's locale, "en" and "es"
// that language with the system's country, so that Spanish in Panama formats
// amounts as Panama does.
QLocale localeForLanguage(const QString &language);

} // namespace Activo
