#include "import/CsvReader.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Activo {

namespace {

// Windows-1252 bytes 0x80 to 0x9F; the other bytes are the same as Latin-1.
// The five bytes that Windows-1252 leaves undefined decode to U+FFFD.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x80 && value <= 0x9F)
            text.append(QChar(kWindows1252High[value - 0x80]));
        else
            text.append(QChar(char16_t(value)));
    }
    return text;
}

// Number of records looked at when detecting the separator.
constexpr qsizetype kSampleRecords = 20;

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8: return tr("UTF-8");
    case CsvEncoding::Utf8WithBom: return tr("UTF-8 with byte order mark");
    case CsvEncoding::Utf16: return tr("UTF-16");
    case CsvEncoding::Windows1252: return tr("Windows-1252 (Western European)");
    }
    return QString();
}

QString CsvReader::decode(const QByteArray &bytes, CsvEncoding *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = CsvEncoding::Utf8WithBom;
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = CsvEncoding::Utf16;
        QStringDecoder decoder(QStringConverter::Utf16);
        return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        *encoding = CsvEncoding::Utf8;
        return text;
    }
    *encoding = CsvEncoding::Windows1252;
    return decodeWindows1252(bytes);
}

QVector<CsvRecord> CsvReader::splitRecords(const QString &text, QChar separator, qsizetype maxRecords,
                                           int *unterminatedLine)
{
    QVector<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;

    const auto endField = [&] {
        record.cells.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        records.append(record);
        record = CsvRecord();
        record.line = nextLine;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
                continue;
            }
            // A quoted CRLF stays one line break, as the spreadsheet wrote it.
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                field.append(u'\n');
                ++i;
                ++line;
                continue;
            }
            if (c == u'\n' || c == u'\r')
                ++line;
            field.append(c == u'\r' ? QChar(u'\n') : c);
            continue;
        }

        if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
            if (maxRecords > 0 && records.size() >= maxRecords)
                return records;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }

    if (inQuotes) {
        *unterminatedLine = quoteLine;
        return records;
    }
    if (fieldStarted || !field.isEmpty() || !record.cells.isEmpty())
        endRecord(line + 1);
    return records;
}

QChar CsvReader::detectSeparator(const QString &text)
{
    QChar best = u',';
    int bestScore = 0;
    qsizetype bestCells = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        int unterminated = 0;
        QVector<CsvRecord> records = splitRecords(text, candidate, kSampleRecords, &unterminated);
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [](const CsvRecord &record) { return isBlank(record.cells); }),
                      records.end());
        if (records.isEmpty())
            continue;
        // The header's cell count is what the data rows should repeat.
        const qsizetype headerCells = records.constFirst().cells.size();
        if (headerCells < 2)
            continue;
        const int score = int(std::count_if(records.cbegin(), records.cend(), [headerCells](const CsvRecord &record) {
            return record.cells.size() == headerCells;
        }));
        if (score > bestScore || (score == bestScore && headerCells > bestCells)) {
            best = candidate;
            bestScore = score;
            bestCells = headerCells;
        }
    }
    return best;
}

CsvDocument CsvReader::parse(const QString &text, QChar separator)
{
    CsvDocument document;
    document.separator = separator;
    if (text.trimmed().isEmpty()) {
        document.error = tr("The file is empty. Choose a CSV file with a header line and at least one asset.");
        return document;
    }

    int unterminatedLine = 0;
    QVector<CsvRecord> records = splitRecords(text, separator, 0, &unterminatedLine);
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [](const CsvRecord &record) { return isBlank(record.cells); }),
                  records.end());
    if (!records.isEmpty()) {
        document.header = records.takeFirst().cells;
        for (QString &name : document.header)
            name = name.trimmed();
    }
    document.rows = records;

    if (unterminatedLine > 0) {
        document.error = tr("The quoted value that starts on line %1 has no closing quote (\"), so the rest of the "
                            "file cannot be read. Add the closing quote in a text editor, or save the file from "
                            "the spreadsheet again.")
                             .arg(unterminatedLine);
    } else if (document.rows.isEmpty()) {
        document.error = tr("The file has a header line but no assets below it. Add one line per asset.");
    }
    return document;
}

CsvDocument CsvReader::read(const QByteArray &bytes, QChar separator)
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QString text = decode(bytes, &encoding);

    // Excel writes "sep=;" as the first line when asked to name the separator.
    QChar fileSeparator;
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() >= 5) {
        const qsizetype end = text.indexOf(u'\n');
        const QString firstLine = text.left(end < 0 ? text.size() : end).trimmed();
        if (firstLine.size() == 5) {
            fileSeparator = firstLine.at(4);
            text = end < 0 ? QString() : text.mid(end + 1);
        }
    }

    if (separator.isNull())
        separator = fileSeparator.isNull() ? detectSeparator(text) : fileSeparator;
    CsvDocument document = parse(text, separator);
    document.encoding = encoding;
    if (!fileSeparator.isNull()) {
        // Line numbers count the "sep=" line, as the user sees it in an editor.
        for (CsvRecord &row : document.rows)
            ++row.line;
    }
    return document;
}

} // namespace Activo
