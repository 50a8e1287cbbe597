#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Activo {

// The type of an exported column's cells in the file.
enum class ExportValueType {
    Text,
    Amount,  // money in cents, written as a number with two decimals
    Integer,
    Date,
};

struct ExportColumn
{
    QString title;
    ExportValueType type = ExportValueType::Text;
};

// One cell of an exported row. An empty cell has no value of any type.
struct ExportCell
{
    ExportValueType type = ExportValueType::Text;
    bool empty = true;
    QString text;     // Text
    qint64 number = 0; // Amount (cents) or Integer
    QDate date;       // Date

    static ExportCell ofText(const QString &text)
    {
        ExportCell cell;
        cell.text = text;
        cell.empty = text.isEmpty();
        return cell;
    }
    static ExportCell ofAmount(qint64 cents)
    {
        ExportCell cell;
        cell.type = ExportValueType::Amount;
        cell.number = cents;
        cell.empty = false;
        return cell;
    }
    static ExportCell ofInteger(qint64 value)
    {
        ExportCell cell;
        cell.type = ExportValueType::Integer;
        cell.number = value;
        cell.empty = false;
        return cell;
    }
    static ExportCell ofDate(const QDate &date)
    {
        ExportCell cell;
        cell.type = ExportValueType::Date;
        cell.date = date;
        cell.empty = !date.isValid();
        return cell;
    }
    static ExportCell emptyOf(ExportValueType type)
    {
        ExportCell cell;
        cell.type = type;
        return cell;
    }
};

using ExportRow = QVector<ExportCell>;

// The names shown in a printed page header and stored in a file's document properties.
struct ExportInfo
{
    QString title;   // the list: "Assets", "Transfers"
    QString company; // the company's name
    QString search;  // the search text, or empty
    QDateTime created;
};

} // namespace Activo

Q_DECLARE_METATYPE(Activo::ExportRow)
