#include "CsvReader.h"
#include "SandboxClient.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Json.h"
#include "api/ParallelPageLoader.h"
#include "export/AssetRowSource.h"
#include "export/CsvWriter.h"
#include "export/ExportJob.h"
#include "export/RecordRowSource.h"
#include "export/XlsxWriter.h"
#include "models/Asset.h"
#include "models/AssetDirectory.h"
#include "models/AssetListModel.h"
#include "models/LookupCache.h"
#include "models/Money.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Activo;
using Activo::Test::SandboxProcess;

namespace {

// Every register column, in an order unlike the model's, as a user may arrange them.
const QVector<int> kAllColumns = {
    AssetListModel::NetBookValueColumn, AssetListModel::CodeColumn,
    AssetListModel::NameColumn, AssetListModel::AcquisitionDateColumn,
    AssetListModel::UsefulLifeColumn, AssetListModel::CategoryColumn,
    AssetListModel::CostColumn, AssetListModel::StatusColumn,
    AssetListModel::EpcColumn, AssetListModel::LocationColumn,
    AssetListModel::CustodianColumn, AssetListModel::CostCenterColumn,
    AssetListModel::DepreciationBookColumn, AssetListModel::SalvageValueColumn,
    AssetListModel::AccumulatedDepreciationColumn, AssetListModel::AvailabilityColumn,
};

// Assets whose names a spreadsheet could take for formulas, or that need quoting.
struct TrickyAsset
{
    QString code;
    QString name;
    QString cost;
};
const QVector<TrickyAsset> kTrickyAssets = {
    {QStringLiteral("ZZX-01"), QStringLiteral("=SUM(A1)"), QStringLiteral("1234.56")},
    {QStringLiteral("ZZX-02"), QStringLiteral("+1"), QStringLiteral("0.10")},
    {QStringLiteral("ZZX-03"), QStringLiteral("@x"), QStringLiteral("9999999999999.99")},
    {QStringLiteral("ZZX-04"), QStringLiteral("-dash"), QStringLiteral("0.00")},
    {QStringLiteral("ZZX-05"), QStringLiteral("Señal ñandú, \"grande\"\nlínea 2"), QStringLiteral("77.07")},
    {QStringLiteral("ZZX-06"), QStringLiteral("\tTabbed"), QStringLiteral("5")},
    {QStringLiteral("=ZZX-07"), QStringLiteral("Código con fórmula"), QStringLiteral("12.30")},
};

QString linkName(const QJsonObject &asset, const char *member)
{
    const QJsonObject link = asset.value(QLatin1String(member)).toObject();
    const QString name = link.value(QLatin1String("name")).toString();
    if (!name.isEmpty())
        return name;
    return link.value(QLatin1String("code")).toString();
}

std::optional<qint64> centsOf(const QJsonObject &asset, const char *member)
{
    const std::optional<Money> money = Money::fromJson(asset.value(QLatin1String(member)));
    return money ? std::optional<qint64>(money->cents()) : std::nullopt;
}

} // namespace

// Exports through the real row sources and writers against the sandbox,
// read back and compared cell by cell with the API's own data.
class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvMatchesApi();
    void csvWithDecimalComma();
    void xlsxMatchesApi();
    void searchExportsOnlyMatches();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void unwritableTargetFails_data();
    void unwritableTargetFails();
    void serverFailureLeavesNoFile();
    void disposalsKeepNegativeAmounts();
    void transfersNameLinkedRecords();

private:
    QStringList assetTitles() const;
    ExportJob::Outcome runJob(ExportJob &job, int timeoutMs = 60000);
    QVector<QStringList> readCsv(const QString &path, QChar separator);
    // The expected text of a CSV cell for `column`, as the API's data gives it.
    QString expectedCsv(const QJsonObject &asset, int column, const CsvOptions &options) const;
    bool createAsset(const TrickyAsset &asset, QString *error);
    QVector<QJsonObject> loadAll(const QString &path, const QString &search = QString());
    static QStringList filesIn(const QString &folder);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests")}};
    ApiClient *m_client = nullptr;
    QString m_company;
    QVector<QJsonObject> m_assets;
};

