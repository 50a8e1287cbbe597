#include "RecordListPage.h"

#include "Icons.h"
#include "MasterDataDialog.h"
#include "PagedTableView.h"
#include "RecordDetailsDialog.h"
#include "TableColumns.h"

#include "models/RecordListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Activo {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
    return button;
}

} // namespace

QList<int> RecordListPage::linkColumns(const ResourceDescription &description)
{
    QList<int> columns;
    for (int column = 0; column < description.columns.size(); ++column) {
        const ValueKind kind = description.columns.at(column).kind;
        if (kind == ValueKind::Asset || kind == ValueKind::Lookup)
            columns << column;
    }
    return columns;
}

RecordListPage::RecordListPage(const RecordContext &context, Resource resource, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RecordListModel(context.client, ResourceCatalog::describe(resource), context.lookups,
                                  context.assets, this))
    , m_view(new PagedTableView(this))
{
    const ResourceDescription &d = m_model->description();
    setObjectName(d.key + QStringLiteral("Page"));
    setAccessibleName(d.title);

    auto *heading = new QLabel(d.title, this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setAccessibleName(tr("List"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(heading);
    buttons->addStretch();

    // Shortcuts work while the list has the focus, so they do not collide
    // with those of the asset register.
    const auto makeAction = [this, buttons](const QString &text, const QString &icon, const QKeySequence &keys,
                                           const QString &name) {
        auto *action = new QAction(Icons::themed(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
        buttons->addWidget(buttonFor(action, this));
        return action;
    };
    if (d.masterData) {
        m_newAction = makeAction(tr("&New…"), QStringLiteral("new"), QKeySequence(Qt::CTRL | Qt::Key_N),
                                QStringLiteral("newRecordAction"));
        m_newAction->setToolTip(tr("Create a record in this list (Ctrl+N)"));
        connect(m_newAction, &QAction::triggered, this, &RecordListPage::createRecord);
        m_editAction = makeAction(tr("&Edit…"), QStringLiteral("edit"), QKeySequence(Qt::Key_F2),
                                 QStringLiteral("editRecordAction"));
        m_editAction->setToolTip(tr("Edit the selected record (F2)"));
        connect(m_editAction, &QAction::triggered, this, &RecordListPage::editCurrentRecord);
    }
    if (d.drillDown != DrillDown::None) {
        m_openAction = makeAction(tr("&Open"), QStringLiteral("details"), QKeySequence(Qt::CTRL | Qt::Key_O),
                                 QStringLiteral("openRecordAction"));
        m_openAction->setToolTip(tr("Show the selected record with its lines (Enter)"));
        connect(m_openAction, &QAction::triggered, this, &RecordListPage::openCurrentRecord);
    }
    if (!d.assetIdKey.isEmpty()) {
        m_openAssetAction = makeAction(tr("Open &asset"), QStringLiteral("details"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                      QStringLiteral("openAssetAction"));
        m_openAssetAction->setToolTip(tr("Show the asset of the selected row (Ctrl+Shift+O)"));
        connect(m_openAssetAction, &QAction::triggered, this, &RecordListPage::openCurrentAsset);
    }

    m_view->setTexts({d.loadingText, d.emptyText, d.emptyText, d.failedText, tr("Choose a company.")});
    m_view->setModel(m_model);
    m_view->setLinkColumns(linkColumns(d));
    m_view->setAccessibleName(d.title);
    QTableView *table = m_view->table();
    table->setAccessibleName(d.title);
    // The first column names the record, so it always shows.
    QVector<TableColumns::Column> columns;
    for (int column = 0; column < d.columns.size(); ++column) {
        const ColumnSpec &spec = d.columns.at(column);
        columns.append({ColumnDefault{spec.key, spec.shownByDefault, column == 0}, spec.title});
    }
    m_columns = new TableColumns(m_view, d.key, d.title, columns, context.settings, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setFocusProxy(table);

    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordListPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateActions);
    connect(m_model, &PagedListModel::pageLoaded, this, &RecordListPage::statusChanged);
    connect(m_model, &PagedListModel::pageLoaded, this, &RecordListPage::selectSavedRecord);

    connect(m_model, &PagedListModel::stateChanged, this, &RecordListPage::statusChanged);
    connect(m_model, &PagedListModel::totalCountChanged, this, &RecordListPage::statusChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::statusChanged);
    updateActions();
}

Resource RecordListPage::resource() const
{
    return m_model->description().resource;
}

const ResourceDescription &RecordListPage::description() const
{
    return m_model->description();
}

void RecordListPage::showCompany(const QString &companyId)
{
    if (companyId == m_model->companyId() && m_model->state() != PagedListModel::State::Idle)
        return;
    m_model->setCompanyId(companyId);
    m_view->table()->scrollToTop();
}

void RecordListPage::reload()
{
    if (!m_model->companyId().isEmpty())
        m_model->reload();
}

QString RecordListPage::statusText() const
{
    const qint64 total = m_model->totalCount();
    if (m_model->companyId().isEmpty())
        return QString();
    if (total < 0)
        return m_model->state() == PagedListModel::State::Loading ? m_model->description().loadingText : QString();
    QString text = tr("%1: showing %L2 of %Ln", nullptr, int(qMin<qint64>(total, INT_MAX)))
                       .arg(m_model->description().title)
                       .arg(m_model->rowCount());
    if (m_model->skippedItemCount() > 0)
        text += QStringLiteral(" · ")
            + tr("%n row(s) skipped because the server sent them twice or without an id", nullptr,
                 m_model->skippedItemCount());
    if (m_model->isComplete() && m_model->reportedTotalCount() >= 0 && m_model->reportedTotalCount() != total)
        text += QStringLiteral(" · ") + tr("the server counted %L1").arg(m_model->reportedTotalCount());
    return text;
}

QJsonObject RecordListPage::currentRecord() const
{
    const QModelIndex current = m_view->table()->currentIndex();
    return current.isValid() ? m_model->recordAt(current.row()) : QJsonObject();
}

void RecordListPage::updateActions()
{
    const QModelIndex current = m_view->table()->currentIndex();
    const bool hasRow = current.isValid();
    if (m_editAction)
        m_editAction->setEnabled(hasRow);
    if (m_openAction)
        m_openAction->setEnabled(hasRow);
    if (m_openAssetAction)
        m_openAssetAction->setEnabled(hasRow && !current.data(RecordRoles::AssetIdRole).toString().isEmpty());
    if (m_newAction)
        m_newAction->setEnabled(!m_model->companyId().isEmpty());
}

void RecordListPage::openRow(int row)
{
    const ResourceDescription &d = m_model->description();
    const QJsonObject record = m_model->recordAt(row);
    if (record.isEmpty())
        return;
    if (d.drillDown != DrillDown::None) {
        auto *dialog = new RecordDetailsDialog(m_context, d, m_model->companyId(), record, this);
        connect(dialog, &RecordDetailsDialog::openAssetRequested, this, &RecordListPage::openAssetRequested);
        dialog->show();
        dialog->load();
    } else if (d.masterData) {
        editCurrentRecord();
    } else if (!d.assetIdKey.isEmpty()) {
        openCurrentAsset();
    }
}

void RecordListPage::selectSavedRecord()
{
    if (m_savedRecordId.isEmpty())
        return;
    const int row = m_model->rowOfRecord(m_savedRecordId);
    if (row < 0) {
        // Not on the pages loaded so far; the next page may have it.
        if (m_model->isComplete())
            m_savedRecordId.clear();
        else if (m_model->canFetchMore(QModelIndex()))
            m_model->fetchMore(QModelIndex());
        return;
    }
    m_savedRecordId.clear();
    QTableView *table = m_view->table();
    const QModelIndex index = m_model->index(row, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

void RecordListPage::openCurrentRecord()
{
    const QModelIndex current = m_view->table()->currentIndex();
    if (current.isValid())
        openRow(current.row());
}

void RecordListPage::openCurrentAsset()
{
    const QModelIndex current = m_view->table()->currentIndex();
    const QUuid assetId(current.data(RecordRoles::AssetIdRole).toString());
    if (!assetId.isNull())
        Q_EMIT openAssetRequested(assetId);
}

void RecordListPage::createRecord()
{
    const ResourceDescription &d = m_model->description();
    if (!d.masterData || m_model->companyId().isEmpty())
        return;
    auto *dialog = new MasterDataDialog(m_context, *d.masterData, m_model->companyId(), QJsonObject(), this);
    connect(dialog, &MasterDataDialog::saved, this,
            [this, kind = *d.masterData, companyId = m_model->companyId()](const QJsonObject &saved) {
        m_savedRecordId = saved.value(QLatin1String("id")).toString();
        m_model->reload();
        Q_EMIT masterDataSaved(companyId, kind);
    });
    dialog->show();
}

void RecordListPage::editCurrentRecord()
{
    const ResourceDescription &d = m_model->description();
    const QJsonObject record = currentRecord();
    if (!d.masterData || record.isEmpty())
        return;
    auto *dialog = new MasterDataDialog(m_context, *d.masterData, m_model->companyId(), record, this);
    connect(dialog, &MasterDataDialog::saved, this,
            [this, kind = *d.masterData, companyId = m_model->companyId()](const QJsonObject &saved) {
        m_savedRecordId = saved.value(QLatin1String("id")).toString();
        m_model->reload();
        Q_EMIT masterDataSaved(companyId, kind);
    });
    dialog->show();
}

} // namespace Activo
