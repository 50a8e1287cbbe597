#include "AssetHistoryWidget.h"

#include "PagedTableView.h"
#include "RecordListPage.h"

#include "models/RecordListModel.h"

#include <QHeaderView>
#include <QTableView>

namespace Activo {

AssetHistoryWidget::AssetHistoryWidget(const RecordContext &context, QString companyId, const QUuid &assetId,
                                       QWidget *parent)
    : QTabWidget(parent)
    , m_companyId(std::move(companyId))
{
    setObjectName(QStringLiteral("historyTabs"));
    setAccessibleName(tr("Asset history"));
    const QList<std::pair<Resource, QString>> lists = {
        {Resource::Transfers, tr("This asset has not been transferred.")},
        {Resource::Checkouts, tr("This asset has never been checked out.")},
        {Resource::Reservations, tr("This asset has no reservations.")},
        {Resource::DepreciationEntries, tr("No depreciation has been posted for this asset.")},
    };
    for (const auto &[resource, emptyText] : lists) {
        auto *model = new RecordListModel(context.client, ResourceCatalog::describe(resource), context.lookups,
                                          context.assets, this);
        model->setFilter(QStringLiteral("assetId"), assetId.toString(QUuid::WithoutBraces));
        const ResourceDescription &d = model->description();
        auto *view = new PagedTableView(this);
        view->setObjectName(d.key + QStringLiteral("History"));
        view->setTexts({d.loadingText, emptyText, emptyText, d.failedText, QString()});
        view->setModel(model);
        view->setLinkColumns(RecordListPage::linkColumns(d));
        view->table()->setAccessibleName(d.title);
        // Every row is about this asset, so its column is hidden.
        for (int column = 0; column < d.columns.size(); ++column) {
            const bool assetColumn = d.columns.at(column).kind == ValueKind::Asset;
            view->table()->horizontalHeader()->setSectionHidden(column,
                                                                assetColumn || !d.columns.at(column).shownByDefault);
        }
        addTab(view, d.title);
        m_models.append(model);
    }
}

void AssetHistoryWidget::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void AssetHistoryWidget::invalidate()
{
    if (isVisible())
        reload();
    else
        m_loaded = false;
}

void AssetHistoryWidget::reload()
{
    m_loaded = true;
    for (RecordListModel *model : std::as_const(m_models)) {
        if (model->companyId() == m_companyId)
            model->reload();
        else
            model->setCompanyId(m_companyId);
    }
}

} // namespace Activo
