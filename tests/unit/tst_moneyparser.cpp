#include "models/MoneyParser.h"

#include <QTest>

using Activo::Money;
using Activo::MoneyParser;

namespace {

void addAccepted(const char *name, const char *locale, const char *input, qint64 cents, bool allowNegative = false)
{
    QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromUtf8(input) << allowNegative << true << cents
                        << QStringList();
}

// `fragments` are parts of the message that must appear in it, besides the quoted input.
void addRejected(const char *name, const char *locale, const char *input, const QStringList &fragments,
                 bool allowNegative = false)
{
    QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromUtf8(input) << allowNegative << false
                        << qint64(0) << fragments;
}

QStringList fragments(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

class TestMoneyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void emptyInput_data();
    void emptyInput();
    void loneSeparatorHasNoSuggestion_data();
    void loneSeparatorHasNoSuggestion();
    void inputIsQuotedLiterally();
    void negativeZeroIsZero();
    void roundTrip_data();
    void roundTrip();
};

void TestMoneyParser::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QStringList>("messageParts");

    // Grouping and decimals in each locale's own convention.
    addAccepted("en_US grouped", "en_US", "1,234.56", 123456);
    addAccepted("de_DE grouped", "de_DE", "1.234,56", 123456);
    addAccepted("fr_FR space", "fr_FR", "1 234,56", 123456);
    addAccepted("fr_FR no-break space", "fr_FR", "1\u00a0234,56", 123456);
    addAccepted("fr_FR narrow no-break space", "fr_FR", "1\u202f234,56", 123456);
    addAccepted("fr_FR mixed spaces", "fr_FR", "1 234\u00a0567,89", 123456789);
    addAccepted("es_PA decimal point", "es_PA", "1.5", 150);
    addAccepted("es_ES decimal comma", "es_ES", "1,5", 150);
    addAccepted("es_ES standard grouping", "es_ES", "1.234.567,89", 123456789);
    addAccepted("de_DE millions", "de_DE", "12.345.678,9", 1234567890);
    addAccepted("en_US millions", "en_US", "1,234,567", 123456700);
    addAccepted("en_US thousands only", "en_US", "1,234", 123400);
    addAccepted("de_DE thousands only", "de_DE", "1.500", 150000);
    addAccepted("de_CH apostrophe", "de_CH", "1'234.50", 123450);
    addAccepted("de_CH right single quote", "de_CH", "1\u2019234.50", 123450);
    addAccepted("en_IN Indian grouping", "en_IN", "1,23,456.78", 12345678);
    addAccepted("en_IN thousands grouping", "en_IN", "123,456", 12345600);
    addAccepted("ja_JP yen sign", "ja_JP", "\uffe51,234", 123400);
    addAccepted("C locale", "C", "1234.56", 123456);
    addAccepted("ar_EG Arabic-Indic digits", "ar_EG", "\u0661\u066c\u0662\u0663\u0664\u066b\u0665\u0666", 123456);
    addAccepted("ar_EG ASCII digits", "ar_EG", "1234\u066b5", 123450);

    // Decimals: zeros after the second are accepted, a separator at either end too.
    addAccepted("de_DE trailing zeros", "de_DE", "1,500", 150);
    addAccepted("de_DE four trailing zeros", "de_DE", "1,5000", 150);
    addAccepted("en_US leading point", "en_US", ".5", 50);
    addAccepted("en_US trailing point", "en_US", "5.", 500);
    addAccepted("en_US grouped with trailing point", "en_US", "1,234.", 123400);
    addAccepted("en_US leading zeros", "en_US", "007", 700);

