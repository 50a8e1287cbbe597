#include "MasterDataDialog.h"
#include "ui_MasterDataDialog.h"

#include "ErrorPanel.h"
#include "MessageBox.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Json.h"
#include "models/ResourceCatalog.h"

#include <QJsonDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Activo {

namespace {

QString titleFor(LookupKind kind, bool isNew)
{
    switch (kind) {
    case LookupKind::Category: return isNew ? MasterDataDialog::tr("New category") : MasterDataDialog::tr("Edit category");
    case LookupKind::Location: return isNew ? MasterDataDialog::tr("New location") : MasterDataDialog::tr("Edit location");
    case LookupKind::CostCenter:
        return isNew ? MasterDataDialog::tr("New cost center") : MasterDataDialog::tr("Edit cost center");
    case LookupKind::DepreciationBook:
        return isNew ? MasterDataDialog::tr("New depreciation book") : MasterDataDialog::tr("Edit depreciation book");
    case LookupKind::Custodian:
        return isNew ? MasterDataDialog::tr("New custodian") : MasterDataDialog::tr("Edit custodian");
    case LookupKind::Employee: return isNew ? MasterDataDialog::tr("New employee") : MasterDataDialog::tr("Edit employee");
    }
    return QString();
}

bool mentions(const QString &message, const QString &word)
{
    return message.contains(word, Qt::CaseInsensitive);
}

} // namespace

MasterDataDialog::MasterDataDialog(const RecordContext &context, LookupKind kind, QString companyId,
                                   const QJsonObject &record, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MasterDataDialog>())
    , m_context(context)
    , m_kind(kind)
    , m_companyId(std::move(companyId))
    , m_original(record)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(titleFor(kind, isNewRecord()));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("masterDataDialog"));

    const bool isLocation = kind == LookupKind::Location;
    const bool isEmployee = kind == LookupKind::Employee;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->cityLabel), static_cast<QWidget *>(m_ui->cityEdit),
                            static_cast<QWidget *>(m_ui->countryLabel), static_cast<QWidget *>(m_ui->countryEdit),
                            static_cast<QWidget *>(m_ui->activeCheck)})
        widget->setVisible(isLocation);
    m_ui->emailLabel->setVisible(isEmployee);
    m_ui->emailEdit->setVisible(isEmployee);
    m_ui->countryEdit->setPlaceholderText(tr("Two-letter code, e.g. ES"));
    m_ui->codeEdit->setMaxLength(64);
    m_ui->introLabel->setText(isNewRecord()
                                  ? tr("Code and name are required. The code must be unique in this company.")
                                  : tr("Changes apply to every asset that uses this record."));

    for (Field field : {Field::Code, Field::Name, Field::Country, Field::Email}) {
        QLabel *label = errorLabel(field);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    m_errorPanel = new ErrorPanel(this);
    m_errorPanel->setObjectName(QStringLiteral("saveErrorPanel"));
    m_errorPanel->setRetryText(tr("&Save again"));
    connect(m_errorPanel, &ErrorPanel::retryRequested, this, &MasterDataDialog::save);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->messageLabel) + 1, m_errorPanel);
    clearErrors();

    if (!isNewRecord()) {
        m_ui->codeEdit->setText(Json::string(record, QLatin1String("code")));
        m_ui->nameEdit->setText(Json::string(record, QLatin1String("name")));
        m_ui->cityEdit->setText(Json::string(record, QLatin1String("city")));
        m_ui->countryEdit->setText(Json::string(record, QLatin1String("country")));
        m_ui->emailEdit->setText(Json::string(record, QLatin1String("email")));
        m_ui->activeCheck->setChecked(Json::boolean(record.value(QLatin1String("isActive"))).value_or(true));
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MasterDataDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MasterDataDialog::reject);
    m_ui->codeEdit->setFocus();
}

MasterDataDialog::~MasterDataDialog()
{
    if (m_job)
        m_job->abort();
}

QLabel *MasterDataDialog::errorLabel(Field field) const
{
    switch (field) {
    case Field::Code: return m_ui->codeError;
    case Field::Name: return m_ui->nameError;
    case Field::Country: return m_ui->countryError;
    case Field::Email: return m_ui->emailError;
    }
    return nullptr;
}

