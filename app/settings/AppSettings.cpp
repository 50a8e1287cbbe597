#include "settings/AppSettings.h"

namespace Activo {

namespace {

const QString kServerInput = QStringLiteral("connection/server");
const QString kBaseUrl = QStringLiteral("connection/baseUrl");
const QString kLastCompanyGroup = QStringLiteral("lastCompany");
const QString kHiddenColumns = QStringLiteral("register/hiddenColumns");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

constexpr int kDefaultTimeoutSeconds = 30;

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

QString AppSettings::serverInput() const
{
    return m_settings->value(kServerInput).toString();
}

QUrl AppSettings::baseUrl() const
{
    return QUrl(m_settings->value(kBaseUrl).toString(), QUrl::StrictMode);
}

void AppSettings::setServer(const QString &input, const QUrl &baseUrl)
{
    m_settings->setValue(kServerInput, input.trimmed());
    m_settings->setValue(kBaseUrl, baseUrl.toString());
}

QString AppSettings::lastCompany(const QUrl &baseUrl) const
{
    return m_settings->value(kLastCompanyGroup + QLatin1Char('/') + urlKey(baseUrl)).toString();
}

void AppSettings::setLastCompany(const QUrl &baseUrl, const QString &companyId)
{
    m_settings->setValue(kLastCompanyGroup + QLatin1Char('/') + urlKey(baseUrl), companyId);
}

QStringList AppSettings::hiddenAssetColumns(const QStringList &defaults) const
{
    if (!m_settings->contains(kHiddenColumns))
        return defaults;
    return m_settings->value(kHiddenColumns).toStringList();
}

void AppSettings::setHiddenAssetColumns(const QStringList &keys)
{
    m_settings->setValue(kHiddenColumns, keys);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

int AppSettings::requestTimeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(kTimeout, kDefaultTimeoutSeconds).toInt(&ok);
    return ok ? qBound(5, seconds, 600) : kDefaultTimeoutSeconds;
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings->setValue(kTimeout, qBound(5, seconds, 600));
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
