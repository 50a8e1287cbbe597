#pragma once

#include "ListExportTarget.h"
#include "RecordContext.h"

#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Activo {

class ErrorPanel;
class RegisterSummary;
class TableColumns;

// Register summary: cost, accumulated depreciation and net book value of the
// whole register by category or by location, as a table with a total row
// and as a bar chart. The register is read in full when the page is first
// shown for a company, with progress and Cancel.
class RegisterSummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegisterSummaryPage(const RecordContext &context, QWidget *parent = nullptr);

    RegisterSummary *summary() const { return m_summary; }
    QComboBox *groupingBox() const { return m_groupingBox; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QChart *chart() const { return m_chart; }
    // The table's shown columns and their order, saved as "registerSummary".
    TableColumns *columns() const { return m_columns; }
    QString statusText() const;
    // Returns the table as shown, for File › Export and Print. The target is
    // invalid until the whole register has been read.
    ListExportTarget exportTarget(const QString &companyName) const;

    // Loads the summary of this company unless it is already shown.
    void showCompany(const QString &companyId);
    void reload();

Q_SIGNALS:
    void statusChanged();

private:
    void updateState();
    void updateChart();

    RegisterSummary *m_summary;
    QComboBox *m_groupingBox;
    QPushButton *m_reloadButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_stateLabel;
    QStackedWidget *m_pages;
    ErrorPanel *m_errorPanel;
    QTableView *m_table;
    TableColumns *m_columns = nullptr;
    QChart *m_chart;
};

} // namespace Activo