QLineEdit *MasterDataDialog::fieldEdit(Field field) const
{
    switch (field) {
    case Field::Code: return m_ui->codeEdit;
    case Field::Name: return m_ui->nameEdit;
    case Field::Country: return m_ui->countryEdit;
    case Field::Email: return m_ui->emailEdit;
    }
    return nullptr;
}

void MasterDataDialog::clearErrors()
{
    for (Field field : {Field::Code, Field::Name, Field::Country, Field::Email}) {
        errorLabel(field)->clear();
        errorLabel(field)->hide();
    }
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
    m_errorPanel->hide();
}

void MasterDataDialog::setFieldError(Field field, const QString &message)
{
    QLabel *label = errorLabel(field);
    label->setText(message);
    label->show();
    fieldEdit(field)->setFocus();
    fieldEdit(field)->setAccessibleDescription(message);
}

QJsonObject MasterDataDialog::payload() const
{
    // Properties of the loaded record that the form does not show are sent
    // back unchanged, so a server that stores more fields keeps them.
    QJsonObject body = m_original;
    body.remove(QLatin1String("id"));
    body.insert(QLatin1String("code"), m_ui->codeEdit->text().trimmed());
    body.insert(QLatin1String("name"), m_ui->nameEdit->text().trimmed());
    if (m_kind == LookupKind::Location) {
        body.insert(QLatin1String("city"), m_ui->cityEdit->text().trimmed());
        body.insert(QLatin1String("country"), m_ui->countryEdit->text().trimmed().toUpper());
        body.insert(QLatin1String("isActive"), m_ui->activeCheck->isChecked());
    }
    if (m_kind == LookupKind::Employee)
        body.insert(QLatin1String("email"), m_ui->emailEdit->text().trimmed());
    return body;
}

bool MasterDataDialog::validate()
{
    clearErrors();
    bool valid = true;
    // Checked from the bottom up, so the focus ends on the first field in error.
    if (m_kind == LookupKind::Employee) {
        const QString email = m_ui->emailEdit->text().trimmed();
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.isEmpty() && !shape.match(email).hasMatch()) {
            setFieldError(Field::Email,
                          tr("“%1” is not an email address. Write it as name@example.com.").arg(email));
            valid = false;
        }
    }
    if (m_kind == LookupKind::Location) {
        const QString country = m_ui->countryEdit->text().trimmed();
        static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
        if (!country.isEmpty() && !twoLetters.match(country).hasMatch()) {
            setFieldError(Field::Country,
                          tr("“%1” is not a two-letter country code. Use the ISO code, e.g. ES for Spain or PA "
                             "for Panama.")
                              .arg(country));
            valid = false;
        }
    }
    if (m_ui->nameEdit->text().trimmed().isEmpty()) {
        setFieldError(Field::Name, tr("Enter a name."));
        valid = false;
    }
    if (m_ui->codeEdit->text().trimmed().isEmpty()) {
        setFieldError(Field::Code, tr("Enter a code."));
        valid = false;
    }
    return valid;
}

void MasterDataDialog::setSaving(bool saving)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!saving);
    if (saving) {
        m_ui->messageLabel->setText(tr("Saving…"));
        m_ui->messageLabel->show();
    }
}

void MasterDataDialog::save()
{
    if (isSaving() || !validate())
        return;
    m_errorPanel->hide();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    QString path = LookupCache::resourcePath(m_kind);
    QByteArray method = "POST";
    if (!isNewRecord()) {
        method = "PUT";
        path += u'/' + Json::uuid(m_original.value(QLatin1String("id"))).toString(QUuid::WithoutBraces);
    }
    ApiJob *job = m_context.client->sendJson(method, path, query, QJsonDocument(payload()).toJson(QJsonDocument::Compact));
    connect(job, &ApiJob::finished, this, &MasterDataDialog::handleReply);
    m_job = job;
    setSaving(true);
    job->start();
}

void MasterDataDialog::handleReply(ApiJob *job)
{
    m_job = nullptr;
    if (job->succeeded()) {
        QJsonObject record = job->json().isObject() ? job->json().object() : QJsonObject();
        if (Json::uuid(record.value(QLatin1String("id"))).isNull() && !isNewRecord())
            record.insert(QLatin1String("id"), m_original.value(QLatin1String("id")));
        finishSaved(record);
        return;
    }
    const ApiError &error = job->error();
    const bool replyLost = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Proxy
            || error.kind == ApiError::Kind::Timeout;
    if (isNewRecord() && replyLost && m_context.lookups) {
        confirmLostCreate();
        return;
    }
    setSaving(false);
    m_ui->messageLabel->hide();
    showSaveError(error);
}

