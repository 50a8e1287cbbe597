#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AssetDetailsDialog.h"
#include "Icons.h"
#include "PagedTableView.h"
#include "PreferencesDialog.h"

#include "CommandLine.h"
#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "models/AssetListModel.h"
#include "models/CompanyList.h"
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
constexpr int kRegisterPageSize = 100;
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
    m_assetModel->setPageSize(kRegisterPageSize);

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
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (m_companiesFailed || m_companyBox->count() == 0)
            loadCompanies();
        else
            m_assetModel->reload();
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
    connect(table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    connect(view, &PagedTableView::externalRetryRequested, this, &MainWindow::loadCompanies);

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
                                            tr("Connect to your ActivoHQ server in Preferences to see the register."));
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
            registerView()->showExternalMessage(tr("An API key is needed"), reason);
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
    if (!m_client->hasApiKey())
        return;
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
    if (companyId == m_assetModel->companyId() && m_assetModel->state() != PagedListModel::State::Failed)
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
    const int shown = m_assetModel->rowCount();
    QString text;
    if (m_assetModel->companyId().isEmpty() || total < 0) {
        text = m_assetModel->state() == PagedListModel::State::Loading ? tr("Loading assets…") : QString();
    } else if (m_assetModel->search().isEmpty()) {
        text = tr("Showing %L1 of %Ln asset(s) · %2", nullptr, int(qMin<qint64>(total, INT_MAX)))
                   .arg(shown)
                   .arg(company);
    } else {
        text = tr("Showing %L1 of %Ln asset(s) matching “%2” · %3", nullptr, int(qMin<qint64>(total, INT_MAX)))
                   .arg(shown)
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

void MainWindow::openAsset(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QUuid id = m_assetModel->assetIdAt(index.row());
    if (id.isNull())
        return;
    auto *dialog = new AssetDetailsDialog(m_client, m_assetModel->companyId(), id, this);
    dialog->show();
    dialog->load();
}

void MainWindow::openCurrentAsset()
{
    openAsset(registerView()->table()->currentIndex());
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = registerView()->table()->horizontalHeader();
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    for (int column = 0; column < AssetListModel::ColumnCount; ++column) {
        QAction *action =
            menu.addAction(m_assetModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The code identifies a row; it always stays visible.
        action->setEnabled(column != AssetListModel::CodeColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveColumns();
        });
    }
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
