#include "export/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Activo;

// The CSV format rules and CsvExportWriter's file handling.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaGuard_data();
    void formulaGuard();
    void quoting_data();
    void quoting();
    void amounts_data();
    void amounts();
    void cellTypes();
    void separatorsFollowLocale_data();
    void separatorsFollowLocale();
    void recordEndsWithCrLf();
    void fileHasBomHeaderAndRows();
    void semicolonFileQuotesNothingExtra();
    void discardLeavesNoFile();
    void discardKeepsExistingFile();
    void missingFolderIsReported();
    void folderPathIsReported();

private:
    static QStringList filesIn(const QString &folder);
};

QStringList TestCsvWriter::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestCsvWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-dash") << QStringLiteral("'-dash");
    QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("'@x");
    QTest::newRow("tab") << QStringLiteral("\tcmd") << QStringLiteral("'\tcmd");
    QTest::newRow("carriage return") << QStringLiteral("\rcmd") << QStringLiteral("'\rcmd");
    QTest::newRow("plain") << QStringLiteral("Desk") << QStringLiteral("Desk");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("space first") << QStringLiteral(" =x") << QStringLiteral(" =x");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("accents") << QStringLiteral("Señal ñandú") << QStringLiteral("Señal ñandú");
}

void TestCsvWriter::formulaGuard()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Csv::guardFormula(text), expected);
}

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Desk") << QStringLiteral(",") << QStringLiteral("Desk");
    QTest::newRow("comma") << QStringLiteral("Desk, large") << QStringLiteral(",")
                           << QStringLiteral("\"Desk, large\"");
    QTest::newRow("comma with semicolon separator")
        << QStringLiteral("Desk, large") << QStringLiteral(";") << QStringLiteral("Desk, large");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral(";") << QStringLiteral("\"a;b\"");
    QTest::newRow("tab separator") << QStringLiteral("a\tb") << QStringLiteral("\t") << QStringLiteral("\"a\tb\"");
    QTest::newRow("quotes") << QStringLiteral("24\" screen") << QStringLiteral(",")
                            << QStringLiteral("\"24\"\" screen\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral(",")
                               << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return") << QStringLiteral("one\rtwo") << QStringLiteral(",")
                                     << QStringLiteral("\"one\rtwo\"");
    QTest::newRow("empty") << QString() << QStringLiteral(",") << QString();
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QString, separator);
    QFETCH(QString, expected);
    QCOMPARE(Csv::quoteField(field, separator.front()), expected);
}

void TestCsvWriter::amounts_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("decimalPoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("point") << qint64(123456) << QStringLiteral(".") << QStringLiteral("1234.56");
    QTest::newRow("comma") << qint64(123456) << QStringLiteral(",") << QStringLiteral("1234,56");
    QTest::newRow("negative") << qint64(-5050) << QStringLiteral(".") << QStringLiteral("-50.50");
    QTest::newRow("negative comma") << qint64(-5) << QStringLiteral(",") << QStringLiteral("-0,05");
    QTest::newRow("zero") << qint64(0) << QStringLiteral(".") << QStringLiteral("0.00");
    QTest::newRow("millions ungrouped") << qint64(123456789012) << QStringLiteral(".")
                                        << QStringLiteral("1234567890.12");
}

void TestCsvWriter::amounts()
{
    QFETCH(qint64, cents);
    QFETCH(QString, decimalPoint);
    QFETCH(QString, expected);
    QCOMPARE(Csv::amountText(cents, decimalPoint.front()), expected);
}

void TestCsvWriter::cellTypes()
{
    CsvOptions options;
    // A negative amount is a number, never guarded as if it were a formula.
    QCOMPARE(Csv::cellText(ExportCell::ofAmount(-120000), options), QStringLiteral("-1200.00"));
    QCOMPARE(Csv::cellText(ExportCell::ofText(QStringLiteral("-1200.00")), options), QStringLiteral("'-1200.00"));
    QCOMPARE(Csv::cellText(ExportCell::ofInteger(-3), options), QStringLiteral("-3"));
    QCOMPARE(Csv::cellText(ExportCell::ofInteger(1234567), options), QStringLiteral("1234567"));
    QCOMPARE(Csv::cellText(ExportCell::ofDate(QDate(2025, 3, 7)), options), QStringLiteral("2025-03-07"));
    QCOMPARE(Csv::cellText(ExportCell::ofDate(QDate()), options), QString());
    QCOMPARE(Csv::cellText(ExportCell::emptyOf(ExportValueType::Amount), options), QString());
    QCOMPARE(Csv::cellText(ExportCell::ofText(QString()), options), QString());
}

void TestCsvWriter::separatorsFollowLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("decimalPoint");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral(",") << QStringLiteral(".");
    QTest::newRow("es_ES") << QStringLiteral("es_ES") << QStringLiteral(";") << QStringLiteral(",");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral(";") << QStringLiteral(",");
    QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral(",") << QStringLiteral(".");
}

