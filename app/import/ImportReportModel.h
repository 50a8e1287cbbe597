#pragma once

#include "import/ImportLine.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Activo {

// The lines of an import as a table: line number, asset code, the dry run's
// action or the run's outcome, and the message. One model serves the dry
// run page and the report page.
class ImportReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { Plan, Outcome };
    enum Column { LineColumn, CodeColumn, ResultColumn, MessageColumn, ColumnCount };
    // The ImportAction or ImportOutcome of the row, as an int.
    static constexpr int ResultRole = Qt::UserRole + 1;

    explicit ImportReportModel(Mode mode, QObject *parent = nullptr);

    void setLines(const QVector<ImportLine> &lines);
    const QVector<ImportLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The header and every row as text cells, in column order.
    QVector<QStringList> textRows() const;
    // Tab-separated lines for the clipboard, with the header first.
    QString toPlainText() const;
    // CSV as CsvWriter writes exports: UTF-8 with a byte order mark, CRLF.
    QByteArray toCsv(QChar separator) const;

private:
    QString resultText(const ImportLine &line) const;
    QString messageText(const ImportLine &line) const;

    Mode m_mode;
    QVector<ImportLine> m_lines;
};

} // namespace Activo