    // Spaces, currency and signs.
    addAccepted("surrounding spaces", "en_US", "  42  ", 4200);
    addAccepted("en_US dollar prefix", "en_US", "$1,234.56", 123456);
    addAccepted("en_US ISO code prefix", "en_US", "USD 12.00", 1200);
    addAccepted("en_US lowercase ISO code suffix", "en_US", "12 usd", 1200);
    addAccepted("de_DE euro suffix", "de_DE", "1.234,56 \u20ac", 123456);
    addAccepted("de_DE ISO code suffix", "de_DE", "1.234,56 EUR", 123456);
    addAccepted("fr_FR euro suffix", "fr_FR", "1\u202f234,56\u00a0\u20ac", 123456);
    addAccepted("pt_BR real prefix", "pt_BR", "R$ 1.234,56", 123456);
    addAccepted("es_PA balboa prefix", "es_PA", "B/.1,234.50", 123450);
    addAccepted("plus sign", "en_US", "+7", 700);
    addAccepted("minus zero", "en_US", "-0", 0);
    addAccepted("de_DE minus zero with decimals", "de_DE", "-0,00", 0);
    addAccepted("en_US negative allowed", "en_US", "-1,234.56", -123456, true);
    addAccepted("de_DE negative allowed", "de_DE", "-0,50", -50, true);
    addAccepted("minus before dollar", "en_US", "-$5.25", -525, true);
    addAccepted("minus after dollar", "en_US", "$-5.25", -525, true);
    addAccepted("de_DE minus before euro suffix", "de_DE", "-5 \u20ac", -500, true);
    addAccepted("fi_FI minus sign U+2212", "fi_FI", "\u22121\u00a0234,56", -123456, true);
    addAccepted("ar_AE minus with direction mark", "ar_AE", "\u200e-1,234.56", -123456, true);

    // Range.
    addAccepted("en_US maximum", "en_US", "999,999,999,999.99", Money::maxCents);
    addAccepted("de_DE maximum", "de_DE", "999.999.999.999,99", Money::maxCents);
    addAccepted("en_US minimum", "en_US", "-999,999,999,999.99", -Money::maxCents, true);
    addRejected("en_US one cent over maximum", "en_US", "1,000,000,000,000.00",
                fragments({"maximum", "999,999,999,999.99"}));
    addRejected("de_DE one cent over maximum", "de_DE", "1000000000000", fragments({"maximum", "999.999.999.999,99"}));
    addRejected("en_US one cent under minimum", "en_US", "-1000000000000",
                fragments({"minimum", "-999,999,999,999.99"}), true);
    addRejected("en_US large negative not allowed", "en_US", "-1000000000000", fragments({"negative", "0.00"}));
    addRejected("thirty digits", "en_US", "123456789012345678901234567890", fragments({"maximum"}));

    // Negative amounts where they are not allowed.
    addRejected("de_DE negative not allowed", "de_DE", "-0,50", fragments({"negative", "0,00"}));
    addRejected("en_US negative not allowed", "en_US", "-5", fragments({"negative"}));

    // A group separator that may have been meant as a decimal separator.
    addRejected("es_PA comma decimal", "es_PA", "1,5", fragments({"ambiguous", "Did you mean 1.50?"}));
    addRejected("en_US comma decimal", "en_US", "1,5", fragments({"ambiguous", "\".\"", "Did you mean 1.50?"}));
    addRejected("en_US two digits after comma", "en_US", "1,23", fragments({"ambiguous", "Did you mean 1.23?"}));
    addRejected("en_US zero comma", "en_US", "0,5", fragments({"ambiguous", "Did you mean 0.50?"}));
    addRejected("en_US leading comma", "en_US", ",5", fragments({"ambiguous", "Did you mean 0.50?"}));
    addRejected("en_US four digits after comma", "en_US", "1,5000", fragments({"ambiguous", "Did you mean 1.50?"}));
    addRejected("en_US four significant digits after comma", "en_US", "12,3456", fragments({"ambiguous"}));
    addRejected("de_DE point decimal", "de_DE", "1.5", fragments({"ambiguous", "\",\"", "Did you mean 1,50?"}));

    // Separators in the wrong order or repeated.
    addRejected("en_US German separators", "en_US", "12.345.678,9",
                fragments({"more than once", "Did you mean 12,345,678.90?"}));
    addRejected("en_US point then comma", "en_US", "1.234,56",
                fragments({"after the decimal separator", "Did you mean 1,234.56?"}));
    addRejected("de_DE comma then point", "de_DE", "1,234.56",
                fragments({"after the decimal separator", "Did you mean 1.234,56?"}));
    addRejected("fr_FR space after decimal comma", "fr_FR", "1,5 000",
                fragments({"a space after the decimal separator"}));
    addRejected("de_DE repeated comma", "de_DE", "1,2,3", fragments({"more than once"}));
    addRejected("two points", "en_US", "1..2", fragments({"more than once"}));
    addRejected("two commas", "en_US", "1,,234", fragments({"in a row"}));
    addRejected("fr_FR two spaces", "fr_FR", "1  234", fragments({"in a row"}));

