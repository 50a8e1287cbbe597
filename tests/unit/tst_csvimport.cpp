#include "import/CsvReader.h"
#include "import/ImportFields.h"
#include "import/ImportFormat.h"
#include "import/ImportPlanner.h"

#include <QTest>

using namespace Activo;

// The import file reader, the column guess and the reading of amounts,
// whole numbers and dates in both conventions. No server involved.
class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8WithAndWithoutBom();
    void windows1252IsDetected();
    void utf16WithBom();
    void separatorIsDetected_data();
    void separatorIsDetected();
    void quotedFieldsFollowRfc4180();
    void lineNumbersCountEmbeddedBreaks();
    void crlfLfAndCrLineEnds();
    void raggedRowsKeepTheirCells();
    void emptyFileIsAnError();
    void headerOnlyIsAnError();
    void unterminatedQuoteNamesItsLine();
    void excelSepLineSetsSeparator();
    void amountsInBothConventions_data();
    void amountsInBothConventions();
    void badAmountNamesTheValue_data();
    void badAmountNamesTheValue();
    void wholeNumbers();
    void datesInEveryConvention_data();
    void datesInEveryConvention();
    void badDateNamesTheValue_data();
    void badDateNamesTheValue();
    void numberConventionIsGuessed();
    void dateConventionIsGuessed();
    void headersAreGuessedInEnglishAndSpanish();
    void headerSignatureIgnoresCaseAndAccents();
    void recordProblemsNameLineColumnAndValue();
    void extraCellsRejectTheLine();
    void missingCellsRejectTheLine();
};

void TestCsvImport::utf8WithAndWithoutBom()
{
    const QByteArray text = "C\xC3\xB3" "digo;Nombre\r\nA-1;Silla ergon\xC3\xB3mica\r\n";
    CsvDocument plain = CsvReader::read(text);
    QVERIFY2(plain.isValid(), qPrintable(plain.error));
    QCOMPARE(plain.encoding, CsvEncoding::Utf8);
    QCOMPARE(plain.header, (QStringList{QStringLiteral("Código"), QStringLiteral("Nombre")}));
    QCOMPARE(plain.rows.at(0).cells.at(1), QStringLiteral("Silla ergonómica"));

    CsvDocument withBom = CsvReader::read("\xEF\xBB\xBF" + text);
    QCOMPARE(withBom.encoding, CsvEncoding::Utf8WithBom);
    QCOMPARE(withBom.header.at(0), QStringLiteral("Código"));
    QCOMPARE(withBom.rows.at(0).cells, plain.rows.at(0).cells);
}

void TestCsvImport::windows1252IsDetected()
{
    // "Código;Costo\r\nA-1;1.234,56 €" in Windows-1252: ó is 0xF3, € is 0x80.
    const QByteArray bytes = "C\xF3" "digo;Costo\r\nA-1;1.234,56 \x80\r\nA-2;\x93quoted\x94\r\n";
    const CsvDocument document = CsvReader::read(bytes);
    QVERIFY2(document.isValid(), qPrintable(document.error));
    QCOMPARE(document.encoding, CsvEncoding::Windows1252);
    QCOMPARE(document.separator, QChar(u';'));
    QCOMPARE(document.header.at(0), QStringLiteral("Código"));
    QCOMPARE(document.rows.at(0).cells.at(1), QStringLiteral("1.234,56 €"));
    QCOMPARE(document.rows.at(1).cells.at(1), QStringLiteral("“quoted”"));
    QVERIFY(!CsvReader::encodingName(CsvEncoding::Windows1252).isEmpty());
}

