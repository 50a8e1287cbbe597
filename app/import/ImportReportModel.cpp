#include "import/ImportReportModel.h"

#include "export/CsvWriter.h"

namespace Activo {

ImportReportModel::ImportReportModel(Mode mode, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{
}

void ImportReportModel::setLines(const QVector<ImportLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportReportModel::resultText(const ImportLine &line) const
{
    return m_mode == Mode::Plan ? ImportLine::actionText(line.action) : ImportLine::outcomeText(line.outcome);
}

QString ImportReportModel::messageText(const ImportLine &line) const
{
    if (m_mode == Mode::Plan)
        return line.planMessage();
    if (line.requestId.isEmpty() || (line.outcome != ImportOutcome::Failed && line.outcome != ImportOutcome::Unknown))
        return line.outcomeMessage;
    return tr("%1 (request %2)").arg(line.outcomeMessage, line.requestId);
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return QVariant();
    const ImportLine &line = m_lines.at(index.row());
    if (role == ResultRole)
        return m_mode == Mode::Plan ? int(line.action) : int(line.outcome);
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case LineColumn: return role == Qt::DisplayRole ? QVariant(line.line) : QVariant();
    case CodeColumn: return line.assetCode;
    case ResultColumn: return resultText(line);
    case MessageColumn: return messageText(line);
    default: return QVariant();
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case CodeColumn: return tr("Asset code");
    case ResultColumn: return m_mode == Mode::Plan ? tr("Action") : tr("Outcome");
    case MessageColumn: return tr("Message");
    default: return QVariant();
    }
}

QVector<QStringList> ImportReportModel::textRows() const
{
    QVector<QStringList> rows;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    rows << header;
    for (const ImportLine &line : m_lines)
        rows << QStringList{QString::number(line.line), line.assetCode, resultText(line), messageText(line)};
    return rows;
}

QString ImportReportModel::toPlainText() const
{
    QString text;
    for (QStringList row : textRows()) {
        // A tab or line break inside a message would split the pasted cell.
        for (QString &cell : row)
            cell.replace(u'\t', u' ').replace(u'\n', u' ');
        text += row.join(u'\t') + u'\n';
    }
    return text;
}

QByteArray ImportReportModel::toCsv(QChar separator) const
{
    CsvOptions options;
    options.separator = separator;
    QByteArray bytes = Csv::byteOrderMark();
    for (QStringList row : textRows()) {
        for (QString &cell : row)
            cell = Csv::guardFormula(cell);
        bytes += Csv::encodeRecord(row, options);
    }
    return bytes;
}

} // namespace Activo
