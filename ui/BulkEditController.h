#pragma once

#include "models/Asset.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QAction;
class QLabel;
class QMenu;
class QStatusBar;
class QTableView;

namespace Activo {

class ApiClient;
class AssetListModel;
class BulkEditDialog;
class LookupCache;
class SelectByCodesDialog;

// Bulk edit in the register: the selection of assets, "Select by codes…"
// and "Change selected…".
//
// The selection is the rows selected in the table plus the assets found by
// code that are not loaded in it yet. Such an asset is selected in the table
// when its row loads. A selection change made without Ctrl or Shift, another
// search or another company starts a new selection. The status bar shows
// how many assets are selected. Rows of changed assets are updated in place,
// so the table keeps its scroll position and selection. The count and
// "Change selected…" are shown only while the register's table is.
class BulkEditController : public QObject
{
    Q_OBJECT

public:
    BulkEditController(ApiClient *client, LookupCache *lookups, AssetListModel *model, QTableView *table,
                       QStatusBar *statusBar, QWidget *window);
    ~BulkEditController() override;

    QAction *selectByCodesAction() const { return m_selectByCodesAction; }
    QAction *changeSelectedAction() const { return m_changeSelectedAction; }

    // Every selected asset: the table's rows in their order, then those found
    // by code that are not loaded.
    QVector<Asset> selectedAssets() const;
    int selectedCount() const;
    QString selectionText() const;

    // Replaces the selection with `assets`.
    void selectAssets(const QVector<Asset> &assets);
    SelectByCodesDialog *selectByCodes();
    BulkEditDialog *changeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<int> selectedRows() const;
    void selectLoadedRows(int first, int last);
    void handleSelectionChanged();
    void updateSelectionState();
    void showChangedAsset(const Asset &asset);

    ApiClient *m_client;
    LookupCache *m_lookups;
    AssetListModel *m_model;
    QTableView *m_table;
    QWidget *m_window;
    QAction *m_selectByCodesAction;
    QAction *m_changeSelectedAction;
    QLabel *m_selectionLabel;
    // Assets found by code whose rows are not loaded.
    QVector<Asset> m_unloaded;
    // Set while this class changes the table's selection itself.
    bool m_selecting = false;
    QPointer<SelectByCodesDialog> m_codesDialog;
};

} // namespace Activo
