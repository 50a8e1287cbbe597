#include "export/XlsxWriter.h"

#include "models/LocaleFormat.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryFile>

#ifdef ACTIVO_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include <algorithm>

namespace Activo {

namespace {

// Excel's limit on the characters of one cell.
constexpr qsizetype kMaxCellLength = 32767;
// Column widths in characters of the default font.
constexpr int kMinColumnWidth = 8;
constexpr int kMaxColumnWidth = 60;
constexpr int kAmountColumnWidth = 14;
constexpr int kDateColumnWidth = 12;

} // namespace

QString XlsxExportWriter::excelDateFormat(const QLocale &locale)
{
    const QString qtFormat = LocaleFormat::shortDateFormat(locale);
    QString excel;
    bool quoted = false;
    for (const QChar c : qtFormat) {
        if (c == u'\'') {
            quoted = !quoted;
            excel += u'"';
        } else if (quoted) {
            excel += c;
        } else if (c == u'd' || c == u'y') {
            excel += c;
        } else if (c == u'M') {
            excel += u'm';
        } else if (c.isLetter()) {
            // Hours, eras and the like have no place in a date cell.
            return QStringLiteral("yyyy-mm-dd");
        } else if (c == u'"' || c == u'\\') {
            return QStringLiteral("yyyy-mm-dd");
        } else {
            excel += c;
        }
    }
    if (quoted || !excel.contains(QLatin1String("yyyy")))
        return QStringLiteral("yyyy-mm-dd");
    return excel;
}

QString XlsxExportWriter::sheetName(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        if (QStringView(u"[]:*?/\\").contains(c))
            continue;
        name += c;
    }
    name = name.trimmed();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name.truncate(31);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

#ifdef ACTIVO_HAVE_XLSXWRITER

struct XlsxExportWriter::Workbook
{
    QTemporaryFile file;
    QByteArray fileName;
    QByteArray tempFolder;
    QByteArray title;
    QByteArray company;
    QByteArray subject;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *header = nullptr;
    lxw_format *amount = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *date = nullptr;
    QVector<ExportColumn> columns;
    QVector<int> widths;
    lxw_row_t nextRow = 1;