void TestExport::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_client = Activo::Test::createSandboxClient(&m_network, m_sandbox, this);
    const QStringList companies = Activo::Test::loadCompanyIds(m_client);
    QVERIFY(!companies.isEmpty());
    m_company = companies.first();
    for (const TrickyAsset &asset : kTrickyAssets)
        QVERIFY2(createAsset(asset, &error), qPrintable(error));
    m_assets = loadAll(QStringLiteral("/assets"));
    QCOMPARE(m_assets.size(), 2500 + kTrickyAssets.size());
}

bool TestExport::createAsset(const TrickyAsset &asset, QString *error)
{
    const QJsonObject fields{{QStringLiteral("assetCode"), asset.code},
                             {QStringLiteral("name"), asset.name},
                             {QStringLiteral("acquisitionDate"), QStringLiteral("2024-02-29")},
                             {QStringLiteral("usefulLifeMonths"), 48}};
    // The amount goes as the JSON number text itself, with no double in between.
    QByteArray body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    body.chop(1);
    body += ",\"acquisitionCost\":" + asset.cost.toLatin1() + '}';
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    ApiJob *job = m_client->sendJson("POST", QStringLiteral("/assets"), query, body);
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    if (!done.wait(10000)) {
        *error = QStringLiteral("POST /assets did not finish");
        return false;
    }
    if (!job->succeeded()) {
        *error = job->error().details();
        return false;
    }
    return true;
}

QVector<QJsonObject> TestExport::loadAll(const QString &path, const QString &search)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_company);
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), search);
    ParallelPageLoader loader(m_client, path, query);
    QVector<QJsonObject> records;
    connect(&loader, &ParallelPageLoader::pageReady, this, [&records](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            records << item.toObject();
    });
    QSignalSpy finished(&loader, &ParallelPageLoader::finished);
    loader.start();
    if (!finished.wait(30000))
        return {};
    return records;
}

QStringList TestExport::assetTitles() const
{
    AssetListModel model(m_client);
    QStringList titles;
    for (int column : kAllColumns)
        titles << model.headerData(column, Qt::Horizontal).toString();
    return titles;
}

QStringList TestExport::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

ExportJob::Outcome TestExport::runJob(ExportJob &job, int timeoutMs)
{
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    if (!finished.wait(timeoutMs))
        return ExportJob::Outcome::Failed;
    return finished.first().first().value<ExportJob::Outcome>();
}

