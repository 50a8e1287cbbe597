#pragma once

#include "TableColumns.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Activo {

// Chooses the columns of a list view with the keyboard: a checkable list
// of the columns in their current order, Move up and Move down (also
// Alt+Up and Alt+Down), and Reset to defaults. The result is read with
// layout() once the dialog is accepted.
class ColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnsDialog(const QString &viewTitle, const QVector<TableColumns::Column> &columns,
                  const ColumnLayout &current, QWidget *parent = nullptr);

    // The order and visibility shown in the list, with the widths of the
    // current layout, or none after Reset to defaults.
    ColumnLayout layout() const;
    QListWidget *list() const { return m_list; }

    // Moves the current column one place up (-1) or down (+1).
    void moveCurrent(int step);
    void resetToDefaults();

private:
    void fill(const ColumnLayout &layout);
    void updateButtons();

    QVector<TableColumns::Column> m_columns;
    QHash<QString, int> m_widths;
    QListWidget *m_list;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_resetButton;
};

} // namespace Activo
