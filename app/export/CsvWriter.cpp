#include "export/CsvWriter.h"

#include "models/Money.h"

namespace Activo {

CsvOptions CsvOptions::forLocale(const QLocale &locale)
{
    CsvOptions options;
    if (locale.decimalPoint() == QLatin1String(",")) {
        options.separator = u';';
        options.decimalPoint = u',';
    }
    return options;
}

namespace Csv {

QString guardFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString quoteField(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\r')
        || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString amountText(qint64 cents, QChar decimalPoint)
{
    QString text = Money::fromCents(cents).toDecimalString();
    if (decimalPoint != u'.')
        text.replace(u'.', decimalPoint);
    return text;
}

QString cellText(const ExportCell &cell, const CsvOptions &options)
{
    if (cell.empty)
        return QString();
    switch (cell.type) {
    case ExportValueType::Text: return guardFormula(cell.text);
    case ExportValueType::Amount: return amountText(cell.number, options.decimalPoint);
    case ExportValueType::Integer: return QString::number(cell.number);
    case ExportValueType::Date: return cell.date.toString(Qt::ISODate);
    }
    return QString();
}

QByteArray encodeRecord(const QStringList &fields, const CsvOptions &options)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += options.separator;
        line += quoteField(fields.at(i), options.separator);
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

} // namespace Csv

CsvExportWriter::CsvExportWriter(QString path, CsvOptions options)
    : m_file(std::move(path))
    , m_options(options)
{
}

bool CsvExportWriter::write(const QByteArray &bytes)
{
    if (m_file.device()->write(bytes) == bytes.size())
        return true;
    setErrorString(m_file.writeError(m_file.device()->errorString()));
    discard();
    return false;
}

bool CsvExportWriter::begin(const QVector<ExportColumn> &columns, const ExportInfo &)
{
    QString error;
    if (!m_file.open(&error)) {
        setErrorString(error);
        return false;
    }
    QStringList titles;
    for (const ExportColumn &column : columns)
        titles << Csv::guardFormula(column.title);
    return write(Csv::byteOrderMark() + Csv::encodeRecord(titles, m_options));
}

bool CsvExportWriter::writeRows(const QVector<ExportRow> &rows)
{
    QByteArray chunk;
    QStringList fields;
    for (const ExportRow &row : rows) {
        fields.clear();
        for (const ExportCell &cell : row)
            fields << Csv::cellText(cell, m_options);
        chunk += Csv::encodeRecord(fields, m_options);
    }
    return write(chunk);
}

bool CsvExportWriter::finish()
{
    QString error;
    if (!m_file.commit(&error)) {
        setErrorString(error);
        return false;
    }
    return true;
}

void CsvExportWriter::discard()
{
    m_file.discard();
}

} // namespace Activo