QVector<QStringList> TestExport::readCsv(const QString &path, QChar separator)
{
    QString error;
    const QVector<QStringList> records = Activo::Test::readCsvFile(path, separator, &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return records;
}

QString TestExport::expectedCsv(const QJsonObject &asset, int column, const CsvOptions &options) const
{
    const auto text = [](const QString &value) { return Csv::guardFormula(value); };
    const auto amount = [&asset, &options](const char *member) {
        const std::optional<qint64> cents = centsOf(asset, member);
        return cents ? Csv::amountText(*cents, options.decimalPoint) : QString();
    };
    switch (column) {
    case AssetListModel::CodeColumn: return text(asset.value(QLatin1String("assetCode")).toString());
    case AssetListModel::NameColumn: return text(asset.value(QLatin1String("name")).toString());
    case AssetListModel::CategoryColumn: return text(linkName(asset, "category"));
    case AssetListModel::LocationColumn: return text(linkName(asset, "location"));
    case AssetListModel::CustodianColumn: return text(linkName(asset, "custodian"));
    case AssetListModel::CostCenterColumn: return text(linkName(asset, "costCenter"));
    case AssetListModel::DepreciationBookColumn: return text(linkName(asset, "depreciationBook"));
    case AssetListModel::StatusColumn: return text(Asset::statusText(asset.value(QLatin1String("status")).toString()));
    case AssetListModel::AvailabilityColumn:
        return text(Asset::availabilityText(asset.value(QLatin1String("availability")).toString()));
    case AssetListModel::EpcColumn: return text(asset.value(QLatin1String("epc")).toString());
    case AssetListModel::AcquisitionDateColumn: return asset.value(QLatin1String("acquisitionDate")).toString();
    case AssetListModel::CostColumn: return amount("acquisitionCost");
    case AssetListModel::NetBookValueColumn: return amount("netBookValue");
    case AssetListModel::SalvageValueColumn: return amount("salvageValue");
    case AssetListModel::AccumulatedDepreciationColumn: return amount("accumulatedDepreciation");
    case AssetListModel::UsefulLifeColumn: {
        const QJsonValue months = asset.value(QLatin1String("usefulLifeMonths"));
        return months.isDouble() ? QString::number(months.toInteger()) : QString();
    }
    default: return QStringLiteral("?");
    }
}

void TestExport::csvMatchesApi()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    const CsvOptions options;
    ExportJob job(new AssetRowSource(m_client, m_company, QString(), kAllColumns, assetTitles()),
                  std::make_unique<CsvExportWriter>(path, options), ExportInfo{QStringLiteral("Assets"), {}, {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Succeeded);
    QCOMPARE(job.rowCount(), qint64(m_assets.size()));
    QCOMPARE(job.skippedCount(), 0);

    const QVector<QStringList> records = readCsv(path, options.separator);
    QCOMPARE(records.size(), m_assets.size() + 1);
    QCOMPARE(records.first(), assetTitles());
    for (int row = 0; row < m_assets.size(); ++row) {
        const QStringList &record = records.at(row + 1);
        QCOMPARE(record.size(), kAllColumns.size());
        for (int i = 0; i < kAllColumns.size(); ++i) {
            const QString expected = expectedCsv(m_assets.at(row), kAllColumns.at(i), options);
            if (record.at(i) != expected)
                QFAIL(qPrintable(QStringLiteral("row %1, column %2: %3 instead of %4")
                                     .arg(row + 1)
                                     .arg(assetTitles().at(i), record.at(i), expected)));
        }
    }

    // The tricky names, read back: guarded with an apostrophe, quotes and the line break intact.
    QHash<QString, QString> nameByCode;
    for (const QStringList &record : records)
        nameByCode.insert(record.at(1), record.at(2));
    QCOMPARE(nameByCode.value(QStringLiteral("ZZX-01")), QStringLiteral("'=SUM(A1)"));
    QCOMPARE(nameByCode.value(QStringLiteral("ZZX-02")), QStringLiteral("'+1"));
    QCOMPARE(nameByCode.value(QStringLiteral("ZZX-03")), QStringLiteral("'@x"));
    QCOMPARE(nameByCode.value(QStringLiteral("ZZX-04")), QStringLiteral("'-dash"));
    QCOMPARE(nameByCode.value(QStringLiteral("ZZX-05")), QStringLiteral("Señal ñandú, \"grande\"\nlínea 2"));
    QCOMPARE(nameByCode.value(QStringLiteral("ZZX-06")), QStringLiteral("'\tTabbed"));
    QCOMPARE(nameByCode.value(QStringLiteral("'=ZZX-07")), QStringLiteral("Código con fórmula"));
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("register.csv")});
}

