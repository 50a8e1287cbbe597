#pragma once

#include "RecordContext.h"
#include "models/Asset.h"
#include "models/LifecycleAction.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include <memory>
#include <optional>

class QMenu;
class QPushButton;
class QTabWidget;

namespace Ui {
class AssetDetailsDialog;
}

namespace Activo {

class ApiJob;
class AssetHistoryWidget;
class DepreciationTab;

// Read-only view of one asset, loaded with GET /assets/{id} when shown: a
// Details tab with its fields, a History tab with its transfers, check-outs,
// reservations and depreciation entries, and an Actions menu with the
// lifecycle actions the server offers.
class AssetDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    AssetDetailsDialog(const RecordContext &context, QString companyId, const QUuid &assetId,
                       QWidget *parent = nullptr);
    ~AssetDetailsDialog() override;

    QUuid assetId() const { return m_assetId; }
    QString companyId() const { return m_companyId; }
    // Starts (or repeats) loading the asset; the history follows when shown.
    void load();
    // Loads the asset and, when it was shown, its history again.
    void refresh();
    AssetHistoryWidget *history() const { return m_history; }
    QMenu *actionsMenu() const { return m_actionsMenu; }
    void showHistory();
    DepreciationTab *depreciation() const { return m_depreciation; }
    void showDepreciation();

Q_SIGNALS:
    void editRequested(const QUuid &assetId);
    // `companyId` is the company the dialog was opened for, which may no
    // longer be the main window's.
    void actionRequested(Activo::LifecycleAction action, const Activo::Asset &asset, const QString &companyId);

private:
    void handleReply(ApiJob *job);
    void showAsset(const Asset &asset);
    void updateActions();

    std::unique_ptr<Ui::AssetDetailsDialog> m_ui;
    RecordContext m_context;
    QString m_companyId;
    QUuid m_assetId;
    QPointer<ApiJob> m_job;
    std::optional<Asset> m_asset;
    QTabWidget *m_tabs;
    AssetHistoryWidget *m_history;
    DepreciationTab *m_depreciation;
    QMenu *m_actionsMenu;
    QPushButton *m_actionsButton;
};

} // namespace Activo
