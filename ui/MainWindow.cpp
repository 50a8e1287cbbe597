#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AssetDetailsDialog.h"
#include "AssetEditorDialog.h"
#include "AssetHistoryWidget.h"
#include "BulkEditController.h"
#include "GoToAssetDialog.h"
#include "Icons.h"
#include "LifecycleDialog.h"
#include "ListExporter.h"
#include "MessageBox.h"
#include "PagedTableView.h"
#include "PreferencesDialog.h"
#include "ProxyPrompt.h"
#include "RecordListPage.h"
#include "RegisterSummaryPage.h"
#include "TableColumns.h"
#include "models/RegisterSummary.h"

#include "CommandLine.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/ServerAddress.h"
#include "models/AssetDirectory.h"
#include "models/AssetListModel.h"
#include "models/AssetPayload.h"
#include "models/CompanyList.h"
#include "models/LocaleFormat.h"
#include "models/LookupCache.h"
#include "models/RecordListModel.h"
#include "settings/AppSettings.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>

namespace Activo {

namespace {
constexpr int kSearchDelayMs = 300;
// A form is written to its draft file this long after the last change.
constexpr int kDraftDelayMs = 500;
// Navigation items carry the Resource they show, or this for the register.
constexpr int kRegisterSection = -1;
constexpr int kSummarySection = -2;
constexpr int kSectionRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(const Services &services, const CommandLineOptions &options, const QString &environmentKey,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_requestedCompany(options.companyId)
    , m_environmentKey(environmentKey)
    , m_client(new ApiClient(services.network, this))
    , m_companies(new CompanyList(m_client, this))
    , m_assetModel(new AssetListModel(m_client, this))
    , m_companyBox(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_statusLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_lookups(new LookupCache(m_client, this))
    , m_assetDirectory(new AssetDirectory(m_client, this))
    , m_lifecycle(new LifecycleSupport(this))
{
    m_ui->setupUi(this);
    m_proxyPrompt = new ProxyPrompt(services.network, this);
    setWindowIcon(Icons::application());

    if (options.baseUrl.isValid()) {
        m_baseUrl = options.baseUrl;
        m_serverInput = options.serverInput;
    } else {
        m_baseUrl = services.settings->baseUrl();
        m_serverInput = services.settings->serverInput();
    }
    m_client->setTransferTimeout(std::chrono::seconds(services.settings->requestTimeoutSeconds()));
    m_assetModel->setPageSize(services.settings->pageSize());

    setUpToolBar();
    setUpRegister();
    setUpNavigation();
    setUpLifecycleMenu();
    setUpExport();
    setUpImport();

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Register status"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->setAccessibleName(tr("Server"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);
    m_bulkEdit = new BulkEditController(m_client, m_lookups, m_assetModel, registerView()->table(), m_ui->statusBar,
                                        this);
    m_ui->assetMenu->addSeparator();
    m_ui->assetMenu->addActions({m_bulkEdit->selectByCodesAction(), m_bulkEdit->changeSelectedAction()});
    m_ui->statusBar->addPermanentWidget(m_serverLabel);

    connect(m_ui->preferencesAction, &QAction::triggered, this, [this] { openPreferences(QString()); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_client, &ApiClient::authenticationFailed, this, &MainWindow::handleAuthenticationFailed);
    connect(m_companies, &CompanyList::loaded, this, &MainWindow::showCompanies);
    connect(m_companies, &CompanyList::failed, this, [this](const ApiError &error) {
        m_companiesFailed = true;
        registerView()->showExternalError(tr("The companies could not be loaded."), error);
        updateStatus();
    });

    restoreGeometry(services.settings->windowGeometry());
    restoreState(services.settings->windowState());
    updateStatus();
}

MainWindow::~MainWindow() = default;

PreferencesDialog *MainWindow::preferencesDialog() const
{
    return m_preferences;
}

PagedTableView *MainWindow::registerView() const
{
    return m_ui->registerView;
}

void MainWindow::setUpToolBar()
{
    m_ui->refreshAction->setIcon(Icons::themed(QStringLiteral("refresh")));
    m_ui->preferencesAction->setIcon(Icons::themed(QStringLiteral("preferences")));
    m_ui->findAction->setIcon(Icons::themed(QStringLiteral("search")));
    m_ui->openAssetAction->setIcon(Icons::themed(QStringLiteral("details")));
    m_ui->newAssetAction->setIcon(Icons::themed(QStringLiteral("new")));
    m_ui->editAssetAction->setIcon(Icons::themed(QStringLiteral("edit")));

    auto *companyLabel = new QLabel(tr("&Company:"), this);
    companyLabel->setBuddy(m_companyBox);
    m_companyBox->setObjectName(QStringLiteral("companyBox"));
    m_companyBox->setAccessibleName(tr("Company"));
    m_companyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_companyBox->setMinimumContentsLength(16);
    m_companyBox->setEnabled(false);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->installEventFilter(this);
    m_searchEdit->setAccessibleName(tr("Search assets"));
    m_searchEdit->setPlaceholderText(tr("Search code, name or RFID EPC (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(280);
    m_searchEdit->addAction(Icons::themed(QStringLiteral("search")), QLineEdit::LeadingPosition);

    QToolBar *bar = m_ui->mainToolBar;
    bar->addWidget(companyLabel);
    bar->addWidget(m_companyBox);
    bar->addSeparator();
    bar->addWidget(m_searchEdit);
    bar->addAction(m_ui->refreshAction);
    bar->addSeparator();
    bar->addAction(m_ui->newAssetAction);
    bar->addAction(m_ui->editAssetAction);
    bar->addAction(m_ui->openAssetAction);
    bar->addAction(m_ui->preferencesAction);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_assetModel->setSearch(m_searchEdit->text()); });
    // Enter searches at once instead of waiting for the pause.
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_assetModel->setSearch(m_searchEdit->text());
        registerView()->table()->setFocus();
    });
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    // Refresh reads the companies again too: a company may have been removed
    // or the server restarted with other data.
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        // The list on screen reloads at once, so a failure shows where the
        // user looks; the register follows the companies.
        if (RecordListPage *page = currentRecordPage())
            page->reload();
        if (m_summaryPage && m_stack->currentWidget() == m_summaryPage)
            m_summaryPage->reload();
        m_reloadRegister = true;
        loadCompanies();
    });
    connect(m_companyBox, qOverload<int>(&QComboBox::activated), this, &MainWindow::switchCompany);
}

void MainWindow::setUpRegister()
{
    PagedTableView *view = registerView();
    view->setTexts({tr("Loading assets…"), tr("This company has no assets yet."), tr("No assets match “%1”."),
                    tr("The assets could not be loaded."), tr("Connecting…")});
    view->setModel(m_assetModel);
    QTableView *table = view->table();
    table->setObjectName(QStringLiteral("assetTable"));
    table->setAccessibleName(tr("Assets"));
    QVector<TableColumns::Column> columns;
    for (int column = 0; column < AssetListModel::ColumnCount; ++column) {
        columns.append({ColumnDefault{AssetListModel::columnKey(column), AssetListModel::isShownByDefault(column),
                                      column == AssetListModel::CodeColumn},
                        m_assetModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()});
    }
    m_registerColumns = new TableColumns(view, QStringLiteral("register"), tr("Assets"), columns,
                                         m_services.settings, this);

    connect(table, &QAbstractItemView::activated, this, &MainWindow::openAsset);
    connect(m_ui->openAssetAction, &QAction::triggered, this, &MainWindow::openCurrentAsset);
    connect(m_ui->newAssetAction, &QAction::triggered, this, &MainWindow::newAsset);
    connect(m_ui->editAssetAction, &QAction::triggered, this, [this] {
        const QModelIndex current = registerView()->table()->currentIndex();
        if (current.isValid())
            editAsset(m_assetModel->assetIdAt(current.row()));
    });
    // The header's context menu, from the View menu for the keyboard, for the list on screen.
    QMenu *columnsMenu = m_ui->viewMenu->addMenu(tr("&Columns"));
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] { fillColumnMenu(columnsMenu); });
    connect(view, &PagedTableView::externalRetryRequested, this, &MainWindow::loadCompanies);
    const auto updateActions = [this] {
        const bool hasRow = registerView()->table()->currentIndex().isValid()
            && (!m_stack || m_stack->currentWidget() == registerView());
        m_ui->openAssetAction->setEnabled(hasRow);
        m_ui->editAssetAction->setEnabled(hasRow);
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateActions);
    connect(m_assetModel, &QAbstractItemModel::modelReset, this, updateActions);
    updateActions();

    connect(m_assetModel, &PagedListModel::stateChanged, this, &MainWindow::updateStatus);
    connect(m_assetModel, &PagedListModel::pageLoaded, this, &MainWindow::updateStatus);
    connect(m_assetModel, &PagedListModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_assetModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);

    setTabOrder(m_companyBox, m_searchEdit);
    setTabOrder(m_searchEdit, table);
}