    // Badly placed group separators.
    addRejected("en_US Indian grouping", "en_US", "1,23,456", fragments({"wrong place", "123,456.00"}));
    addRejected("en_US group of four", "en_US", "12,3456.00", fragments({"wrong place", "123,456.00"}));
    addRejected("en_US first group of four", "en_US", "1234,567", fragments({"wrong place", "1,234,567.00"}));
    addRejected("en_US leading zero group", "en_US", "0,500", fragments({"wrong place", "1,234.56"}));
    addRejected("en_US trailing comma", "en_US", "1,234,", fragments({"wrong place"}));
    addRejected("fr_FR short group", "fr_FR", "1 23", fragments({"wrong place", "123,00"}));

    // Separators that the locale does not use.
    addRejected("fr_FR point", "fr_FR", "1.5", fragments({"does not use", "\",\"", "Did you mean 1,50?"}));
    addRejected("de_CH comma", "de_CH", "1,50", fragments({"does not use", "Did you mean 1.50?"}));
    addRejected("de_CH German grouping", "de_CH", "1.234,56",
                fragments({"does not use", "Did you mean 1\u2019234.56?"}));
    // Money::toString() writes the cents of ar_EG amounts with ASCII digits, so the suggestion is built the same way.
    const QString arabicAmount = Money::fromCents(123456).toString(QLocale(QStringLiteral("ar_EG")));
    addRejected("ar_EG ASCII point", "ar_EG", "1234.56",
                {QStringLiteral("does not use"), QStringLiteral("Did you mean ") + arabicAmount + QLatin1Char('?')});
    addRejected("de_DE space", "de_DE", "1 234,56", fragments({"a space"}));
    addRejected("en_US no-break space", "en_US", "12\u00a0345", fragments({"a space"}));

    // Too many decimals.
    addRejected("de_DE three decimals", "de_DE", "1,005", fragments({"3 decimals", "at most 2", "1,01"}));
    addRejected("en_US three decimals", "en_US", "2.344", fragments({"3 decimals", "2.34"}));
    addRejected("en_US four decimals with trailing zero", "en_US", "0.12340", fragments({"4 decimals", "0.12"}));
    addRejected("en_US negative three decimals", "en_US", "-1.005", fragments({"3 decimals", "-1.01"}), true);
    addRejected("en_US maximum with third decimal", "en_US", "999999999999.995", fragments({"3 decimals"}));
    addRejected("en_US maximum rounded down", "en_US", "999999999999.994",
                fragments({"Rounded", "999,999,999,999.99"}));

    // Signs and other characters.
    addRejected("trailing minus", "en_US", "5-", fragments({"sign in the wrong place"}), true);
    addRejected("trailing minus not allowed", "en_US", "5-",
                fragments({"sign in the wrong place", "cannot be negative"}));
    addRejected("two minus signs", "en_US", "--5", fragments({"sign in the wrong place"}), true);
    addRejected("parentheses", "en_US", "(5)", fragments({"\"(\""}));
    addRejected("exponent", "en_US", "1e3", fragments({"\"e\""}));
    addRejected("hexadecimal", "en_US", "0x10", fragments({"\"x\""}));
    addRejected("foreign currency", "de_DE", "$5", fragments({"\"$\""}));
    addRejected("en_US Arabic-Indic digits", "en_US", "\u0661\u0662", fragments({"\"\u0661\""}));
    addRejected("abc", "en_US", "abc", fragments({"not a valid amount", "1,234.56"}));
    addRejected("doce", "es_ES", "doce", fragments({"not a valid amount"}));
    addRejected("lone point", "en_US", ".", fragments({"not a valid amount"}));
    addRejected("lone comma", "de_DE", ",", fragments({"not a valid amount"}));
    addRejected("lone minus", "en_US", "-", fragments({"not a valid amount"}), true);
    addRejected("lone currency symbol", "en_US", "$", fragments({"not a valid amount"}));
    addRejected("control character", "en_US", "1\u00072", fragments({"U+0007"}));
}

