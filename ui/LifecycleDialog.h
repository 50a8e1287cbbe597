#pragma once

#include "RecordContext.h"
#include "models/Asset.h"
#include "models/LifecycleAction.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Activo {

class DateLineEdit;
class ErrorPanel;
class LookupComboBox;
class MoneyLineEdit;

// One lifecycle action on one asset: Transfer (to a location), Check out
// (to an employee), Check in, Reserve (for an employee and dates) and
// Dispose. The form is checked before anything is sent; the server's
// refusal ("Asset is already checked out.") is shown in the dialog with
// everything typed kept. When the server does not offer the action, the
// dialog reports it and the action is hidden for the rest of the session.
class LifecycleDialog : public QDialog
{
    Q_OBJECT

public:
    LifecycleDialog(const RecordContext &context, LifecycleAction action, QString companyId, const Asset &asset,
                    QWidget *parent = nullptr);
    ~LifecycleDialog() override;

    LifecycleAction action() const { return m_action; }
    // The JSON body the form would send, or an empty object with `error` set.
    QJsonObject payload(QString *error = nullptr, QWidget **field = nullptr) const;
    QString messageText() const;
    ErrorPanel *errorPanel() const { return m_errorPanel; }
    bool isSending() const { return !m_request.isNull(); }

    void submit();
    void reject() override;

    // The form's fields, for tests and for the tab order.
    LookupComboBox *locationBox() const { return m_locationBox; }
    LookupComboBox *employeeBox() const { return m_employeeBox; }
    DateLineEdit *firstDateEdit() const { return m_firstDate; }
    DateLineEdit *secondDateEdit() const { return m_secondDate; }
    QLineEdit *textEdit() const { return m_textEdit; }
    QComboBox *conditionBox() const { return m_conditionBox; }
    MoneyLineEdit *proceedsEdit() const { return m_proceedsEdit; }

Q_SIGNALS:
    // The server carried out the action; `record` is what it returned.
    void done(Activo::LifecycleAction action, const QUuid &assetId, const QJsonObject &record);
    // The server refused the action (a rule, another user's change).
    void refused(const QUuid &assetId);

private:
    void fillLookups();
    void handleFinished(LifecycleRequest *request);
    void showMessage(const QString &text);

    RecordContext m_context;
    LifecycleAction m_action;
    QString m_companyId;
    Asset m_asset;
    QPointer<LifecycleRequest> m_request;

    QLabel *m_introLabel;
    LookupComboBox *m_locationBox = nullptr;
    LookupComboBox *m_employeeBox = nullptr;
    DateLineEdit *m_firstDate = nullptr;
    DateLineEdit *m_secondDate = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QLineEdit *m_secondTextEdit = nullptr;
    QComboBox *m_conditionBox = nullptr;
    MoneyLineEdit *m_proceedsEdit = nullptr;
    QLabel *m_messageLabel;
    ErrorPanel *m_errorPanel = nullptr;
    QDialogButtonBox *m_buttons;
    bool m_finished = false;
};

} // namespace Activo