void MainWindow::start()
{
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty()) {
        registerView()->showExternalMessage(tr("Welcome to Activo Desk"),
                                            tr("Connect to your ActivoHQ server in Preferences to see the register."),
                                            tr("Open &Preferences…"));
        openPreferences(tr("Welcome. Enter your ActivoHQ tenant or server address and paste an API key "
                           "generated under Profile > Developer API."));
        return;
    }
    m_client->setBaseUrl(m_baseUrl);
    updateStatus();
    if (!m_environmentKey.isEmpty()) {
        useKey(m_environmentKey, KeySource::Environment);
        return;
    }
    readKey();
}

void MainWindow::readKey()
{
    const QString account = m_baseUrl.toString();
    registerView()->showExternalMessage(tr("Opening the keychain…"),
                                        tr("Reading the API key of %1 from the system keychain.")
                                            .arg(m_baseUrl.toDisplayString()));
    m_services.keychain->readKey(account, this, [this, account](const KeyStore::Result &result) {
        if (result.status == KeyStore::Status::Ok) {
            useKey(result.key, KeySource::Keychain);
            return;
        }
        // A key kept for this session only (no keychain) is the next place to look.
        m_services.sessionKeys->readKey(account, this, [this, result](const KeyStore::Result &session) {
            if (session.status == KeyStore::Status::Ok) {
                useKey(session.key, KeySource::Session);
                return;
            }
            QString reason;
            switch (result.status) {
            case KeyStore::Status::NotFound:
                reason = tr("No API key is saved for %1. Paste the key generated under Profile > Developer API.")
                             .arg(m_baseUrl.toDisplayString());
                break;
            case KeyStore::Status::NoBackend:
                reason = tr("No system keychain is available, so no key could be read. Paste the key; it can be "
                            "kept for this session only.");
                break;
            default:
                reason = tr("The API key could not be read from the system keychain: %1").arg(result.message);
                break;
            }
            registerView()->showExternalMessage(tr("An API key is needed"), reason, tr("Open &Preferences…"));
            openPreferences(reason);
        });
    });
}

