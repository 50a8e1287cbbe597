#pragma once

#include "settings/ColumnLayout.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QHeaderView;
class QMenu;
class QTableView;
class QTimer;

namespace Activo {

class AppSettings;
class ColumnsDialog;
class PagedTableView;

// The columns of one list view: which show, in which order and how wide.
// It restores the view's saved layout when created. Every change the user
// makes is saved under the view's key: a drag in the header, a width set
// with the mouse, a choice in a menu or in the Columns dialog. The choices
// are offered in the header's context menu and in View › Columns.
//
// The column at logical index i of the table is columns().at(i). Widths
// are kept only for columns the user resized. In a PagedTableView the
// others are fitted to the loaded rows, and in another table the header's
// resize modes decide.
class TableColumns : public QObject
{
    Q_OBJECT

public:
    struct Column
    {
        ColumnDefault spec;
        QString title; // translated header text
    };

    // `settings` may be null: the layout then lasts as long as the view.
    TableColumns(PagedTableView *view, const QString &viewKey, const QString &viewTitle,
                 const QVector<Column> &columns, AppSettings *settings, QObject *parent = nullptr);
    // The same for a table that is not paged, such as a summary.
    TableColumns(QTableView *table, const QString &viewKey, const QString &viewTitle,
                 const QVector<Column> &columns, AppSettings *settings, QObject *parent = nullptr);
    ~TableColumns() override;

    QString viewKey() const { return m_viewKey; }
    const QVector<Column> &columns() const { return m_columns; }
    // The layout as the header shows it now.
    ColumnLayout layout() const;
    // Shows `layout` (fitted to the columns first) and saves it.
    void setLayout(const ColumnLayout &layout);
    // Shows or hides the column `key`. A column that identifies the row stays shown.
    void setColumnVisible(const QString &key, bool visible);
    // Restores the default columns, order and widths, and removes the saved layout.
    void reset();

    // Fills `menu` with a checkable entry per column in on-screen order,
    // then "Columns…" and "Reset columns".
    void fillMenu(QMenu *menu);
    // Opens the Columns dialog, window-modal to the view's window.
    ColumnsDialog *openDialog();
    // The open Columns dialog, or nullptr.
    ColumnsDialog *dialog() const;

Q_SIGNALS:
    // The order, visibility or widths changed, by the user or by reset().
    void layoutChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<ColumnDefault> specs() const;
    int logicalIndex(const QString &key) const;
    void apply(const ColumnLayout &layout);
    void refit();
    void updateKeptWidths();
    void scheduleSave();
    void save();
    void showHeaderMenu(const QPoint &position);

    // Null for a table that is not paged.
    PagedTableView *m_pagedView;
    QTableView *m_table;
    // Guarded because the table may be destroyed before this object, which
    // its parent may own alongside it.
    QPointer<QHeaderView> m_header;
    // The header's viewport, which receives the mouse events; compared only.
    QObject *m_headerViewport;
    QString m_viewKey;
    QString m_viewTitle;
    QVector<Column> m_columns;
    AppSettings *m_settings;
    QHash<QString, int> m_userWidths;
    QTimer *m_saveTimer;
    QPointer<ColumnsDialog> m_dialog;
    // True while this class moves, hides or sizes sections itself.
    bool m_applying = false;
    // True while a mouse button is down on the header: only then is a
    // change of width the user's.
    bool m_pointerDown = false;
};

} // namespace Activo
