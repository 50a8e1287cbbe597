#include "ConnectionPage.h"
#include "ui_ConnectionPage.h"

#include "MessageBox.h"

#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "models/CompanyList.h"
#include "settings/AppSettings.h"

#include <QRegularExpression>

namespace Activo {

namespace {
const QString kKeyPrefix = QStringLiteral("ahq_");
}

ConnectionPage::ConnectionPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionPage>())
    , m_services(services)
    , m_testClient(new ApiClient(services.network, this))
    , m_testCompanies(new CompanyList(m_testClient, this))
{
    m_ui->setupUi(this);
    m_ui->reasonLabel->hide();
    m_testClient->setTransferTimeout(std::chrono::seconds(15));
    m_testClient->setRetryPolicy(1, std::chrono::milliseconds(500));

    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &ConnectionPage::updateServerHint);
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &ConnectionPage::updateKeyStatus);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &ConnectionPage::updateKeyHint);
    // A test result belongs to the values it tested; editing either clears it.
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->keyEdit})
        connect(edit, &QLineEdit::textEdited, m_ui->testResultLabel, &QLabel::clear);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionPage::testConnection);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ConnectionPage::forgetKey);

    connect(m_testCompanies, &CompanyList::loaded, this, [this] {
        QStringList names;
        for (const Company &company : m_testCompanies->companies())
            names << company.name;
        const int count = int(m_testCompanies->companies().size());
        QString text = tr("Connected: %n company(ies) on %1.", nullptr, count)
                           .arg(ServerAddress::displayName(m_testClient->baseUrl()));
        if (!names.isEmpty())
            text += QLatin1Char('\n') + names.join(QStringLiteral(", "));
        m_ui->testResultLabel->setText(text);
        m_ui->testButton->setEnabled(true);
    });
    connect(m_testCompanies, &CompanyList::failed, this, [this](const ApiError &error) {
        QString text = tr("Connection failed. %1").arg(error.message());
        if (!error.requestId.isEmpty())
            text += QLatin1Char('\n') + tr("Request id: %1").arg(error.requestId);
        m_ui->testResultLabel->setText(text);
        m_ui->testButton->setEnabled(true);
    });

    updateServerHint();
    updateKeyHint();
    updateKeyStatus();
}

ConnectionPage::~ConnectionPage() = default;

QString ConnectionPage::cleanKey(const QString &pasted)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString key = pasted;
    key.remove(whitespace);
    return key;
}

void ConnectionPage::setReason(const QString &reason)
{
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
}

void ConnectionPage::setCurrent(const QString &serverInput, const QUrl &baseUrl, const QString &key,
                                KeySource source)
{
    m_currentInput = serverInput;
    m_currentBaseUrl = baseUrl;
    m_currentKey = key;
    m_currentSource = source;
    m_ui->serverEdit->setText(serverInput.isEmpty() && baseUrl.isValid() ? baseUrl.toString() : serverInput);
    const bool locked = m_services.settings->isConnectionLocked();
    m_ui->serverEdit->setReadOnly(locked);
    if (locked)
        m_ui->serverEdit->setToolTip(tr("Set for this computer by your IT department; it cannot be changed here."));
    m_ui->keyEdit->clear();
    m_ui->testResultLabel->clear();
    updateKeyStatus();
    (m_ui->serverEdit->text().isEmpty() ? m_ui->serverEdit : m_ui->keyEdit)->setFocus();
}

void ConnectionPage::updateServerHint()
{
    const QString text = m_ui->serverEdit->text();
    if (text.trimmed().isEmpty()) {
        m_ui->serverHintLabel->setText(tr("Enter your tenant (acme for acme.activohq.cloud) or the full API address."));
        return;
    }
    const ServerAddress::Parsed parsed = ServerAddress::parse(text);
    QString hint = parsed.isValid() ? tr("Connects to %1").arg(parsed.baseUrl.toDisplayString()) : parsed.error;
    if (parsed.isValid() && m_services.settings->isConnectionLocked())
        hint += QLatin1Char(' ') + tr("Your IT department set this server for this computer.");
    m_ui->serverHintLabel->setText(hint);
}

void ConnectionPage::updateKeyHint()
{
    const QString key = cleanKey(m_ui->keyEdit->text());
    if (key.isEmpty()) {
        m_ui->keyHintLabel->clear();
        m_ui->keyHintLabel->hide();
        return;
    }
    m_ui->keyHintLabel->show();
    if (!key.startsWith(kKeyPrefix)) {
        m_ui->keyHintLabel->setText(tr("This key does not start with \"ahq_\" like ActivoHQ keys usually do. "
                                       "Check that you copied the whole key. Activo Desk will still use it."));
    } else {
        m_ui->keyHintLabel->setText(tr("Key pasted (%n character(s)). It is stored when you press OK.",
                                       nullptr, int(key.size())));
    }
}

void ConnectionPage::updateKeyStatus()
{
    const ServerAddress::Parsed parsed = ServerAddress::parse(m_ui->serverEdit->text());
    const bool sameServer = parsed.isValid() && parsed.baseUrl == m_currentBaseUrl;
    QString status;
    if (!sameServer) {
        status = tr("Paste the API key for this server.");
    } else {
        switch (m_currentSource) {
        case KeySource::None:
            status = tr("No API key is saved for this server.");
            break;
        case KeySource::Environment:
            status = tr("This run uses the key from the ACTIVOHQ_API_KEY environment variable. It is not stored.");
            break;
        case KeySource::Keychain:
            status = tr("A key for this server is stored in the system keychain. Paste a new key to replace it.");
            break;
        case KeySource::Session:
            status = tr("The key is kept for this session only, because no keychain is available. "
                        "You will need to paste it again next time.");
            break;
        }
    }
    m_ui->keyStatusLabel->setText(status);
    m_ui->forgetButton->setEnabled(sameServer
                                   && (m_currentSource == KeySource::Keychain || m_currentSource == KeySource::Session));
}

