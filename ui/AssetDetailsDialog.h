#pragma once

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include <memory>

namespace Ui {
class AssetDetailsDialog;
}

namespace Activo {

class ApiClient;
class ApiJob;
struct Asset;

// Read-only view of one asset, loaded with GET /assets/{id} when shown.
class AssetDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    AssetDetailsDialog(ApiClient *client, QString companyId, const QUuid &assetId, QWidget *parent = nullptr);
    ~AssetDetailsDialog() override;

    // Starts (or repeats) loading the asset.
    void load();

Q_SIGNALS:
    void editRequested(const QUuid &assetId);

private:
    void handleReply(ApiJob *job);
    void showAsset(const Asset &asset);

    std::unique_ptr<Ui::AssetDetailsDialog> m_ui;
    ApiClient *m_client;
    QString m_companyId;
    QUuid m_assetId;
    QPointer<ApiJob> m_job;
};

} // namespace Activo