void TestCsvImport::utf16WithBom()
{
    const QString text = QStringLiteral("Code\tName\r\nA-1\tMesa\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const CsvDocument document = CsvReader::read(bytes);
    QVERIFY2(document.isValid(), qPrintable(document.error));
    QCOMPARE(document.encoding, CsvEncoding::Utf16);
    QCOMPARE(document.separator, QChar(u'\t'));
    QCOMPARE(document.header, (QStringList{QStringLiteral("Code"), QStringLiteral("Name")}));
    QCOMPARE(document.rows.at(0).cells.at(1), QStringLiteral("Mesa"));
}

void TestCsvImport::separatorIsDetected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QStringLiteral("Code,Name,Cost\nA,B,1234.56\nC,D,5\n") << QChar(u',');
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("Code;Name;Cost\nA;B;1.234,56\nC;D;5,10\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("Code\tName\tCost\nA\tB, C\t1,5\n") << QChar(u'\t');
    QTest::newRow("comma inside quotes") << QStringLiteral("Code;Name\nA;\"x, y, z\"\n") << QChar(u';');
    QTest::newRow("single column") << QStringLiteral("Code\nA\n") << QChar(u',');
}

void TestCsvImport::separatorIsDetected()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QCOMPARE(CsvReader::detectSeparator(text), separator);
}

void TestCsvImport::quotedFieldsFollowRfc4180()
{
    const QString text = QStringLiteral("Code,Name,Notes\r\n"
                                        "A-1,\"Desk, oak\",\"He said \"\"ok\"\"\"\r\n"
                                        "A-2,\"Two\r\nlines\",plain \"inner\" quote\r\n");
    const CsvDocument document = CsvReader::parse(text, u',');
    QVERIFY2(document.isValid(), qPrintable(document.error));
    QCOMPARE(document.rows.size(), 2);
    QCOMPARE(document.rows.at(0).cells,
             (QStringList{QStringLiteral("A-1"), QStringLiteral("Desk, oak"), QStringLiteral("He said \"ok\"")}));
    QCOMPARE(document.rows.at(1).cells.at(1), QStringLiteral("Two\nlines"));
    QCOMPARE(document.rows.at(1).cells.at(2), QStringLiteral("plain \"inner\" quote"));
}

void TestCsvImport::lineNumbersCountEmbeddedBreaks()
{
    const QString text = QStringLiteral("Code,Name\nA-1,\"one\ntwo\nthree\"\n\nA-2,x\n");
    const CsvDocument document = CsvReader::parse(text, u',');
    QCOMPARE(document.rows.size(), 2);
    QCOMPARE(document.rows.at(0).line, 2);
    // Line 5 is blank and skipped; A-2 is on line 6.
    QCOMPARE(document.rows.at(1).line, 6);
}

