#include "AssetDetailsDialog.h"
#include "ui_AssetDetailsDialog.h"

#include "AssetHistoryWidget.h"
#include "DepreciationTab.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/Asset.h"

#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Activo {

AssetDetailsDialog::AssetDetailsDialog(const RecordContext &context, QString companyId, const QUuid &assetId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssetDetailsDialog>())
    , m_context(context)
    , m_companyId(std::move(companyId))
    , m_assetId(assetId)
    , m_tabs(new QTabWidget(this))
    , m_history(new AssetHistoryWidget(context, m_companyId, assetId, this))
    , m_depreciation(new DepreciationTab(context, m_companyId, this))
    , m_actionsMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    resize(900, 720);
    // The form's fields become the first tab; the history is the second.
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setAccessibleName(tr("Asset"));
    // replaceWidget() hands back the layout item of the replaced widget.
    delete m_ui->mainLayout->replaceWidget(m_ui->pages, m_tabs);
    m_tabs->addTab(m_ui->pages, tr("&Details"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_depreciation, tr("De&preciation"));
    auto *depreciationShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    connect(depreciationShortcut, &QShortcut::activated, this, &AssetDetailsDialog::showDepreciation);
    m_tabs->setTabToolTip(2, tr("Schedule and book value chart (Ctrl+D)"));
    auto *historyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this);
    connect(historyShortcut, &QShortcut::activated, this, &AssetDetailsDialog::showHistory);
    m_tabs->setTabToolTip(1, tr("Transfers, check-outs, reservations and depreciation (Ctrl+H)"));

    m_actionsButton = m_ui->buttonBox->addButton(tr("&Actions"), QDialogButtonBox::ActionRole);
    m_actionsButton->setObjectName(QStringLiteral("actionsButton"));
    m_actionsButton->setAccessibleName(tr("Lifecycle actions"));
    m_actionsButton->setMenu(m_actionsMenu);
    m_actionsMenu->setObjectName(QStringLiteral("actionsMenu"));
    m_actionsMenu->setAccessibleName(tr("Lifecycle actions"));
    connect(m_actionsMenu, &QMenu::aboutToShow, this, &AssetDetailsDialog::updateActions);
    if (m_context.lifecycle)
        connect(m_context.lifecycle, &LifecycleSupport::changed, this, &AssetDetailsDialog::updateActions);
    updateActions();
    setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *editButton = m_ui->buttonBox->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    editButton->setObjectName(QStringLiteral("editButton"));
    editButton->setAccessibleName(tr("Edit asset"));
    auto *editShortcut = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(editShortcut, &QShortcut::activated, editButton, &QPushButton::click);
    editButton->setToolTip(tr("Edit this asset (F2)"));
    connect(editButton, &QPushButton::clicked, this, [this] {
        Q_EMIT editRequested(m_assetId);
        accept();
    });
    connect(m_ui->errorPanel, &ErrorPanel::retryRequested, this, &AssetDetailsDialog::load);
}

AssetDetailsDialog::~AssetDetailsDialog()
{
    if (m_job)
        m_job->abort();
}

void AssetDetailsDialog::load()
{
    if (m_job)
        return;
    m_ui->pages->setCurrentWidget(m_ui->loadingPage);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = m_context.client->get(QStringLiteral("/assets/") + m_assetId.toString(QUuid::WithoutBraces), query);
    connect(job, &ApiJob::finished, this, &AssetDetailsDialog::handleReply);
    m_job = job;
    job->start();
}

void AssetDetailsDialog::refresh()
{
    load();
    m_history->invalidate();
}

void AssetDetailsDialog::showHistory()
{
    m_tabs->setCurrentWidget(m_history);
    m_history->setFocus();
}

void AssetDetailsDialog::showDepreciation()
{
    m_tabs->setCurrentWidget(m_depreciation);
    m_depreciation->setFocus();
}

