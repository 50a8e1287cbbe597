#pragma once

#include "RecordContext.h"
#include "models/ResourceCatalog.h"

#include <QJsonObject>
#include <QUuid>
#include <QWidget>

class QAction;
class QToolButton;

namespace Activo {

class PagedTableView;
class RecordListModel;
class TableColumns;

// One API list in the main window: the paged table with its loading, empty
// and failed states, and the buttons that fit the resource (New and Edit
// for master data, Open for records with details, Open asset for records
// that name an asset).
//
// The list loads when it is first shown for a company, not before.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    RecordListPage(const RecordContext &context, Resource resource, QWidget *parent = nullptr);

    Resource resource() const;
    const ResourceDescription &description() const;
    RecordListModel *model() const { return m_model; }
    PagedTableView *view() const { return m_view; }
    // The shown columns, their order and widths, saved under the list's key.
    TableColumns *columns() const { return m_columns; }

    // Shows the list of this company, loading it unless it is already listed.
    void showCompany(const QString &companyId);
    void reload();
    // "Showing 12 of 12 transfers", for the status bar.
    QString statusText() const;
    // Columns that show linked records as "code — name".
    static QList<int> linkColumns(const ResourceDescription &description);

    // Opens the editor for a new record, or for the current one (master data only).
    void createRecord();
    void editCurrentRecord();
    // Opens the drill-down, the editor or the asset of the current row.
    void openCurrentRecord();
    void openCurrentAsset();

Q_SIGNALS:
    void statusChanged();
    void openAssetRequested(const QUuid &assetId);
    void masterDataSaved(const QString &companyId, Activo::LookupKind kind);

private:
    void openRow(int row);
    void updateActions();
    void selectSavedRecord();
    QJsonObject currentRecord() const;

    RecordContext m_context;
    RecordListModel *m_model;
    PagedTableView *m_view;
    TableColumns *m_columns = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openAssetAction = nullptr;
    // Selected once a reload lists it: the record the user just saved.
    QString m_savedRecordId;

};

} // namespace Activo