    ~Workbook()
    {
        // Frees a workbook that was never closed, without writing it.
        if (book)
            lxw_workbook_free(book);
    }
};

bool XlsxExportWriter::isAvailable()
{
    return true;
}

XlsxExportWriter::XlsxExportWriter(QString path, const QLocale &locale)
    : m_file(std::move(path))
    , m_dateFormat(excelDateFormat(locale))
{
}

XlsxExportWriter::~XlsxExportWriter() = default;

bool XlsxExportWriter::begin(const QVector<ExportColumn> &columns, const ExportInfo &info)
{
    QString error;
    if (!m_file.open(&error)) {
        setErrorString(error);
        return false;
    }
    auto workbook = std::make_unique<Workbook>();
    workbook->file.setFileTemplate(QDir::temp().filePath(QStringLiteral("activo-export-XXXXXX.xlsx")));
    if (!workbook->file.open()) {
        setErrorString(tr("A temporary file for the workbook could not be created in %1: %2. Free some space "
                          "there and export again.")
                           .arg(QDir::toNativeSeparators(QDir::tempPath()), workbook->file.errorString()));
        discard();
        return false;
    }
    workbook->file.close();
    workbook->fileName = QFile::encodeName(workbook->file.fileName());
    workbook->tempFolder = QFile::encodeName(QDir::tempPath());

    // Constant-memory mode keeps one row in memory, whatever the register's size.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = workbook->tempFolder.data();
    options.use_zip64 = LXW_TRUE;
    workbook->book = workbook_new_opt(workbook->fileName.constData(), &options);
    if (!workbook->book) {
        setErrorString(tr("The workbook could not be started. Export as CSV instead."));
        discard();
        return false;
    }

    workbook->title = info.title.toUtf8();
    workbook->company = info.company.toUtf8();
    workbook->subject = info.search.toUtf8();
    lxw_doc_properties properties = {};
    properties.title = workbook->title.data();
    properties.company = workbook->company.data();
    if (!workbook->subject.isEmpty())
        properties.keywords = workbook->subject.data();
    workbook_set_properties(workbook->book, &properties);

    const QByteArray name = sheetName(info.title).toUtf8();
    workbook->sheet = workbook_add_worksheet(workbook->book, name.constData());
    workbook->header = workbook_add_format(workbook->book);
    format_set_bold(workbook->header);
    workbook->amount = workbook_add_format(workbook->book);
    format_set_num_format(workbook->amount, "#,##0.00");
    workbook->integer = workbook_add_format(workbook->book);
    format_set_num_format(workbook->integer, "0");
    workbook->date = workbook_add_format(workbook->book);
    format_set_num_format(workbook->date, m_dateFormat.toUtf8().constData());

    workbook->columns = columns;
    workbook->widths.fill(kMinColumnWidth, columns.size());
    for (int column = 0; column < columns.size(); ++column) {
        const QByteArray title = columns.at(column).title.left(kMaxCellLength).toUtf8();
        worksheet_write_string(workbook->sheet, 0, lxw_col_t(column), title.constData(), workbook->header);
        workbook->widths[column] = std::max(workbook->widths.at(column), int(columns.at(column).title.size()) + 2);
    }
    worksheet_freeze_panes(workbook->sheet, 1, 0);
    m_workbook = std::move(workbook);
    return true;
}

bool XlsxExportWriter::writeRows(const QVector<ExportRow> &rows)
{
    Workbook &w = *m_workbook;
    if (qint64(w.nextRow) - 1 + rows.size() > kMaxRows) {
        setErrorString(tr("The list has more rows than the maximum of one worksheet (%L1). Export it as CSV instead.")
                           .arg(kMaxRows));
        discard();
        return false;
    }
    for (const ExportRow &row : rows) {
        const lxw_row_t rowIndex = w.nextRow++;
        for (int column = 0; column < row.size() && column < w.columns.size(); ++column) {
            const ExportCell &cell = row.at(column);
            if (cell.empty)
                continue;
            const auto col = lxw_col_t(column);
            lxw_error result = LXW_NO_ERROR;
            int width = 0;
            switch (cell.type) {
            case ExportValueType::Text: {
                const QByteArray text = cell.text.left(kMaxCellLength).toUtf8();
                result = worksheet_write_string(w.sheet, rowIndex, col, text.constData(), nullptr);
                width = int(std::min<qsizetype>(cell.text.size(), kMaxColumnWidth)) + 2;
                break;
            }
            case ExportValueType::Amount:
                // cents / 100.0 is correctly rounded, so it is the double
                // nearest to the exact amount: the same double that Excel
                // makes of the text "1234.56".
                result = worksheet_write_number(w.sheet, rowIndex, col, double(cell.number) / 100.0, w.amount);
                width = kAmountColumnWidth;
                break;
            case ExportValueType::Integer:
                result = worksheet_write_number(w.sheet, rowIndex, col, double(cell.number), w.integer);
                width = int(QString::number(cell.number).size()) + 2;
                break;
            case ExportValueType::Date: {
                lxw_datetime when = {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
                result = worksheet_write_datetime(w.sheet, rowIndex, col, &when, w.date);
                width = std::max(kDateColumnWidth, int(m_dateFormat.size()) + 2);
                break;
            }
            }
            if (result != LXW_NO_ERROR) {
                setErrorString(tr("Row %L1 could not be added to the workbook: %2. Export as CSV instead.")
                                   .arg(qint64(rowIndex))
                                   .arg(QString::fromUtf8(lxw_strerror(result))));
                discard();
                return false;
            }
            w.widths[column] = std::max(w.widths.at(column), width);
        }
    }
    return true;
}

bool XlsxExportWriter::finish()
{
    Workbook &w = *m_workbook;
    for (int column = 0; column < w.widths.size(); ++column) {
        const double width = std::min(w.widths.at(column), kMaxColumnWidth);
        worksheet_set_column(w.sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
    }
    if (!w.columns.isEmpty())
        worksheet_autofilter(w.sheet, 0, 0, w.nextRow - 1, lxw_col_t(w.columns.size() - 1));

    const lxw_error closed = workbook_close(w.book);
    w.book = nullptr;
    if (closed != LXW_NO_ERROR) {
        setErrorString(m_file.writeError(QString::fromUtf8(lxw_strerror(closed))));
        discard();
        return false;
    }

    // The finished workbook goes into the target's temporary file in pieces.
    QFile built(w.file.fileName());
    if (!built.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.writeError(built.errorString()));
        discard();
        return false;
    }
    QByteArray buffer;
    while (!built.atEnd()) {
        buffer = built.read(1 << 20);
        if (buffer.isEmpty() && built.error() != QFileDevice::NoError) {
            setErrorString(m_file.writeError(built.errorString()));
            discard();
            return false;
        }
        if (m_file.device()->write(buffer) != buffer.size()) {
            setErrorString(m_file.writeError(m_file.device()->errorString()));
            discard();
            return false;
        }
    }
    built.close();
    m_workbook.reset();

    QString error;
    if (!m_file.commit(&error)) {
        setErrorString(error);
        return false;
    }
    return true;
}

void XlsxExportWriter::discard()
{
    // The unfinished workbook and its temporary file go with m_workbook.
    m_workbook.reset();
    m_file.discard();
}

#else // ACTIVO_HAVE_XLSXWRITER

struct XlsxExportWriter::Workbook
{
};

bool XlsxExportWriter::isAvailable()
{
    return false;
}

XlsxExportWriter::XlsxExportWriter(QString path, const QLocale &locale)
    : m_file(std::move(path))
    , m_dateFormat(excelDateFormat(locale))
{
}

XlsxExportWriter::~XlsxExportWriter() = default;

bool XlsxExportWriter::begin(const QVector<ExportColumn> &, const ExportInfo &)
{
    setErrorString(tr("This build of Activo Desk cannot write XLSX files. Export as CSV instead."));
    return false;
}

bool XlsxExportWriter::writeRows(const QVector<ExportRow> &)
{
    return false;
}

bool XlsxExportWriter::finish()
{
    return false;
}

void XlsxExportWriter::discard()
{
}

#endif // ACTIVO_HAVE_XLSXWRITER

} // namespace Activo