void TestExport::csvWithDecimalComma()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    const CsvOptions options{u';', u','};
    const QVector<int> columns{AssetListModel::CodeColumn, AssetListModel::CostColumn,
                               AssetListModel::AccumulatedDepreciationColumn};
    ExportJob job(new AssetRowSource(m_client, m_company, QString(), columns,
                                     {QStringLiteral("Code"), QStringLiteral("Cost"), QStringLiteral("Accumulated")}),
                  std::make_unique<CsvExportWriter>(path, options), ExportInfo{QStringLiteral("Assets"), {}, {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Succeeded);
    const QVector<QStringList> records = readCsv(path, options.separator);
    QCOMPARE(records.size(), m_assets.size() + 1);
    for (int row = 0; row < m_assets.size(); ++row) {
        const QStringList &record = records.at(row + 1);
        QCOMPARE(record.size(), 3);
        QCOMPARE(record.at(1), expectedCsv(m_assets.at(row), AssetListModel::CostColumn, options));
        QCOMPARE(record.at(2), expectedCsv(m_assets.at(row), AssetListModel::AccumulatedDepreciationColumn, options));
        QVERIFY2(!record.at(1).contains(u'.'), qPrintable(record.at(1)));
    }
}

void TestExport::xlsxMatchesApi()
{
    if (!XlsxExportWriter::isAvailable())
        QSKIP("This build has no libxlsxwriter, so it writes no XLSX files.");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.xlsx"));
    ExportJob job(new AssetRowSource(m_client, m_company, QString(), kAllColumns, assetTitles()),
                  std::make_unique<XlsxExportWriter>(path, QLocale(QStringLiteral("en_US"))),
                  ExportInfo{QStringLiteral("Assets"), QStringLiteral("Acme Corp"), {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Succeeded);
    QCOMPARE(filesIn(folder.path()), QStringList{QStringLiteral("register.xlsx")});

    // python3-openpyxl installs into Debian's own interpreter, which a python3
    // found earlier on PATH (pyenv, a virtual environment) would not see.
    const QString interpreter = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                       : QStringLiteral("python3");
    QProcess python;
    python.start(interpreter,
                 {QStringLiteral(ACTIVO_SOURCE_DIR "/tests/integration/read_xlsx.py"), path});
    QVERIFY2(python.waitForFinished(120000), "python3 did not finish; install python3 and python3-openpyxl");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             qPrintable(QString::fromUtf8(python.readAllStandardError())));
    QJsonParseError parseError;
    const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

    QCOMPARE(book.value(QLatin1String("sheets")).toArray(), QJsonArray{QStringLiteral("Assets")});
    QCOMPARE(book.value(QLatin1String("title")).toString(), QStringLiteral("Assets"));
    QCOMPARE(book.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(book.value(QLatin1String("filter")).toString(),
             QStringLiteral("A1:P%1").arg(m_assets.size() + 1));
    const QJsonObject widths = book.value(QLatin1String("widths")).toObject();
    QCOMPARE(widths.size(), kAllColumns.size());
    for (auto it = widths.constBegin(); it != widths.constEnd(); ++it) {
        QVERIFY2(it.value().toDouble() >= 8 && it.value().toDouble() <= 61, qPrintable(it.key()));
    }

    const QJsonArray rows = book.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), m_assets.size() + 1);
    const QJsonArray header = rows.first().toArray();
    const QStringList titles = assetTitles();
    for (int i = 0; i < kAllColumns.size(); ++i) {
        QCOMPARE(header.at(i)[QLatin1String("v")].toString(), titles.at(i));
        QVERIFY(header.at(i)[QLatin1String("b")].toBool());
    }

    for (int row = 0; row < m_assets.size(); ++row) {
        const QJsonObject &asset = m_assets.at(row);
        const QJsonArray cells = rows.at(row + 1).toArray();
        for (int i = 0; i < kAllColumns.size(); ++i) {
            const int column = kAllColumns.at(i);
            const QJsonObject cell = cells.at(i).toObject();
            const QString type = cell.value(QLatin1String("t")).toString();
            const QString where = QStringLiteral("row %1, %2").arg(row + 2).arg(titles.at(i));
            switch (AssetRowSource::columnType(column)) {
            case ExportValueType::Amount: {
                const char *member = column == AssetListModel::CostColumn              ? "acquisitionCost"
                    : column == AssetListModel::NetBookValueColumn                     ? "netBookValue"
                    : column == AssetListModel::SalvageValueColumn                     ? "salvageValue"
                                                                                       : "accumulatedDepreciation";
                const std::optional<qint64> cents = centsOf(asset, member);
                if (!cents) {
                    QVERIFY2(type == u"null", qPrintable(where));
                    break;
                }
                QVERIFY2(type == u"n", qPrintable(where + QStringLiteral(" has type ") + type));
                QCOMPARE(qint64(std::llround(cell.value(QLatin1String("v")).toDouble() * 100)), *cents);
                QCOMPARE(cell.value(QLatin1String("f")).toString(), QStringLiteral("#,##0.00"));
                break;
            }
            case ExportValueType::Date:
                QVERIFY2(type == u"d", qPrintable(where + QStringLiteral(" has type ") + type));
                QCOMPARE(cell.value(QLatin1String("v")).toString(),
                         asset.value(QLatin1String("acquisitionDate")).toString());
                QCOMPARE(cell.value(QLatin1String("f")).toString(), QStringLiteral("m/d/yyyy"));
                break;
            case ExportValueType::Integer:
                QVERIFY2(type == u"n", qPrintable(where));
                QCOMPARE(cell.value(QLatin1String("v")).toInteger(),
                         asset.value(QLatin1String("usefulLifeMonths")).toInteger());
                break;
            case ExportValueType::Text: {
                // Text, formula-like or not, is a string cell holding exactly the API's text.
                QString value;
                switch (column) {
                case AssetListModel::CodeColumn: value = asset.value(QLatin1String("assetCode")).toString(); break;
                case AssetListModel::NameColumn: value = asset.value(QLatin1String("name")).toString(); break;
                case AssetListModel::EpcColumn: value = asset.value(QLatin1String("epc")).toString(); break;
                case AssetListModel::CategoryColumn: value = linkName(asset, "category"); break;
                case AssetListModel::LocationColumn: value = linkName(asset, "location"); break;
                case AssetListModel::CustodianColumn: value = linkName(asset, "custodian"); break;
                case AssetListModel::CostCenterColumn: value = linkName(asset, "costCenter"); break;
                case AssetListModel::DepreciationBookColumn: value = linkName(asset, "depreciationBook"); break;
                case AssetListModel::StatusColumn:
                    value = Asset::statusText(asset.value(QLatin1String("status")).toString());
                    break;
                case AssetListModel::AvailabilityColumn:
                    value = Asset::availabilityText(asset.value(QLatin1String("availability")).toString());
                    break;
                }
                if (value.isEmpty()) {
                    QVERIFY2(type == u"null", qPrintable(where));
                } else {
                    QVERIFY2(type == u"s", qPrintable(where + QStringLiteral(" has type ") + type));
                    QCOMPARE(cell.value(QLatin1String("v")).toString(), value);
                }
                break;
            }
            }
        }
    }
}

void TestExport::searchExportsOnlyMatches()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("search.csv"));
    ExportJob job(new AssetRowSource(m_client, m_company, QStringLiteral("  zzx  "),
                                     {AssetListModel::CodeColumn, AssetListModel::NameColumn},
                                     {QStringLiteral("Code"), QStringLiteral("Name")}),
                  std::make_unique<CsvExportWriter>(path, CsvOptions()), ExportInfo{QStringLiteral("Assets"), {}, {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Succeeded);
    const QVector<QJsonObject> matches = loadAll(QStringLiteral("/assets"), QStringLiteral("zzx"));
    QCOMPARE(matches.size(), kTrickyAssets.size());
    const QVector<QStringList> records = readCsv(path, u',');
    QCOMPARE(records.size(), matches.size() + 1);
    for (int row = 0; row < matches.size(); ++row)
        QCOMPARE(records.at(row + 1).at(0), Csv::guardFormula(matches.at(row).value(QLatin1String("assetCode")).toString()));
}

void TestExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("existingFile");
    QTest::newRow("csv") << QStringLiteral("csv") << false;
    QTest::newRow("csv over an older file") << QStringLiteral("csv") << true;
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << false;
}

