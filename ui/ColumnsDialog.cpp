#include "ColumnsDialog.h"

#include "Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace Activo {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

ColumnsDialog::ColumnsDialog(const QString &viewTitle, const QVector<TableColumns::Column> &columns,
                             const ColumnLayout &current, QWidget *parent)
    : QDialog(parent)
    , m_columns(columns)
    , m_widths(current.widths)
    , m_list(new QListWidget(this))
    , m_upButton(new QPushButton(Icons::themed(QStringLiteral("up")), tr("Move &up"), this))
    , m_downButton(new QPushButton(Icons::themed(QStringLiteral("down")), tr("Move &down"), this))
    , m_resetButton(new QPushButton(tr("&Reset to defaults"), this))
{
    setObjectName(QStringLiteral("columnsDialog"));
    setWindowTitle(tr("Columns of %1").arg(viewTitle));
    setAccessibleName(windowTitle());

    auto *hint = new QLabel(tr("Check the &columns to show. Alt+Up and Alt+Down move the selected column."), this);
    hint->setWordWrap(true);
    hint->setBuddy(m_list);

    m_list->setObjectName(QStringLiteral("columnList"));
    m_list->setAccessibleName(tr("Columns"));
    m_list->setAccessibleDescription(tr("Checked columns are shown, left to right in the order of this list."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_upButton->setObjectName(QStringLiteral("moveUpButton"));
    m_upButton->setAccessibleName(tr("Move up"));
    m_upButton->setToolTip(tr("Move the selected column one place up (Alt+Up)"));
    m_downButton->setObjectName(QStringLiteral("moveDownButton"));
    m_downButton->setAccessibleName(tr("Move down"));
    m_downButton->setToolTip(tr("Move the selected column one place down (Alt+Down)"));
    m_resetButton->setObjectName(QStringLiteral("resetColumnsButton"));
    m_resetButton->setAccessibleName(tr("Reset to defaults"));
    m_resetButton->setToolTip(tr("Show the default columns in their default order and widths"));
    for (QPushButton *button : {m_upButton, m_downButton, m_resetButton})
        button->setAutoDefault(false);

    auto *buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttonBox->setObjectName(QStringLiteral("buttonBox"));
    buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *side = new QVBoxLayout;
    side->addWidget(m_upButton);
    side->addWidget(m_downButton);
    side->addSpacing(12);
    side->addWidget(m_resetButton);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(middle, 1);
    layout->addWidget(buttonBox);

    setTabOrder(m_list, m_upButton);
    setTabOrder(m_upButton, m_downButton);
    setTabOrder(m_downButton, m_resetButton);
    setTabOrder(m_resetButton, buttonBox->button(QDialogButtonBox::Ok));
    setTabOrder(buttonBox->button(QDialogButtonBox::Ok), buttonBox->button(QDialogButtonBox::Cancel));

    auto *upShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    auto *downShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    connect(upShortcut, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    connect(downShortcut, &QShortcut::activated, this, [this] { moveCurrent(1); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_resetButton, &QPushButton::clicked, this, &ColumnsDialog::resetToDefaults);
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnsDialog::updateButtons);
    connect(buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fill(current);
    // Room for every column of the register without scrolling, and for the longest title.
    const int rows = qMin(m_list->count(), 20);
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 4);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + m_list->verticalScrollBar()->sizeHint().width()
                            + 2 * m_list->frameWidth() + 8);
    m_list->setFocus();
}

void ColumnsDialog::fill(const ColumnLayout &layout)
{
    m_list->clear();
    for (const QString &key : layout.order) {
        const auto column = std::find_if(m_columns.cbegin(), m_columns.cend(),
                                         [&key](const TableColumns::Column &c) { return c.spec.key == key; });
        if (column == m_columns.cend())
            continue;
        auto *item = new QListWidgetItem(column->title, m_list);
        item->setData(kKeyRole, key);
        if (column->spec.identifiesRow) {
            // Always checked, because this column is what identifies each row.
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
            item->setText(tr("%1 (always shown)").arg(column->title));
            item->setToolTip(tr("This column identifies each row, so it cannot be hidden."));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(layout.hidden.contains(key) ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

ColumnLayout ColumnsDialog::layout() const
{
    ColumnLayout layout;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const QString key = item->data(kKeyRole).toString();
        layout.order << key;
        if (item->checkState() != Qt::Checked)
            layout.hidden.insert(key);
        if (m_widths.contains(key))
            layout.widths.insert(key, m_widths.value(key));
    }
    return layout;
}

void ColumnsDialog::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentItem(item);
    updateButtons();
}

void ColumnsDialog::resetToDefaults()
{
    QVector<ColumnDefault> specs;
    for (const TableColumns::Column &column : std::as_const(m_columns))
        specs << column.spec;
    m_widths.clear();
    fill(ColumnLayout::defaults(specs));
}

void ColumnsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace Activo
