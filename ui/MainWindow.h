#pragma once

#include "RecordContext.h"
#include "Services.h"
#include "models/LifecycleAction.h"
#include "models/ResourceCatalog.h"
#include "settings/DraftStore.h"
#include "settings/KeyStore.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class MainWindow;
}

namespace Activo {

class ApiClient;
class ApiError;
class AssetDetailsDialog;
class AssetDirectory;
class AssetEditorDialog;
class GoToAssetDialog;
class ImportWizard;
class ListExporter;
class LookupCache;
class RecordListPage;
class RegisterSummaryPage;
class TableColumns;
class AssetListModel;
class BulkEditController;
class CompanyList;
struct Asset;
class PagedTableView;
class PreferencesDialog;
class ProxyPrompt;
struct CommandLineOptions;

// The main window: company switcher and search in the toolbar, a
// navigation list on the left (Assets; Master data; Accounting; Audit), the
// chosen list in the middle, "Showing N of TOTAL assets" in the status bar.
//
// On start it takes the server from the command line or the settings, and
// the key from ACTIVOHQ_API_KEY, the keychain or the session store, in that
// order. When either is missing, the Connection page of Preferences opens. A 401 from any request
// opens that page again with the reason, and the failed read is repeated
// once a new key is saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Services &services, const CommandLineOptions &options, const QString &environmentKey,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void start();

    ApiClient *client() const { return m_client; }
    AssetListModel *assetModel() const { return m_assetModel; }
    LookupCache *lookups() const { return m_lookups; }
    // Opens the editor for a new asset, or for the selected one.
    AssetEditorDialog *newAsset();
    AssetEditorDialog *editAsset(const QUuid &assetId);
    PagedTableView *registerView() const;
    QComboBox *companyBox() const { return m_companyBox; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    PreferencesDialog *preferencesDialog() const;
    QString statusText() const;
    KeySource keySource() const { return m_keySource; }

    // Shows a list of the navigation; std::nullopt shows the asset register.
    void showSection(std::optional<Resource> resource);
    // The page of `resource`, created when first shown; nullptr before that.
    RecordListPage *recordPage(Resource resource) const;
    // The register summary, created when first shown; nullptr before that.
    RegisterSummaryPage *summaryPage() const { return m_summaryPage; }
    void showRegisterSummary();
    QTreeWidget *navigation() const { return m_navigation; }
    // The columns of the register, and of the list on screen (nullptr for
    // a view without column choices).
    TableColumns *registerColumns() const { return m_registerColumns; }
    TableColumns *currentColumns() const;
    // File › Export…, Export as PDF… and Print… of the list on screen.
    ListExporter *exporter() const { return m_exporter; }
    AssetDirectory *assetDirectory() const { return m_assetDirectory; }
    LifecycleSupport *lifecycleSupport() const { return m_lifecycle; }
    ProxyPrompt *proxyPrompt() const { return m_proxyPrompt; }
    // Select by codes… and Change selected… of the register.
    BulkEditController *bulkEdit() const { return m_bulkEdit; }
    RecordContext recordContext() const;
    // Opens the details of any asset of the current company.
    AssetDetailsDialog *openAssetById(const QUuid &assetId);
    // Asks for an asset code or EPC and opens that asset (Ctrl+L).
    GoToAssetDialog *goToAsset();
    // Reads the asset, then opens the dialog of `action` for it.
    void startLifecycleAction(LifecycleAction action, const QUuid &assetId);
    // File › Import assets from CSV: opens the import wizard for the current
    // company, or nullptr while no company is open.
    ImportWizard *importAssets();
    QAction *importAction() const { return m_importAction; }

Q_SIGNALS:
    // A lifecycle action changed an asset; its row and open views were refreshed.
    void assetChanged(const QUuid &assetId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpToolBar();
    void setUpRegister();
    void setUpNavigation();
    void setUpLifecycleMenu();
    void setUpExport();
    void setUpImport();
    void updateLifecycleActions();
    void showRegisterContextMenu(const QPoint &position);
    void openLifecycleDialog(LifecycleAction action, const Asset &asset, const QString &companyId);
    // Reads the asset's row again and reloads the lists that record actions.
    void handleLifecycleDone(LifecycleAction action, const QUuid &assetId, bool carriedOut = true);
    void showCurrentSection();
    QString currentCompanyId() const;
    RecordListPage *currentRecordPage() const;
    void readKey();
    void useKey(const QString &key, KeySource source);
    void loadCompanies();
    void showCompanies();
    void switchCompany(int index);
    void openPreferences(const QString &reason);
    void handleAuthenticationFailed(const ApiError &error);
    void handleConnectionApplied(const QUrl &baseUrl, const QString &key, KeySource source);
    void handleKeyForgotten(const QUrl &baseUrl);
    void retryAfterNewKey();
    void updateStatus();
    void openAsset(const QModelIndex &index);
    void openCurrentAsset();
    // View › Columns: the choices of the list on screen.
    void fillColumnMenu(QMenu *menu);
    void showAbout();
    AssetEditorDialog *createEditor(const QString &draftId);
    void showSavedAsset(const Asset &asset);
    void offerDrafts();
    void offerDraft(QVector<DraftStore::Draft> drafts);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Services m_services;
    QUrl m_baseUrl;
    QString m_serverInput;
    QString m_requestedCompany;
    QString m_environmentKey;
    QString m_key;
    KeySource m_keySource = KeySource::None;

    ApiClient *m_client;
    CompanyList *m_companies;
    AssetListModel *m_assetModel;
    QComboBox *m_companyBox;
    QLineEdit *m_searchEdit;
    QTimer *m_searchTimer;
    QLabel *m_statusLabel;
    QLabel *m_serverLabel;
    QPointer<PreferencesDialog> m_preferences;
    LookupCache *m_lookups;
    AssetDirectory *m_assetDirectory;
    LifecycleSupport *m_lifecycle;
    ProxyPrompt *m_proxyPrompt = nullptr;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<int, RecordListPage *> m_recordPages;
    RegisterSummaryPage *m_summaryPage = nullptr;
    TableColumns *m_registerColumns = nullptr;
    QHash<int, QAction *> m_lifecycleActions;
    ListExporter *m_exporter = nullptr;
    BulkEditController *m_bulkEdit = nullptr;
    QAction *m_importAction = nullptr;
    QPointer<ImportWizard> m_importWizard;
    QList<QPointer<AssetDetailsDialog>> m_detailsDialogs;
    QList<QPointer<AssetEditorDialog>> m_editors;
    bool m_companiesFailed = false;
    // Set by Refresh: the register reloads even when the company stays the same.
    bool m_reloadRegister = false;
};

} // namespace Activo
