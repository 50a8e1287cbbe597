#include "SandboxClient.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Page.h"
#include "import/AssetCodeFinder.h"
#include "import/CsvReader.h"
#include "import/ImportFields.h"
#include "import/ImportPlanner.h"
#include "import/ImportRunner.h"
#include "models/LookupCache.h"

#include <algorithm>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Activo;
using Activo::Test::SandboxProcess;

// The import's dry run and run against the sandbox over HTTP, without
// widgets: files in both number conventions, unknown lookup codes, codes
// that already exist, a second run of the same file, an injected failure
// and a lost reply.
class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void englishFileDryRunAndRun();
    void inactiveLocationIsRejected();
    void spanishFileDryRunAndRun();
    void failedPostIsReportedNotRetried();
    void lostReplyIsUnknownAndNotCreatedTwice();
    void codeSearchReadsFurtherPages();
    void stopLetsLinesInFlightFinish();

private:
    struct Result
    {
        QVector<ImportLine> planned;
        QVector<ImportLine> done;
        bool ok = false;
    };

    // The dry run of `csv`, and with `run` the import too.
    Result import(const QByteArray &csv, bool run, NumberConvention numbers = NumberConvention::PointDecimal,
                  DateConvention dates = DateConvention::IsoDate);
    QVector<ImportLine> dryRun(const QByteArray &csv, NumberConvention numbers, DateConvention dates);
    QVector<ImportLine> runLines(const QVector<ImportLine> &planned);
    std::optional<Asset> getAsset(const QUuid &id);
    std::optional<Asset> findByCode(const QString &code);
    QVector<Asset> registerPage(int skip, int take);
    qint64 assetTotal();
    const LookupItem &lookup(LookupKind kind, int index);
    static const ImportLine *lineAt(const QVector<ImportLine> &lines, int lineNumber);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests"), QStringLiteral("--today"),
                              QStringLiteral("2026-11-30")}};
    ApiClient *m_client = nullptr;
    LookupCache *m_lookups = nullptr;
    QString m_company;
};

void TestImport::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_client = Activo::Test::createSandboxClient(&m_network, m_sandbox, this);
    m_client->setRetryPolicy(1, std::chrono::milliseconds(50));
    const QStringList companies = Activo::Test::loadCompanyIds(m_client);
    QCOMPARE(companies.size(), 2);
    m_company = companies.at(0);
    m_lookups = new LookupCache(m_client, this);
    for (const LookupKind kind : LookupCache::allKinds()) {
        QSignalSpy loaded(m_lookups, &LookupCache::loaded);
        m_lookups->load(m_company, kind);
        QVERIFY(loaded.wait(15000));
        QVERIFY(m_lookups->items(m_company, kind).size() >= 2);
    }
}

void TestImport::init()
{
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
}

const LookupItem &TestImport::lookup(LookupKind kind, int index)
{
    return m_lookups->items(m_company, kind).at(index);
}

const ImportLine *TestImport::lineAt(const QVector<ImportLine> &lines, int lineNumber)
{
    for (const ImportLine &line : lines) {
        if (line.line == lineNumber)
            return &line;
    }
    return nullptr;
}

QVector<ImportLine> TestImport::dryRun(const QByteArray &csv, NumberConvention numbers, DateConvention dates)
{
    const CsvDocument document = CsvReader::read(csv);
    if (!document.isValid()) {
        qWarning() << document.error;
        return {};
    }
    ImportPlanner planner(m_client, m_lookups);
    QSignalSpy finished(&planner, &ImportPlanner::finished);
    QSignalSpy failed(&planner, &ImportPlanner::failed);
    planner.start(m_company, document, ImportFields::guessMapping(document.header), ImportFormat(numbers, dates));
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000) || !failed.isEmpty())
        return {};
    return planner.lines();
}

QVector<ImportLine> TestImport::runLines(const QVector<ImportLine> &planned)
{
    ImportRunner runner(m_client);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    runner.start(m_company, planned);
    if (!finished.wait(30000))
        return {};
    return runner.lines();
}