void TestExport::cancelLeavesNoFile()
{
    QFETCH(QString, format);
    QFETCH(bool, existingFile);
    if (format == u"xlsx" && !XlsxExportWriter::isAvailable())
        QSKIP("This build has no libxlsxwriter.");
    QString error;
    QVERIFY2(m_sandbox.addFault(QStringLiteral("latency=300,path=/assets"), &error), qPrintable(error));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.") + format);
    if (existingFile) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last month");
    }
    std::unique_ptr<ExportWriter> writer;
    if (format == u"csv")
        writer = std::make_unique<CsvExportWriter>(path, CsvOptions());
    else
        writer = std::make_unique<XlsxExportWriter>(path, QLocale());
    ExportJob job(new AssetRowSource(m_client, m_company, QString(), kAllColumns, assetTitles()), std::move(writer),
                  ExportInfo{QStringLiteral("Assets"), {}, {}, {}});
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    // Cancelled once some rows have arrived and been written, before the last page.
    QVERIFY(QTest::qWaitFor([&job] { return job.rowCount() > 0; }, 20000));
    QVERIFY(job.rowCount() < m_assets.size());
    job.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<ExportJob::Outcome>(), ExportJob::Outcome::Cancelled);
    QVERIFY(m_sandbox.clearFaults(&error));

    if (existingFile) {
        QCOMPARE(filesIn(folder.path()), QStringList{QFileInfo(path).fileName()});
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("last month"));
    } else {
        QCOMPARE(filesIn(folder.path()), QStringList());
    }
    // No temporary workbook stays behind in the system's temporary folder either.
    QCOMPARE(QDir::temp().entryList({QStringLiteral("activo-export-*")}, QDir::Files), QStringList());
}

