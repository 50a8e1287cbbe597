#pragma once

#include "RecordContext.h"
#include "models/ResourceCatalog.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

class QLabel;
class QStackedWidget;
class QTableView;

namespace Activo {

class ApiJob;
class ErrorPanel;
class PagedTableView;
class RecordFormatter;
class RecordListModel;
class RecordTableModel;

// A record with its lines: a depreciation run with its entries, a journal
// batch with its debit and credit lines and their totals, a count session
// with its results. The record's own fields are shown above the lines; a
// line that names an asset opens it.
class RecordDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDetailsDialog(const RecordContext &context, ResourceDescription description, QString companyId,
                        QJsonObject record, QWidget *parent = nullptr);
    ~RecordDetailsDialog() override;

    // Starts loading the lines.
    void load();

    QTableView *linesTable() const;
    RecordListModel *linesListModel() const { return m_listModel; }
    RecordTableModel *journalLinesModel() const { return m_tableModel; }
    // "Debit 250.00 · Credit 250.00 · Balanced", for journal batches.
    QString totalsText() const;

Q_SIGNALS:
    void openAssetRequested(const QUuid &assetId);

private:
    void showRecordFields();
    void loadBatch();
    void handleBatch(ApiJob *job);
    void openLineAsset(const QModelIndex &index);

    RecordContext m_context;
    ResourceDescription m_description;
    QString m_companyId;
    QJsonObject m_record;
    RecordFormatter *m_formatter;
    QLabel *m_fieldsLabel;
    QLabel *m_totalsLabel;
    // Runs and sessions: a paged list filtered by the record's id.
    PagedTableView *m_listView = nullptr;
    RecordListModel *m_listModel = nullptr;
    // Journal batches: the lines of GET /journal-batches/{id}.
    QStackedWidget *m_batchPages = nullptr;
    QLabel *m_batchLoading = nullptr;
    ErrorPanel *m_batchError = nullptr;
    QTableView *m_batchTable = nullptr;
    RecordTableModel *m_tableModel = nullptr;
    QPointer<ApiJob> m_job;
};

} // namespace Activo