void MasterDataDialog::confirmLostCreate()
{
    // The request may have been stored before the connection broke. The list
    // is read again; a record with this code and name means it was.
    m_confirming = true;
    m_errorPanel->hide();
    m_ui->messageLabel->setText(tr("The connection broke while saving. Checking whether the record was stored…"));
    m_ui->messageLabel->show();
    auto *context = new QObject(this);
    const auto check = [this, context](bool loaded) {
        delete context;
        m_confirming = false;
        const QJsonObject sent = payload();
        const QString code = sent.value(QLatin1String("code")).toString();
        if (loaded) {
            for (const LookupItem &item : m_context.lookups->items(m_companyId, m_kind)) {
                if (item.code == code) {
                    if (item.name == sent.value(QLatin1String("name")).toString()) {
                        finishSaved(item.raw);
                        return;
                    }
                    break;
                }
            }
        }
        setSaving(false);
        m_ui->messageLabel->setText(loaded ? tr("The record was not saved: the connection broke before the server "
                                                "stored it. Press Save to try again.")
                                           : tr("The connection broke while saving, and the list could not be read "
                                                "to check whether the record was stored. Check the list before "
                                                "saving again."));
        m_ui->messageLabel->show();
    };
    connect(m_context.lookups, &LookupCache::loaded, context, [this, check](const QString &companyId, LookupKind kind) {
        if (companyId == m_companyId && kind == m_kind)
            check(true);
    });
    connect(m_context.lookups, &LookupCache::failed, context, [this, check](const QString &companyId, LookupKind kind) {
        if (companyId == m_companyId && kind == m_kind)
            check(false);
    });
    m_context.lookups->refresh(m_companyId, m_kind);
}

void MasterDataDialog::showSaveError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation && !error.serverMessage.isEmpty()) {
        const QString &message = error.serverMessage;
        if (mentions(message, QStringLiteral("code"))) {
            setFieldError(Field::Code, message);
            return;
        }
        if (mentions(message, QStringLiteral("name"))) {
            setFieldError(Field::Name, message);
            return;
        }
        if (m_kind == LookupKind::Employee && mentions(message, QStringLiteral("mail"))) {
            setFieldError(Field::Email, message);
            return;
        }
        if (m_kind == LookupKind::Location && mentions(message, QStringLiteral("country"))) {
            setFieldError(Field::Country, message);
            return;
        }
    }
    m_ui->messageLabel->hide();
    if (error.kind == ApiError::Kind::Unauthorized)
        m_errorPanel->setError(tr("The record was not saved."), error,
                               tr("The server rejected the API key. Paste a valid key in Preferences, then save "
                                  "again."));
    else
        m_errorPanel->setError(tr("The record was not saved."), error);
    m_errorPanel->show();
}

void MasterDataDialog::finishSaved(const QJsonObject &record)
{
    if (m_context.lookups)
        m_context.lookups->refresh(m_companyId, m_kind);
    Q_EMIT saved(record);
    accept();
}

QString MasterDataDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

bool MasterDataDialog::isModified() const
{
    const QJsonObject now = payload();
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QJsonValue before = m_original.value(it.key());
        if (isNewRecord()) {
            if (it.value().isString() && !it.value().toString().isEmpty())
                return true;
        } else if (before != it.value() && !(before.isUndefined() && it.value().toString().isEmpty())) {
            return true;
        }
    }
    return false;
}

void MasterDataDialog::reject()
{
    if (isSaving()) {
        m_ui->messageLabel->setText(tr("Saving… Wait for the server's answer before closing."));
        m_ui->messageLabel->show();
        return;
    }
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    MessageBox::ask(this, QMessageBox::Question, tr("Discard changes?"),
                    tr("The changes to this record have not been saved. Discard them?"),
                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Cancel,
                    [this](QMessageBox::StandardButton answer) {
                        if (answer == QMessageBox::Discard)
                            QDialog::reject();
                    });
}

} // namespace Activo
