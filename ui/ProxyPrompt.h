#pragma once

#include <QDialog>
#include <QPointer>

class QAuthenticator;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QNetworkProxy;
class QPushButton;

namespace Activo {

// Dialog for the user name and password of a proxy server that replied
// "407 Proxy Authentication Required".
class ProxyCredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    // `rejectedBefore` is true when the proxy rejected the previous credentials.
    ProxyCredentialsDialog(const QString &proxyAddress, const QString &realm, const QString &user,
                           bool rejectedBefore, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void updateOkButton();

    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_ok = nullptr;
};

// Fills in the proxy credentials that one QNetworkAccessManager requests,
// from ProxyCredentialsDialog. The credentials stay in memory for this run only,
// in Qt's own cache, and are never written to disk or logged.
//
// Qt requests credentials once per connection, and several connections may
// request them while the dialog is open. Those requests wait for the
// credentials being typed instead of opening a second dialog.
class ProxyPrompt : public QObject
{
    Q_OBJECT

public:
    ProxyPrompt(QNetworkAccessManager *network, QWidget *window);
    ~ProxyPrompt() override;

    // The dialog on screen, or null. Tests use it.
    ProxyCredentialsDialog *activeDialog() const { return m_dialog; }

Q_SIGNALS:
    // Emitted when a dialog opens, so that tests can fill it in.
    void dialogOpened(Activo::ProxyCredentialsDialog *dialog);

private:
    void fillIn(const QNetworkProxy &proxy, QAuthenticator *authenticator);

    QPointer<QWidget> m_window;
    QPointer<ProxyCredentialsDialog> m_dialog;
    // The last credentials, so that a request that waited can reuse them.
    QString m_lastUser;
    QString m_lastPassword;
    QString m_lastProxy;
    bool m_lastAccepted = false;
};

} // namespace Activo
