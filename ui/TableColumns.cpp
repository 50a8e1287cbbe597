#include "TableColumns.h"

#include "ColumnsDialog.h"
#include "PagedTableView.h"

#include "settings/AppSettings.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>

namespace Activo {

TableColumns::TableColumns(PagedTableView *view, const QString &viewKey, const QString &viewTitle,
                           const QVector<Column> &columns, AppSettings *settings, QObject *parent)
    : TableColumns(view->table(), viewKey, viewTitle, columns, settings, parent)
{
    m_pagedView = view;
    updateKeptWidths();
}

TableColumns::TableColumns(QTableView *table, const QString &viewKey, const QString &viewTitle,
                           const QVector<Column> &columns, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_pagedView(nullptr)
    , m_table(table)
    , m_header(table->horizontalHeader())
    , m_headerViewport(table->horizontalHeader()->viewport())
    , m_viewKey(viewKey)
    , m_viewTitle(viewTitle)
    , m_columns(columns)
    , m_settings(settings)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(viewKey + QStringLiteral("Columns"));
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_header->viewport()->installEventFilter(this);
    // A drag on a section's edge changes its width at every mouse move, so
    // widths are saved once the burst is over. A move is saved at once.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(0);

    apply(m_settings ? m_settings->columnLayout(m_viewKey, specs()) : ColumnLayout::defaults(specs()));

    connect(m_saveTimer, &QTimer::timeout, this, &TableColumns::save);
    connect(m_header, &QWidget::customContextMenuRequested, this, &TableColumns::showHeaderMenu);
    connect(m_header, &QHeaderView::sectionMoved, this, [this] {
        if (m_applying)
            return;
        save();
        Q_EMIT layoutChanged();
    });
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical, int, int newSize) {
        if (m_applying || !m_pointerDown || logical < 0 || logical >= m_columns.size() || newSize <= 0)
            return;
        m_userWidths.insert(m_columns.at(logical).spec.key, newSize);
        updateKeptWidths();
        scheduleSave();
    });
}

TableColumns::~TableColumns()
{
    if (m_saveTimer->isActive() && m_header)
        save();
}

QVector<ColumnDefault> TableColumns::specs() const
{
    QVector<ColumnDefault> specs;
    specs.reserve(m_columns.size());
    for (const Column &column : m_columns)
        specs << column.spec;
    return specs;
}

int TableColumns::logicalIndex(const QString &key) const
{
    for (int index = 0; index < m_columns.size(); ++index) {
        if (m_columns.at(index).spec.key == key)
            return index;
    }
    return -1;
}

ColumnLayout TableColumns::layout() const
{
    ColumnLayout layout;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (logical < 0 || logical >= m_columns.size())
            continue;
        const QString &key = m_columns.at(logical).spec.key;
        layout.order << key;
        if (m_header->isSectionHidden(logical))
            layout.hidden.insert(key);
    }
    layout.widths = m_userWidths;
    return layout;
}

void TableColumns::apply(const ColumnLayout &wanted)
{
    const ColumnLayout layout = ColumnLayout::merged(wanted, specs());
    QScopedValueRollback<bool> applying(m_applying, true);
    for (int visual = 0; visual < layout.order.size(); ++visual) {
        const int logical = logicalIndex(layout.order.at(visual));
        if (logical < 0 || logical >= m_header->count())
            continue;
        const int from = m_header->visualIndex(logical);
        if (from != visual)
            m_header->moveSection(from, visual);
        m_header->setSectionHidden(logical, layout.hidden.contains(layout.order.at(visual)));
    }
    m_userWidths = layout.widths;
    for (auto it = m_userWidths.cbegin(); it != m_userWidths.cend(); ++it) {
        const int logical = logicalIndex(it.key());
        if (logical >= 0 && logical < m_header->count())
            m_header->resizeSection(logical, it.value());
    }
    updateKeptWidths();
}

void TableColumns::refit()
{
    // Columns without a width of the user's are fitted to the rows again.
    QScopedValueRollback<bool> applying(m_applying, true);
    if (m_pagedView)
        m_pagedView->refitColumns();
}

