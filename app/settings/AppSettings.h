#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include "settings/ColumnLayout.h"
#include "settings/Preset.h"

#include <memory>

namespace Activo {

// The user's preferences, stored with QSettings (the registry on Windows, a
// plist on macOS, an INI file elsewhere). The API key is never stored here.
//
// A machine-wide Preset supplies defaults: a value the user has not set
// comes from the preset. When the preset locks the connection, its server
// wins over the user's and setServer() changes nothing.
class AppSettings
{
public:
    // The platform's user settings for "ActivoHQ/Activo Desk".
    AppSettings();
    // An INI file at `path`, for tests and portable setups.
    explicit AppSettings(const QString &path);
    ~AppSettings();

    void setPreset(const Preset &preset) { m_preset = preset; }
    const Preset &preset() const { return m_preset; }
    // True when the preset fixes the server, so the user cannot change it.
    bool isConnectionLocked() const { return m_preset.lockConnection && !m_preset.baseUrl.isEmpty(); }

    // Rows per page of the register (1 to 200): the preset's, else 100.
    int pageSize() const;

    // What the user typed as the server: a tenant or an address.
    QString serverInput() const;
    QUrl baseUrl() const;
    void setServer(const QString &input, const QUrl &baseUrl);
    bool hasServer() const { return baseUrl().isValid() && !baseUrl().isEmpty(); }

    // The company last opened on this server, or empty.
    QString lastCompany(const QUrl &baseUrl) const;
    void setLastCompany(const QUrl &baseUrl, const QString &companyId);

    // The columns of the list view `view` ("register", "locations"…) as
    // the user left them, fitted to the program's `columns` (see
    // ColumnLayout::merged). Nothing saved yields the defaults, and so does a
    // corrupt entry, with a warning in the log. For the register, the hidden
    // columns that earlier versions saved are taken over.
    ColumnLayout columnLayout(const QString &view, const QVector<ColumnDefault> &columns) const;
    void setColumnLayout(const QString &view, const ColumnLayout &layout);
    // Forgets the saved layout of `view`, so it shows the defaults.
    void resetColumnLayout(const QString &view);

    // "" for the system's language, or a language code such as "en" or "es".
    QString language() const;
    void setLanguage(const QString &language);

    // Transfer time-out of one request, in seconds; values outside the range are clamped.
    static constexpr int MinimumTimeoutSeconds = 5;
    static constexpr int MaximumTimeoutSeconds = 600;
    static constexpr int DefaultTimeoutSeconds = 30;
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);

    // The export dialog's last choices: the folder, the format ("csv",
    // "xlsx" or "pdf") and the CSV separator and decimal point, each a
    // single character. Empty members mean nothing was chosen yet.
    struct ExportChoices
    {
        QString folder;
        QString format;
        // Empty when the user kept the default of the language.
        QString csvSeparator;
        QString csvDecimalPoint;
    };
    ExportChoices exportChoices() const;
    void setExportChoices(const ExportChoices &choices);

    // The import wizard's column choice for a file whose header has
    // `headerSignature` (ImportFields::headerSignature()): one field key per
    // column, "" for a column not imported. Empty when none is stored.
    QStringList importMapping(const QString &headerSignature) const;
    void setImportMapping(const QString &headerSignature, const QStringList &fieldKeys);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
    Preset m_preset;
};

} // namespace Activo
