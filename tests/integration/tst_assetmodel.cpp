#include "SandboxClient.h"

#include "api/ApiClient.h"
#include "models/AssetListModel.h"
#include "models/CompanyList.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Activo;
using Activo::Test::SandboxProcess;

class TestAssetModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstPageLoads();
    void fetchMoreWhileLoadingSendsNothing();
    void fullWalkHasNoDuplicateOrGap();
    void searchFiltersOnServer();
    void searchWithNoMatchIsEmpty();
    void lateReplyOfOldSearchIsDropped();
    void unknownCompanyFailsAndRetries();
    void switchingCompanyResets();
    void moneyAndDatesAreFormatted();

private:
    int countRequests(const QString &pathPattern) const;
    bool loadToEnd(AssetListModel &model);

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--log-requests"), QStringLiteral("--latency-ms"), QStringLiteral("20")}};
    ApiClient *m_client = nullptr;
    QString m_largeCompany;
    QString m_smallCompany;
    std::unique_ptr<AssetListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAssetModel::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_client = Activo::Test::createSandboxClient(&m_network, m_sandbox, this);
    const QStringList companies = Activo::Test::loadCompanyIds(m_client);
    QCOMPARE(companies.size(), 2);
    m_largeCompany = companies.at(0);
    m_smallCompany = companies.at(1);
}

void TestAssetModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<AssetListModel>(m_client);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

int TestAssetModel::countRequests(const QString &pattern) const
{
    const QRegularExpression expression(pattern);
    int count = 0;
    for (const QString &line : m_sandbox.standardError().split(QLatin1Char('\n'))) {
        if (expression.match(line).hasMatch())
            ++count;
    }
    return count;
}

bool TestAssetModel::loadToEnd(AssetListModel &model)
{
    for (int guard = 0; guard < 200 && !model.isComplete(); ++guard) {
        if (model.state() == PagedListModel::State::Failed)
            return false;
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QSignalSpy page(&model, &PagedListModel::pageLoaded);
        if (model.isFetching() && !page.wait(10000))
            return false;
    }
    return model.isComplete();
}

void TestAssetModel::firstPageLoads()
{
    QSignalSpy state(m_model.get(), &PagedListModel::stateChanged);
    m_model->setCompanyId(m_largeCompany);
    QCOMPARE(m_model->state(), PagedListModel::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->totalCount(), qint64(2500));
    QVERIFY(m_model->canFetchMore(QModelIndex()));
    QVERIFY(countRequests(QStringLiteral("GET /api/v1/assets\\?companyId=%1&skip=0&take=100 200")
                              .arg(QRegularExpression::escape(m_largeCompany)))
            >= 1);
}

void TestAssetModel::fetchMoreWhileLoadingSendsNothing()
{
    m_model->setCompanyId(m_largeCompany);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    const int before = countRequests(QStringLiteral("skip=100&take=100"));

    m_model->fetchMore(QModelIndex());
    QVERIFY(m_model->isFetching());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    m_model->fetchMore(QModelIndex());
    m_model->fetchMore(QModelIndex());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(countRequests(QStringLiteral("skip=100&take=100")), before + 1, 5000);
    // Nothing else arrives later either.
    QTest::qWait(200);
    QCOMPARE(countRequests(QStringLiteral("skip=100&take=100")), before + 1);
    QCOMPARE(m_model->rowCount(), 200);
}

void TestAssetModel::fullWalkHasNoDuplicateOrGap()
{
    m_model->setCompanyId(m_largeCompany);
    QVERIFY(loadToEnd(*m_model));
    QCOMPARE(m_model->rowCount(), 2500);
    QCOMPARE(m_model->skippedItemCount(), 0);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));

    QSet<QString> ids;
    QString previousCode;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, AssetListModel::CodeColumn);
        ids.insert(index.data(AssetListModel::AssetIdRole).toString());
        const QString code = index.data().toString();
        QVERIFY2(code > previousCode, qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(code, previousCode)));
        previousCode = code;
    }
    QCOMPARE(ids.size(), 2500);
}

void TestAssetModel::searchFiltersOnServer()
{
    m_model->setCompanyId(m_largeCompany);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    m_model->setSearch(QStringLiteral("lap"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    QVERIFY(m_model->totalCount() > 0);
    QVERIFY(m_model->totalCount() < 2500);
    QVERIFY(loadToEnd(*m_model));
    QCOMPARE(m_model->rowCount(), int(m_model->totalCount()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString haystack = m_model->index(row, AssetListModel::CodeColumn).data().toString() + QLatin1Char(' ')
            + m_model->index(row, AssetListModel::NameColumn).data().toString() + QLatin1Char(' ')
            + m_model->index(row, AssetListModel::EpcColumn).data().toString();
        QVERIFY2(haystack.contains(QStringLiteral("lap"), Qt::CaseInsensitive), qPrintable(haystack));
    }
    QVERIFY(countRequests(QStringLiteral("search=lap")) >= 1);
}

void TestAssetModel::searchWithNoMatchIsEmpty()
{
    m_model->setCompanyId(m_largeCompany);
    m_model->setSearch(QStringLiteral("zzz-no-such-asset"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), qint64(0));
    QVERIFY(m_model->isComplete());
}

void TestAssetModel::lateReplyOfOldSearchIsDropped()
{
    m_model->setCompanyId(m_largeCompany);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    m_model->setSearch(QStringLiteral("veh"));
    QVERIFY(m_model->isFetching());
    m_model->setSearch(QStringLiteral("lap"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    QTest::qWait(200);
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString code = m_model->index(row, AssetListModel::CodeColumn).data().toString();
        const QString name = m_model->index(row, AssetListModel::NameColumn).data().toString();
        const QString epc = m_model->index(row, AssetListModel::EpcColumn).data().toString();
        QVERIFY2(QString(code + name + epc).contains(QStringLiteral("lap"), Qt::CaseInsensitive), qPrintable(code));
    }
}

void TestAssetModel::unknownCompanyFailsAndRetries()
{
    m_model->setCompanyId(QStringLiteral("00000000-0000-0000-0000-000000000001"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Failed, 10000);
    QCOMPARE(m_model->lastError().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_model->lastError().serverMessage, QStringLiteral("Company not found."));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));

    m_model->retry();
    QCOMPARE(m_model->state(), PagedListModel::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Failed, 10000);
}

void TestAssetModel::switchingCompanyResets()
{
    m_model->setCompanyId(m_largeCompany);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setCompanyId(m_smallCompany);
    QCOMPARE(reset.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    QVERIFY(m_model->totalCount() > 0);
    QVERIFY(m_model->totalCount() < 100);
    QVERIFY(loadToEnd(*m_model));
    QCOMPARE(m_model->rowCount(), int(m_model->totalCount()));
}

void TestAssetModel::moneyAndDatesAreFormatted()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    m_model->setCompanyId(m_largeCompany);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), PagedListModel::State::Ready, 10000);
    const QString cost = m_model->index(0, AssetListModel::CostColumn).data().toString();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(QRegularExpression(QStringLiteral("^-?[0-9.]+,[0-9]{2}$")).match(cost).hasMatch(), qPrintable(cost));
    const QVariant alignment = m_model->index(0, AssetListModel::CostColumn).data(Qt::TextAlignmentRole);
    QVERIFY(alignment.value<Qt::Alignment>() & Qt::AlignRight);
}

QTEST_GUILESS_MAIN(TestAssetModel)
#include "tst_assetmodel.moc"