TestImport::Result TestImport::import(const QByteArray &csv, bool run, NumberConvention numbers, DateConvention dates)
{
    Result result;
    result.planned = dryRun(csv, numbers, dates);
    if (result.planned.isEmpty())
        return result;
    if (run) {
        result.done = runLines(result.planned);
        if (result.done.isEmpty())
            return result;
    }
    result.ok = true;
    return result;
}

std::optional<Asset> TestImport::getAsset(const QUuid &id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    ApiJob *job = m_client->get(QStringLiteral("/assets/") + id.toString(QUuid::WithoutBraces), query);
    std::optional<Asset> asset;
    bool done = false;
    connect(job, &ApiJob::finished, this, [&](ApiJob *finished) {
        done = true;
        if (finished->succeeded())
            asset = Asset::fromJson(finished->json().object(), nullptr);
    });
    job->start();
    (void)QTest::qWaitFor([&done] { return done; }, 10000);
    return asset;
}

std::optional<Asset> TestImport::findByCode(const QString &code)
{
    AssetCodeFinder finder(m_client);
    QSignalSpy finished(&finder, &AssetCodeFinder::finished);
    finder.start(m_company, {code});
    if (!finished.wait(10000))
        return std::nullopt;
    const Asset *asset = finder.find(code);
    return asset ? std::optional<Asset>(*asset) : std::nullopt;
}

QVector<Asset> TestImport::registerPage(int skip, int take)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("take"), QString::number(take));
    ApiJob *job = m_client->get(QStringLiteral("/assets"), query);
    QVector<Asset> assets;
    bool done = false;
    connect(job, &ApiJob::finished, this, [&](ApiJob *finished) {
        done = true;
        Page page;
        QString error;
        if (finished->succeeded() && Page::parse(finished->json(), skip, &page, &error)) {
            for (const QJsonValue &value : std::as_const(page.items)) {
                if (const auto asset = Asset::fromJson(value.toObject(), nullptr))
                    assets << *asset;
            }
        }
    });
    job->start();
    (void)QTest::qWaitFor([&done] { return done; }, 10000);
    return assets;
}

qint64 TestImport::assetTotal()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("1"));
    ApiJob *job = m_client->get(QStringLiteral("/assets"), query);
    qint64 total = -1;
    connect(job, &ApiJob::finished, this, [&total](ApiJob *finished) {
        total = finished->json().object().value(QLatin1String("total")).toInteger(-2);
    });
    job->start();
    (void)QTest::qWaitFor([&total] { return total != -1; }, 10000);
    return total;
}