void MainWindow::useKey(const QString &key, KeySource source)
{
    m_key = key;
    m_keySource = source;
    m_client->setApiKey(key);
    loadCompanies();
}

void MainWindow::loadCompanies()
{
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty() || !m_client->hasApiKey()) {
        const QString reason = m_baseUrl.isValid() && !m_baseUrl.isEmpty()
            ? tr("No API key is saved for %1. Paste the key generated under Profile > Developer API.")
                  .arg(m_baseUrl.toDisplayString())
            : tr("Connect to your ActivoHQ server in Preferences to see the register.");
        registerView()->showExternalMessage(tr("An API key is needed"), reason, tr("Open &Preferences…"));
        openPreferences(reason);
        return;
    }
    m_companiesFailed = false;
    registerView()->showExternalMessage(tr("Connecting…"),
                                        tr("Loading the companies of %1.").arg(m_baseUrl.toDisplayString()));
    m_companies->load();
    updateStatus();
}

void MainWindow::showCompanies()
{
    registerView()->clearExternalError();
    const QVector<Company> &companies = m_companies->companies();
    const QString previous = m_assetModel->companyId();
    m_companyBox->clear();
    for (const Company &company : companies)
        m_companyBox->addItem(company.name, company.id);
    m_companyBox->setEnabled(!companies.isEmpty());

    if (companies.isEmpty()) {
        registerView()->showExternalMessage(tr("No companies"),
                                            tr("The key works, but this tenant has no companies yet."));
        updateStatus();
        return;
    }

    int index = -1;
    if (!m_requestedCompany.isEmpty()) {
        index = m_companies->indexOf(m_requestedCompany);
        if (index < 0)
            m_statusLabel->setText(tr("The company %1 from the command line was not found; opening another one.")
                                       .arg(m_requestedCompany));
        m_requestedCompany.clear();
    }
    if (index < 0 && !previous.isEmpty())
        index = m_companies->indexOf(previous);
    if (index < 0)
        index = m_companies->indexOf(m_services.settings->lastCompany(m_baseUrl));
    if (index < 0)
        index = 0;
    m_companyBox->setCurrentIndex(index);
    switchCompany(index);
}

void MainWindow::switchCompany(int index)
{
    if (index < 0 || index >= m_companyBox->count())
        return;
    const QString companyId = m_companyBox->itemData(index).toString();
    m_services.settings->setLastCompany(m_baseUrl, companyId);
    // The register's page is requested first: Qt opens at most six
    // connections per server, and six lookup lists ahead of it would make
    // the first rows wait one more round trip.
    const bool reload = m_reloadRegister;
    m_reloadRegister = false;
    const bool registerStays =
        companyId == m_assetModel->companyId() && m_assetModel->state() != PagedListModel::State::Failed && !reload;
    if (!registerStays) {
        if (companyId == m_assetModel->companyId())
            m_assetModel->reload();
        else
            m_assetModel->setCompanyId(companyId);
        registerView()->table()->scrollToTop();
    }
    if (RecordListPage *page = m_stack ? currentRecordPage() : nullptr)
        page->showCompany(companyId);
    if (m_summaryPage && m_stack->currentWidget() == m_summaryPage)
        m_summaryPage->showCompany(companyId);
    // The editor's lists are loaded ahead, so they are ready when it opens.
    for (LookupKind kind : LookupCache::allKinds())
        m_lookups->load(companyId, kind);
    offerDrafts();
    if (registerStays)
        return;
    updateStatus();
}

void MainWindow::openPreferences(const QString &reason)
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_services, this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_preferences->connectionPage(), &ConnectionPage::applied, this,
                &MainWindow::handleConnectionApplied);
        connect(m_preferences, &PreferencesDialog::networkSettingsChanged, this, [this] {
            m_client->setTransferTimeout(std::chrono::seconds(m_services.settings->requestTimeoutSeconds()));
        });
        connect(m_preferences->connectionPage(), &ConnectionPage::keyForgotten, this,
                &MainWindow::handleKeyForgotten);
        m_preferences->connectionPage()->setCurrent(m_serverInput, m_baseUrl, m_key, m_keySource);
    }
    m_preferences->showConnectionPage(reason);
    m_preferences->setWindowModality(Qt::WindowModal);
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::handleAuthenticationFailed(const ApiError &error)
{
    if (sender() != m_client)
        return;
    QString reason = error.message();
    if (!error.requestId.isEmpty())
        reason += QLatin1Char(' ') + tr("(Request id: %1)").arg(error.requestId);
    openPreferences(reason);
}

void MainWindow::handleConnectionApplied(const QUrl &baseUrl, const QString &key, KeySource source)
{
    const bool serverChanged = baseUrl != m_baseUrl;
    m_serverInput = m_services.settings->serverInput();
    m_baseUrl = baseUrl;
    m_client->setBaseUrl(baseUrl);
    if (!key.isEmpty()) {
        m_key = key;
        m_keySource = source;
        m_client->setApiKey(key);
    }

    if (serverChanged) {
        m_companyBox->clear();
        m_assetModel->setCompanyId(QString());
        m_assetDirectory->clear();
        for (RecordListPage *page : std::as_const(m_recordPages))
            page->showCompany(QString());
        if (m_summaryPage)
            m_summaryPage->showCompany(QString());
        if (key.isEmpty()) {
            m_key.clear();
            m_keySource = KeySource::None;
            m_client->setApiKey(QString());
            readKey();
        } else {
            loadCompanies();
        }
    } else if (!key.isEmpty()) {
        retryAfterNewKey();
    }
    if (!key.isEmpty()) {
        for (const QPointer<AssetEditorDialog> &editor : std::as_const(m_editors)) {
            if (editor)
                editor->retryAfterNewKey();
        }
    }
    updateStatus();
}

