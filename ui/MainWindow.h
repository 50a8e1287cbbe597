#pragma once

#include "Services.h"
#include "settings/DraftStore.h"
#include "settings/KeyStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Activo {

class ApiClient;
class ApiError;
class AssetEditorDialog;
class LookupCache;
class AssetListModel;
class CompanyList;
struct Asset;
class PagedTableView;
class PreferencesDialog;
struct CommandLineOptions;

// The main window: company switcher and search in the toolbar, the asset
// register in the middle, "Showing N of TOTAL assets" in the status bar.
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpToolBar();
    void setUpRegister();
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
    void fillColumnMenu(QMenu *menu);
    void showColumnMenu(const QPoint &position);
    void restoreColumns();
    void saveColumns();
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
    QList<QPointer<AssetEditorDialog>> m_editors;
    bool m_companiesFailed = false;
    // Set by Refresh: the register reloads even when the company stays the same.
    bool m_reloadRegister = false;
};

} // namespace Activo
