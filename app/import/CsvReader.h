#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Activo {

// The character encodings that CsvReader recognises in a file.
enum class CsvEncoding { Utf8, Utf8WithBom, Utf16, Windows1252 };

// One record of a CSV file: its cells and the line of the file where it starts.
struct CsvRecord
{
    int line = 0; // 1-based. A record with a quoted line break spans more lines.
    QStringList cells;
};

// A CSV file read whole: the first record is the header, the others are data.
struct CsvDocument
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar separator = u',';
    QStringList header;
    QVector<CsvRecord> rows;
    // Translated reason when the file cannot be used (empty, no data rows,
    // an unterminated quote). The other members are filled as far as read.
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

// Reads CSV files as spreadsheet programs save them.
//
// Decoding: a UTF-8 or UTF-16 byte order mark decides. Without one, the
// bytes are UTF-8 when they are valid UTF-8, and Windows-1252 when they are
// not, because Excel on Windows saves "CSV" in the system code page.
//
// Parsing follows RFC 4180 with the usual leniency. Records end with CRLF,
// LF or CR. A field that starts with a double quote may contain separators,
// line breaks and doubled quotes, and a quote elsewhere in a field is kept
// as text. Records may have fewer or more cells than the header. Records whose
// cells are all empty are skipped. A first line "sep=;" (written by Excel)
// sets the separator and is not part of the data.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static QString encodingName(CsvEncoding encoding);

    // Decodes `bytes` as described above and stores the encoding used.
    static QString decode(const QByteArray &bytes, CsvEncoding *encoding);

    // The separator among ',', ';' and '\t' that splits the first records
    // into the same number of cells most often, or ',' when none splits them.
    static QChar detectSeparator(const QString &text);

    // Splits decoded text into records with `separator`.
    static CsvDocument parse(const QString &text, QChar separator);

    // Decodes and parses a file's bytes. A null `separator` is detected.
    static CsvDocument read(const QByteArray &bytes, QChar separator = QChar());

private:
    // Splits records, stopping at an unterminated quote and reporting its line.
    static QVector<CsvRecord> splitRecords(const QString &text, QChar separator, qsizetype maxRecords,
                                           int *unterminatedLine);
};

} // namespace Activo
