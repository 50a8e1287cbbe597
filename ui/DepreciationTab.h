#pragma once

#include "ListExportTarget.h"
#include "RecordContext.h"
#include "models/Asset.h"
#include "models/DepreciationSchedule.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Activo {

class ErrorPanel;
class ListExporter;
class TableColumns;
class PageWalker;

// The periods of a DepreciationSchedule as table rows. Posted months read
// as usual; computed ones are in italics and greyed, so the two never look
// alike.
class ScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, OpeningColumn, ChargeColumn, AccumulatedColumn, ClosingColumn, SourceColumn, ColumnCount };
    enum Role { PostedRole = Qt::UserRole + 1, CentsRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSchedule(const DepreciationSchedule &schedule);
    const DepreciationSchedule &schedule() const { return m_schedule; }
    // Rows after this one are shown as later than the chosen "as of" month.
    void setAsOfRow(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DepreciationSchedule m_schedule;
    int m_asOfRow = -1;
};

// The Depreciation tab of an asset's details: the schedule from acquisition
// to the end of the useful life (posted entries from the API, the rest
// computed), an "as of" month with the figures at that point, totals, and a
// chart of the book value over time (posted solid, computed dashed, the
// chosen month marked). Entries load the first time the tab is shown.
class DepreciationTab : public QWidget
{
    Q_OBJECT

public:
    DepreciationTab(const RecordContext &context, QString companyId, QWidget *parent = nullptr);
    ~DepreciationTab() override;

    // The asset as loaded by the details dialog; entries are read again.
    void setAsset(const Asset &asset);
    void reload();

    ScheduleModel *scheduleModel() const { return m_model; }
    QComboBox *asOfBox() const { return m_asOfBox; }
    QChart *chart() const { return m_chart; }
    QString totalsText() const;
    QString noteText() const;
    bool isLoaded() const { return m_loaded; }
    // The schedule as shown, for Export and Print; invalid before it loads.
    ListExportTarget exportTarget() const;
    ListExporter *exporter() const { return m_exporter; }
    // The schedule's shown columns and their order, saved as "depreciationSchedule".
    TableColumns *columns() const { return m_columns; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startLoading();
    void showSchedule();
    void updateAsOf();
    void updateChart();

    RecordContext m_context;
    QString m_companyId;
    std::optional<Asset> m_asset;
    QVector<DepreciationSchedule::PostedEntry> m_entries;
    int m_unreadableEntries = 0;
    QPointer<PageWalker> m_walker;
    bool m_loaded = false;
    bool m_shownOnce = false;

    QStackedWidget *m_pages;
    QLabel *m_messageLabel;
    ErrorPanel *m_errorPanel;
    QLabel *m_noteLabel;
    QComboBox *m_asOfBox;
    QLabel *m_totalsLabel;
    QTableView *m_table;
    ScheduleModel *m_model;
    QChart *m_chart;
    QChartView *m_chartView;
    ListExporter *m_exporter = nullptr;
    TableColumns *m_columns = nullptr;
    QLabel *m_exportStatus;
};

} // namespace Activo