void MainWindow::handleKeyForgotten(const QUrl &baseUrl)
{
    if (baseUrl != m_baseUrl)
        return;
    m_key.clear();
    m_keySource = KeySource::None;
    m_client->setApiKey(QString());
    updateStatus();
}

void MainWindow::retryAfterNewKey()
{
    if (m_companiesFailed || m_companyBox->count() == 0)
        loadCompanies();
    else if (m_assetModel->state() == PagedListModel::State::Failed)
        m_assetModel->retry();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    const QString company = m_companyBox->currentText();
    const qint64 total = m_assetModel->totalCount();
    const int loadedRows = m_assetModel->rowCount();
    QString text;
    if (m_assetModel->companyId().isEmpty() || total < 0) {
        text = m_assetModel->state() == PagedListModel::State::Loading ? tr("Loading assets…") : QString();
    } else if (m_assetModel->search().isEmpty()) {
        text = tr("Showing %L1 of %Ln asset(s) · %2", nullptr, int(qMin<qint64>(total, INT_MAX)))
                   .arg(loadedRows)
                   .arg(company);
    } else {
        text = tr("Showing %L1 of %Ln asset(s) matching “%2” · %3", nullptr, int(qMin<qint64>(total, INT_MAX)))
                   .arg(loadedRows)
                   .arg(m_assetModel->search(), company);
    }
    if (m_assetModel->skippedItemCount() > 0)
        text += QStringLiteral(" · ")
            + tr("%n row(s) skipped because the server sent them twice or with missing fields", nullptr,
                 m_assetModel->skippedItemCount());
    if (m_assetModel->unreadableRowCount() > 0)
        text += QStringLiteral(" · ")
            + tr("%n row(s) with values the server sent in a form that cannot be read, left blank", nullptr,
                 m_assetModel->unreadableRowCount());
    if (m_assetModel->isComplete() && m_assetModel->reportedTotalCount() >= 0
        && m_assetModel->reportedTotalCount() != total)
        text += QStringLiteral(" · ") + tr("the server counted %L1").arg(m_assetModel->reportedTotalCount());
    if (RecordListPage *page = m_stack ? currentRecordPage() : nullptr) {
        text = page->statusText();
        if (!text.isEmpty() && !company.isEmpty())
            text += QStringLiteral(" · ") + company;
    } else if (m_summaryPage && m_stack->currentWidget() == m_summaryPage) {
        text = m_summaryPage->statusText();
        if (!company.isEmpty())
            text += QStringLiteral(" · ") + company;
    }
    m_statusLabel->setText(text);
    if (m_exporter) {
        const bool isList = currentRecordPage() || m_stack->currentWidget() == registerView()
            || (m_summaryPage && m_stack->currentWidget() == m_summaryPage
                && m_summaryPage->summary()->state() == RegisterSummary::State::Ready);
        m_exporter->setAvailable(isList && !currentCompanyId().isEmpty());
    }

    QString server = m_baseUrl.isValid() ? ServerAddress::displayName(m_baseUrl) : tr("Not connected");
    switch (m_keySource) {
    case KeySource::Environment: server += QStringLiteral(" · ") + tr("key from environment"); break;
    case KeySource::Session: server += QStringLiteral(" · ") + tr("key for this session only"); break;
    case KeySource::Keychain:
    case KeySource::None: break;
    }
    m_serverLabel->setText(server);

    QString title = QStringLiteral("Activo Desk");
    if (!company.isEmpty())
        title = company + QStringLiteral(" — ") + title;
    setWindowTitle(title);
}

AssetEditorDialog *MainWindow::createEditor(const QString &draftId)
{
    const QString companyId = m_assetModel->companyId();
    if (companyId.isEmpty())
        return nullptr;
    auto *editor = new AssetEditorDialog(m_client, m_lookups, companyId, this);
    editor->setProperty("draftId", draftId);
    m_editors.removeAll(nullptr);
    m_editors.append(editor);

    // Every change is written to a draft file shortly after it is made, so a
    // crash or a failed save loses nothing. A save or a discard removes the file.
    auto *draftTimer = new QTimer(editor);
    draftTimer->setSingleShot(true);
    draftTimer->setInterval(kDraftDelayMs);
    const QUrl baseUrl = m_baseUrl;
    connect(editor, &AssetEditorDialog::edited, draftTimer, qOverload<>(&QTimer::start));
    connect(draftTimer, &QTimer::timeout, editor, [this, editor, draftId, baseUrl, companyId] {
        if (!m_services.drafts)
            return;
        DraftStore::Draft draft;
        draft.id = draftId;
        draft.baseUrl = baseUrl;
        draft.companyId = companyId;
        draft.assetId = editor->isNewAsset() ? QUuid() : editor->assetId();
        draft.asset = AssetPayload::toReadObject(editor->currentAsset());
        draft.typed = editor->typedTexts();
        draft.savedAt = QDateTime::currentDateTimeUtc();
        m_services.drafts->save(draft);
    });
    const auto removeDraft = [this, draftTimer, draftId] {
        draftTimer->stop();
        if (m_services.drafts)
            m_services.drafts->remove(draftId);
    };
    connect(editor, &AssetEditorDialog::saved, this, [this, removeDraft](const Asset &asset) {
        removeDraft();
        showSavedAsset(asset);
    });
    connect(editor, &AssetEditorDialog::closedWithoutSaving, this, removeDraft);
    return editor;
}

