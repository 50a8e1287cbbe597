#include "settings/Preset.h"

#include "api/Logging.h"
#include "api/ServerAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace Activo {

namespace {

// Values are read through QSettings so that an INI file and the Windows
// registry share one code path.
void readInto(QSettings &source, const QString &where, Preset *preset)
{
    source.beginGroup(QStringLiteral("Preset"));
    const QStringList keys = source.childKeys();
    if (keys.isEmpty()) {
        source.endGroup();
        return;
    }
    preset->sources << where;

    for (const QString &key : keys) {
        if (key.contains(QLatin1String("key"), Qt::CaseInsensitive) || key.contains(QLatin1String("secret"), Qt::CaseInsensitive)
            || key.contains(QLatin1String("token"), Qt::CaseInsensitive)) {
            preset->problems << Preset::tr("%1 contains \"%2\", which was ignored: a preset never holds an API key. "
                                           "Each user pastes the key in Preferences.")
                                    .arg(where, key);
        }
    }

    // An empty BaseUrl does not hide a Tenant.
    QString server = source.value(QStringLiteral("BaseUrl")).toString();
    if (server.trimmed().isEmpty())
        server = source.value(QStringLiteral("Tenant")).toString();
    if (!server.trimmed().isEmpty()) {
        const ServerAddress::Parsed parsed = ServerAddress::parse(server);
        if (parsed.isValid()) {
            preset->serverInput = server.trimmed();
            preset->baseUrl = parsed.baseUrl;
        } else {
            preset->problems << Preset::tr("The server in %1 was ignored: %2").arg(where, parsed.error);
        }
    }
    if (source.contains(QStringLiteral("Company")))
        preset->company = source.value(QStringLiteral("Company")).toString().trimmed();
    if (source.contains(QStringLiteral("PageSize"))) {
        bool ok = false;
        const int size = source.value(QStringLiteral("PageSize")).toString().toInt(&ok);
        if (ok && size >= 1 && size <= 200)
            preset->pageSize = size;
        else
            preset->problems << Preset::tr("PageSize \"%1\" in %2 was ignored: use a whole number from 1 to 200.")
                                    .arg(source.value(QStringLiteral("PageSize")).toString(), where);
    }
    if (source.contains(QStringLiteral("Language"))) {
        const QString language = source.value(QStringLiteral("Language")).toString().trimmed().toLower();
        if (language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("es"))
            preset->language = language;
        else
            preset->problems << Preset::tr("Language \"%1\" in %2 was ignored: use en or es.").arg(language, where);
    }
    if (source.contains(QStringLiteral("LockConnection"))) {
        const QString lock = source.value(QStringLiteral("LockConnection")).toString().trimmed().toLower();
        preset->lockConnection = lock == QLatin1String("1") || lock == QLatin1String("true") || lock == QLatin1String("yes");
    }
    source.endGroup();
}

} // namespace

QString Preset::defaultFilePath()
{
    const QString fromEnvironment = qEnvironmentVariable("ACTIVO_PRESET_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#if defined(Q_OS_WIN)
    return qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"))
        + QStringLiteral("/ActivoHQ/Activo Desk/preset.ini");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Activo Desk/preset.ini");
#else
    return QStringLiteral("/etc/activo-desk/preset.ini");
#endif
}

Preset Preset::fromFile(const QString &path)
{
    Preset preset;
    if (!QFileInfo::exists(path))
        return preset;
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        preset.problems << tr("The preset file %1 could not be read.").arg(path);
        return preset;
    }
    readInto(file, path, &preset);
    return preset;
}

Preset Preset::load()
{
    Preset preset = fromFile(defaultFilePath());
#if defined(Q_OS_WIN)
    // The MSI and Group Policy write the registry; it overrides the file.
    QSettings registry(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\ActivoHQ\\Activo Desk"), QSettings::NativeFormat);
    Preset fromRegistry;
    readInto(registry, QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\ActivoHQ\\Activo Desk\\Preset"), &fromRegistry);
    if (!fromRegistry.baseUrl.isEmpty()) {
        preset.serverInput = fromRegistry.serverInput;
        preset.baseUrl = fromRegistry.baseUrl;
    }
    if (!fromRegistry.company.isEmpty())
        preset.company = fromRegistry.company;
    if (fromRegistry.pageSize != 0)
        preset.pageSize = fromRegistry.pageSize;
    if (!fromRegistry.language.isEmpty())
        preset.language = fromRegistry.language;
    preset.lockConnection = preset.lockConnection || fromRegistry.lockConnection;
    preset.sources << fromRegistry.sources;
    preset.problems << fromRegistry.problems;
#endif
    for (const QString &problem : std::as_const(preset.problems))
        qCWarning(lcSettings).noquote() << problem;
    if (!preset.sources.isEmpty())
        qCInfo(lcSettings).noquote() << "preset read from" << preset.sources.join(QStringLiteral(", "));
    return preset;
}

} // namespace Activo
