#include "settings/AppSettings.h"

#include "api/Logging.h"

namespace Activo {

namespace {

const QString kServerInput = QStringLiteral("connection/server");
const QString kBaseUrl = QStringLiteral("connection/baseUrl");
const QString kLastCompanyGroup = QStringLiteral("lastCompany");
// Hidden register columns as versions before per-view layouts saved them.
const QString kLegacyHiddenColumns = QStringLiteral("register/hiddenColumns");
const QString kColumnsGroup = QStringLiteral("columns");
const QString kRegisterView = QStringLiteral("register");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kExportFolder = QStringLiteral("export/folder");
const QString kExportFormat = QStringLiteral("export/format");
const QString kCsvSeparator = QStringLiteral("export/csvSeparator");
const QString kCsvDecimalPoint = QStringLiteral("export/csvDecimalPoint");


// QSettings treats '/' and '\' in keys as separators; a URL is stored under
// its base64url form so that every server gets one flat key.
QString urlKey(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded(QUrl::StripTrailingSlash)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("ActivoHQ"), QStringLiteral("Activo Desk")))
{
}

AppSettings::AppSettings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

int AppSettings::pageSize() const
{
    return m_preset.pageSize > 0 ? m_preset.pageSize : 100;
}

QString AppSettings::serverInput() const
{
    if (isConnectionLocked() || (!m_settings->contains(kBaseUrl) && !m_preset.baseUrl.isEmpty()))
        return m_preset.serverInput;
    return m_settings->value(kServerInput).toString();
}

QUrl AppSettings::baseUrl() const
{
    if (isConnectionLocked() || (!m_settings->contains(kBaseUrl) && !m_preset.baseUrl.isEmpty()))
        return m_preset.baseUrl;
    return QUrl(m_settings->value(kBaseUrl).toString(), QUrl::StrictMode);
}

void AppSettings::setServer(const QString &input, const QUrl &baseUrl)
{
    if (isConnectionLocked())
        return;
    m_settings->setValue(kServerInput, input.trimmed());
    m_settings->setValue(kBaseUrl, baseUrl.toString());
}

QString AppSettings::lastCompany(const QUrl &baseUrl) const
{
    const QString key = kLastCompanyGroup + QLatin1Char('/') + urlKey(baseUrl);
    if (!m_settings->contains(key) && baseUrl == m_preset.baseUrl)
        return m_preset.company;
    return m_settings->value(key).toString();
}

void AppSettings::setLastCompany(const QUrl &baseUrl, const QString &companyId)
{
    m_settings->setValue(kLastCompanyGroup + QLatin1Char('/') + urlKey(baseUrl), companyId);
}

ColumnLayout AppSettings::columnLayout(const QString &view, const QVector<ColumnDefault> &columns) const
{
    const QString key = kColumnsGroup + QLatin1Char('/') + view;
    if (m_settings->contains(key)) {
        const QVariant value = m_settings->value(key);
        QString error;
        const std::optional<ColumnLayout> saved = value.typeId() == QMetaType::QString
            ? ColumnLayout::fromJson(value.toString(), &error)
            : std::nullopt;
        if (saved)
            return ColumnLayout::merged(*saved, columns);
        qCWarning(lcSettings).noquote()
            << QStringLiteral("the saved columns of %1 are unreadable (%2); showing the default columns")
                   .arg(view, error.isEmpty() ? QStringLiteral("not text") : error);
        return ColumnLayout::defaults(columns);
    }
    if (view == kRegisterView && m_settings->contains(kLegacyHiddenColumns))
        return ColumnLayout::fromHiddenKeys(m_settings->value(kLegacyHiddenColumns).toStringList(), columns);
    return ColumnLayout::defaults(columns);
}

void AppSettings::setColumnLayout(const QString &view, const ColumnLayout &layout)
{
    m_settings->setValue(kColumnsGroup + QLatin1Char('/') + view, layout.toJson());
    if (view == kRegisterView)
        m_settings->remove(kLegacyHiddenColumns);
}

void AppSettings::resetColumnLayout(const QString &view)
{
    m_settings->remove(kColumnsGroup + QLatin1Char('/') + view);
    if (view == kRegisterView)
        m_settings->remove(kLegacyHiddenColumns);
}

QString AppSettings::language() const
{
    if (!m_settings->contains(kLanguage))
        return m_preset.language;
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

int AppSettings::requestTimeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(kTimeout, DefaultTimeoutSeconds).toInt(&ok);
    return ok ? qBound(MinimumTimeoutSeconds, seconds, MaximumTimeoutSeconds) : DefaultTimeoutSeconds;
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings->setValue(kTimeout, qBound(MinimumTimeoutSeconds, seconds, MaximumTimeoutSeconds));
}

AppSettings::ExportChoices AppSettings::exportChoices() const
{
    return ExportChoices{m_settings->value(kExportFolder).toString(), m_settings->value(kExportFormat).toString(),
                         m_settings->value(kCsvSeparator).toString(), m_settings->value(kCsvDecimalPoint).toString()};
}

void AppSettings::setExportChoices(const ExportChoices &choices)
{
    m_settings->setValue(kExportFolder, choices.folder);
    m_settings->setValue(kExportFormat, choices.format);
    // An empty choice means "the language's default" and removes the stored one.
    if (choices.csvSeparator.isEmpty())
        m_settings->remove(kCsvSeparator);
    else
        m_settings->setValue(kCsvSeparator, choices.csvSeparator);
    if (choices.csvDecimalPoint.isEmpty())
        m_settings->remove(kCsvDecimalPoint);
    else
        m_settings->setValue(kCsvDecimalPoint, choices.csvDecimalPoint);
}

QStringList AppSettings::importMapping(const QString &headerSignature) const
{
    return m_settings->value(QStringLiteral("import/mappings/") + headerSignature).toStringList();
}

void AppSettings::setImportMapping(const QString &headerSignature, const QStringList &fieldKeys)
{
    m_settings->setValue(QStringLiteral("import/mappings/") + headerSignature, fieldKeys);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(kGeometry, geometry);
    m_settings->setValue(kState, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Activo