AssetEditorDialog *MainWindow::newAsset()
{
    AssetEditorDialog *editor = createEditor(DraftStore::newDraftId());
    if (!editor)
        return nullptr;
    editor->startNew();
    editor->show();
    return editor;
}

AssetEditorDialog *MainWindow::editAsset(const QUuid &assetId)
{
    if (assetId.isNull())
        return nullptr;
    for (const QPointer<AssetEditorDialog> &open : std::as_const(m_editors)) {
        if (open && !open->isNewAsset() && open->assetId() == assetId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    AssetEditorDialog *editor = createEditor(DraftStore::newDraftId());
    if (!editor)
        return nullptr;
    editor->startEdit(assetId);
    editor->show();
    return editor;
}

void MainWindow::showSavedAsset(const Asset &asset)
{
    QTableView *table = registerView()->table();
    const int row = m_assetModel->upsertAsset(asset);
    const QModelIndex index = m_assetModel->index(row, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
    m_statusLabel->setText(tr("Saved %1.").arg(asset.assetCode));
    QTimer::singleShot(4000, this, &MainWindow::updateStatus);
}

void MainWindow::offerDrafts()
{
    if (!m_services.drafts)
        return;
    const QString companyId = m_assetModel->companyId().isEmpty() ? m_companyBox->currentData().toString()
                                                                   : m_assetModel->companyId();
    m_services.drafts->list(m_baseUrl, companyId, this, [this, companyId](const QVector<DraftStore::Draft> &drafts) {
        if (companyId != m_assetModel->companyId())
            return;
        QVector<DraftStore::Draft> waiting;
        for (const DraftStore::Draft &draft : drafts) {
            bool open = false;
            for (const QPointer<AssetEditorDialog> &editor : std::as_const(m_editors))
                open = open || (editor && editor->property("draftId").toString() == draft.id);
            if (!open)
                waiting.append(draft);
        }
        offerDraft(waiting);
    });
}

void MainWindow::offerDraft(QVector<DraftStore::Draft> drafts)
{
    if (drafts.isEmpty())
        return;
    const DraftStore::Draft draft = drafts.takeFirst();
    // A new asset has no id yet, but Asset::fromJson() requires one, so a placeholder is used.
    QJsonObject stored = draft.asset;
    const bool isNew = draft.assetId.isNull();
    if (isNew)
        stored.insert(QLatin1String("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    const std::optional<Asset> asset = Asset::fromJson(stored, nullptr);
    if (!asset) {
        offerDraft(drafts);
        return;
    }
    const QString assetLabel = asset->assetCode.isEmpty() ? asset->name : asset->assetCode + QStringLiteral(" — ") + asset->name;
    const QDateTime local = draft.savedAt.toLocalTime();
    const QString when = LocaleFormat::shortDate(local.date(), QLocale()) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
    const QString text = isNew
        ? tr("A new asset that was not saved was found: %1 (last changed %2). Restore it?").arg(assetLabel, when)
        : tr("Unsaved changes to the asset %1 were found (last changed %2). Restore them?").arg(assetLabel, when);
    MessageBox::ask(this, QMessageBox::Question, tr("Restore unsaved asset?"),
                    text + QStringLiteral("\n\n") + tr("“Discard” deletes the draft. “Cancel” keeps it for later."),
                    QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes,
                    QMessageBox::Cancel, [this, draft, drafts, asset, isNew](QMessageBox::StandardButton answer) {
                        if (answer == QMessageBox::Discard) {
                            m_services.drafts->remove(draft.id);
                        } else if (answer == QMessageBox::Yes) {
                            AssetEditorDialog *editor = createEditor(draft.id);
                            if (editor) {
                                Asset restored = *asset;
                                if (isNew) {
                                    restored.id = QUuid();
                                    restored.raw.remove(QLatin1String("id"));
                                }
                                editor->startFromDraft(restored, isNew, draft.typed);
                                editor->show();
                            }
                        }
                        offerDraft(drafts);
                    });
}

void MainWindow::openAsset(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    openAssetById(m_assetModel->assetIdAt(index.row()));
}

void MainWindow::openCurrentAsset()
{
    openAsset(registerView()->table()->currentIndex());
}

TableColumns *MainWindow::currentColumns() const
{
    if (RecordListPage *page = currentRecordPage())
        return page->columns();
    if (m_stack && m_stack->currentWidget() == registerView())
        return m_registerColumns;
    if (m_summaryPage && m_stack->currentWidget() == m_summaryPage)
        return m_summaryPage->columns();
    return nullptr;
}

void MainWindow::fillColumnMenu(QMenu *menu)
{
    if (TableColumns *columns = currentColumns()) {
        columns->fillMenu(menu);
        return;
    }
    menu->clear();
    menu->addAction(tr("This view has no columns to choose"))->setEnabled(false);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Activo Desk"),
                                tr("<h3>Activo Desk %1</h3><p>A desktop client for the ActivoHQ fixed-asset "
                                   "register.</p><p>Built with Qt %2.</p>")
                                    .arg(QStringLiteral(ACTIVO_VERSION_STRING), QString::fromLatin1(qVersion())),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

RecordContext MainWindow::recordContext() const
{
    return RecordContext{m_client, m_lookups, m_assetDirectory, m_lifecycle, m_services.settings};
}

QString MainWindow::currentCompanyId() const
{
    return m_companyBox->currentData().toString();
}

void MainWindow::setUpNavigation()
{
    // The register from the form moves into a stack beside the navigation.
    PagedTableView *view = registerView();
    view->setFocusProxy(view->table());
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sectionStack"));
    m_stack->addWidget(view);

    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setToolTip(tr("Choose what to list (F6 moves between this list and the table)"));

    const auto addItem = [](QTreeWidgetItem *parent, const QString &text, int section) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setData(0, kSectionRole, section);
        return item;
    };
    auto *assets = new QTreeWidgetItem(m_navigation, {tr("Assets")});
    assets->setData(0, kSectionRole, kRegisterSection);
    const QList<std::pair<QString, QList<Resource>>> groups = {
        {tr("Master data"), ResourceCatalog::masterDataResources()},
        {tr("Accounting"), ResourceCatalog::accountingResources()},
        {tr("Audit"), ResourceCatalog::auditResources()},
    };
    for (const auto &[title, resources] : groups) {
        auto *group = new QTreeWidgetItem(m_navigation, {title});
        // A group heading shows its first list.
        group->setData(0, kSectionRole, int(resources.first()));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        if (resources.first() == ResourceCatalog::accountingResources().first())
            addItem(group, tr("Register summary"), kSummarySection);
        for (Resource resource : resources)
            addItem(group, ResourceCatalog::describe(resource).title, int(resource));
    }
    QFont bold = assets->font(0);
    bold.setBold(true);
    assets->setFont(0, bold);
    m_navigation->expandAll();
    m_navigation->setItemsExpandable(false);
    m_navigation->setCurrentItem(assets);
    m_navigation->setMinimumWidth(m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_navigation->minimumWidth() + 40, 1100});
    setCentralWidget(splitter);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::showCurrentSection);

    // The keyboard reaches every section: Ctrl+1 to Ctrl+4 open the groups and
    // F6 moves between the navigation and the list.
    QMenu *goMenu = m_ui->viewMenu->addMenu(tr("&Go to"));
    goMenu->setObjectName(QStringLiteral("goMenu"));
    const QList<std::pair<QString, int>> targets = {
        {tr("&Assets"), kRegisterSection},
        {tr("&Master data"), int(ResourceCatalog::masterDataResources().first())},
        {tr("A&ccounting"), int(ResourceCatalog::accountingResources().first())},
        {tr("A&udit"), int(ResourceCatalog::auditResources().first())},
    };
    int number = 1;
    for (const auto &[text, section] : targets) {
        QAction *action = goMenu->addAction(text);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
        connect(action, &QAction::triggered, this, [this, section = section] {
            showSection(section == kRegisterSection ? std::nullopt : std::optional<Resource>(Resource(section)));
            m_stack->currentWidget()->setFocus();
        });
    }
    QAction *focusNavigation = goMenu->addAction(tr("&Navigation list"));
    focusNavigation->setShortcut(QKeySequence(Qt::Key_F6));
    connect(focusNavigation, &QAction::triggered, this, [this] {
        if (m_navigation->hasFocus())
            m_stack->currentWidget()->setFocus();
        else
            m_navigation->setFocus();
    });
    setTabOrder(m_searchEdit, m_navigation);
    setTabOrder(m_navigation, view->table());
}

void MainWindow::showSection(std::optional<Resource> resource)
{
    const int section = resource ? int(*resource) : kRegisterSection;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        // Group headings share their first list's section; the list item is the one chosen.
        if ((*it)->data(0, kSectionRole).toInt() == section && ((*it)->parent() || section == kRegisterSection)) {
            m_navigation->setCurrentItem(*it);
            return;
        }
    }
}

void MainWindow::showRegisterSummary()
{
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        if ((*it)->data(0, kSectionRole).toInt() == kSummarySection) {
            m_navigation->setCurrentItem(*it);
            return;
        }
    }
}

RecordListPage *MainWindow::recordPage(Resource resource) const
{
    return m_recordPages.value(int(resource), nullptr);
}

RecordListPage *MainWindow::currentRecordPage() const
{
    return qobject_cast<RecordListPage *>(m_stack->currentWidget());
}

void MainWindow::showCurrentSection()
{
    QTreeWidgetItem *item = m_navigation->currentItem();
    const int section = item ? item->data(0, kSectionRole).toInt() : kRegisterSection;
    const bool isRegister = section == kRegisterSection;
    if (isRegister) {
        m_stack->setCurrentWidget(registerView());
    } else if (section == kSummarySection) {
        if (!m_summaryPage) {
            m_summaryPage = new RegisterSummaryPage(recordContext(), m_stack);
            connect(m_summaryPage, &RegisterSummaryPage::statusChanged, this, &MainWindow::updateStatus);
            m_stack->addWidget(m_summaryPage);
        }
        m_stack->setCurrentWidget(m_summaryPage);
        if (!currentCompanyId().isEmpty())
            m_summaryPage->showCompany(currentCompanyId());
    } else {
        RecordListPage *page = m_recordPages.value(section, nullptr);
        if (!page) {
            page = new RecordListPage(recordContext(), Resource(section), m_stack);
            connect(page, &RecordListPage::statusChanged, this, &MainWindow::updateStatus);
            connect(page, &RecordListPage::openAssetRequested, this, &MainWindow::openAssetById);
            page->model()->setPageSize(m_services.settings->pageSize());
            m_stack->addWidget(page);
            m_recordPages.insert(section, page);
        }
        m_stack->setCurrentWidget(page);
        if (!currentCompanyId().isEmpty())
            page->showCompany(currentCompanyId());
    }
    // Search, and the asset actions, belong to the register.
    m_searchEdit->setEnabled(isRegister);
    m_ui->findAction->setEnabled(isRegister);
    m_ui->newAssetAction->setEnabled(isRegister && !m_assetModel->companyId().isEmpty());
    const bool hasRow = isRegister && registerView()->table()->currentIndex().isValid();
    m_ui->openAssetAction->setEnabled(hasRow);
    m_ui->editAssetAction->setEnabled(hasRow);
    updateLifecycleActions();
    updateStatus();
}

void MainWindow::setUpLifecycleMenu()
{
    // A code or EPC, typed or scanned, opens that asset from any view.
    auto *goToAsset = new QAction(tr("&Go to asset…"), this);
    goToAsset->setObjectName(QStringLiteral("goToAssetAction"));
    goToAsset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    goToAsset->setToolTip(tr("Open an asset by its code or RFID EPC (Ctrl+L)"));
    m_ui->assetMenu->insertAction(m_ui->newAssetAction, goToAsset);
    m_ui->assetMenu->insertSeparator(m_ui->newAssetAction);
    connect(goToAsset, &QAction::triggered, this, &MainWindow::goToAsset);
    m_ui->assetMenu->addSeparator();
    for (LifecycleAction action : LifecycleActions::all()) {
        auto *item = new QAction(LifecycleActions::menuText(action), this);
        item->setObjectName(LifecycleActions::route(action) + QStringLiteral("Action"));
        m_ui->assetMenu->addAction(item);
        m_lifecycleActions.insert(int(action), item);
        connect(item, &QAction::triggered, this, [this, action] {
            const QModelIndex current = registerView()->table()->currentIndex();
            if (current.isValid())
                startLifecycleAction(action, m_assetModel->assetIdAt(current.row()));
        });
    }
    QTableView *table = registerView()->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showRegisterContextMenu);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateLifecycleActions);
    connect(m_assetModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateLifecycleActions);
    connect(m_assetModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateLifecycleActions);
    connect(m_lifecycle, &LifecycleSupport::changed, this, &MainWindow::updateLifecycleActions);
    updateLifecycleActions();
}

