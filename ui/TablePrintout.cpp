#include "TablePrintout.h"

#include "models/LocaleFormat.h"
#include "models/Money.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>

namespace Activo {

namespace {

constexpr qreal kBodyPointSize = 8.0;
constexpr qreal kMinBodyPointSize = 6.0;
constexpr qreal kTitlePointSize = 12.0;
constexpr qreal kMarginMillimetres = 12.0;
// Cells measured per column when sizing columns: those with the maximum character counts.
constexpr int kMeasuredCellsPerColumn = 24;
// Text columns keep at least this many average characters when they shrink.
constexpr qreal kMinTextColumnCharacters = 10.0;

bool isNumeric(ExportValueType type)
{
    return type == ExportValueType::Amount || type == ExportValueType::Integer;
}

QFont bodyFont(qreal pointSize)
{
    QFont font;
    font.setPointSizeF(pointSize);
    // Without shaping, Latin text gets no ligatures, so "Office" stays
    // searchable in the PDF; scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont boldFont(qreal pointSize)
{
    QFont font = bodyFont(pointSize);
    font.setBold(true);
    return font;
}

// The texts of each column with the maximum character counts, which are the candidates for its widest cell.
QVector<QStringList> longestTexts(const QVector<QStringList> &rows, int columnCount)
{
    QVector<QStringList> longest(columnCount);
    for (const QStringList &row : rows) {
        for (int column = 0; column < columnCount && column < row.size(); ++column) {
            QStringList &candidates = longest[column];
            const QString &text = row.at(column);
            if (candidates.size() >= kMeasuredCellsPerColumn && text.size() <= candidates.constLast().size())
                continue;
            const auto at = std::lower_bound(candidates.begin(), candidates.end(), text,
                                             [](const QString &a, const QString &b) { return a.size() > b.size(); });
            candidates.insert(at, text);
            if (candidates.size() > kMeasuredCellsPerColumn)
                candidates.removeLast();
        }
    }
    return longest;
}

QVector<qreal> naturalWidths(const QFontMetricsF &body, const QFontMetricsF &bold, const QStringList &titles,
                             const QVector<QStringList> &rows)
{
    const int columnCount = int(titles.size());
    const QVector<QStringList> longest = longestTexts(rows, columnCount);
    const qreal padding = body.averageCharWidth() * 1.5;
    QVector<qreal> widths(columnCount);
    for (int column = 0; column < columnCount; ++column) {
        qreal width = bold.horizontalAdvance(titles.at(column));
        for (const QString &text : longest.at(column))
            width = std::max(width, body.horizontalAdvance(text));
        widths[column] = width + padding;
    }
    return widths;
}

// Widths that fill `available`. Amounts, dates and numbers keep their
// natural width. When text columns do not all fit, each gets its natural
// width up to a common cap, so short columns such as codes stay whole and
// only the long ones are cut. The cap is never below `minimum`, so a list
// too wide even then runs past `available` and more cells are cut. When
// they all fit, text columns grow in proportion to their natural width.
QVector<qreal> fitWidths(const QVector<qreal> &natural, const QVector<bool> &isText, qreal minimum, qreal available)
{
    QVector<qreal> widths = natural;
    QVector<qreal> textWidths;
    qreal left = available;
    for (int column = 0; column < natural.size(); ++column) {
        if (isText.at(column))
            textWidths << natural.at(column);
        else
            left -= natural.at(column);
    }
    if (textWidths.isEmpty())
        return widths;

    qreal textNatural = 0;
    for (qreal width : std::as_const(textWidths))
        textNatural += width;
    if (textNatural <= left) {
        const qreal extra = left - textNatural;
        for (int column = 0; column < natural.size(); ++column) {
            if (isText.at(column))
                widths[column] = natural.at(column) + natural.at(column) * extra / textNatural;
        }
        return widths;
    }

    // The cap: columns narrower than an even share of what is left keep
    // their width, and the others split the rest evenly.
    std::sort(textWidths.begin(), textWidths.end());
    qreal cap = 0;
    qreal remaining = std::max<qreal>(0, left);
    for (int i = 0; i < textWidths.size(); ++i) {
        const qreal share = remaining / qreal(textWidths.size() - i);
        if (textWidths.at(i) > share) {
            cap = share;
            break;
        }
        remaining -= textWidths.at(i);
    }
    cap = std::max(cap, minimum);
    for (int column = 0; column < natural.size(); ++column) {
        if (isText.at(column))
            widths[column] = std::min(natural.at(column), cap);
    }
    return widths;
}

QImage pointDevice()
{
    // 72 dots per inch: one pixel is one point.
    QImage image(1, 1, QImage::Format_ARGB32);
    image.setDotsPerMeterX(2835);
    image.setDotsPerMeterY(2835);
    return image;
}

} // namespace

struct TablePrintout::Layout
{
    QRectF page;
    QFont body;
    QFont bold;
    QFont title;
    qreal rowHeight = 0;
    qreal headerHeight = 0;
    qreal footerHeight = 0;
    qreal padding = 0;
    QVector<qreal> x;
    QVector<qreal> widths;
    int rowsPerPage = 1;
};

TablePrintout::TablePrintout(QVector<ExportColumn> columns, ExportInfo info, QLocale locale)
    : m_columns(std::move(columns))
    , m_info(std::move(info))
    , m_locale(std::move(locale))
{
}

QString TablePrintout::cellText(const ExportCell &cell, const QLocale &locale)
{
    if (cell.empty)
        return QString();
    switch (cell.type) {
    case ExportValueType::Text: return cell.text;
    case ExportValueType::Amount: return Money::fromCents(cell.number).toString(locale);
    case ExportValueType::Integer: return locale.toString(cell.number);
    case ExportValueType::Date: return LocaleFormat::shortDate(cell.date, locale);
    }
    return QString();
}

void TablePrintout::addRows(const QVector<ExportRow> &rows)
{
    // NOTE: the texts of every row stay in memory until paint(), because
    // "Page N of M" needs the page count before the first page is drawn.
    // A printout of the whole of a very large register costs memory to match.
    m_rows.reserve(m_rows.size() + rows.size());
    for (const ExportRow &row : rows) {
        QStringList texts;
        texts.reserve(row.size());
        for (const ExportCell &cell : row)
            texts << cellText(cell, m_locale);
        m_rows.append(texts);
    }
}

QPageSize TablePrintout::defaultPageSize(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

QPageLayout::Orientation TablePrintout::orientationFor(const QPageSize &pageSize) const
{
    QStringList titles;
    for (const ExportColumn &column : m_columns)
        titles << column.title;
    return preferredOrientation(titles, m_rows, pageSize);
}

QPageLayout::Orientation TablePrintout::preferredOrientation(const QStringList &titles,
                                                             const QVector<QStringList> &sampleRows,
                                                             const QPageSize &pageSize)
{
    QImage device = pointDevice();
    const QVector<qreal> widths = naturalWidths(QFontMetricsF(bodyFont(kBodyPointSize), &device),
                                                QFontMetricsF(boldFont(kBodyPointSize), &device), titles, sampleRows);
    qreal total = 0;
    for (qreal width : widths)
        total += width;
    const qreal margins = 2 * kMarginMillimetres * 72.0 / 25.4;
    const qreal portraitWidth = pageSize.size(QPageSize::Point).width() - margins;
    return total > portraitWidth ? QPageLayout::Landscape : QPageLayout::Portrait;
}

TablePrintout::Layout TablePrintout::layOut(QPainter &painter, const QRectF &page) const
{
    Layout layout;
    layout.page = page;
    QPaintDevice *device = painter.device();
    QStringList titles;
    for (const ExportColumn &column : m_columns)
        titles << column.title;

    // Shrinks the font, down to kMinBodyPointSize, while the amounts, dates
    // and the smallest text columns do not fit across.
    qreal pointSize = kBodyPointSize;
    QVector<qreal> widths;
    for (;;) {
        const QFontMetricsF body(bodyFont(pointSize), device);
        widths = naturalWidths(body, QFontMetricsF(boldFont(pointSize), device), titles, m_rows);
        qreal required = 0;
        for (int column = 0; column < widths.size(); ++column) {
            const bool fixed = m_columns.at(column).type != ExportValueType::Text;
            required += fixed ? widths.at(column)
                              : std::min(widths.at(column), body.averageCharWidth() * kMinTextColumnCharacters);
        }
        if (required <= page.width() || pointSize <= kMinBodyPointSize)
            break;
        pointSize = std::max(kMinBodyPointSize, pointSize - 0.5);
    }
    layout.body = bodyFont(pointSize);
    layout.bold = boldFont(pointSize);
    layout.title = boldFont(kTitlePointSize);

    QVector<bool> isText;
    for (const ExportColumn &column : m_columns)
        isText << (column.type == ExportValueType::Text);
    const qreal minimumText = QFontMetricsF(layout.body, device).averageCharWidth() * kMinTextColumnCharacters;
    widths = fitWidths(widths, isText, minimumText, page.width());
    qreal x = page.left();
    for (qreal width : std::as_const(widths)) {
        layout.x.append(x);
        layout.widths.append(width);
        x += width;
    }

    const QFontMetricsF body(layout.body, device);
    const QFontMetricsF title(layout.title, device);
    layout.padding = body.averageCharWidth() * 0.75;
    layout.rowHeight = body.height() * 1.45;
    layout.headerHeight = title.height() * 1.3 + body.height() * 1.6 + layout.rowHeight * 1.2;
    layout.footerHeight = body.height() * 2.0;
    const qreal rowsArea = page.height() - layout.headerHeight - layout.footerHeight;
    layout.rowsPerPage = std::max(1, int(rowsArea / layout.rowHeight));
    return layout;
}

void TablePrintout::paintPage(QPainter &painter, const Layout &layout, int page, int pages) const
{
    const QRectF &area = layout.page;
    const QFontMetricsF bodyMetrics(layout.body, painter.device());
    const QFontMetricsF titleMetrics(layout.title, painter.device());
    const qreal lineWidth = std::max<qreal>(1.0, bodyMetrics.height() / 16);

    // The header: the list and the company, the time printed, the search text and the row count.
    painter.setPen(Qt::black);
    painter.setFont(layout.title);
    const QRectF titleLine(area.left(), area.top(), area.width(), titleMetrics.height());
    const QString heading = m_info.company.isEmpty() ? m_info.title
                                                     : m_info.title + QStringLiteral(" · ") + m_info.company;
    painter.drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(heading, Qt::ElideRight, area.width() * 0.7));
    painter.setFont(layout.body);
    const QString printed = tr("Printed %1 %2")
                                .arg(LocaleFormat::shortDate(m_info.created.date(), m_locale),
                                     m_locale.toString(m_info.created.time(), QLocale::ShortFormat));
    painter.drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, printed);

