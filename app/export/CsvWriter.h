#pragma once

#include "export/ExportWriter.h"

#include <QLocale>
#include <QStringList>

namespace Activo {

// CSV that spreadsheet programs open as the user expects: UTF-8 with a byte
// order mark (Excel reads UTF-8 without one as the system code page), CRLF
// line ends and fields quoted as RFC 4180 describes.
struct CsvOptions
{
    QChar separator = u',';
    QChar decimalPoint = u'.';

    // ';' and a decimal comma where the locale writes 1,5; ',' and a point elsewhere.
    static CsvOptions forLocale(const QLocale &locale);
};

namespace Csv {

// Text that a spreadsheet would run as a formula (a leading =, +, -, @, tab
// or carriage return) gets a leading apostrophe, which keeps it as text and
// shows it as it was typed. Other text is returned as it is.
QString guardFormula(const QString &text);
// Encloses the field in double quotes, doubling any inside, when it contains
// the separator, a double quote, CR or LF.
QString quoteField(const QString &field, QChar separator);
// "-1234.56" or "-1234,56": no grouping, two decimals.
QString amountText(qint64 cents, QChar decimalPoint);
// The unquoted text of a cell: guarded text, amounts as above, integers
// as digits, dates as YYYY-MM-DD (which spreadsheets read as dates in every
// locale).
QString cellText(const ExportCell &cell, const CsvOptions &options);
// One record with its CRLF, UTF-8 encoded.
QByteArray encodeRecord(const QStringList &fields, const CsvOptions &options);
// The UTF-8 byte order mark.
QByteArray byteOrderMark();

} // namespace Csv

class CsvExportWriter : public ExportWriter
{
public:
    CsvExportWriter(QString path, CsvOptions options);

    bool begin(const QVector<ExportColumn> &columns, const ExportInfo &info) override;
    bool writeRows(const QVector<ExportRow> &rows) override;
    bool finish() override;
    void discard() override;

private:
    bool write(const QByteArray &bytes);

    ExportFile m_file;
    CsvOptions m_options;
};

} // namespace Activo
