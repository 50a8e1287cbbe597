#pragma once

#include "export/ExportWriter.h"

#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace Activo {

// A list laid out on paper: on every page a header with the list, the
// company, the search text and the date, then the column headings and as
// many rows as fit, and "Page N of M" at the foot. Cells read as on screen
// (amounts grouped in the locale, dates in its short format). Columns get
// their natural width when the page has room. Otherwise text columns share
// what amounts, dates and numbers leave, and long text is cut with "…".
// Only QtGui is used, so pages can be painted on a worker thread.
class TablePrintout
{
    Q_DECLARE_TR_FUNCTIONS(TablePrintout)

public:
    TablePrintout(QVector<ExportColumn> columns, ExportInfo info, QLocale locale);

    void addRows(const QVector<ExportRow> &rows);
    qint64 rowCount() const { return m_rows.size(); }

    // The text of a cell as the printout shows it.
    static QString cellText(const ExportCell &cell, const QLocale &locale);
    // Landscape when the columns' natural widths, measured on `titles` and
    // `sampleRows`, do not fit across a portrait page of `pageSize`.
    static QPageLayout::Orientation preferredOrientation(const QStringList &titles,
                                                         const QVector<QStringList> &sampleRows,
                                                         const QPageSize &pageSize);
    // preferredOrientation() measured on every row added so far.
    QPageLayout::Orientation orientationFor(const QPageSize &pageSize) const;
    // A4, or US Letter where the locale measures in US units.
    static QPageSize defaultPageSize(const QLocale &locale);

    // Paints every page on `device`, whose page layout is already set.
    // `onPage(page, pages)` runs before each page; returning false stops
    // and makes paint() return false. Also false when painting cannot start.
    bool paint(QPagedPaintDevice *device, const std::function<bool(int page, int pages)> &onPage);

private:
    struct Layout;
    Layout layOut(QPainter &painter, const QRectF &page) const;
    void paintPage(QPainter &painter, const Layout &layout, int page, int pages) const;

    QVector<ExportColumn> m_columns;
    ExportInfo m_info;
    QLocale m_locale;
    QVector<QStringList> m_rows;
};

// Writes a list as a PDF file through QPdfWriter, on the export's worker thread.
class PdfExportWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExportWriter)

public:
    PdfExportWriter(QString path, const QLocale &locale);
    ~PdfExportWriter() override;

    bool begin(const QVector<ExportColumn> &columns, const ExportInfo &info) override;
    bool writeRows(const QVector<ExportRow> &rows) override;
    bool finish() override;
    void discard() override;

private:
    ExportFile m_file;
    QLocale m_locale;
    std::unique_ptr<TablePrintout> m_printout;
    QString m_title;
};

// Prints a list on a printer the user chose in QPrintDialog. The printer's
// page layout is kept as the user set it.
class PrinterExportWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PrinterExportWriter)

public:
    PrinterExportWriter(std::unique_ptr<QPrinter> printer, const QLocale &locale);
    ~PrinterExportWriter() override;

    bool begin(const QVector<ExportColumn> &columns, const ExportInfo &info) override;
    bool writeRows(const QVector<ExportRow> &rows) override;
    bool finish() override;
    void discard() override;

private:
    std::unique_ptr<QPrinter> m_printer;
    QLocale m_locale;
    std::unique_ptr<TablePrintout> m_printout;
};

} // namespace Activo
