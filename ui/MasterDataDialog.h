#pragma once

#include "RecordContext.h"
#include "models/LookupCache.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class MasterDataDialog;
}

namespace Activo {

class ApiError;
class ApiJob;
class ErrorPanel;

// Creates (POST) or edits (PUT) one master-data record: code and name for
// every list, city, country and active for locations, email for employees.
//
// The server's message appears beside the field it is about ("Code already
// in use." beside the code); nothing typed is lost on a failed save. After a
// save the lookup cache of that list is refreshed, so editors offer the
// record at once. A create whose reply is lost is not sent twice: the list
// is read again and a record with the same code and name is taken as saved.
class MasterDataDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty `record` creates a new one.
    MasterDataDialog(const RecordContext &context, LookupKind kind, QString companyId, const QJsonObject &record,
                     QWidget *parent = nullptr);
    ~MasterDataDialog() override;

    bool isNewRecord() const { return m_original.isEmpty(); }
    bool isSaving() const { return !m_job.isNull() || m_confirming; }
    ErrorPanel *errorPanel() const { return m_errorPanel; }
    QString messageText() const;
    // The JSON body the form would send.
    QJsonObject payload() const;

    void save();
    void reject() override;

Q_SIGNALS:
    void saved(const QJsonObject &record);

private:
    enum class Field { Code, Name, Country, Email };

    void clearErrors();
    void setFieldError(Field field, const QString &message);
    QLabel *errorLabel(Field field) const;
    QLineEdit *fieldEdit(Field field) const;
    bool validate();
    void handleReply(ApiJob *job);
    void showSaveError(const ApiError &error);
    void confirmLostCreate();
    void finishSaved(const QJsonObject &record);
    void setSaving(bool saving);
    bool isModified() const;

    std::unique_ptr<Ui::MasterDataDialog> m_ui;
    RecordContext m_context;
    LookupKind m_kind;
    QString m_companyId;
    QJsonObject m_original;
    QPointer<ApiJob> m_job;
    bool m_confirming = false;
    ErrorPanel *m_errorPanel = nullptr;
};

} // namespace Activo