void TestCsvImport::crlfLfAndCrLineEnds()
{
    for (const QString &end : {QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r")}) {
        const QString text = QStringLiteral("Code;Name") + end + QStringLiteral("A;B") + end + QStringLiteral("C;D");
        const CsvDocument document = CsvReader::parse(text, u';');
        QVERIFY2(document.isValid(), qPrintable(document.error));
        QCOMPARE(document.rows.size(), 2);
        QCOMPARE(document.rows.at(1).cells, (QStringList{QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(document.rows.at(1).line, 3);
    }
}

void TestCsvImport::raggedRowsKeepTheirCells()
{
    const CsvDocument document = CsvReader::parse(QStringLiteral("A,B,C\n1\n1,2,3,4\n,,\n"), u',');
    QVERIFY2(document.isValid(), qPrintable(document.error));
    QCOMPARE(document.rows.size(), 2);
    QCOMPARE(document.rows.at(0).cells, QStringList{QStringLiteral("1")});
    QCOMPARE(document.rows.at(1).cells.size(), 4);
}

void TestCsvImport::emptyFileIsAnError()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray(" \r\n\r\n")}) {
        const CsvDocument document = CsvReader::read(bytes);
        QVERIFY(!document.isValid());
        QVERIFY2(document.error.contains(QStringLiteral("empty")), qPrintable(document.error));
    }
}

void TestCsvImport::headerOnlyIsAnError()
{
    const CsvDocument document = CsvReader::read("Code;Name\r\n");
    QVERIFY(!document.isValid());
    QVERIFY2(document.error.contains(QStringLiteral("no assets")), qPrintable(document.error));
}

void TestCsvImport::unterminatedQuoteNamesItsLine()
{
    const CsvDocument document = CsvReader::parse(QStringLiteral("Code,Name\nA,b\nC,\"open\nmore\n"), u',');
    QVERIFY(!document.isValid());
    QVERIFY2(document.error.contains(QStringLiteral("line 3")), qPrintable(document.error));
}

void TestCsvImport::excelSepLineSetsSeparator()
{
    const CsvDocument document = CsvReader::read("sep=;\r\nCode;Name,with comma\r\nA;B,C\r\n");
    QVERIFY2(document.isValid(), qPrintable(document.error));
    QCOMPARE(document.separator, QChar(u';'));
    QCOMPARE(document.header, (QStringList{QStringLiteral("Code"), QStringLiteral("Name,with comma")}));
    QCOMPARE(document.rows.at(0).line, 3);
}

void TestCsvImport::amountsInBothConventions_data()
{
    QTest::addColumn<int>("convention");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("en grouped") << int(NumberConvention::PointDecimal) << QStringLiteral("1,234.56") << qint64(123456);
    QTest::newRow("en plain") << int(NumberConvention::PointDecimal) << QStringLiteral("1234.5") << qint64(123450);
    QTest::newRow("en whole") << int(NumberConvention::PointDecimal) << QStringLiteral(" 980 ") << qint64(98000);
    QTest::newRow("es grouped") << int(NumberConvention::CommaDecimal) << QStringLiteral("1.234,56") << qint64(123456);
    QTest::newRow("es plain") << int(NumberConvention::CommaDecimal) << QStringLiteral("1234,5") << qint64(123450);
    QTest::newRow("es euro") << int(NumberConvention::CommaDecimal) << QStringLiteral("12.000,00 €")
                             << qint64(1200000);
    QTest::newRow("es millions") << int(NumberConvention::CommaDecimal) << QStringLiteral("1.250.000")
                                 << qint64(125000000);
}

void TestCsvImport::amountsInBothConventions()
{
    QFETCH(int, convention);
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const ImportFormat format(NumberConvention(convention), DateConvention::IsoDate);
    const MoneyParser::Result result = format.readAmount(text);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.value->cents(), cents);
}

void TestCsvImport::badAmountNamesTheValue_data()
{
    QTest::addColumn<int>("convention");
    QTest::addColumn<QString>("text");
    QTest::newRow("es value read as en") << int(NumberConvention::PointDecimal) << QStringLiteral("1.234,56");
    QTest::newRow("en value read as es") << int(NumberConvention::CommaDecimal) << QStringLiteral("1,234.56");
    QTest::newRow("letters") << int(NumberConvention::PointDecimal) << QStringLiteral("twelve");
    QTest::newRow("negative") << int(NumberConvention::CommaDecimal) << QStringLiteral("-5,00");
    QTest::newRow("three decimals") << int(NumberConvention::PointDecimal) << QStringLiteral("1.2345");
}

void TestCsvImport::badAmountNamesTheValue()
{
    QFETCH(int, convention);
    QFETCH(QString, text);
    const ImportFormat format(NumberConvention(convention), DateConvention::IsoDate);
    const MoneyParser::Result result = format.readAmount(text);
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(result.error));
}

void TestCsvImport::wholeNumbers()
{
    const ImportFormat es(NumberConvention::CommaDecimal, DateConvention::DayMonthYear);
    QString error;
    QCOMPARE(es.readPositiveWholeNumber(QStringLiteral("60"), &error), std::optional<int>(60));
    QCOMPARE(es.readPositiveWholeNumber(QStringLiteral("1.200"), &error), std::optional<int>(1200));
    QVERIFY(!es.readPositiveWholeNumber(QStringLiteral("60,5"), &error));
    QVERIFY2(error.contains(QStringLiteral("\"60,5\"")), qPrintable(error));
    QVERIFY(!es.readPositiveWholeNumber(QStringLiteral("0"), &error));
    QVERIFY2(error.contains(QStringLiteral("\"0\"")), qPrintable(error));
    QVERIFY(!es.readPositiveWholeNumber(QStringLiteral("sesenta"), &error));
    QVERIFY2(error.contains(QStringLiteral("\"sesenta\"")), qPrintable(error));
}