void TestImport::englishFileDryRunAndRun()
{
    const LookupItem &category = lookup(LookupKind::Category, 0);
    const LookupItem &location = lookup(LookupKind::Location, 0);
    const LookupItem &otherLocation = lookup(LookupKind::Location, 1);
    const LookupItem &costCenter = lookup(LookupKind::CostCenter, 1);
    const LookupItem &book = lookup(LookupKind::DepreciationBook, 0);
    const QVector<Asset> existing = registerPage(10, 2);
    QCOMPARE(existing.size(), 2);
    const Asset &toUpdate = existing.at(0);
    const Asset &unchanged = existing.at(1);
    const QUuid newLocationId = toUpdate.location.id == otherLocation.id ? location.id : otherLocation.id;
    const QString newLocationCode = toUpdate.location.id == otherLocation.id ? location.code : otherLocation.code;

    QByteArray csv = "Asset code,Name,Category,Location,Cost center,Depreciation book,Acquisition date,Cost,"
                     "Salvage value,Useful life (months),Status\r\n";
    csv += "IMP-EN-001,\"Desk, oak \"\"XL\"\"\"," + category.code.toUtf8() + "," + location.code.toUtf8() + ","
        + costCenter.code.toUtf8() + "," + book.code.toUtf8() + ",2026-01-15,\"1,234.56\",100.00,60,Active\r\n";
    csv += "IMP-EN-002,Chair," + category.code.toLower().toUtf8() + ",,,,2026-02-01,250,,36,\r\n";
    csv += "IMP-EN-003,Bad location,,MAD-99,,,,10.00,,,\r\n";
    csv += "IMP-EN-004,Bad cost,,,,,,\"1.234,56\",,,\r\n";
    csv += toUpdate.assetCode.toLower().toUtf8() + ",,," + newLocationCode.toUtf8() + ",,,,,,,\r\n";
    csv += unchanged.assetCode.toUtf8() + "," + unchanged.name.toUtf8() + ",,,,,,,,,\r\n";
    csv += "imp-en-001,Again,,,,,,,,,\r\n";

    const qint64 totalBefore = assetTotal();
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets"));
    const int putsBefore = m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets"));

    const QVector<ImportLine> planned = dryRun(csv, NumberConvention::PointDecimal, DateConvention::IsoDate);
    QCOMPARE(planned.size(), 7);
    QCOMPARE(lineAt(planned, 2)->action, ImportAction::Create);
    QCOMPARE(lineAt(planned, 3)->action, ImportAction::Create);
    QCOMPARE(lineAt(planned, 4)->action, ImportAction::Rejected);
    QCOMPARE(lineAt(planned, 4)->problems,
             QStringList(QStringLiteral("Line 4, Location \"MAD-99\": no location has this code. Use one of the "
                                        "codes under Master data › Locations, or leave the cell empty.")));
    QCOMPARE(lineAt(planned, 5)->action, ImportAction::Rejected);
    QVERIFY2(lineAt(planned, 5)->problems.value(0).startsWith(QStringLiteral("Line 5, Cost: \"1.234,56\"")),
             qPrintable(lineAt(planned, 5)->problems.join(u' ')));
    QCOMPARE(lineAt(planned, 6)->action, ImportAction::Update);
    QCOMPARE(lineAt(planned, 6)->assetId, toUpdate.id);
    QCOMPARE(lineAt(planned, 6)->changes.size(), 1);
    QVERIFY2(lineAt(planned, 6)->changes.at(0).startsWith(QStringLiteral("Location: ")),
             qPrintable(lineAt(planned, 6)->changes.at(0)));
    QVERIFY(lineAt(planned, 6)->changes.at(0).endsWith(newLocationCode));
    QCOMPARE(lineAt(planned, 7)->action, ImportAction::Unchanged);
    QCOMPARE(lineAt(planned, 8)->action, ImportAction::Rejected);
    QCOMPARE(lineAt(planned, 8)->problems,
             QStringList(QStringLiteral("Line 8, Asset code \"imp-en-001\": line 2 has the same code, and each "
                                        "asset may appear once. Merge the two lines, or delete one.")));

    // The dry run wrote nothing.
    QCOMPARE(assetTotal(), totalBefore);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore);

    const QVector<ImportLine> done = runLines(planned);
    QCOMPARE(done.size(), 7);
    QCOMPARE(lineAt(done, 2)->outcome, ImportOutcome::Created);
    QCOMPARE(lineAt(done, 3)->outcome, ImportOutcome::Created);
    QCOMPARE(lineAt(done, 4)->outcome, ImportOutcome::Rejected);
    QCOMPARE(lineAt(done, 4)->outcomeMessage, lineAt(planned, 4)->problems.at(0));
    QCOMPARE(lineAt(done, 5)->outcome, ImportOutcome::Rejected);
    QCOMPARE(lineAt(done, 6)->outcome, ImportOutcome::Updated);
    QCOMPARE(lineAt(done, 7)->outcome, ImportOutcome::Unchanged);
    QCOMPARE(lineAt(done, 8)->outcome, ImportOutcome::Rejected);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore + 2);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("PUT"), QStringLiteral("/assets")), putsBefore + 1);
    QCOMPARE(assetTotal(), totalBefore + 2);

    // Created exactly as written.
    const std::optional<Asset> desk = getAsset(lineAt(done, 2)->assetId);
    QVERIFY(desk);
    QCOMPARE(desk->assetCode, QStringLiteral("IMP-EN-001"));
    QCOMPARE(desk->name, QStringLiteral("Desk, oak \"XL\""));
    QCOMPARE(desk->category.id, category.id);
    QCOMPARE(desk->location.id, location.id);
    QCOMPARE(desk->costCenter.id, costCenter.id);
    QCOMPARE(desk->depreciationBook.id, book.id);
    QVERIFY(desk->custodian.id.isNull());
    QCOMPARE(desk->acquisitionDate, QDate(2026, 1, 15));
    QCOMPARE(desk->acquisitionCost->cents(), 123456);
    QCOMPARE(desk->salvageValue->cents(), 10000);
    QCOMPARE(*desk->usefulLifeMonths, 60);
    QCOMPARE(desk->status, QStringLiteral("Active"));

    const std::optional<Asset> chair = findByCode(QStringLiteral("IMP-EN-002"));
    QVERIFY(chair);
    QCOMPARE(chair->id, lineAt(done, 3)->assetId);
    QCOMPARE(chair->category.id, category.id);
    QCOMPARE(chair->acquisitionCost->cents(), 25000);
    QCOMPARE(*chair->usefulLifeMonths, 36);
    QVERIFY(!findByCode(QStringLiteral("IMP-EN-003")));

    // Updated: the location changed, every other member as it was.
    const std::optional<Asset> updated = getAsset(toUpdate.id);
    QVERIFY(updated);
    QCOMPARE(updated->location.id, newLocationId);
    QCOMPARE(updated->assetCode, toUpdate.assetCode);
    QCOMPARE(updated->name, toUpdate.name);
    QCOMPARE(updated->epc, toUpdate.epc);
    QCOMPARE(updated->category.id, toUpdate.category.id);
    QCOMPARE(updated->costCenter.id, toUpdate.costCenter.id);
    QCOMPARE(updated->custodian.id, toUpdate.custodian.id);
    QCOMPARE(updated->depreciationBook.id, toUpdate.depreciationBook.id);
    QCOMPARE(updated->acquisitionDate, toUpdate.acquisitionDate);
    QCOMPARE(updated->acquisitionCost, toUpdate.acquisitionCost);
    QCOMPARE(updated->salvageValue, toUpdate.salvageValue);
    QCOMPARE(updated->usefulLifeMonths, toUpdate.usefulLifeMonths);
    QCOMPARE(updated->depreciationMethod, toUpdate.depreciationMethod);
    QCOMPARE(updated->status, toUpdate.status);
    QCOMPARE(updated->availability, toUpdate.availability);

    // The same file again creates nothing: every good line is Unchanged now.
    const int postsAfterFirst = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets"));
    const QVector<ImportLine> again = dryRun(csv, NumberConvention::PointDecimal, DateConvention::IsoDate);
    QCOMPARE(lineAt(again, 2)->action, ImportAction::Unchanged);
    QCOMPARE(lineAt(again, 3)->action, ImportAction::Unchanged);
    QCOMPARE(lineAt(again, 6)->action, ImportAction::Unchanged);
    const QVector<ImportLine> secondRun = runLines(again);
    QCOMPARE(secondRun.size(), 7);
    QCOMPARE(assetTotal(), totalBefore + 2);
    QTest::qWait(200);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsAfterFirst);
}

