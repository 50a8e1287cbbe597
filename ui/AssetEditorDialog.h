#pragma once

#include "models/Asset.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QWidget;

namespace Ui {
class AssetEditorDialog;
}

namespace Activo {

class ApiClient;
class ApiError;
class ApiJob;
class LookupCache;
class LookupComboBox;

// Creates (POST /assets) or edits (PUT /assets/{id}) one asset.
//
// The dialog never closes on a failed save and never clears what was typed.
// A validation error from the server is shown beside the field it names, or
// above the form. A create whose reply never arrives is not sent again: the
// asset code is looked up first, and an asset found with that code is taken
// as the one created.
class AssetEditorDialog : public QDialog
{
    Q_OBJECT

public:
    AssetEditorDialog(ApiClient *client, LookupCache *lookups, QString companyId, QWidget *parent = nullptr);
    ~AssetEditorDialog() override;

    // Starts an empty asset; `previous` fills category, location and dates
    // for the next of a series ("Save and new").
    void startNew(const Asset *previous = nullptr);
    // Loads the asset from the server, then shows it for editing.
    void startEdit(const QUuid &assetId);
    // Shows `asset` as edited earlier (a draft), without loading anything.
    // `typed` contains the text of the amount and date fields as typed, which
    // may not be valid yet (see typedTexts()).
    void startFromDraft(const Asset &asset, bool isNew, const QJsonObject &typed = QJsonObject());
    // The amount and date fields' text as typed, for drafts.
    QJsonObject typedTexts() const;

    bool isNewAsset() const { return m_isNew; }
    bool isModified() const { return m_modified; }
    bool isSaving() const { return !m_job.isNull(); }
    QString companyId() const { return m_companyId; }
    QUuid assetId() const { return m_original.id; }
    // The form's contents as an asset, with the properties of the loaded one.
    Asset currentAsset() const;

    // Repeats a save that failed with 401, after the key was replaced.
    void retryAfterNewKey();

    // Checks the form and sends it; does nothing while a save is running.
    void save();
    void saveAndNew();

    void reject() override;

Q_SIGNALS:
    void saved(const Activo::Asset &asset, bool created);
    // The form changed; drafts are written from here.
    void edited();
    void closedWithoutSaving();

private:
    enum class Field { Code, Name, Category, Location, CostCenter, Custodian, DepreciationBook, AcquisitionDate,
                       AcquisitionCost, SalvageValue, UsefulLife, Method, Status, Availability };

    void setUpEnumerations();
    void setUpLookups();
    void fillLookups();
    void showAsset(const Asset &asset);
    void markModified();
    bool validate();
    void setFieldError(Field field, const QString &message);
    void clearErrors();
    QWidget *fieldWidget(Field field) const;
    QLabel *errorLabel(Field field) const;
    void send();
    void handleSaveReply(ApiJob *job);
    void confirmLostSave(const ApiError &error);
    void handleConfirmReply(ApiJob *job, const ApiError &originalError, const Asset &sent);
    // The JSON names of the writable fields whose stored value is not the one sent.
    static QStringList differingFields(const Asset &stored, const Asset &sent);
    void finishSave(const Asset &asset, bool created);
    void showSaveError(const ApiError &error);
    void setSaving(bool saving, const QString &status = QString());
    static bool mentionsField(const QString &message, const QString &jsonName);

    std::unique_ptr<Ui::AssetEditorDialog> m_ui;
    ApiClient *m_client;
    LookupCache *m_lookups;
    QString m_companyId;
    Asset m_original;
    Asset m_sentAsset; // the values of the save in progress
    bool m_isNew = true;
    bool m_modified = false;
    bool m_loading = false;
    bool m_newAfterSave = false;
    bool m_retryAfterKey = false;
    QPointer<ApiJob> m_job;
};

} // namespace Activo
