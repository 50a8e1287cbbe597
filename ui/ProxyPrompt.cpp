#include "ProxyPrompt.h"

#include "api/Logging.h"

#include <QAuthenticator>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QVBoxLayout>

namespace Activo {

ProxyCredentialsDialog::ProxyCredentialsDialog(const QString &proxyAddress, const QString &realm, const QString &user,
                                               bool rejectedBefore, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("proxyCredentialsDialog"));
    setWindowTitle(tr("Proxy sign-in"));
    setAccessibleName(windowTitle());

    QString text = tr("The proxy server %1 needs a user name and password before Activo Desk can reach the "
                      "ActivoHQ server.")
                       .arg(proxyAddress);
    if (!realm.isEmpty())
        text += QLatin1Char(' ') + tr("It names itself \"%1\".").arg(realm);
    auto *intro = new QLabel(text, this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *refused = new QLabel(tr("The proxy did not accept the user name and password. Check them and try again."),
                               this);
    refused->setObjectName(QStringLiteral("refusedLabel"));
    refused->setTextFormat(Qt::PlainText);
    refused->setWordWrap(true);
    refused->setVisible(rejectedBefore);
    refused->setAccessibleName(tr("Message"));

    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_user->setText(user);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Proxy password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_user);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);

    auto *note = new QLabel(tr("Activo Desk keeps them in memory until it closes and never saves them."), this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &ProxyCredentialsDialog::updateOkButton);

    auto *form = new QFormLayout;
    form->addRow(userLabel, m_user);
    form->addRow(passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(refused);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateOkButton();
    if (user.isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

QString ProxyCredentialsDialog::user() const
{
    return m_user->text().trimmed();
}

QString ProxyCredentialsDialog::password() const
{
    return m_password->text();
}

void ProxyCredentialsDialog::updateOkButton()
{
    m_ok->setEnabled(!m_user->text().trimmed().isEmpty());
}

ProxyPrompt::ProxyPrompt(QNetworkAccessManager *network, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, this, &ProxyPrompt::fillIn);
}

ProxyPrompt::~ProxyPrompt()
{
    if (m_dialog)
        m_dialog->reject();
}

void ProxyPrompt::fillIn(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    const QString address = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());

    if (m_dialog) {
        // Another connection requests credentials while the dialog is open.
        // The dialog's result is stored when it finishes, before this loop returns.
        QEventLoop loop;
        connect(m_dialog, &QDialog::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (m_lastAccepted && m_lastProxy == address) {
            authenticator->setUser(m_lastUser);
            authenticator->setPassword(m_lastPassword);
        }
        return;
    }

    // Qt emits the request again with the same authenticator when the proxy
    // rejected the credentials it sent, so its user is already filled in.
    const bool refused = !authenticator->user().isEmpty() && m_lastAccepted && m_lastProxy == address;
    qCInfo(lcNet).noquote() << "proxy" << address << (refused ? "refused the credentials and asks again"
                                                              : "asks for credentials");

    ProxyCredentialsDialog dialog(address, authenticator->realm(),
                                  m_lastProxy == address ? m_lastUser : authenticator->user(), refused, m_window);
    connect(&dialog, &QDialog::finished, this, [this, &dialog, address](int result) {
        m_lastProxy = address;
        m_lastAccepted = result == QDialog::Accepted;
        m_lastUser = dialog.user();
        m_lastPassword = m_lastAccepted ? dialog.password() : QString();
    });
    m_dialog = &dialog;
    Q_EMIT dialogOpened(&dialog);
    dialog.exec();
    m_dialog = nullptr;

    if (!m_lastAccepted) {
        qCInfo(lcNet).noquote() << "proxy sign-in cancelled for" << address;
        return;
    }
    authenticator->setUser(m_lastUser);
    authenticator->setPassword(m_lastPassword);
}

} // namespace Activo