void TestExport::unwritableTargetFails_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing folder") << QStringLiteral("no-such-folder/register.csv") << QStringLiteral("does not exist");
#ifdef Q_OS_LINUX
    // /proc accepts no new files, even from root, which permission bits do not stop.
    QTest::newRow("read-only file system") << QStringLiteral("/proc/activo-register.csv")
                                           << QStringLiteral("could not be created");
#endif
    QTest::newRow("read-only folder") << QStringLiteral("locked/register.csv") << QStringLiteral("could not be created");
}

void TestExport::unwritableTargetFails()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    QString target = QDir::isAbsolutePath(path) ? path : folder.filePath(path);
    if (path.startsWith(QLatin1String("locked/"))) {
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("locked")));
        QFile::setPermissions(folder.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner);
        QFile probe(folder.filePath(QStringLiteral("locked/probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("Permission bits do not stop this user (root) from writing.");
        }
    }
    ExportJob job(new AssetRowSource(m_client, m_company, QString(), kAllColumns, assetTitles()),
                  std::make_unique<CsvExportWriter>(target, CsvOptions()), ExportInfo{QStringLiteral("Assets"), {}, {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Failed);
    QVERIFY2(job.errorString().contains(QDir::toNativeSeparators(target)), qPrintable(job.errorString()));
    QVERIFY2(job.errorString().contains(reason), qPrintable(job.errorString()));
    QVERIFY2(job.errorString().contains(QStringLiteral("export again")), qPrintable(job.errorString()));
    QVERIFY(!QFile::exists(target));
    QFile::setPermissions(folder.filePath(QStringLiteral("locked")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(filesIn(QFileInfo(target).absolutePath()).filter(QStringLiteral("register")), QStringList());
}

void TestExport::serverFailureLeavesNoFile()
{
    QString error;
    // The third page request gets a 400, which is not retried.
    QVERIFY2(m_sandbox.addFault(QStringLiteral("status=400,path=/assets,every=3,times=1"), &error),
             qPrintable(error));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    ExportJob job(new AssetRowSource(m_client, m_company, QString(), kAllColumns, assetTitles()),
                  std::make_unique<CsvExportWriter>(path, CsvOptions()), ExportInfo{QStringLiteral("Assets"), {}, {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Failed);
    QVERIFY(m_sandbox.clearFaults(&error));
    QVERIFY2(job.errorString().contains(QStringLiteral("Injected fault.")), qPrintable(job.errorString()));
    QVERIFY2(job.errorString().contains(QStringLiteral("nothing was saved")), qPrintable(job.errorString()));
    QVERIFY2(job.errorString().contains(QStringLiteral("Request id")), qPrintable(job.errorString()));
    QVERIFY(job.apiError().isError());
    QCOMPARE(filesIn(folder.path()), QStringList());
}

void TestExport::disposalsKeepNegativeAmounts()
{
    const ResourceDescription description = ResourceCatalog::describe(Resource::Disposals);
    QVector<int> columns;
    for (int i = 0; i < description.columns.size(); ++i)
        columns << i;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("disposals.csv"));
    LookupCache lookups(m_client);
    AssetDirectory assets(m_client);
    ExportJob job(new RecordRowSource(m_client, description, m_company, columns, &lookups, &assets),
                  std::make_unique<CsvExportWriter>(path, CsvOptions()), ExportInfo{description.title, {}, {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Succeeded);
    const QVector<QJsonObject> disposals = loadAll(description.path);
    QVERIFY(!disposals.isEmpty());
    const QVector<QStringList> records = readCsv(path, u',');
    QCOMPARE(records.size(), disposals.size() + 1);
    const int gainColumn = 4;
    QCOMPARE(description.columns.at(gainColumn).key, QStringLiteral("gainOrLoss"));
    int negatives = 0;
    for (int row = 0; row < disposals.size(); ++row) {
        const QJsonObject &disposal = disposals.at(row);
        const QStringList &record = records.at(row + 1);
        QCOMPARE(record.at(0), disposal.value(QLatin1String("disposalDate")).toString());
        const qint64 gain = Money::fromJson(disposal.value(QLatin1String("gainOrLoss")))->cents();
        // A loss is written as a plain negative number, not as guarded text.
        QCOMPARE(record.at(gainColumn), Csv::amountText(gain, u'.'));
        if (gain < 0) {
            ++negatives;
            QVERIFY(record.at(gainColumn).startsWith(u'-'));
        }
        QCOMPARE(record.at(2), Csv::amountText(Money::fromJson(disposal.value(QLatin1String("proceeds")))->cents(), u'.'));
    }
    QVERIFY2(negatives > 0, "the sandbox should seed disposals at a loss");
}

void TestExport::transfersNameLinkedRecords()
{
    const ResourceDescription description = ResourceCatalog::describe(Resource::Transfers);
    QVector<int> columns;
    for (int i = 0; i < description.columns.size(); ++i)
        columns << i;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("transfers.csv"));
    LookupCache lookups(m_client);
    AssetDirectory assets(m_client);
    ExportJob job(new RecordRowSource(m_client, description, m_company, columns, &lookups, &assets),
                  std::make_unique<CsvExportWriter>(path, CsvOptions()), ExportInfo{description.title, {}, {}, {}});
    QCOMPARE(runJob(job), ExportJob::Outcome::Succeeded);

    QHash<QString, QString> assetText;
    for (const QJsonObject &asset : std::as_const(m_assets)) {
        assetText.insert(Json::uuid(asset.value(QLatin1String("id"))).toString(QUuid::WithoutBraces),
                         asset.value(QLatin1String("assetCode")).toString() + QStringLiteral(" — ")
                             + asset.value(QLatin1String("name")).toString());
    }
    QHash<QString, QString> locationText;
    for (const QJsonObject &location : loadAll(QStringLiteral("/locations"))) {
        locationText.insert(Json::uuid(location.value(QLatin1String("id"))).toString(QUuid::WithoutBraces),
                            location.value(QLatin1String("code")).toString() + QStringLiteral(" — ")
                                + location.value(QLatin1String("name")).toString());
    }
    const QVector<QJsonObject> transfers = loadAll(description.path);
    QVERIFY(!transfers.isEmpty());
    const QVector<QStringList> records = readCsv(path, u',');
    QCOMPARE(records.size(), transfers.size() + 1);
    const auto idOf = [](const QJsonObject &record, const char *member) {
        return Json::uuid(record.value(QLatin1String(member))).toString(QUuid::WithoutBraces);
    };
    for (int row = 0; row < transfers.size(); ++row) {
        const QJsonObject &transfer = transfers.at(row);
        const QStringList &record = records.at(row + 1);
        QCOMPARE(record.at(0), transfer.value(QLatin1String("transferDate")).toString());
        QCOMPARE(record.at(1), Csv::guardFormula(assetText.value(idOf(transfer, "assetId"))));
        QCOMPARE(record.at(2), Csv::guardFormula(locationText.value(idOf(transfer, "fromLocationId"))));
        QCOMPARE(record.at(3), Csv::guardFormula(locationText.value(idOf(transfer, "toLocationId"))));
        QCOMPARE(record.at(4), Csv::guardFormula(transfer.value(QLatin1String("reason")).toString()));
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