void TestImport::inactiveLocationIsRejected()
{
    const QVector<LookupItem> &locations = m_lookups->items(m_company, LookupKind::Location);
    const auto inactive = std::find_if(locations.cbegin(), locations.cend(), [](const LookupItem &item) {
        return !item.raw.value(QLatin1String("isActive")).toBool(true);
    });
    QVERIFY2(inactive != locations.cend(), "the sandbox's first company has no inactive location");

    QByteArray csv = "Asset code,Name,Location,Cost\r\n";
    csv += "IMP-INACTIVE-1,Shelf," + inactive->code.toUtf8() + ",80.00\r\n";
    const QVector<ImportLine> planned = dryRun(csv, NumberConvention::PointDecimal, DateConvention::IsoDate);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.at(0).action, ImportAction::Rejected);
    QVERIFY2(planned.at(0).problems.value(0).contains(QStringLiteral("this location is inactive")),
             qPrintable(planned.at(0).problems.join(u' ')));
}

void TestImport::spanishFileDryRunAndRun()
{
    const LookupItem &category = lookup(LookupKind::Category, 1);
    const LookupItem &location = lookup(LookupKind::Location, 2);
    const QVector<Asset> existing = registerPage(20, 1);
    QCOMPARE(existing.size(), 1);
    const Asset &toUpdate = existing.at(0);
    const qint64 newCost = toUpdate.acquisitionCost ? toUpdate.acquisitionCost->cents() + 100001 : 100001;
    const QString newCostText = Money::fromCents(newCost).toString(QLocale(QLocale::German, QLocale::Germany));

    // Windows-1252, as Excel saves "CSV (separado por comas)" in Spain.
    QString text = QStringLiteral("Código;Nombre;Categoría;Ubicación;Fecha de adquisición;Costo;Valor residual;"
                                  "Vida útil (meses)\r\n");
    text += QStringLiteral("IMP-ES-001;Impresora láser;%1;%2;31/12/2025;1.234,56;0,5;48\r\n")
                .arg(category.code, location.code);
    text += QStringLiteral("IMP-ES-002;\"Mesa; roble\";%1;;01/02/2026;12.000;1.000,00;120\r\n").arg(category.code);
    text += QStringLiteral("IMP-ES-003;Costo en inglés;;;15/03/2026;1,234.56;;\r\n");
    text += QStringLiteral("IMP-ES-004;Fecha mala;;;2026-03-15;10,00;;\r\n");
    text += QStringLiteral("IMP-ES-005;Categoría inexistente;ZZZ;;;;;\r\n");
    text += toUpdate.assetCode + QStringLiteral(";;;;;") + newCostText + QStringLiteral(";;\r\n");
    const QByteArray csv = text.toLatin1();
    QCOMPARE(CsvReader::read(csv).encoding, CsvEncoding::Windows1252);

    const QVector<ImportLine> planned = dryRun(csv, NumberConvention::CommaDecimal, DateConvention::DayMonthYear);
    QCOMPARE(planned.size(), 6);
    QCOMPARE(lineAt(planned, 2)->action, ImportAction::Create);
    QCOMPARE(lineAt(planned, 3)->action, ImportAction::Create);
    QCOMPARE(lineAt(planned, 4)->action, ImportAction::Rejected);
    QVERIFY2(lineAt(planned, 4)->problems.value(0).startsWith(QStringLiteral("Line 4, Cost: \"1,234.56\"")),
             qPrintable(lineAt(planned, 4)->problems.join(u' ')));
    QCOMPARE(lineAt(planned, 5)->action, ImportAction::Rejected);
    QVERIFY2(lineAt(planned, 5)->problems.value(0).startsWith(
                 QStringLiteral("Line 5, Acquisition date: \"2026-03-15\" is not a date in the form DD/MM/YYYY.")),
             qPrintable(lineAt(planned, 5)->problems.join(u' ')));
    QCOMPARE(lineAt(planned, 6)->action, ImportAction::Rejected);
    QVERIFY2(lineAt(planned, 6)->problems.value(0).startsWith(
                 QStringLiteral("Line 6, Category \"ZZZ\": no category has this code.")),
             qPrintable(lineAt(planned, 6)->problems.join(u' ')));
    QCOMPARE(lineAt(planned, 7)->action, ImportAction::Update);
    QCOMPARE(lineAt(planned, 7)->changes.size(), 1);
    QVERIFY(lineAt(planned, 7)->changes.at(0).startsWith(QStringLiteral("Cost: ")));

    const QVector<ImportLine> done = runLines(planned);
    QCOMPARE(lineAt(done, 2)->outcome, ImportOutcome::Created);
    QCOMPARE(lineAt(done, 3)->outcome, ImportOutcome::Created);
    QCOMPARE(lineAt(done, 7)->outcome, ImportOutcome::Updated);

    const std::optional<Asset> printer = getAsset(lineAt(done, 2)->assetId);
    QVERIFY(printer);
    QCOMPARE(printer->name, QStringLiteral("Impresora láser"));
    QCOMPARE(printer->category.id, category.id);
    QCOMPARE(printer->location.id, location.id);
    QCOMPARE(printer->acquisitionDate, QDate(2025, 12, 31));
    QCOMPARE(printer->acquisitionCost->cents(), 123456);
    QCOMPARE(printer->salvageValue->cents(), 50);
    QCOMPARE(*printer->usefulLifeMonths, 48);

    const std::optional<Asset> table = getAsset(lineAt(done, 3)->assetId);
    QVERIFY(table);
    QCOMPARE(table->name, QStringLiteral("Mesa; roble"));
    QCOMPARE(table->acquisitionDate, QDate(2026, 2, 1));
    QCOMPARE(table->acquisitionCost->cents(), 1200000);
    QCOMPARE(table->salvageValue->cents(), 100000);

    const std::optional<Asset> updated = getAsset(toUpdate.id);
    QVERIFY(updated);
    QCOMPARE(updated->acquisitionCost->cents(), newCost);
    QCOMPARE(updated->name, toUpdate.name);
    QCOMPARE(updated->location.id, toUpdate.location.id);
    QCOMPARE(updated->acquisitionDate, toUpdate.acquisitionDate);
    QCOMPARE(updated->salvageValue, toUpdate.salvageValue);
    QCOMPARE(updated->epc, toUpdate.epc);
}