void TestMoneyParser::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, input);
    QFETCH(bool, allowNegative);
    QFETCH(bool, accepted);
    QFETCH(qint64, cents);
    QFETCH(QStringList, messageParts);

    const MoneyParser::Result result = MoneyParser::parse(input, QLocale(locale), allowNegative);
    QVERIFY2(result.isValid() == accepted, qPrintable(result.error));
    if (accepted) {
        QCOMPARE(result.value->cents(), cents);
        QCOMPARE(result.error, QString());
        return;
    }

    QVERIFY(!result.value.has_value());
    const QString quotedInput = QLatin1Char('"') + input.trimmed() + QLatin1Char('"');
    QVERIFY2(result.error.contains(quotedInput), qPrintable(result.error));
    for (const QString &part : messageParts)
        QVERIFY2(result.error.contains(part), qPrintable(part + QStringLiteral(" not in: ") + result.error));
}

void TestMoneyParser::emptyInput_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("no-break spaces") << QString::fromUtf8("\u00a0\u202f");
    QTest::newRow("direction mark") << QString::fromUtf8("\u200e");
}

void TestMoneyParser::emptyInput()
{
    QFETCH(QString, input);
    const MoneyParser::Result result = MoneyParser::parse(input, QLocale(QStringLiteral("en_US")));
    QVERIFY(!result.value.has_value());
    QVERIFY(!result.isValid());
    QCOMPARE(result.error, QString());
}

void TestMoneyParser::loneSeparatorHasNoSuggestion_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("input");

    // "1.500" is 1.50 in en_US but 1500 in de_DE, so no reading is offered.
    QTest::newRow("fr_FR point") << "fr_FR" << "1.500";
    QTest::newRow("de_CH comma") << "de_CH" << "1,500";
}

void TestMoneyParser::loneSeparatorHasNoSuggestion()
{
    QFETCH(QString, locale);
    QFETCH(QString, input);
    const MoneyParser::Result result = MoneyParser::parse(input, QLocale(locale));
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QStringLiteral("does not use")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QStringLiteral("Did you mean")), qPrintable(result.error));
}

void TestMoneyParser::inputIsQuotedLiterally()
{
    const MoneyParser::Result result = MoneyParser::parse(QStringLiteral("%2x%1"), QLocale(QStringLiteral("en_US")));
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.startsWith(QStringLiteral("\"%2x%1\" is not a valid amount")), qPrintable(result.error));
}

void TestMoneyParser::negativeZeroIsZero()
{
    const QLocale locale(QStringLiteral("de_DE"));
    const MoneyParser::Result result = MoneyParser::parse(QStringLiteral("-0,00"), locale, true);
    QVERIFY(result.isValid());
    QCOMPARE(result.value->cents(), qint64(0));
    QCOMPARE(MoneyParser::format(*result.value, locale), QStringLiteral("0,00"));
}

void TestMoneyParser::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");

    // ar_EG and fa_IR write their own digits. en_IN and bn_BD group the Indian way, and es_ES and
    // pl_PL leave 4 digits in the first group of some numbers. fi_FI and fa_IR use U+2212 as the
    // minus sign, and ar_AE puts a direction mark before it.
    const char *locales[] = {"en_US", "de_DE", "fr_FR", "es_PA", "es_ES", "de_CH", "pt_BR", "ja_JP", "ar_EG",
                             "ar_AE", "fa_IR", "en_IN", "bn_BD", "pl_PL", "fi_FI", "C"};
    const qint64 amounts[] = {0,        1,          5,           10,           99,           100,
                              150,      100000,     123456,      99999999,     123456789,    1234567890,
                              100000000000, 1234567890123, Money::maxCents, -1, -123456, -Money::maxCents};
    for (const char *locale : locales) {
        for (const qint64 cents : amounts) {
            QTest::addRow("%s %lld", locale, static_cast<long long>(cents)) << QString::fromLatin1(locale) << cents;
        }
    }
}

void TestMoneyParser::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);

    const QLocale qlocale(locale);
    const Money money = Money::fromCents(cents);
    const QString text = MoneyParser::format(money, qlocale);
    QCOMPARE(text, money.toString(qlocale));

    const MoneyParser::Result result = MoneyParser::parse(text, qlocale, true);
    QVERIFY2(result.isValid(), qPrintable(text + QStringLiteral(": ") + result.error));
    QCOMPARE(result.value->cents(), cents);
}

QTEST_GUILESS_MAIN(TestMoneyParser)
#include "tst_moneyparser.moc"
