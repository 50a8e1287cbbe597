#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Activo::Test {

// Parses RFC 4180 records: quoted fields may hold separators, doubled quotes
// and line breaks, and every record ends with CRLF. Sets `error` on a bare LF
// outside quotes, an unterminated quote or a last record without CRLF.
inline QVector<QStringList> parseCsv(const QString &text, QChar separator, QString *error)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            *error = QStringLiteral("bare LF at offset %1").arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        *error = QStringLiteral("unterminated quoted field");
    else if (!field.isEmpty() || !record.isEmpty())
        *error = QStringLiteral("last record has no CRLF");
    return records;
}

// The records of a CSV file that starts with the UTF-8 byte order mark, or
// nothing, with the reason in `error`, when it does not or does not parse.
inline QVector<QStringList> readCsvFile(const QString &path, QChar separator, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        *error = QStringLiteral("no UTF-8 byte order mark");
        return {};
    }
    return parseCsv(QString::fromUtf8(bytes.mid(3)), separator, error);
}

} // namespace Activo::Test