void ConnectionPage::testConnection()
{
    const ServerAddress::Parsed parsed = ServerAddress::parse(m_ui->serverEdit->text());
    if (!parsed.isValid()) {
        m_ui->testResultLabel->setText(parsed.error);
        m_ui->serverEdit->setFocus();
        return;
    }
    QString key = cleanKey(m_ui->keyEdit->text());
    if (key.isEmpty() && parsed.baseUrl == m_currentBaseUrl)
        key = m_currentKey;
    if (key.isEmpty()) {
        m_ui->testResultLabel->setText(tr("Paste the API key first."));
        m_ui->keyEdit->setFocus();
        return;
    }
    m_testClient->setBaseUrl(parsed.baseUrl);
    m_testClient->setApiKey(key);
    m_ui->testResultLabel->setText(tr("Testing the connection to %1…").arg(parsed.baseUrl.toDisplayString()));
    m_ui->testButton->setEnabled(false);
    m_testCompanies->load();
}

void ConnectionPage::forgetKey()
{
    const QUrl baseUrl = m_currentBaseUrl;
    KeyStore *store = m_currentSource == KeySource::Session ? m_services.sessionKeys : m_services.keychain;
    m_ui->forgetButton->setEnabled(false);
    store->removeKey(baseUrl.toString(), this, [this, baseUrl](const KeyStore::Result &result) {
        if (result.status != KeyStore::Status::Ok) {
            m_ui->keyStatusLabel->setText(
                tr("The key could not be removed from the keychain: %1").arg(result.message));
            updateKeyStatus();
            return;
        }
        m_currentKey.clear();
        m_currentSource = KeySource::None;
        m_ui->testResultLabel->clear();
        updateKeyStatus();
        m_ui->keyStatusLabel->setText(tr("The key was removed. Paste a key to connect again."));
        Q_EMIT keyForgotten(baseUrl);
    });
}

void ConnectionPage::apply(std::function<void(bool)> done)
{
    const ServerAddress::Parsed parsed = ServerAddress::parse(m_ui->serverEdit->text());
    if (!parsed.isValid()) {
        m_ui->serverHintLabel->setText(parsed.error);
        m_ui->serverEdit->setFocus();
        done(false);
        return;
    }
    const QString key = cleanKey(m_ui->keyEdit->text());
    if (key.isEmpty()) {
        finishApply(parsed.baseUrl, QString(), KeySource::None, std::move(done));
        return;
    }
    storeKey(parsed.baseUrl, key, std::move(done));
}

void ConnectionPage::storeKey(const QUrl &baseUrl, const QString &key, std::function<void(bool)> done)
{
    m_ui->keyStatusLabel->setText(tr("Storing the key in the system keychain…"));
    m_services.keychain->writeKey(
        baseUrl.toString(), key, this, [this, baseUrl, key, done](const KeyStore::Result &result) {
            switch (result.status) {
            case KeyStore::Status::Ok:
                finishApply(baseUrl, key, KeySource::Keychain, done);
                return;
            case KeyStore::Status::NoBackend:
                offerSessionOnly(baseUrl, key,
                                 tr("No system keychain is available on this computer, so the key cannot be "
                                    "stored safely."),
                                 done);
                return;
            default:
                offerSessionOnly(baseUrl, key,
                                 tr("The system keychain did not store the key: %1").arg(result.message), done);
                return;
            }
        });
}

void ConnectionPage::offerSessionOnly(const QUrl &baseUrl, const QString &key, const QString &why,
                                      std::function<void(bool)> done)
{
    m_ui->keyStatusLabel->setText(why);
    MessageBox::ask(this, QMessageBox::Warning, tr("Keep the key for this session only?"),
                    why + QStringLiteral("\n\n")
                        + tr("Activo Desk can keep the key in memory until you quit, and you will paste it again "
                             "next time. It is never written to a file."),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, QMessageBox::No,
                    [this, baseUrl, key, done](QMessageBox::StandardButton answer) {
                        if (answer != QMessageBox::Yes) {
                            done(false);
                            return;
                        }
                        m_services.sessionKeys->writeKey(baseUrl.toString(), key, this,
                                                         [this, baseUrl, key, done](const KeyStore::Result &) {
                                                             finishApply(baseUrl, key, KeySource::Session, done);
                                                         });
                    });
}

void ConnectionPage::finishApply(const QUrl &baseUrl, const QString &key, KeySource source,
                                 std::function<void(bool)> done)
{
    m_services.settings->setServer(m_ui->serverEdit->text(), baseUrl);
    m_services.settings->sync();
    if (!key.isEmpty()) {
        m_currentKey = key;
        m_currentSource = source;
    }
    m_currentBaseUrl = baseUrl;
    m_ui->keyEdit->clear();
    updateKeyStatus();
    Q_EMIT applied(baseUrl, key, source);
    done(true);
}

} // namespace Activo