void AssetDetailsDialog::updateActions()
{
    m_actionsMenu->clear();
    bool any = false;
    for (LifecycleAction action : LifecycleActions::all()) {
        if (m_context.lifecycle && !m_context.lifecycle->isOffered(m_context.client->baseUrl(), action))
            continue;
        QAction *item = m_actionsMenu->addAction(LifecycleActions::menuText(action));
        item->setObjectName(LifecycleActions::route(action) + QStringLiteral("Action"));
        item->setEnabled(m_asset.has_value() && LifecycleActions::allowedFor(action, m_asset->status, m_asset->availability));
        connect(item, &QAction::triggered, this, [this, action] {
            if (m_asset)
                Q_EMIT actionRequested(action, *m_asset, m_companyId);
        });
        any = true;
    }
    m_actionsButton->setVisible(any);
}

void AssetDetailsDialog::handleReply(ApiJob *job)
{
    m_job = nullptr;
    if (!job->succeeded()) {
        m_ui->errorPanel->setError(tr("The asset could not be loaded."), job->error());
        m_ui->pages->setCurrentWidget(m_ui->errorPage);
        return;
    }
    QString error;
    const std::optional<Asset> asset =
        job->json().isObject() ? Asset::fromJson(job->json().object(), &error) : std::nullopt;
    if (!asset) {
        m_ui->errorPanel->setError(tr("The asset could not be loaded."),
                                   job->badResponseError(error.isEmpty() ? tr("the reply is not an asset object.")
                                                                         : error));
        m_ui->pages->setCurrentWidget(m_ui->errorPage);
        return;
    }
    showAsset(*asset);
}

void AssetDetailsDialog::showAsset(const Asset &asset)
{
    const QLocale locale;
    const auto money = [&locale](const std::optional<Money> &value) {
        return value ? value->toString(locale) : QString();
    };
    // The heading wraps, so a very long name is cut to keep the dialog on
    // screen. The Name field below shows the whole text.
    constexpr qsizetype kHeadingLength = 300;
    QString heading = asset.assetCode.isEmpty() ? asset.name : asset.assetCode + QStringLiteral(" — ") + asset.name;
    if (heading.size() > kHeadingLength)
        heading = heading.left(kHeadingLength) + QChar(0x2026);
    m_ui->headingLabel->setText(heading);
    setWindowTitle(tr("Asset %1").arg(asset.assetCode.isEmpty() ? asset.name : asset.assetCode));
    m_ui->codeEdit->setText(asset.assetCode);
    m_ui->nameEdit->setText(asset.name);
    m_ui->epcEdit->setText(asset.epc);
    m_ui->categoryEdit->setText(linkText(asset.category));
    m_ui->locationEdit->setText(linkText(asset.location));
    m_ui->costCenterEdit->setText(linkText(asset.costCenter));
    m_ui->custodianEdit->setText(linkText(asset.custodian));
    m_ui->depreciationBookEdit->setText(linkText(asset.depreciationBook));
    m_ui->acquisitionDateEdit->setText(
        asset.acquisitionDate.isValid() ? locale.toString(asset.acquisitionDate, QLocale::LongFormat) : QString());
    m_ui->acquisitionCostEdit->setText(money(asset.acquisitionCost));
    m_ui->salvageValueEdit->setText(money(asset.salvageValue));
    m_ui->usefulLifeEdit->setText(asset.usefulLifeMonths ? tr("%n month(s)", nullptr, *asset.usefulLifeMonths)
                                                         : QString());
    m_ui->depreciationMethodEdit->setText(Asset::depreciationMethodText(asset.depreciationMethod));
    m_ui->statusEdit->setText(Asset::statusText(asset.status));
    m_ui->availabilityEdit->setText(Asset::availabilityText(asset.availability));
    m_ui->accumulatedDepreciationEdit->setText(money(asset.accumulatedDepreciation));
    m_ui->netBookValueEdit->setText(money(asset.netBookValue));
    for (QLineEdit *edit : {m_ui->acquisitionCostEdit, m_ui->salvageValueEdit, m_ui->accumulatedDepreciationEdit,
                            m_ui->netBookValueEdit})
        edit->setAlignment(Qt::AlignRight);
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
    if (m_tabs->currentWidget() == m_ui->pages)
        m_ui->codeEdit->setFocus();
    m_asset = asset;
    m_depreciation->setAsset(asset);
    updateActions();
}

} // namespace Activo