void TableColumns::updateKeptWidths()
{
    QList<int> kept;
    for (auto it = m_userWidths.cbegin(); it != m_userWidths.cend(); ++it) {
        const int logical = logicalIndex(it.key());
        if (logical >= 0)
            kept << logical;
    }
    if (m_pagedView)
        m_pagedView->setKeptWidthColumns(kept);
}

void TableColumns::setLayout(const ColumnLayout &layout)
{
    apply(layout);
    refit();
    save();
    Q_EMIT layoutChanged();
}

void TableColumns::setColumnVisible(const QString &key, bool visible)
{
    const int logical = logicalIndex(key);
    if (logical < 0 || (!visible && m_columns.at(logical).spec.identifiesRow))
        return;
    if (m_header->isSectionHidden(logical) == !visible)
        return;
    {
        QScopedValueRollback<bool> applying(m_applying, true);
        m_header->setSectionHidden(logical, !visible);
        // A column shown for the first time gets room for its text.
        if (visible && !m_userWidths.contains(key) && m_header->sectionSize(logical) <= m_header->defaultSectionSize())
            m_table->resizeColumnToContents(logical);
    }
    save();
    Q_EMIT layoutChanged();
}

void TableColumns::reset()
{
    if (m_settings)
        m_settings->resetColumnLayout(m_viewKey);
    apply(ColumnLayout::defaults(specs()));
    refit();
    m_saveTimer->stop();
    Q_EMIT layoutChanged();
}

void TableColumns::scheduleSave()
{
    m_saveTimer->start();
}

void TableColumns::save()
{
    m_saveTimer->stop();
    if (m_settings)
        m_settings->setColumnLayout(m_viewKey, layout());
}

void TableColumns::fillMenu(QMenu *menu)
{
    menu->clear();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (logical < 0 || logical >= m_columns.size())
            continue;
        const Column &column = m_columns.at(logical);
        QAction *action = menu->addAction(column.title);
        action->setObjectName(column.spec.key + QStringLiteral("ColumnAction"));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        // The column that identifies a row always stays visible.
        action->setEnabled(!column.spec.identifiesRow);
        connect(action, &QAction::toggled, this,
                [this, key = column.spec.key](bool visible) { setColumnVisible(key, visible); });
    }
    menu->addSeparator();
    QAction *dialogAction = menu->addAction(tr("C&olumns…"));
    dialogAction->setObjectName(QStringLiteral("chooseColumnsAction"));
    dialogAction->setToolTip(tr("Choose, order and reset the columns of this list"));
    // Queued: the dialog opens once the menu is closed.
    connect(dialogAction, &QAction::triggered, this, [this] { QTimer::singleShot(0, this, &TableColumns::openDialog); });
    QAction *resetAction = menu->addAction(tr("&Reset columns"));
    resetAction->setObjectName(QStringLiteral("resetColumnsAction"));
    resetAction->setToolTip(tr("Show the default columns in their default order and widths"));
    connect(resetAction, &QAction::triggered, this, &TableColumns::reset);
}

ColumnsDialog *TableColumns::dialog() const
{
    return m_dialog;
}

ColumnsDialog *TableColumns::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new ColumnsDialog(m_viewTitle, m_columns, layout(), m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Defaults chosen in the dialog forget the saved layout, as Reset columns does.
        QVector<ColumnDefault> columnSpecs = specs();
        if (dialog->layout() == ColumnLayout::defaults(columnSpecs))
            reset();
        else
            setLayout(dialog->layout());
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void TableColumns::showHeaderMenu(const QPoint &position)
{
    m_pointerDown = false;
    QMenu menu(m_table);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.setAccessibleName(tr("Columns"));
    fillMenu(&menu);
    menu.exec(m_header->viewport()->mapToGlobal(position));
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_headerViewport) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            // Only the left button resizes. The right one opens the context
            // menu, which then receives the release instead of the header.
            m_pointerDown = static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
            break;
        case QEvent::MouseButtonRelease:
            // The header handles the release after this filter; the flag
            // is cleared once it has.
            QTimer::singleShot(0, this, [this] { m_pointerDown = false; });
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Activo
