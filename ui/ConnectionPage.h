#pragma once

#include "Services.h"
#include "settings/KeyStore.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class ConnectionPage;
}

namespace Activo {

class ApiClient;
class AppSettings;
class CompanyList;

// The Connection page of Preferences: the server (tenant or address), the
// API key, "Test connection" and "Forget key".
//
// The key field starts empty every time; a stored key is never shown again.
// A pasted key is cleaned of spaces and line breaks, and one without the
// usual "ahq_" prefix gets a warning but is accepted.
class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionPage(const Services &services, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    // Why the page was opened (first start, rejected key); empty hides the line.
    void setReason(const QString &reason);
    // The server in use, the key in use (kept in memory for "Test connection"
    // only), and where that key came from.
    void setCurrent(const QString &serverInput, const QUrl &baseUrl, const QString &key, KeySource source);

    // The key as pasted, without any whitespace.
    static QString cleanKey(const QString &pasted);

    // Checks the fields and stores a newly pasted key. `done` runs with true
    // once everything is saved, or with false when the user has to correct something.
    void apply(std::function<void(bool saved)> done);

Q_SIGNALS:
    // The settings were saved. `key` is the newly pasted key, or empty when
    // the key was not changed.
    void applied(const QUrl &baseUrl, const QString &key, Activo::KeySource source);
    void keyForgotten(const QUrl &baseUrl);

private:
    void updateServerHint();
    void updateKeyHint();
    void updateKeyStatus();
    void testConnection();
    void forgetKey();
    void storeKey(const QUrl &baseUrl, const QString &key, std::function<void(bool)> done);
    void offerSessionOnly(const QUrl &baseUrl, const QString &key, const QString &why,
                          std::function<void(bool)> done);
    void finishApply(const QUrl &baseUrl, const QString &key, KeySource source, std::function<void(bool)> done);

    std::unique_ptr<Ui::ConnectionPage> m_ui;
    Services m_services;
    QString m_currentInput;
    QUrl m_currentBaseUrl;
    QString m_currentKey;
    KeySource m_currentSource = KeySource::None;

    ApiClient *m_testClient;
    CompanyList *m_testCompanies;
};

} // namespace Activo
