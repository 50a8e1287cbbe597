#pragma once

#include "export/ExportWriter.h"

#include <QLocale>

#include <memory>

namespace Activo {

// An .xlsx workbook with one worksheet, written with libxlsxwriter. The header
// row is bold and frozen and has a filter. Amounts are numbers with two
// decimals, dates are dates in the locale's short format, and text is
// written as strings, so text that starts with "=" stays text. Columns are as
// wide as their longest entry, within limits.
//
// The workbook is built in a temporary file of the system's temporary folder
// and copied into the target's ExportFile by finish(). Builds without
// libxlsxwriter have this class too: isAvailable() is false there and
// begin() fails.
class XlsxExportWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExportWriter)

public:
    XlsxExportWriter(QString path, const QLocale &locale);
    ~XlsxExportWriter() override;

    static bool isAvailable();
    // Excel's number format for the locale's short date with a four-digit
    // year ("dd/mm/yyyy"), or "yyyy-mm-dd" when the locale's format has
    // parts that do not translate.
    static QString excelDateFormat(const QLocale &locale);
    // Up to 31 characters without []:*?/\, as Excel requires of sheet names.
    static QString sheetName(const QString &title);

    bool begin(const QVector<ExportColumn> &columns, const ExportInfo &info) override;
    bool writeRows(const QVector<ExportRow> &rows) override;
    bool finish() override;
    void discard() override;

    // Data rows one worksheet holds: Excel's 1,048,576 rows less the header.
    static constexpr qint64 kMaxRows = 1048575;

private:
    struct Workbook;

    ExportFile m_file;
    QString m_dateFormat;
    std::unique_ptr<Workbook> m_workbook;
};

} // namespace Activo