    const QRectF infoLine(area.left(), titleLine.bottom() + titleMetrics.height() * 0.3, area.width(),
                          bodyMetrics.height());
    QString info = tr("%Ln row(s)", nullptr, int(std::min<qint64>(m_rows.size(), INT_MAX)));
    if (!m_info.search.isEmpty())
        info = tr("Search: “%1”").arg(m_info.search) + QStringLiteral(" · ") + info;
    painter.drawText(infoLine, Qt::AlignLeft | Qt::AlignVCenter,
                     bodyMetrics.elidedText(info, Qt::ElideRight, area.width()));

    // Column headings with a rule beneath.
    const qreal headingTop = area.top() + layout.headerHeight - layout.rowHeight * 1.2;
    painter.setFont(layout.bold);
    const QFontMetricsF boldMetrics(layout.bold, painter.device());
    for (int column = 0; column < m_columns.size(); ++column) {
        const QRectF cell(layout.x.at(column) + layout.padding, headingTop, layout.widths.at(column) - 2 * layout.padding,
                          layout.rowHeight);
        const Qt::Alignment alignment = (isNumeric(m_columns.at(column).type) ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter;
        painter.drawText(cell, alignment, boldMetrics.elidedText(m_columns.at(column).title, Qt::ElideRight, cell.width()));
    }
    const qreal rowsTop = headingTop + layout.rowHeight;
    painter.setPen(QPen(Qt::black, lineWidth));
    painter.drawLine(QPointF(area.left(), rowsTop), QPointF(area.right(), rowsTop));

    // The rows of this page, every other one shaded.
    painter.setFont(layout.body);
    const qint64 first = qint64(page - 1) * layout.rowsPerPage;
    const qint64 last = std::min<qint64>(first + layout.rowsPerPage, m_rows.size());
    for (qint64 index = first; index < last; ++index) {
        const qreal top = rowsTop + lineWidth + qreal(index - first) * layout.rowHeight;
        if ((index - first) % 2 == 1)
            painter.fillRect(QRectF(area.left(), top, area.width(), layout.rowHeight), QColor(0xee, 0xee, 0xee));
        painter.setPen(Qt::black);
        const QStringList &row = m_rows.at(index);
        for (int column = 0; column < m_columns.size() && column < row.size(); ++column) {
            const QRectF cell(layout.x.at(column) + layout.padding, top,
                              layout.widths.at(column) - 2 * layout.padding, layout.rowHeight);
            const Qt::Alignment alignment = (isNumeric(m_columns.at(column).type) ? Qt::AlignRight : Qt::AlignLeft)
                | Qt::AlignVCenter;
            painter.drawText(cell, alignment, bodyMetrics.elidedText(row.at(column), Qt::ElideRight, cell.width()));
        }
    }
    if (m_rows.isEmpty()) {
        painter.drawText(QRectF(area.left(), rowsTop + layout.rowHeight * 0.5, area.width(), layout.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("No rows match."));
    }

    // The foot: the page number, centred.
    const QRectF footer(area.left(), area.bottom() - layout.footerHeight, area.width(), layout.footerHeight);
    painter.setPen(QPen(Qt::black, lineWidth));
    painter.drawLine(QPointF(area.left(), footer.top()), QPointF(area.right(), footer.top()));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %L1 of %L2").arg(page).arg(pages));
}

bool TablePrintout::paint(QPagedPaintDevice *device, const std::function<bool(int page, int pages)> &onPage)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF page(0, 0, device->width(), device->height());
    const Layout layout = layOut(painter, page);
    const int pages = std::max<qint64>(1, (m_rows.size() + layout.rowsPerPage - 1) / layout.rowsPerPage);
    for (int number = 1; number <= pages; ++number) {
        if (!onPage(number, pages)) {
            painter.end();
            return false;
        }
        if (number > 1 && !device->newPage()) {
            painter.end();
            return false;
        }
        paintPage(painter, layout, number, pages);
    }
    return painter.end();
}

PdfExportWriter::PdfExportWriter(QString path, const QLocale &locale)
    : m_file(std::move(path))
    , m_locale(locale)
{
}

PdfExportWriter::~PdfExportWriter() = default;

bool PdfExportWriter::begin(const QVector<ExportColumn> &columns, const ExportInfo &info)
{
    QString error;
    if (!m_file.open(&error)) {
        setErrorString(error);
        return false;
    }
    m_title = info.company.isEmpty() ? info.title : info.title + QStringLiteral(" · ") + info.company;
    m_printout = std::make_unique<TablePrintout>(columns, info, m_locale);
    return true;
}

bool PdfExportWriter::writeRows(const QVector<ExportRow> &rows)
{
    m_printout->addRows(rows);
    return true;
}

bool PdfExportWriter::finish()
{
    QPdfWriter writer(m_file.device());
    writer.setResolution(300);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Activo Desk"));
    const QPageSize pageSize = TablePrintout::defaultPageSize(m_locale);
    writer.setPageLayout(QPageLayout(pageSize, m_printout->orientationFor(pageSize),
                                     QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres,
                                               kMarginMillimetres),
                                     QPageLayout::Millimeter));
    const bool painted = m_printout->paint(&writer, [this](int page, int pages) {
        reportProgress(page, pages);
        return !isCancelled();
    });
    if (!painted) {
        setErrorString(isCancelled() ? tr("The export was cancelled.")
                                     : m_file.writeError(tr("the PDF pages could not be drawn")));
        return false;
    }
    QString error;
    if (!m_file.commit(&error)) {
        setErrorString(error);
        return false;
    }
    return true;
}

void PdfExportWriter::discard()
{
    m_printout.reset();
    m_file.discard();
}

PrinterExportWriter::PrinterExportWriter(std::unique_ptr<QPrinter> printer, const QLocale &locale)
    : m_printer(std::move(printer))
    , m_locale(locale)
{
}

PrinterExportWriter::~PrinterExportWriter() = default;

bool PrinterExportWriter::begin(const QVector<ExportColumn> &columns, const ExportInfo &info)
{
    m_printout = std::make_unique<TablePrintout>(columns, info, m_locale);
    if (m_printer->docName().isEmpty())
        m_printer->setDocName(info.title);
    return true;
}

bool PrinterExportWriter::writeRows(const QVector<ExportRow> &rows)
{
    m_printout->addRows(rows);
    return true;
}

bool PrinterExportWriter::finish()
{
    const bool painted = m_printout->paint(m_printer.get(), [this](int page, int pages) {
        reportProgress(page, pages);
        if (isCancelled()) {
            m_printer->abort();
            return false;
        }
        return true;
    });
    if (!painted) {
        setErrorString(isCancelled() ? tr("Printing was cancelled.")
                                     : tr("The printer %1 could not print the list. Check that it is connected "
                                          "and try again.")
                                           .arg(m_printer->printerName()));
        return false;
    }
    return true;
}

void PrinterExportWriter::discard()
{
    m_printout.reset();
}

} // namespace Activo
