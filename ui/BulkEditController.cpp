#include "BulkEditController.h"

#include "BulkEditDialog.h"
#include "SelectByCodesDialog.h"

#include "models/AssetListModel.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSet>
#include <QStatusBar>
#include <QTableView>

namespace Activo {

BulkEditController::BulkEditController(ApiClient *client, LookupCache *lookups, AssetListModel *model,
                                       QTableView *table, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_lookups(lookups)
    , m_model(model)
    , m_table(table)
    , m_window(window)
    , m_selectByCodesAction(new QAction(tr("Select by &codes…"), this))
    , m_changeSelectedAction(new QAction(tr("C&hange selected…"), this))
    , m_selectionLabel(new QLabel(window))
{
    m_selectByCodesAction->setObjectName(QStringLiteral("selectByCodesAction"));
    m_selectByCodesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_selectByCodesAction->setToolTip(tr("Select the assets of a pasted list of codes (Ctrl+Shift+L)"));
    m_changeSelectedAction->setObjectName(QStringLiteral("changeSelectedAction"));
    m_changeSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_changeSelectedAction->setToolTip(
        tr("Set location, custodian, cost center, status or availability on every selected asset (Ctrl+Shift+E)"));
    connect(m_selectByCodesAction, &QAction::triggered, this, &BulkEditController::selectByCodes);
    connect(m_changeSelectedAction, &QAction::triggered, this, &BulkEditController::changeSelected);

    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setAccessibleName(tr("Selected assets"));
    m_selectionLabel->setContentsMargins(0, 0, m_selectionLabel->fontMetrics().horizontalAdvance(QLatin1Char('M')), 0);
    statusBar->addWidget(m_selectionLabel);

    // Another section of the window, or the register's loading or error page, hides the table.
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkEditController::handleSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_unloaded.clear();
        updateSelectionState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { selectLoadedRows(first, last); });
    updateSelectionState();
}

BulkEditController::~BulkEditController() = default;

bool BulkEditController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        updateSelectionState();
    return QObject::eventFilter(watched, event);
}

QVector<int> BulkEditController::selectedRows() const
{
    // Ranges, not selectedRows(), so that Ctrl+A over many loaded rows
    // does not build an index per cell.
    QVector<int> rows;
    QSet<int> seen;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (!seen.contains(row)) {
                seen.insert(row);
                rows.append(row);
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QVector<Asset> BulkEditController::selectedAssets() const
{
    QVector<Asset> assets;
    for (int row : selectedRows())
        assets.append(m_model->assetSummaryAt(row));
    assets += m_unloaded;
    return assets;
}

int BulkEditController::selectedCount() const
{
    return int(selectedRows().size() + m_unloaded.size());
}

QString BulkEditController::selectionText() const
{
    return m_selectionLabel->text();
}

void BulkEditController::selectAssets(const QVector<Asset> &assets)
{
    QItemSelection selection;
    m_unloaded.clear();
    const int lastColumn = m_model->columnCount() - 1;
    for (const Asset &asset : assets) {
        const int row = m_model->rowOfAsset(asset.id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, lastColumn));
        else
            m_unloaded.append(asset);
    }
    m_selecting = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.first().topLeft();
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    m_selecting = false;
    updateSelectionState();
}

void BulkEditController::selectLoadedRows(int first, int last)
{
    if (m_unloaded.isEmpty())
        return;
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (int row = first; row <= last; ++row) {
        const QUuid id = m_model->assetIdAt(row);
        const auto match = std::find_if(m_unloaded.begin(), m_unloaded.end(),
                                        [&id](const Asset &asset) { return asset.id == id; });
        if (match == m_unloaded.end())
            continue;
        m_unloaded.erase(match);
        selection.select(m_model->index(row, 0), m_model->index(row, lastColumn));
    }
    if (selection.isEmpty())
        return;
    m_selecting = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_selecting = false;
    updateSelectionState();
}

void BulkEditController::handleSelectionChanged()
{
    if (!m_selecting && !m_unloaded.isEmpty()) {
        // Ctrl or Shift adds to the selection, and a plain click or arrow key starts a new one.
        const Qt::KeyboardModifiers modifiers = QGuiApplication::keyboardModifiers();
        if (!(modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_unloaded.clear();
    }
    updateSelectionState();
}

void BulkEditController::updateSelectionState()
{
    const int count = selectedCount();
    QString text;
    if (count > 0) {
        text = tr("%n asset(s) selected", nullptr, count);
        if (!m_unloaded.isEmpty())
            text += QStringLiteral(" ") + tr("(%n not loaded in the table)", nullptr, int(m_unloaded.size()));
    }
    const bool tableShown = m_table->isVisible();
    m_selectionLabel->setText(text);
    m_selectionLabel->setVisible(tableShown && !text.isEmpty());
    m_changeSelectedAction->setEnabled(tableShown && count > 0 && !m_model->companyId().isEmpty());
    m_selectByCodesAction->setEnabled(tableShown && !m_model->companyId().isEmpty());
}

SelectByCodesDialog *BulkEditController::selectByCodes()
{
    const QString companyId = m_model->companyId();
    if (companyId.isEmpty())
        return nullptr;
    if (m_codesDialog) {
        m_codesDialog->raise();
        m_codesDialog->activateWindow();
        return m_codesDialog;
    }
    auto *dialog = new SelectByCodesDialog(m_client, companyId, m_window);
    connect(dialog, &SelectByCodesDialog::assetsFound, this, [this, companyId](const QVector<Asset> &assets) {
        if (companyId == m_model->companyId())
            selectAssets(assets);
    });
    m_codesDialog = dialog;
    dialog->show();
    return dialog;
}

BulkEditDialog *BulkEditController::changeSelected()
{
    const QString companyId = m_model->companyId();
    const QVector<Asset> assets = selectedAssets();
    if (companyId.isEmpty() || assets.isEmpty())
        return nullptr;
    auto *dialog = new BulkEditDialog(m_client, m_lookups, companyId, assets, m_window);
    connect(dialog, &BulkEditDialog::assetChanged, this, [this, companyId](const Asset &asset) {
        if (companyId == m_model->companyId())
            showChangedAsset(asset);
    });
    dialog->show();
    return dialog;
}

void BulkEditController::showChangedAsset(const Asset &asset)
{
    // Only loaded rows are updated: an asset further down the register shows
    // its new values when its page loads.
    if (m_model->rowOfAsset(asset.id) >= 0)
        m_model->upsertAsset(asset);
}

} // namespace Activo