void TestImport::failedPostIsReportedNotRetried()
{
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("status=500,method=POST,path=/assets,times=1"), &error),
             qPrintable(error));
    const QByteArray csv = "Code,Name,Cost\r\nIMP-F-001,First,10.00\r\nIMP-F-002,Second,20.00\r\n";
    const qint64 totalBefore = assetTotal();
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets"));

    const Result result = import(csv, true);
    QVERIFY(result.ok);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore + 2);
    int failed = 0;
    int created = 0;
    QString failedCode;
    for (const ImportLine &line : result.done) {
        if (line.outcome == ImportOutcome::Failed) {
            ++failed;
            failedCode = line.assetCode;
            QVERIFY2(line.outcomeMessage.contains(QStringLiteral("Injected fault.")),
                     qPrintable(line.outcomeMessage));
            QVERIFY(!line.requestId.isEmpty());
        } else if (line.outcome == ImportOutcome::Created) {
            ++created;
        }
    }
    QCOMPARE(failed, 1);
    QCOMPARE(created, 1);
    QCOMPARE(assetTotal(), totalBefore + 1);
    QVERIFY(!findByCode(failedCode));
    // Not retried: still two POSTs a moment later.
    QTest::qWait(300);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore + 2);

    // Running the file again creates only the line that failed.
    const Result again = import(csv, true);
    QVERIFY(again.ok);
    QCOMPARE(assetTotal(), totalBefore + 2);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore + 3);
}