void TestCsvImport::datesInEveryConvention_data()
{
    QTest::addColumn<int>("convention");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << int(DateConvention::IsoDate) << QStringLiteral("2026-12-31") << QDate(2026, 12, 31);
    QTest::newRow("dmy") << int(DateConvention::DayMonthYear) << QStringLiteral("31/12/2026") << QDate(2026, 12, 31);
    QTest::newRow("dmy short parts") << int(DateConvention::DayMonthYear) << QStringLiteral("1/2/2026")
                                     << QDate(2026, 2, 1);
    QTest::newRow("mdy") << int(DateConvention::MonthDayYear) << QStringLiteral("12/31/2026") << QDate(2026, 12, 31);
    QTest::newRow("dots") << int(DateConvention::DayMonthYearDot) << QStringLiteral("05.06.2025")
                          << QDate(2025, 6, 5);
    QTest::newRow("leap day") << int(DateConvention::DayMonthYear) << QStringLiteral("29/02/2024")
                              << QDate(2024, 2, 29);
}

void TestCsvImport::datesInEveryConvention()
{
    QFETCH(int, convention);
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const ImportFormat format(NumberConvention::PointDecimal, DateConvention(convention));
    QString error;
    QCOMPARE(format.readDate(text, &error), date);
    QVERIFY(error.isEmpty());
}

void TestCsvImport::badDateNamesTheValue_data()
{
    QTest::addColumn<int>("convention");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("dmy read as mdy") << int(DateConvention::MonthDayYear) << QStringLiteral("31/12/2026")
                                     << QStringLiteral("no day 12 in month 31");
    QTest::newRow("iso read as dmy") << int(DateConvention::DayMonthYear) << QStringLiteral("2026-12-31")
                                     << QStringLiteral("DD/MM/YYYY");
    QTest::newRow("two-digit year") << int(DateConvention::DayMonthYear) << QStringLiteral("31/12/26")
                                    << QStringLiteral("four-digit year");
    QTest::newRow("no 30 February") << int(DateConvention::DayMonthYear) << QStringLiteral("30/02/2026")
                                    << QStringLiteral("no day 30 in month 02");
    QTest::newRow("words") << int(DateConvention::IsoDate) << QStringLiteral("ayer") << QStringLiteral("YYYY-MM-DD");
}

