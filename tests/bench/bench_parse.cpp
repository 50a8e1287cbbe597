// Measures how long one page of 200 assets takes to become register rows:
// reading the JSON text, reading the page envelope and each asset, and
// appending the page to AssetListModel. tests/bench/run-benchmarks runs it.
// It is not part of the CTest suites because timings on shared machines vary.

#include "api/Page.h"
#include "models/Asset.h"
#include "models/AssetListModel.h"

#include <QJsonDocument>
#include <QTest>

#include <utility>

namespace {

constexpr int kPageSize = 200;

// AssetListModel without a client, with its page parser made callable.
class PageAppendingModel : public Activo::AssetListModel
{
public:
    PageAppendingModel()
        : Activo::AssetListModel(nullptr)
    {
    }
    using Activo::AssetListModel::appendItems;
};

// A GUID that is fixed for (kind, number), so every run parses the same text.
QByteArray fixedUuid(quint32 kind, quint32 number)
{
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(number >> 16, 4, 16, QLatin1Char('0'))
        .arg(number & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(kind & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(quint64(number) * 7919u, 12, 16, QLatin1Char('0'))
        .toLatin1();
}

QByteArray linkJson(const char *member, quint32 kind, quint32 number, const char *code, const QByteArray &name)
{
    const QByteArray id = fixedUuid(kind, number);
    return QByteArray("\"") + member + "Id\":\"" + id + "\",\"" + member + "\":{\"id\":\"" + id
        + "\",\"code\":\"" + code + '-' + QByteArray::number(number) + "\",\"name\":\"" + name + "\"}";
}

QByteArray cents(qint64 value)
{
    return QByteArray::number(value / 100) + '.' + QByteArray::number(value % 100).rightJustified(2, '0');
}

// One page in the shape GET /assets returns: nested links next to their ids,
// amounts written with exactly two decimals.
QByteArray assetPageJson()
{
    QByteArray json = "{\"items\":[";
    for (quint32 i = 0; i < kPageSize; ++i) {
        if (i > 0)
            json += ',';
        const qint64 cost = 25000 + qint64(i) * 104729 % 2500000;
        const qint64 salvage = cost / 100;
        const qint64 accumulated = (cost - salvage) * (i % 60) / 60;
        json += "{\"id\":\"" + fixedUuid(1, i) + "\""
            + ",\"assetCode\":\"FUR-" + QByteArray::number(i).rightJustified(5, '0') + "\""
            + ",\"name\":\"Escritorio de oficina 160 x 80 cm n.º " + QByteArray::number(i) + "\""
            + ",\"epc\":\"E280C32908A11C39" + QByteArray::number(0x10000000u + i, 16).toUpper() + "\","
            + linkJson("category", 2, i % 12, "CAT", "Mobiliario y enseres") + ','
            + linkJson("location", 3, i % 40, "LOC", "Centro de distribución Colón") + ','
            + linkJson("costCenter", 4, i % 8, "CC", "Administración") + ','
            + linkJson("custodian", 5, i % 150, "CUS", "Jennifer Pérez") + ','
            + linkJson("depreciationBook", 6, i % 2, "BOOK", "Libro corporativo (NIIF)")
            + ",\"acquisitionDate\":\"20" + QByteArray::number(13 + i % 12) + "-0" + QByteArray::number(1 + i % 9)
            + "-1" + QByteArray::number(i % 10) + "\""
            + ",\"acquisitionCost\":" + cents(cost)
            + ",\"salvageValue\":" + cents(salvage)
            + ",\"usefulLifeMonths\":" + QByteArray::number(36 + (i % 5) * 12)
            + ",\"depreciationMethod\":\"StraightLine\",\"status\":\"Active\",\"availability\":\"Available\""
            + ",\"accumulatedDepreciation\":" + cents(accumulated)
            + ",\"netBookValue\":" + cents(cost - accumulated) + '}';
    }
    json += "],\"total\":100000,\"skip\":0,\"take\":200}";
    return json;
}

} // namespace

class BenchParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentFromText();
    void envelopeAndAssets();
    void appendToModel();

private:
    QByteArray m_text;
    QJsonDocument m_document;
};

void BenchParse::initTestCase()
{
    m_text = assetPageJson();
    QJsonParseError error{};
    m_document = QJsonDocument::fromJson(m_text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    // The generated page must be one that the client reads in full.
    Activo::Page page;
    QString reason;
    QVERIFY2(Activo::Page::parse(m_document, 0, &page, &reason), qPrintable(reason));
    QCOMPARE(page.items.size(), kPageSize);
    PageAppendingModel model;
    QCOMPARE(model.appendItems(page.items), 0);
    QCOMPARE(model.rowCount(), kPageSize);
}

// JSON text of one page to a QJsonDocument, as ApiJob does with each reply.
void BenchParse::documentFromText()
{
    QBENCHMARK {
        const QJsonDocument document = QJsonDocument::fromJson(m_text);
        QVERIFY(document.isObject());
    }
}

// The page envelope and every asset of it, read into Activo::Asset values.
void BenchParse::envelopeAndAssets()
{
    QBENCHMARK {
        Activo::Page page;
        QString reason;
        QVERIFY(Activo::Page::parse(m_document, 0, &page, &reason));
        int assets = 0;
        for (const QJsonValue &value : std::as_const(page.items)) {
            QString error;
            if (Activo::Asset::fromJson(value.toObject(), &error))
                ++assets;
        }
        QCOMPARE(assets, kPageSize);
    }
}

// The page appended to an empty register model, the compact rows included.
void BenchParse::appendToModel()
{
    Activo::Page page;
    QString reason;
    QVERIFY(Activo::Page::parse(m_document, 0, &page, &reason));
    QBENCHMARK {
        PageAppendingModel model;
        model.appendItems(page.items);
        QCOMPARE(model.rowCount(), kPageSize);
    }
}

QTEST_GUILESS_MAIN(BenchParse)
#include "bench_parse.moc"
