#pragma once

#include "models/MoneyParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Activo {

// Number notation of an import file.
enum class NumberConvention {
    PointDecimal, // 1,234.56
    CommaDecimal, // 1.234,56
    SystemLocale, // as the user's locale writes them
};

// Date notation of an import file. Day and month may have one or two
// digits, and the year has four.
enum class DateConvention {
    IsoDate,        // 2026-12-31
    DayMonthYear,   // 31/12/2026
    MonthDayYear,   // 12/31/2026
    DayMonthYearDot // 31.12.2026
};

// Reads the amounts, whole numbers and dates of an import file's cells.
// Every error is one translated sentence that quotes the cell's text and
// shows how to write it.
class ImportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ImportFormat)

public:
    ImportFormat() = default;
    ImportFormat(NumberConvention numbers, DateConvention dates, const QLocale &systemLocale = QLocale());

    NumberConvention numbers() const { return m_numbers; }
    DateConvention dates() const { return m_dates; }

    // The locale whose separators the amounts are read with.
    QLocale numberLocale() const;

    // Reads an amount of 0 or more. Empty text returns no value and no error.
    MoneyParser::Result readAmount(const QString &text) const;
    // Reads a whole number of 1 or more, with optional group separators.
    std::optional<int> readPositiveWholeNumber(const QString &text, QString *error) const;
    // Reads a date. Returns an invalid date and sets `error` for bad input.
    QDate readDate(const QString &text, QString *error) const;

    // "1,234.56", "1.234,56" or the locale's own form, for labels.
    static QString numberExample(NumberConvention convention, const QLocale &systemLocale = QLocale());
    // "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY" or "DD.MM.YYYY".
    static QString datePattern(DateConvention convention);
    static QString dateExample(DateConvention convention);

    // The convention that most samples prove, judged by the position of the
    // last '.' or ','. Samples that fit both or neither do not count. Without
    // a majority: `fallback`.
    static NumberConvention guessNumbers(const QStringList &samples, NumberConvention fallback);
    // The convention under which the most samples are valid dates,
    // preferring `fallback` on a tie.
    static DateConvention guessDates(const QStringList &samples, DateConvention fallback);
    // The date convention of a locale's short date format.
    static DateConvention dateConventionOf(const QLocale &locale);

private:
    NumberConvention m_numbers = NumberConvention::PointDecimal;
    DateConvention m_dates = DateConvention::IsoDate;
    QLocale m_systemLocale;
};

} // namespace Activo
