#include "api/Page.h"

#include <QJsonObject>
#include <QTest>

#include <limits>

using Activo::Page;
using Activo::PageCursor;

namespace {

QJsonDocument envelope(int items, qint64 total, qint64 skip, qint64 take)
{
    QJsonArray array;
    for (int i = 0; i < items; ++i)
        array.append(QJsonObject{{QStringLiteral("id"), i}});
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), array},
                                     {QStringLiteral("total"), total},
                                     {QStringLiteral("skip"), skip},
                                     {QStringLiteral("take"), take}});
}

Page page(int items, qint64 total, qint64 skip, qint64 take)
{
    Page result;
    QString error;
    if (!Page::parse(envelope(items, total, skip, take), skip, &result, &error))
        qFatal("envelope rejected: %s", qPrintable(error));
    return result;
}

} // namespace

class TestPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseEnvelope();
    void parseRejects_data();
    void parseRejects();
    void cursorWalksToTotal();
    void cursorUsesReturnedTake();
    void cursorStopsOnEmptyPage();
    void cursorNeverSkipsUnseenRows();
    void cursorClampsPageSize();
    void cursorAddedRecordAtMaximumTotal();
};

void TestPage::parseEnvelope()
{
    Page result;
    QString error;
    QVERIFY(Page::parse(envelope(3, 312, 50, 50), 50, &result, &error));
    QCOMPARE(result.items.size(), 3);
    QCOMPARE(result.total, qint64(312));
    QCOMPARE(result.skip, qint64(50));
    QCOMPARE(result.take, qint64(50));

    // skip and take missing: the requested skip and the item count stand in.
    QVERIFY(Page::parse(QJsonDocument::fromJson(R"({"items": [{}, {}], "total": 2})"), 0, &result, &error));
    QCOMPARE(result.skip, qint64(0));
    QCOMPARE(result.take, qint64(2));
}

void TestPage::parseRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no items") << QByteArray(R"({"total": 3})");
    QTest::newRow("items not a list") << QByteArray(R"({"items": {}, "total": 3})");
    QTest::newRow("no total") << QByteArray(R"({"items": []})");
    QTest::newRow("negative total") << QByteArray(R"({"items": [], "total": -1})");
    QTest::newRow("fractional total") << QByteArray(R"({"items": [], "total": 2.5})");
    QTest::newRow("total as text") << QByteArray(R"({"items": [], "total": "many"})");
    QTest::newRow("total beyond 64 bits") << QByteArray(R"({"items": [], "total": 1e30})");
}

void TestPage::parseRejects()
{
    QFETCH(QByteArray, json);
    Page result;
    QString error;
    QVERIFY(!Page::parse(QJsonDocument::fromJson(json), 0, &result, &error));
    QVERIFY(!error.isEmpty());
}

void TestPage::cursorWalksToTotal()
{
    PageCursor cursor(100);
    QCOMPARE(cursor.requestTake(), 100);
    QCOMPARE(cursor.total(), qint64(-1));
    int pages = 0;
    while (!cursor.atEnd()) {
        const qint64 skip = cursor.nextSkip();
        const int items = int(qMin<qint64>(100, 250 - skip));
        cursor.advance(page(items, 250, skip, 100));
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(cursor.nextSkip(), qint64(250));
    QCOMPARE(cursor.total(), qint64(250));
}

void TestPage::cursorUsesReturnedTake()
{
    // The server capped 500 to 200: the next page starts at 200, not 500.
    PageCursor cursor(200);
    cursor.advance(page(200, 1000, 0, 200));
    QCOMPARE(cursor.nextSkip(), qint64(200));
    QVERIFY(!cursor.atEnd());
}

void TestPage::cursorStopsOnEmptyPage()
{
    // The total promises more, but the list ran out (records were removed meanwhile).
    PageCursor cursor(100);
    cursor.advance(page(100, 500, 0, 100));
    cursor.advance(page(0, 500, 100, 100));
    QVERIFY(cursor.atEnd());
}

void TestPage::cursorNeverSkipsUnseenRows()
{
    // A short page that is not the last one: move past what arrived only.
    PageCursor cursor(100);
    cursor.advance(page(40, 500, 0, 100));
    QCOMPARE(cursor.nextSkip(), qint64(40));
    // An echoed take of zero must not stall the walk.
    cursor.advance(page(30, 500, 40, 0));
    QCOMPARE(cursor.nextSkip(), qint64(70));
    // An echoed take above the documented maximum is treated as the maximum.
    PageCursor large(200);
    large.advance(page(200, 5000, 0, 5000));
    QCOMPARE(large.nextSkip(), qint64(200));
}

void TestPage::cursorClampsPageSize()
{
    QCOMPARE(PageCursor(0).requestTake(), 1);
    QCOMPARE(PageCursor(-5).requestTake(), 1);
    QCOMPARE(PageCursor(500).requestTake(), 200);
}

void TestPage::cursorAddedRecordAtMaximumTotal()
{
    // The largest total that the envelope accepts, as a numeric string.
    Page result;
    QString error;
    const QByteArray json = R"({"items": [{"id": 1}], "total": "9223372036854775807"})";
    QVERIFY2(Page::parse(QJsonDocument::fromJson(json), 0, &result, &error), qPrintable(error));
    QCOMPARE(result.total, std::numeric_limits<qint64>::max());

    PageCursor cursor(100);
    cursor.advance(result);
    cursor.noteRecordAdded();
    QCOMPARE(cursor.total(), std::numeric_limits<qint64>::max());
    QVERIFY(!cursor.atEnd());
}

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"