void TestCsvImport::badDateNamesTheValue()
{
    QFETCH(int, convention);
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const ImportFormat format(NumberConvention::PointDecimal, DateConvention(convention));
    QString error;
    QVERIFY(!format.readDate(text, &error).isValid());
    QVERIFY2(error.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestCsvImport::numberConventionIsGuessed()
{
    const auto fallback = NumberConvention::SystemLocale;
    QCOMPARE(ImportFormat::guessNumbers({QStringLiteral("1.234,56"), QStringLiteral("980")}, fallback),
             NumberConvention::CommaDecimal);
    QCOMPARE(ImportFormat::guessNumbers({QStringLiteral("1,234.56")}, fallback), NumberConvention::PointDecimal);
    QCOMPARE(ImportFormat::guessNumbers({QStringLiteral("12,5")}, fallback), NumberConvention::CommaDecimal);
    QCOMPARE(ImportFormat::guessNumbers({QStringLiteral("1.250.000")}, fallback), NumberConvention::CommaDecimal);
    // "1,234" is a thousand in one convention and 1.234 in the other.
    QCOMPARE(ImportFormat::guessNumbers({QStringLiteral("1,234"), QStringLiteral("500")}, fallback), fallback);
    QCOMPARE(ImportFormat::guessNumbers({QStringLiteral("1.5"), QStringLiteral("1,5")}, fallback), fallback);
    QCOMPARE(ImportFormat::guessNumbers({QStringLiteral("1.234,56"), QStringLiteral("5,10"), QStringLiteral("7.5")},
                                        fallback),
             NumberConvention::CommaDecimal);
}

void TestCsvImport::dateConventionIsGuessed()
{
    const auto fallback = DateConvention::MonthDayYear;
    QCOMPARE(ImportFormat::guessDates({QStringLiteral("31/12/2026"), QStringLiteral("01/02/2026")}, fallback),
             DateConvention::DayMonthYear);
    QCOMPARE(ImportFormat::guessDates({QStringLiteral("01/02/2026")}, fallback), DateConvention::MonthDayYear);
    QCOMPARE(ImportFormat::guessDates({QStringLiteral("2026-01-02")}, fallback), DateConvention::IsoDate);
    QCOMPARE(ImportFormat::guessDates({QStringLiteral("05.06.2025")}, fallback), DateConvention::DayMonthYearDot);
    QCOMPARE(ImportFormat::guessDates({QString()}, fallback), fallback);
    // One impossible date does not outvote the others.
    QCOMPARE(ImportFormat::guessDates({QStringLiteral("31/12/2026"), QStringLiteral("31/02/2026"),
                                       QStringLiteral("15/01/2026")},
                                      fallback),
             DateConvention::DayMonthYear);
    QCOMPARE(ImportFormat::dateConventionOf(QLocale(QStringLiteral("es_ES"))), DateConvention::DayMonthYear);
    QCOMPARE(ImportFormat::dateConventionOf(QLocale(QStringLiteral("en_US"))), DateConvention::MonthDayYear);
    QCOMPARE(ImportFormat::dateConventionOf(QLocale(QStringLiteral("de_DE"))), DateConvention::DayMonthYearDot);
}

void TestCsvImport::headersAreGuessedInEnglishAndSpanish()
{
    const QStringList spanish = {QStringLiteral("Código"),       QStringLiteral("Descripción"),
                                 QStringLiteral("Nombre"),       QStringLiteral("CATEGORÍA"),
                                 QStringLiteral("Ubicación"),    QStringLiteral("Centro de costo"),
                                 QStringLiteral("Fecha de adquisición"), QStringLiteral("Costo"),
                                 QStringLiteral("Valor residual"), QStringLiteral("Vida útil (meses)"),
                                 QStringLiteral("Observaciones")};
    const QVector<ImportField> expected = {ImportField::AssetCode,       ImportField::None,
                                           ImportField::Name,            ImportField::Category,
                                           ImportField::Location,        ImportField::CostCenter,
                                           ImportField::AcquisitionDate, ImportField::AcquisitionCost,
                                           ImportField::SalvageValue,    ImportField::UsefulLifeMonths,
                                           ImportField::None};
    QCOMPARE(ImportFields::guessMapping(spanish), expected);

    const QStringList english = {QStringLiteral("asset_code"), QStringLiteral("Cost Center"), QStringLiteral("Cost"),
                                 QStringLiteral("Depreciation book"), QStringLiteral("EPC")};
    QCOMPARE(ImportFields::guessMapping(english),
             (QVector<ImportField>{ImportField::AssetCode, ImportField::CostCenter, ImportField::AcquisitionCost,
                                   ImportField::DepreciationBook, ImportField::Epc}));
}

void TestCsvImport::headerSignatureIgnoresCaseAndAccents()
{
    const QString a = ImportFields::headerSignature({QStringLiteral("Código"), QStringLiteral("Costo")});
    QCOMPARE(ImportFields::headerSignature({QStringLiteral("CODIGO"), QStringLiteral(" costo ")}), a);
    QVERIFY(ImportFields::headerSignature({QStringLiteral("Costo"), QStringLiteral("Código")}) != a);
    QVERIFY(!a.contains(u'/'));
}

void TestCsvImport::recordProblemsNameLineColumnAndValue()
{
    const QStringList header = {QStringLiteral("Código"), QStringLiteral("Costo"), QStringLiteral("Fecha"),
                                QStringLiteral("Vida"), QStringLiteral("Estado")};
    const QVector<ImportField> mapping = {ImportField::AssetCode, ImportField::AcquisitionCost,
                                          ImportField::AcquisitionDate, ImportField::UsefulLifeMonths,
                                          ImportField::Status};
    const ImportFormat format(NumberConvention::CommaDecimal, DateConvention::DayMonthYear);

    CsvRecord good{4, {QStringLiteral("A-1"), QStringLiteral("1.234,56"), QStringLiteral("31/12/2025"),
                       QStringLiteral("60"), QStringLiteral("activo")}};
    const ImportLine read = ImportPlanner::readRecord(good, mapping, header, format);
    QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(u'\n')));
    QCOMPARE(read.values.acquisitionCost->cents(), 123456);
    QCOMPARE(*read.values.acquisitionDate, QDate(2025, 12, 31));
    QCOMPARE(*read.values.usefulLifeMonths, 60);
    QCOMPARE(*read.values.status, QStringLiteral("Active"));

    CsvRecord bad{7, {QString(), QStringLiteral("1,234.56"), QStringLiteral("2025-12-31"), QStringLiteral("x"),
                      QStringLiteral("Roto")}};
    const ImportLine rejected = ImportPlanner::readRecord(bad, mapping, header, format);
    QCOMPARE(rejected.problems.size(), 5);
    QVERIFY2(rejected.problems.at(0).startsWith(QStringLiteral("Line 7, Asset code: the cell is empty")),
             qPrintable(rejected.problems.at(0)));
    QVERIFY2(rejected.problems.at(1).startsWith(QStringLiteral("Line 7, Cost: \"1,234.56\"")),
             qPrintable(rejected.problems.at(1)));
    QVERIFY2(rejected.problems.at(2).startsWith(QStringLiteral("Line 7, Acquisition date: \"2025-12-31\"")),
             qPrintable(rejected.problems.at(2)));
    QVERIFY2(rejected.problems.at(3).startsWith(QStringLiteral("Line 7, Useful life (months): \"x\"")),
             qPrintable(rejected.problems.at(3)));
    QVERIFY2(rejected.problems.at(4).startsWith(QStringLiteral("Line 7, Status: \"Roto\"")),
             qPrintable(rejected.problems.at(4)));
}