void MainWindow::setUpExport()
{
    m_exporter = new ListExporter(this, m_services.settings);
    // The list on screen when the action runs: the register, a record list, or nothing else.
    m_exporter->setTargetProvider([this] {
        const QString company = m_companyBox->currentText();
        if (RecordListPage *page = currentRecordPage())
            return ListExporter::pageTarget(page, recordContext(), company);
        if (m_stack->currentWidget() == registerView())
            return ListExporter::registerTarget(m_client, m_assetModel, registerView()->table(), company);
        if (m_summaryPage && m_stack->currentWidget() == m_summaryPage)
            return m_summaryPage->exportTarget(company);
        return ListExportTarget();
    });
    m_ui->fileMenu->insertActions(m_ui->preferencesAction, {m_exporter->exportAction(),
                                                            m_exporter->exportPdfAction(),
                                                            m_exporter->printAction()});
    m_ui->fileMenu->insertSeparator(m_ui->preferencesAction);
    m_ui->mainToolBar->insertAction(m_ui->preferencesAction, m_exporter->exportAction());
}

void MainWindow::updateLifecycleActions()
{
    const bool isRegister = m_stack && m_stack->currentWidget() == registerView();
    const QModelIndex current = registerView()->table()->currentIndex();
    const QString status = current.isValid()
        ? m_assetModel->index(current.row(), 0).data(AssetListModel::StatusRole).toString()
        : QString();
    const QString availability = current.isValid()
        ? m_assetModel->index(current.row(), 0).data(AssetListModel::AvailabilityRole).toString()
        : QString();
    for (LifecycleAction action : LifecycleActions::all()) {
        QAction *item = m_lifecycleActions.value(int(action));
        if (!item)
            continue;
        item->setVisible(m_lifecycle->isOffered(m_client->baseUrl(), action));
        item->setEnabled(isRegister && current.isValid() && LifecycleActions::allowedFor(action, status, availability));
    }
}

