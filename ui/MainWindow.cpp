#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AssetDetailsDialog.h"
#include "AssetEditorDialog.h"
#include "MessageBox.h"
#include "Icons.h"
#include "PagedTableView.h"
#include "PreferencesDialog.h"

#include "CommandLine.h"
#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "models/AssetListModel.h"
#include "models/AssetPayload.h"
#include "models/CompanyList.h"
#include "models/LocaleFormat.h"
#include "models/LookupCache.h"
#include "settings/AppSettings.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

namespace Activo {

namespace {
constexpr int kSearchDelayMs = 300;
// A form is written to its draft file this long after the last change.
constexpr int kDraftDelayMs = 500;
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
{
    m_ui->setupUi(this);
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

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Register status"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->setAccessibleName(tr("Server"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);
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
    table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    restoreColumns();

    connect(table, &QAbstractItemView::activated, this, &MainWindow::openAsset);
    connect(m_ui->openAssetAction, &QAction::triggered, this, &MainWindow::openCurrentAsset);
    connect(m_ui->newAssetAction, &QAction::triggered, this, &MainWindow::newAsset);
    connect(m_ui->editAssetAction, &QAction::triggered, this, [this] {
        const QModelIndex current = registerView()->table()->currentIndex();
        if (current.isValid())
            editAsset(m_assetModel->assetIdAt(current.row()));
    });
    connect(table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    // The same choice from the View menu, for the keyboard.
    QMenu *columnsMenu = m_ui->viewMenu->addMenu(tr("&Columns"));
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] { fillColumnMenu(columnsMenu); });
    connect(view, &PagedTableView::externalRetryRequested, this, &MainWindow::loadCompanies);
    const auto updateActions = [this] {
        const bool hasRow = registerView()->table()->currentIndex().isValid();
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
    // The editor's lists are loaded ahead, so they are ready when it opens.
    for (LookupKind kind : LookupCache::allKinds())
        m_lookups->load(companyId, kind);
    offerDrafts();
    const bool reload = m_reloadRegister;
    m_reloadRegister = false;
    if (companyId == m_assetModel->companyId() && m_assetModel->state() != PagedListModel::State::Failed && !reload)
        return;
    if (companyId == m_assetModel->companyId())
        m_assetModel->reload();
    else
        m_assetModel->setCompanyId(companyId);
    registerView()->table()->scrollToTop();
    updateStatus();
}

void MainWindow::openPreferences(const QString &reason)
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_services, this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_preferences->connectionPage(), &ConnectionPage::applied, this,
                &MainWindow::handleConnectionApplied);
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
    m_statusLabel->setText(text);

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
    const QUuid id = m_assetModel->assetIdAt(index.row());
    if (id.isNull())
        return;
    auto *dialog = new AssetDetailsDialog(m_client, m_assetModel->companyId(), id, this);
    connect(dialog, &AssetDetailsDialog::editRequested, this, &MainWindow::editAsset);
    dialog->show();
    dialog->load();
}

void MainWindow::openCurrentAsset()
{
    openAsset(registerView()->table()->currentIndex());
}

void MainWindow::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = registerView()->table()->horizontalHeader();
    for (int column = 0; column < AssetListModel::ColumnCount; ++column) {
        QAction *action =
            menu->addAction(m_assetModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The code identifies a row; it always stays visible.
        action->setEnabled(column != AssetListModel::CodeColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveColumns();
        });
    }
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    fillColumnMenu(&menu);
    QHeaderView *header = registerView()->table()->horizontalHeader();
    menu.exec(header->viewport()->mapToGlobal(position));
}

void MainWindow::restoreColumns()
{
    QStringList defaults;
    for (int column = 0; column < AssetListModel::ColumnCount; ++column) {
        if (!AssetListModel::isShownByDefault(column))
            defaults << AssetListModel::columnKey(column);
    }
    const QStringList hidden = m_services.settings->hiddenAssetColumns(defaults);
    QHeaderView *header = registerView()->table()->horizontalHeader();
    for (int column = 0; column < AssetListModel::ColumnCount; ++column)
        header->setSectionHidden(column, hidden.contains(AssetListModel::columnKey(column)));
}

void MainWindow::saveColumns()
{
    QStringList hidden;
    QHeaderView *header = registerView()->table()->horizontalHeader();
    for (int column = 0; column < AssetListModel::ColumnCount; ++column) {
        if (header->isSectionHidden(column))
            hidden << AssetListModel::columnKey(column);
    }
    m_services.settings->setHiddenAssetColumns(hidden);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.settings->setWindowLayout(saveGeometry(), saveState());
    m_services.settings->sync();
    event->accept();
}

} // namespace Activo