void TestCsvImport::extraCellsRejectTheLine()
{
    const QStringList header = {QStringLiteral("Code"), QStringLiteral("Cost")};
    const QVector<ImportField> mapping = {ImportField::AssetCode, ImportField::AcquisitionCost};
    const ImportFormat format(NumberConvention::PointDecimal, DateConvention::IsoDate);
    // "1,234.56" unquoted in a comma-separated file splits into two cells.
    const CsvRecord record{3, {QStringLiteral("A-1"), QStringLiteral("1"), QStringLiteral("234.56")}};
    const ImportLine line = ImportPlanner::readRecord(record, mapping, header, format);
    QCOMPARE(line.problems.size(), 1);
    QVERIFY2(line.problems.at(0).contains(QStringLiteral("Line 3 has 3 cells, but the header has 2")),
             qPrintable(line.problems.at(0)));
}

void TestCsvImport::missingCellsRejectTheLine()
{
    const QStringList header = {QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Notes"),
                                QStringLiteral("Cost"), QStringLiteral("Unused")};
    const QVector<ImportField> mapping = {ImportField::AssetCode, ImportField::Name, ImportField::None,
                                          ImportField::AcquisitionCost, ImportField::None};
    const ImportFormat format(NumberConvention::PointDecimal, DateConvention::IsoDate);

    // Without the cost cell the asset would be created with a cost of 0.00.
    const CsvRecord shortRecord{9, {QStringLiteral("A-1"), QStringLiteral("Desk"), QString()}};
    const ImportLine shortLine = ImportPlanner::readRecord(shortRecord, mapping, header, format);
    QCOMPARE(shortLine.problems.size(), 1);
    QVERIFY2(shortLine.problems.at(0).contains(QStringLiteral("Line 9 has 3 cells, but the header has 5")),
             qPrintable(shortLine.problems.at(0)));
    QVERIFY2(shortLine.problems.at(0).contains(QStringLiteral("no cell for Cost.")),
             qPrintable(shortLine.problems.at(0)));

    // Only an unmapped column is missing: the line is complete for the import.
    const CsvRecord lastUnmapped{10, {QStringLiteral("A-2"), QStringLiteral("Desk"), QString(),
                                      QStringLiteral("12.50")}};
    const ImportLine complete = ImportPlanner::readRecord(lastUnmapped, mapping, header, format);
    QVERIFY2(complete.problems.isEmpty(), qPrintable(complete.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
