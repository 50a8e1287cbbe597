#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Activo {

// Machine-wide defaults that IT sets when it deploys the application: the
// server, the company, the page size and the language, and whether users may
// change the connection. A preset never contains an API key, and a key found in one
// is ignored and reported.
//
// Where it is read, in this order (later sources override earlier ones):
// - the file named by the ACTIVO_PRESET_FILE environment variable, or else
//   /etc/activo-desk/preset.ini on Linux,
//   /Library/Application Support/Activo Desk/preset.ini on macOS,
//   %ProgramData%\ActivoHQ\Activo Desk\preset.ini on Windows;
// - on Windows, the registry key HKEY_LOCAL_MACHINE\Software\ActivoHQ\Activo Desk\Preset
//   that the MSI's properties or Group Policy write.
// Keys (in the file's [Preset] section, or registry values): BaseUrl or Tenant,
// Company, PageSize, Language, LockConnection.
struct Preset
{
    Q_DECLARE_TR_FUNCTIONS(Preset)

public:
    QString serverInput; // BaseUrl or Tenant as written
    QUrl baseUrl;        // parsed; empty when none or invalid
    QString company;
    int pageSize = 0;    // 0 when not set
    QString language;    // "" when not set
    bool lockConnection = false;
    QStringList sources;  // where values came from, for the About box and logs
    QStringList problems; // translated, one per ignored value

    bool isEmpty() const { return baseUrl.isEmpty() && company.isEmpty() && pageSize == 0 && language.isEmpty(); }

    static QString defaultFilePath();
    // Reads every source for this platform.
    static Preset load();
    // Reads one INI file; a missing file gives an empty preset without problems.
    static Preset fromFile(const QString &path);
};

} // namespace Activo