void MainWindow::showRegisterContextMenu(const QPoint &position)
{
    QTableView *table = registerView()->table();
    const QModelIndex index = table->indexAt(position);
    if (!index.isValid())
        return;
    // A right-click inside the selection keeps it, so the menu can act on every selected asset.
    const bool insideSelection = table->selectionModel()->isRowSelected(index.row(), QModelIndex());
    table->selectionModel()->setCurrentIndex(index, insideSelection
                                                        ? QItemSelectionModel::NoUpdate
                                                        : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.setAccessibleName(tr("Asset actions"));
    menu.addAction(m_ui->openAssetAction);
    menu.addAction(m_ui->editAssetAction);
    menu.addSeparator();
    for (LifecycleAction action : LifecycleActions::all()) {
        QAction *item = m_lifecycleActions.value(int(action));
        if (item && item->isVisible())
            menu.addAction(item);
    }
    menu.addSeparator();
    menu.addAction(m_bulkEdit->changeSelectedAction());
    menu.addAction(m_bulkEdit->selectByCodesAction());
    menu.addSeparator();
    menu.addAction(m_exporter->exportAction());
    menu.addAction(m_exporter->printAction());
    menu.exec(table->viewport()->mapToGlobal(position));
}

void MainWindow::startLifecycleAction(LifecycleAction action, const QUuid &assetId)
{
    const QString companyId = m_assetModel->companyId();
    if (assetId.isNull() || companyId.isEmpty())
        return;
    // The dialog starts from the asset as the server has it now: its location
    // and availability may have changed since the row was loaded.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    ApiJob *job = m_client->get(QStringLiteral("/assets/") + assetId.toString(QUuid::WithoutBraces), query);
    m_statusLabel->setText(tr("Reading the asset…"));
    connect(job, &ApiJob::finished, this, [this, action](ApiJob *finished) {
        updateStatus();
        QString error;
        const std::optional<Asset> asset = finished->succeeded() && finished->json().isObject()
            ? Asset::fromJson(finished->json().object(), &error)
            : std::nullopt;
        if (!asset) {
            const QString reason = finished->succeeded() ? error : finished->error().message();
            MessageBox::ask(this, QMessageBox::Warning, LifecycleActions::title(action),
                            tr("The asset could not be read, so the action was not started: %1").arg(reason),
                            QMessageBox::Ok, QMessageBox::Ok, QMessageBox::Ok, [](QMessageBox::StandardButton) {});
            return;
        }
        openLifecycleDialog(action, *asset, m_assetModel->companyId());
    });
    job->start();
}

void MainWindow::openLifecycleDialog(LifecycleAction action, const Asset &asset, const QString &companyId)
{
    auto *dialog = new LifecycleDialog(recordContext(), action, companyId, asset, this);
    connect(dialog, &LifecycleDialog::done, this,
            [this](LifecycleAction done, const QUuid &assetId) { handleLifecycleDone(done, assetId); });
    // A refusal often means that someone else changed the asset: its row is read again.
    connect(dialog, &LifecycleDialog::refused, this,
            [this, action](const QUuid &assetId) { handleLifecycleDone(action, assetId, false); });
    dialog->show();
}

void MainWindow::handleLifecycleDone(LifecycleAction action, const QUuid &assetId, bool carriedOut)
{
    Q_UNUSED(action)
    const QString companyId = m_assetModel->companyId();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    ApiJob *job = m_client->get(QStringLiteral("/assets/") + assetId.toString(QUuid::WithoutBraces), query);
    connect(job, &ApiJob::finished, this, [this, assetId, companyId, carriedOut](ApiJob *finished) {
        if (finished->succeeded() && finished->json().isObject() && companyId == m_assetModel->companyId()) {
            if (const std::optional<Asset> asset = Asset::fromJson(finished->json().object(), nullptr)) {
                if (m_assetModel->rowOfAsset(asset->id) >= 0)
                    m_assetModel->upsertAsset(*asset);
                if (carriedOut) {
                    m_statusLabel->setText(tr("%1 updated.").arg(asset->assetCode));
                    QTimer::singleShot(4000, this, &MainWindow::updateStatus);
                }
            }
        }
        // Lists that record the action show it the next time they load.
        for (Resource resource : {Resource::Transfers, Resource::Checkouts, Resource::Reservations,
                                  Resource::Disposals, Resource::JournalBatches}) {
            if (RecordListPage *page = recordPage(resource))
                page->reload();
        }
        for (const QPointer<AssetDetailsDialog> &dialog : std::as_const(m_detailsDialogs)) {
            if (dialog && dialog->assetId() == assetId)
                dialog->refresh();
        }
        Q_EMIT assetChanged(assetId);
    });
    job->start();
}

GoToAssetDialog *MainWindow::goToAsset()
{
    const QString companyId = currentCompanyId();
    if (companyId.isEmpty())
        return nullptr;
    auto *dialog = new GoToAssetDialog(m_client, companyId, this);
    connect(dialog, &GoToAssetDialog::assetFound, this, &MainWindow::openAssetById);
    dialog->show();
    return dialog;
}

AssetDetailsDialog *MainWindow::openAssetById(const QUuid &assetId)
{
    const QString companyId = currentCompanyId();
    if (assetId.isNull() || companyId.isEmpty())
        return nullptr;
    m_detailsDialogs.removeAll(nullptr);
    for (const QPointer<AssetDetailsDialog> &open : std::as_const(m_detailsDialogs)) {
        if (open->assetId() == assetId && open->companyId() == companyId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new AssetDetailsDialog(recordContext(), companyId, assetId, this);
    connect(dialog, &AssetDetailsDialog::editRequested, this, &MainWindow::editAsset);
    connect(dialog, &AssetDetailsDialog::actionRequested, this, &MainWindow::openLifecycleDialog);
    m_detailsDialogs.append(dialog);
    dialog->show();
    dialog->load();
    return dialog;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // On X11 a line edit takes Ctrl+E to move to the end of the line, which
    // would stop Export… (Ctrl+E) right after typing a search. Leaving the
    // override unaccepted lets the window's shortcut run.
    if (watched == m_searchEdit && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.settings->setWindowLayout(saveGeometry(), saveState());
    m_services.settings->sync();
    event->accept();
}

} // namespace Activo
