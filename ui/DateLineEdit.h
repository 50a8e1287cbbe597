#pragma once

#include <QDate>
#include <QLineEdit>

namespace Activo {

// A calendar date typed the way the user's locale writes it ("31/01/2026",
// "31.01.2026", "1/31/2026"), or in ISO form (2026-01-31). Days and months
// may have one digit, and a two-digit year means 20yy unless that is more
// than ten years ahead. Valid input is shown back in the locale's short
// format with a four-digit year; invalid input stays as typed.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    struct Result
    {
        QDate date;    // valid when the text is a date
        QString error; // translated, when the text is not empty and not a date
    };

    explicit DateLineEdit(QWidget *parent = nullptr);

    void setDate(const QDate &date);
    Result parseResult() const;

    // Dates outside this range are refused (defaults: 1900-01-01 to ten years from today).
    void setDateRange(const QDate &minimum, const QDate &maximum);

    static Result parse(const QString &text, const QLocale &locale, const QDate &minimum, const QDate &maximum);

private:
    void reformat();

    QDate m_minimum;
    QDate m_maximum;
};

} // namespace Activo