void TestImport::lostReplyIsUnknownAndNotCreatedTwice()
{
    // Qt resends a request once when the connection closes before any reply
    // byte, so the store-then-drop rule must fire on both attempts.
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("drop-after-store,method=POST,path=/assets,times=2"), &error),
             qPrintable(error));
    const QByteArray csv = "Code,Name\r\nIMP-L-001,Lost reply\r\n";
    const qint64 totalBefore = assetTotal();

    const Result result = import(csv, true);
    QVERIFY(result.ok);
    QCOMPARE(result.done.size(), 1);
    QCOMPARE(result.done.at(0).outcome, ImportOutcome::Unknown);
    QVERIFY2(result.done.at(0).outcomeMessage.contains(QStringLiteral("may or may not have been created")),
             qPrintable(result.done.at(0).outcomeMessage));
    QCOMPARE(ImportLine::outcomeText(ImportOutcome::Unknown), QStringLiteral("Unknown - check before running again"));
    QCOMPARE(assetTotal(), totalBefore + 1);

    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets"));
    const Result again = import(csv, true);
    QVERIFY(again.ok);
    QCOMPARE(again.planned.at(0).action, ImportAction::Unchanged);
    QCOMPARE(assetTotal(), totalBefore + 1);
    QTest::qWait(200);
    QCOMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore);
}

