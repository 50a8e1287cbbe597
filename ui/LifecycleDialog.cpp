#include "LifecycleDialog.h"

#include "DateLineEdit.h"
#include "ErrorPanel.h"
#include "LookupComboBox.h"
#include "MoneyLineEdit.h"

#include "api/ApiClient.h"
#include "models/LookupCache.h"
#include "models/ResourceCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Activo {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString assetLabel(const Asset &asset)
{
    if (asset.name.isEmpty())
        return asset.assetCode;
    return QString(asset.assetCode + QStringLiteral(" — ") + asset.name);
}

} // namespace

LifecycleDialog::LifecycleDialog(const RecordContext &context, LifecycleAction action, QString companyId,
                                 const Asset &asset, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_action(action)
    , m_companyId(std::move(companyId))
    , m_asset(asset)
    , m_introLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("lifecycleDialog"));
    setWindowTitle(LifecycleActions::title(action));
    setAccessibleName(windowTitle());

    m_introLabel->setTextFormat(Qt::PlainText);
    m_introLabel->setWordWrap(true);
    m_introLabel->setAccessibleName(tr("Asset"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->hide();

    auto *form = new QFormLayout;
    const auto addDate = [this, form](const QString &label, const QString &accessible, bool today) {
        auto *edit = new DateLineEdit(this);
        edit->setAccessibleName(accessible);
        if (today)
            edit->setDate(QDate::currentDate());
        auto *text = new QLabel(label, this);
        text->setBuddy(edit);
        form->addRow(text, edit);
        return edit;
    };
    const auto addText = [this, form](const QString &label, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(accessible);
        edit->setMaxLength(500);
        auto *text = new QLabel(label, this);
        text->setBuddy(edit);
        form->addRow(text, edit);
        return edit;
    };
    const auto addLookup = [this, form](const QString &label, const QString &accessible) {
        auto *box = new LookupComboBox(this);
        box->setAccessibleName(accessible);
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        form->addRow(text, box);
        return box;
    };

    QString intro;
    QString okText;
    switch (action) {
    case LifecycleAction::Transfer:
        intro = tr("Move %1 to another location. It is now at %2.")
                    .arg(assetLabel(asset), asset.location.isNull() ? tr("no location") : linkText(asset.location));
        m_locationBox = addLookup(tr("&To location:"), tr("To location"));
        m_firstDate = addDate(tr("&Date:"), tr("Transfer date"), true);
        m_textEdit = addText(tr("&Reason:"), tr("Reason"));
        okText = tr("&Transfer");
        break;
    case LifecycleAction::CheckOut:
        intro = tr("Lend %1 to an employee.").arg(assetLabel(asset));
        m_employeeBox = addLookup(tr("&Employee:"), tr("Employee"));
        m_firstDate = addDate(tr("&Checked out on:"), tr("Check-out date"), true);
        m_secondDate = addDate(tr("&Due back on:"), tr("Expected return date"), false);
        m_textEdit = addText(tr("&Notes:"), tr("Notes"));
        okText = tr("Check &out");
        break;
    case LifecycleAction::CheckIn:
        intro = tr("Record that %1 came back.").arg(assetLabel(asset));
        m_firstDate = addDate(tr("&Returned on:"), tr("Return date"), true);
        m_conditionBox = new QComboBox(this);
        m_conditionBox->setEditable(true);
        m_conditionBox->setAccessibleName(tr("Condition"));
        m_conditionBox->addItem(ResourceCatalog::statusText(QStringLiteral("Good")), QStringLiteral("Good"));
        m_conditionBox->addItem(ResourceCatalog::statusText(QStringLiteral("Damaged")), QStringLiteral("Damaged"));
        {
            auto *label = new QLabel(tr("C&ondition:"), this);
            label->setBuddy(m_conditionBox);
            form->addRow(label, m_conditionBox);
        }
        m_textEdit = addText(tr("&Damage notes:"), tr("Damage notes"));
        okText = tr("Check &in");
        break;
    case LifecycleAction::Reserve:
        intro = tr("Reserve %1 for an employee and a period.").arg(assetLabel(asset));
        m_employeeBox = addLookup(tr("&Employee:"), tr("Employee"));
        m_firstDate = addDate(tr("&From:"), tr("Start date"), true);
        m_secondDate = addDate(tr("&Until:"), tr("End date"), false);
        m_textEdit = addText(tr("&Notes:"), tr("Notes"));
        okText = tr("Re&serve");
        break;
    case LifecycleAction::Dispose:
        intro = tr("Dispose of %1: it leaves the register's active assets, and the server records the disposal "
                   "with its book value. This cannot be undone from Activo Desk.")
                    .arg(assetLabel(asset));
        m_firstDate = addDate(tr("&Disposal date:"), tr("Disposal date"), true);
        m_proceedsEdit = new MoneyLineEdit(this);
        m_proceedsEdit->setAccessibleName(tr("Proceeds"));
        {
            auto *label = new QLabel(tr("&Proceeds:"), this);
            label->setBuddy(m_proceedsEdit);
            form->addRow(label, m_proceedsEdit);
        }
        m_textEdit = addText(tr("&Reason:"), tr("Reason"));
        okText = tr("&Dispose");
        break;
    }
    m_introLabel->setText(intro);

    QPushButton *ok = m_buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LifecycleDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LifecycleDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    m_errorPanel = new ErrorPanel(this);
    m_errorPanel->setObjectName(QStringLiteral("errorPanel"));
    m_errorPanel->setRetryText(tr("&Send again"));
    m_errorPanel->hide();
    connect(m_errorPanel, &ErrorPanel::retryRequested, this, &LifecycleDialog::submit);
    layout->addWidget(m_errorPanel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (m_locationBox || m_employeeBox) {
        const LookupKind kind = m_locationBox ? LookupKind::Location : LookupKind::Employee;
        connect(context.lookups, &LookupCache::loaded, this, [this, kind](const QString &company, LookupKind loaded) {
            if (company == m_companyId && loaded == kind)
                fillLookups();
        });
        context.lookups->load(m_companyId, kind);
        fillLookups();
        (m_locationBox ? m_locationBox : m_employeeBox)->setFocus();
    } else if (m_firstDate) {
        m_firstDate->setFocus();
    }
}

LifecycleDialog::~LifecycleDialog() = default;

void LifecycleDialog::fillLookups()
{
    if (m_locationBox) {
        // Inactive locations cannot receive assets, so they are not offered.
        QVector<LookupItem> active;
        for (const LookupItem &item : m_context.lookups->items(m_companyId, LookupKind::Location)) {
            if (item.raw.value(QLatin1String("isActive")).toBool(true))
                active.append(item);
        }
        m_locationBox->setItems(active);
    }
    if (m_employeeBox)
        m_employeeBox->setItems(m_context.lookups->items(m_companyId, LookupKind::Employee));
}

QJsonObject LifecycleDialog::payload(QString *error, QWidget **field) const
{
    const auto fail = [error, field](const QString &message, QWidget *widget) {
        if (error)
            *error = message;
        if (field)
            *field = widget;
        return QJsonObject();
    };
    QJsonObject body;
    if (m_locationBox) {
        const QUuid id = m_locationBox->currentRecordId();
        if (id.isNull())
            return fail(m_locationBox->hasUnmatchedText()
                            ? tr("No active location matches “%1”. Choose one from the list.")
                                  .arg(m_locationBox->currentText())
                            : tr("Choose the location to move the asset to."),
                        m_locationBox);
        if (id == m_asset.location.id)
            return fail(tr("The asset is already at %1. Choose another location.").arg(m_locationBox->currentRecordText()),
                        m_locationBox);
        body.insert(QLatin1String("toLocationId"), id.toString(QUuid::WithoutBraces));
    }
    if (m_employeeBox) {
        const QUuid id = m_employeeBox->currentRecordId();
        if (id.isNull())
            return fail(m_employeeBox->hasUnmatchedText()
                            ? tr("No employee matches “%1”. Choose one from the list.").arg(m_employeeBox->currentText())
                            : tr("Choose the employee."),
                        m_employeeBox);
        body.insert(QLatin1String("employeeId"), id.toString(QUuid::WithoutBraces));
    }
    QDate first;
    QDate second;
    if (m_firstDate) {
        const DateLineEdit::Result result = m_firstDate->parseResult();
        if (!result.error.isEmpty())
            return fail(result.error, m_firstDate);
        if (!result.date.isValid())
            return fail(tr("Enter the date."), m_firstDate);
        first = result.date;
    }
    if (m_secondDate) {
        const DateLineEdit::Result result = m_secondDate->parseResult();
        if (!result.error.isEmpty())
            return fail(result.error, m_secondDate);
        second = result.date;
        if (m_action == LifecycleAction::Reserve && !second.isValid())
            return fail(tr("Enter the last day of the reservation."), m_secondDate);
        if (second.isValid() && second < first)
            return fail(tr("The second date (%1) is before the first one (%2). Correct one of them.")
                            .arg(m_secondDate->text(), m_firstDate->text()),
                        m_secondDate);
    }
    std::optional<Money> proceeds;
    if (m_proceedsEdit) {
        const MoneyParser::Result result = m_proceedsEdit->parseResult();
        if (!result.error.isEmpty())
            return fail(result.error, m_proceedsEdit);
        proceeds = result.value;
    }

    const QString text = m_textEdit ? m_textEdit->text().trimmed() : QString();
    switch (m_action) {
    case LifecycleAction::Transfer:
        body.insert(QLatin1String("transferDate"), isoDate(first));
        if (!text.isEmpty())
            body.insert(QLatin1String("reason"), text);
        break;
    case LifecycleAction::CheckOut:
        body.insert(QLatin1String("checkoutDate"), isoDate(first));
        if (second.isValid())
            body.insert(QLatin1String("expectedReturnDate"), isoDate(second));
        if (!text.isEmpty())
            body.insert(QLatin1String("notes"), text);
        break;
    case LifecycleAction::CheckIn: {
        body.insert(QLatin1String("actualReturnDate"), isoDate(first));
        const int index = m_conditionBox->findText(m_conditionBox->currentText());
        const QString condition = index >= 0 ? m_conditionBox->itemData(index).toString()
                                             : m_conditionBox->currentText().trimmed();
        if (!condition.isEmpty())
            body.insert(QLatin1String("returnCondition"), condition);
        if (!text.isEmpty())
            body.insert(QLatin1String("damageNotes"), text);
        break;
    }
    case LifecycleAction::Reserve:
        body.insert(QLatin1String("startDate"), isoDate(first));
        body.insert(QLatin1String("endDate"), isoDate(second));
        if (!text.isEmpty())
            body.insert(QLatin1String("notes"), text);
        break;
    case LifecycleAction::Dispose:
        body.insert(QLatin1String("disposalDate"), isoDate(first));
        if (proceeds)
            body.insert(QLatin1String("proceeds"), double(proceeds->cents()) / 100.0);
        if (!text.isEmpty())
            body.insert(QLatin1String("reason"), text);
        break;
    }
    return body;
}

void LifecycleDialog::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    // The dialog grows with the message instead of squeezing the fields.
    adjustSize();
}

QString LifecycleDialog::messageText() const
{
    return m_messageLabel->text();
}

void LifecycleDialog::submit()
{
    if (m_request || m_finished)
        return;
    QString error;
    QWidget *field = nullptr;
    const QJsonObject body = payload(&error, &field);
    if (body.isEmpty()) {
        showMessage(error);
        if (field)
            field->setFocus();
        return;
    }
    m_errorPanel->hide();
    showMessage(tr("Sending…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    auto *request = new LifecycleRequest(m_context.client, m_action, m_companyId, m_asset.id, body, this);
    connect(request, &LifecycleRequest::finished, this, &LifecycleDialog::handleFinished);
    m_request = request;
    request->start();
}

void LifecycleDialog::handleFinished(LifecycleRequest *request)
{
    request->deleteLater();
    m_request = nullptr;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    switch (request->outcome()) {
    case LifecycleRequest::Outcome::Done:
        Q_EMIT done(m_action, m_asset.id, request->record());
        accept();
        return;
    case LifecycleRequest::Outcome::Rejected: {
        const ApiError &error = request->error();
        if (error.kind == ApiError::Kind::Validation && !error.serverMessage.isEmpty()) {
            showMessage(tr("The server refused: %1").arg(error.serverMessage));
            Q_EMIT refused(m_asset.id);
            return;
        }
        showMessage(QString());
        const QString heading = tr("The action was not carried out.");
        if (error.kind == ApiError::Kind::Unauthorized)
            m_errorPanel->setError(heading, error,
                                   tr("The server rejected the API key. Paste a valid key in Preferences, then "
                                      "send again."));
        else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Proxy
            || error.kind == ApiError::Kind::Timeout)
            m_errorPanel->setError(tr("No answer from the server."), error,
                                   error.message() + u' '
                                       + tr("The action may have been recorded all the same: check the asset's "
                                            "History tab before sending it again."));
        else
            m_errorPanel->setError(heading, error);
        m_errorPanel->show();
        adjustSize();
        return;
    }
    case LifecycleRequest::Outcome::Unsupported:
        m_finished = true;
        if (m_context.lifecycle)
            m_context.lifecycle->markUnsupported(m_context.client->baseUrl(), m_action);
        showMessage(tr("This server does not offer “%1” through its API. The action is hidden until Activo Desk "
                       "is restarted; use the ActivoHQ web application for it.")
                        .arg(LifecycleActions::title(m_action)));
        break;
    case LifecycleRequest::Outcome::AssetGone:
        m_finished = true;
        showMessage(tr("The asset %1 no longer exists on the server. Refresh the register (F5).")
                        .arg(assetLabel(m_asset)));
        break;
    }
    // Nothing more can be sent from this dialog.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(false);
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void LifecycleDialog::reject()
{
    if (m_request) {
        showMessage(tr("Sending… Wait for the server's answer before closing."));
        return;
    }
    QDialog::reject();
}

} // namespace Activo
