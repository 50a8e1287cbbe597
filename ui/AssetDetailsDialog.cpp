#include "AssetDetailsDialog.h"
#include "ui_AssetDetailsDialog.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/Asset.h"

#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QUrlQuery>

namespace Activo {

AssetDetailsDialog::AssetDetailsDialog(ApiClient *client, QString companyId, const QUuid &assetId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssetDetailsDialog>())
    , m_client(client)
    , m_companyId(std::move(companyId))
    , m_assetId(assetId)
{
    m_ui->setupUi(this);
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
    ApiJob *job = m_client->get(QStringLiteral("/assets/") + m_assetId.toString(QUuid::WithoutBraces), query);
    connect(job, &ApiJob::finished, this, &AssetDetailsDialog::handleReply);
    m_job = job;
    job->start();
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
    m_ui->headingLabel->setText(asset.assetCode.isEmpty() ? asset.name
                                                          : asset.assetCode + QStringLiteral(" — ") + asset.name);
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
    m_ui->codeEdit->setFocus();
}

} // namespace Activo