void TestCsvWriter::separatorsFollowLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, separator);
    QFETCH(QString, decimalPoint);
    const CsvOptions options = CsvOptions::forLocale(QLocale(locale));
    QCOMPARE(QString(options.separator), separator);
    QCOMPARE(QString(options.decimalPoint), decimalPoint);
}

void TestCsvWriter::recordEndsWithCrLf()
{
    const QByteArray record = Csv::encodeRecord({QStringLiteral("a"), QStringLiteral("b c"), QString()}, CsvOptions());
    QCOMPARE(record, QByteArray("a,b c,\r\n"));
    const QByteArray accents = Csv::encodeRecord({QStringLiteral("Señal")}, CsvOptions());
    QCOMPARE(accents, QByteArray("Se\xc3\xb1" "al\r\n"));
}

void TestCsvWriter::fileHasBomHeaderAndRows()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("assets.csv"));
    CsvExportWriter writer(path, CsvOptions());
    const QVector<ExportColumn> columns{{QStringLiteral("Name"), ExportValueType::Text},
                                        {QStringLiteral("Cost"), ExportValueType::Amount},
                                        {QStringLiteral("Bought"), ExportValueType::Date},
                                        {QStringLiteral("=Months"), ExportValueType::Integer}};
    QVERIFY2(writer.begin(columns, ExportInfo{}), qPrintable(writer.errorString()));
    // Nothing appears under the target's name before finish().
    QVERIFY(!QFile::exists(path));
    const QVector<ExportRow> rows{
        {ExportCell::ofText(QStringLiteral("=SUM(A1)")), ExportCell::ofAmount(-1250), ExportCell::ofDate(QDate(2024, 1, 15)),
         ExportCell::ofInteger(36)},
        {ExportCell::ofText(QStringLiteral("Desk, \"oak\"\nwide")), ExportCell::emptyOf(ExportValueType::Amount),
         ExportCell::ofDate(QDate()), ExportCell::emptyOf(ExportValueType::Integer)},
    };
    QVERIFY(writer.writeRows(rows));
    QVERIFY2(writer.finish(), qPrintable(writer.errorString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = QByteArray("\xEF\xBB\xBF")
        + "Name,Cost,Bought,'=Months\r\n"
          "'=SUM(A1),-12.50,2024-01-15,36\r\n"
          "\"Desk, \"\"oak\"\"\nwide\",,,\r\n";
    QCOMPARE(file.readAll(), expected);
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("assets.csv")});
}

void TestCsvWriter::semicolonFileQuotesNothingExtra()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ledger.csv"));
    CsvExportWriter writer(path, CsvOptions{u';', u','});
    QVERIFY(writer.begin({{QStringLiteral("Code"), ExportValueType::Text}, {QStringLiteral("NBV"), ExportValueType::Amount}},
                         ExportInfo{}));
    QVERIFY(writer.writeRows({{ExportCell::ofText(QStringLiteral("A,1")), ExportCell::ofAmount(123456789)}}));
    QVERIFY(writer.finish());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF" "Code;NBV\r\nA,1;1234567,89\r\n"));
}

void TestCsvWriter::discardLeavesNoFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("cancelled.csv"));
    CsvExportWriter writer(path, CsvOptions());
    QVERIFY(writer.begin({{QStringLiteral("Code"), ExportValueType::Text}}, ExportInfo{}));
    QVERIFY(writer.writeRows({{ExportCell::ofText(QStringLiteral("A-1"))}}));
    writer.discard();
    QVERIFY(filesIn(folder.path()).isEmpty());
}

void TestCsvWriter::discardKeepsExistingFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last month\r\n");
    }
    CsvExportWriter writer(path, CsvOptions());
    QVERIFY(writer.begin({{QStringLiteral("Code"), ExportValueType::Text}}, ExportInfo{}));
    QVERIFY(writer.writeRows({{ExportCell::ofText(QStringLiteral("A-1"))}}));
    writer.discard();
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("last month\r\n"));
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("register.csv")});
}

void TestCsvWriter::missingFolderIsReported()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/register.csv"));
    CsvExportWriter writer(path, CsvOptions());
    QVERIFY(!writer.begin({{QStringLiteral("Code"), ExportValueType::Text}}, ExportInfo{}));
    QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(writer.errorString()));
    QVERIFY2(writer.errorString().contains(QStringLiteral("does not exist")), qPrintable(writer.errorString()));
    QVERIFY(filesIn(folder.path()).isEmpty());
}

void TestCsvWriter::folderPathIsReported()
{
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("register.csv")));
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    CsvExportWriter writer(path, CsvOptions());
    QVERIFY(!writer.begin({{QStringLiteral("Code"), ExportValueType::Text}}, ExportInfo{}));
    QVERIFY2(writer.errorString().contains(QStringLiteral("is a folder")), qPrintable(writer.errorString()));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
