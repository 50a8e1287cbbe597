#pragma once

#include "bulk/AssetChange.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Activo {

class ApiClient;
class BulkAssetUpdate;
class LookupCache;
class LookupComboBox;

// "Change selected…": sets location, custodian, cost center, status or
// availability on every selected asset.
//
// Each field is left unchanged unless its box is checked. The lists offer
// what the asset editor offers, except inactive locations, which cannot
// receive assets. A preview counts the assets that will change, those that
// already have the values, and lists those that cannot be changed with the
// reason. Apply runs a BulkAssetUpdate with a progress bar and Cancel, and
// the results list can be retried, copied and exported to CSV. The dialog
// does not close while writes are in flight.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(ApiClient *client, LookupCache *lookups, QString companyId, QVector<Asset> assets,
                   QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    // The change as the form sets it now.
    AssetChange change() const;
    QString previewText() const;
    QTreeWidget *previewList() const { return m_previewList; }
    QCheckBox *locationCheck() const { return m_locationCheck; }
    LookupComboBox *locationBox() const { return m_locationBox; }
    QCheckBox *custodianCheck() const { return m_custodianCheck; }
    LookupComboBox *custodianBox() const { return m_custodianBox; }
    QCheckBox *costCenterCheck() const { return m_costCenterCheck; }
    LookupComboBox *costCenterBox() const { return m_costCenterBox; }
    QCheckBox *statusCheck() const { return m_statusCheck; }
    QComboBox *statusBox() const { return m_statusBox; }
    QCheckBox *availabilityCheck() const { return m_availabilityCheck; }
    QComboBox *availabilityBox() const { return m_availabilityBox; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *cancelRunButton() const { return m_cancelRunButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    QTableView *resultsView() const { return m_resultsView; }
    BulkAssetUpdate *update() const { return m_update; }
    QString statusText() const;
    // The full message of the current row of the results list.
    QString detailsText() const;

    // Checks the form and starts the change.
    void apply();
    // Writes the results list as CSV to `path` on a worker thread.
    void exportResults(const QString &path);

    void reject() override;

Q_SIGNALS:
    // A write was stored; `asset` is the server's copy.
    void assetChanged(const Activo::Asset &asset);
    // The results were written to `path`, or `error` contains the reason they
    // were not. `error` is empty on success.
    void exported(const QString &path, const QString &error);

private:
    void setUpForm();
    void fillLookups();
    void updatePreview();
    void updateButtons();
    void showRunSummary();
    void chooseExportFile();
    // The message for a checked lookup box whose typed text matches no
    // record, or an empty string when every checked box has a record.
    QString unmatchedLookupMessage() const;

    QString m_companyId;
    LookupCache *m_lookups;
    QVector<Asset> m_assets;
    BulkAssetUpdate *m_update;

    QLabel *m_headingLabel;
    QCheckBox *m_locationCheck;
    LookupComboBox *m_locationBox;
    QCheckBox *m_custodianCheck;
    LookupComboBox *m_custodianBox;
    QCheckBox *m_costCenterCheck;
    LookupComboBox *m_costCenterBox;
    QCheckBox *m_statusCheck;
    QComboBox *m_statusBox;
    QCheckBox *m_availabilityCheck;
    QComboBox *m_availabilityBox;
    QLabel *m_lookupStatusLabel;
    QLabel *m_previewLabel;
    QTreeWidget *m_previewList;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QTableView *m_resultsView;
    QLabel *m_detailsLabel;
    QPushButton *m_applyButton;
    QPushButton *m_cancelRunButton;
    QPushButton *m_retryButton;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QDialogButtonBox *m_buttons;
};

} // namespace Activo