void TestImport::codeSearchReadsFurtherPages()
{
    // The search for "lap-" matches every LAP-nnnn asset, more than one page
    // of 200, and the register sorts lower case after upper case, so the
    // asset with exactly this code comes last.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    query.addQueryItem(QStringLiteral("search"), QStringLiteral("lap-"));
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("1"));
    ApiJob *job = m_client->get(QStringLiteral("/assets"), query);
    qint64 matches = -1;
    connect(job, &ApiJob::finished, this, [&matches](ApiJob *finished) {
        matches = finished->json().object().value(QLatin1String("total")).toInteger(-2);
    });
    job->start();
    QTRY_VERIFY(matches != -1);
    QVERIFY2(matches > 200, qPrintable(QString::number(matches)));

    const QByteArray csv = "Code,Name\r\nlap-,Prefix code\r\n";
    const Result created = import(csv, true);
    QVERIFY(created.ok);
    QCOMPARE(created.planned.at(0).action, ImportAction::Create);
    QCOMPARE(created.done.at(0).outcome, ImportOutcome::Created);

    const std::optional<Asset> found = findByCode(QStringLiteral("LAP-"));
    QVERIFY(found);
    QCOMPARE(found->id, created.done.at(0).assetId);
    const Result again = import(csv, false);
    QVERIFY(again.ok);
    QCOMPARE(again.planned.at(0).action, ImportAction::Unchanged);
}

void TestImport::stopLetsLinesInFlightFinish()
{
    QByteArray csv = "Code,Name\r\n";
    for (int i = 1; i <= 10; ++i)
        csv += QStringLiteral("IMP-S-%1,Stopped %1\r\n").arg(i, 3, 10, QLatin1Char('0')).toUtf8();
    const QVector<ImportLine> planned = dryRun(csv, NumberConvention::PointDecimal, DateConvention::IsoDate);
    QCOMPARE(planned.size(), 10);
    const qint64 totalBefore = assetTotal();
    const int postsBefore = m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets"));

    // start() sends the first four lines at once; Stop comes before any reply.
    ImportRunner runner(m_client);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    runner.start(m_company, planned);
    runner.cancel();
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(30000));

    int created = 0;
    int stopped = 0;
    for (const ImportLine &line : runner.lines()) {
        if (line.outcome == ImportOutcome::Created)
            ++created;
        else if (line.outcome == ImportOutcome::Cancelled)
            ++stopped;
    }
    QCOMPARE(created, 4);
    QCOMPARE(stopped, 6);
    QCOMPARE(lineAt(runner.lines(), 2)->outcome, ImportOutcome::Created);
    QCOMPARE(lineAt(runner.lines(), 11)->outcome, ImportOutcome::Cancelled);
    QCOMPARE(lineAt(runner.lines(), 11)->outcomeMessage,
             QStringLiteral("Not sent: the import was stopped before this line."));
    QCOMPARE(assetTotal(), totalBefore + 4);
    QTRY_COMPARE(m_sandbox.countRequests(QStringLiteral("POST"), QStringLiteral("/assets")), postsBefore + 4);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
