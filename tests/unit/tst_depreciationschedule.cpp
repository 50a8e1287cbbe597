#include "models/DepreciationSchedule.h"

#include <QTest>

using Activo::DepreciationSchedule;

namespace {

qint64 sumOfCharges(const DepreciationSchedule &schedule)
{
    qint64 sum = 0;
    for (const DepreciationSchedule::Period &period : schedule.periods())
        sum += period.chargeCents;
    return sum;
}

// Every period opens where the previous one closed, and closes at its
// opening minus its charge.
bool isContinuous(const DepreciationSchedule &schedule, qint64 cost)
{
    qint64 value = cost;
    for (const DepreciationSchedule::Period &period : schedule.periods()) {
        if (period.openingCents != value || period.closingCents != period.openingCents - period.chargeCents
            || period.accumulatedCents != cost - period.closingCents || period.chargeCents < 0)
            return false;
        value = period.closingCents;
    }
    return true;
}

} // namespace

class TestDepreciationSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void straightLineAddsUpExactly_data();
    void straightLineAddsUpExactly();
    void sevenMonthsOfOneThousand();
    void firstChargeIsTheMonthAfterAcquisition();
    void postedEntriesThatFollowThePlanChangeNothing();
    void postedEntryOffThePlanRespreadsTheRest();
    void entriesOutsideTheLifeAreIgnored();
    void missingDataGivesAReason();
    void otherMethodsAreEstimates();
    void entryFromJsonToleratesMissingMembers();
    void periodAtFindsTheMonth();
};

void TestDepreciationSchedule::straightLineAddsUpExactly_data()
{
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("salvage");
    QTest::addColumn<int>("months");
    QTest::newRow("1,000.00 over 7") << qint64(100000) << qint64(0) << 7;
    QTest::newRow("1,000.00 less 100.00 over 7") << qint64(100000) << qint64(10000) << 7;
    QTest::newRow("0.05 over 7") << qint64(5) << qint64(0) << 7;
    QTest::newRow("0.01 over 60") << qint64(1) << qint64(0) << 60;
    QTest::newRow("999.99 over 13") << qint64(99999) << qint64(0) << 13;
    QTest::newRow("1,234,567.89 less 0.11 over 97") << qint64(123456789) << qint64(11) << 97;
    QTest::newRow("one month") << qint64(50000) << qint64(1000) << 1;
    QTest::newRow("cost equals salvage plus a cent over 3") << qint64(1001) << qint64(1000) << 3;
    QTest::newRow("40 years") << qint64(987654321) << qint64(12345) << 480;
}

void TestDepreciationSchedule::straightLineAddsUpExactly()
{
    QFETCH(qint64, cost);
    QFETCH(qint64, salvage);
    QFETCH(int, months);
    const auto schedule =
        DepreciationSchedule::build(cost, salvage, months, QDate(2024, 1, 15), QStringLiteral("StraightLine"), {});
    QCOMPARE(schedule.periods().size(), months);
    QCOMPARE(sumOfCharges(schedule), cost - salvage);
    QCOMPARE(schedule.periods().last().closingCents, salvage);
    QVERIFY(isContinuous(schedule, cost));
    QVERIFY(!schedule.isEstimate());
    // Every month but the last charges the same rounded amount, or nothing
    // once the amount is used up.
    const qint64 monthly = schedule.periods().first().chargeCents;
    for (int i = 0; i + 1 < schedule.periods().size(); ++i)
        QVERIFY(schedule.periods().at(i).chargeCents == monthly || schedule.periods().at(i).chargeCents == 0
                || schedule.periods().at(i + 1).chargeCents == 0);
}

void TestDepreciationSchedule::sevenMonthsOfOneThousand()
{
    const auto schedule = DepreciationSchedule::build(100000, 0, 7, QDate(2025, 5, 31), QString(), {});
    QCOMPARE(schedule.periods().size(), 7);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(schedule.periods().at(i).chargeCents, qint64(14286));
    // 6 × 142.86 = 857.16, so the last month takes 142.84.
    QCOMPARE(schedule.periods().at(6).chargeCents, qint64(14284));
    QCOMPARE(schedule.totalChargeCents(), qint64(100000));
}

void TestDepreciationSchedule::firstChargeIsTheMonthAfterAcquisition()
{
    const auto schedule = DepreciationSchedule::build(1200, 0, 12, QDate(2024, 12, 31), QString(), {});
    QCOMPARE(schedule.periods().first().year, 2025);
    QCOMPARE(schedule.periods().first().month, 1);
    QCOMPARE(schedule.periods().last().year, 2025);
    QCOMPARE(schedule.periods().last().month, 12);
    QCOMPARE(schedule.periods().last().endDate(), QDate(2025, 12, 31));
}

void TestDepreciationSchedule::postedEntriesThatFollowThePlanChangeNothing()
{
    const auto plan = DepreciationSchedule::build(100000, 10000, 7, QDate(2025, 1, 10), QString(), {});
    QVector<DepreciationSchedule::PostedEntry> posted;
    for (int i = 0; i < 3; ++i) {
        const auto &period = plan.periods().at(i);
        posted.append({period.year, period.month, period.openingCents, period.chargeCents, period.closingCents,
                       period.accumulatedCents});
    }
    const auto schedule = DepreciationSchedule::build(100000, 10000, 7, QDate(2025, 1, 10), QString(), posted);
    QCOMPARE(schedule.postedCount(), 3);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(schedule.periods().at(i).chargeCents, plan.periods().at(i).chargeCents);
        QCOMPARE(schedule.periods().at(i).posted, i < 3);
    }
}

void TestDepreciationSchedule::postedEntryOffThePlanRespreadsTheRest()
{
    // Cost 1,200.00 over 12 months; the third month posts a revaluation down
    // to 500.00. The nine months left spread 500.00 − 20.00 salvage.
    const QDate acquired(2025, 1, 1);
    const auto plan = DepreciationSchedule::build(120000, 2000, 12, acquired, QString(), {});
    QVector<DepreciationSchedule::PostedEntry> posted;
    posted.append({2025, 2, 120000, plan.periods().at(0).chargeCents, plan.periods().at(0).closingCents, {}});
    posted.append({2025, 3, plan.periods().at(0).closingCents, 0, 0, {}});
    posted.last().closingCents = 50000;
    posted.last().chargeCents = posted.last().openingCents - 50000;
    const auto schedule = DepreciationSchedule::build(120000, 2000, 12, acquired, QString(), posted);
    QCOMPARE(schedule.periods().size(), 12);
    QCOMPARE(schedule.periods().at(1).closingCents, qint64(50000));
    QCOMPARE(schedule.periods().last().closingCents, qint64(2000));
    qint64 after = 0;
    for (int i = 2; i < 12; ++i)
        after += schedule.periods().at(i).chargeCents;
    QCOMPARE(after, qint64(48000));
    QVERIFY(isContinuous(schedule, 120000));
}

void TestDepreciationSchedule::entriesOutsideTheLifeAreIgnored()
{
    QVector<DepreciationSchedule::PostedEntry> posted = {{2020, 1, 100, 10, 90, {}}, {2025, 2, 1200, 100, 1100, {}},
                                                         {2025, 2, 1200, 100, 1100, {}}, {2030, 1, 5, 5, 0, {}}};
    const auto schedule = DepreciationSchedule::build(1200, 0, 12, QDate(2025, 1, 5), QString(), posted);
    QCOMPARE(schedule.postedCount(), 1);
    QCOMPARE(schedule.ignoredEntryCount(), 3);
}

void TestDepreciationSchedule::missingDataGivesAReason()
{
    QVERIFY(DepreciationSchedule::build(1000, 0, 12, QDate(), QString(), {}).isEmpty());
    QVERIFY(!DepreciationSchedule::build(1000, 0, 12, QDate(), QString(), {}).reason().isEmpty());
    QVERIFY(DepreciationSchedule::build(1000, 0, 0, QDate(2025, 1, 1), QString(), {}).isEmpty());
    const auto nothing = DepreciationSchedule::build(1000, 1000, 12, QDate(2025, 1, 1), QString(), {});
    QVERIFY(nothing.isEmpty());
    QVERIFY(nothing.reason().contains(QStringLiteral("salvage")));
}

void TestDepreciationSchedule::otherMethodsAreEstimates()
{
    QVERIFY(DepreciationSchedule::build(1000, 0, 12, QDate(2025, 1, 1), QStringLiteral("DecliningBalance"), {})
                .isEstimate());
    QVERIFY(!DepreciationSchedule::build(1000, 0, 12, QDate(2025, 1, 1), QString(), {}).isEstimate());
}

void TestDepreciationSchedule::entryFromJsonToleratesMissingMembers()
{
    const auto full = DepreciationSchedule::entryFromJson(
        QJsonObject{{QStringLiteral("year"), 2025}, {QStringLiteral("month"), 3}, {QStringLiteral("openingNbv"), 100.5},
                    {QStringLiteral("depreciationAmount"), 0.5}, {QStringLiteral("closingNbv"), 100.0},
                    {QStringLiteral("accumulatedDepreciation"), 20.0}});
    QVERIFY(full);
    QCOMPARE(full->openingCents, qint64(10050));
    QCOMPARE(full->closingCents, qint64(10000));
    QCOMPARE(*full->accumulatedCents, qint64(2000));
    const auto noClosing = DepreciationSchedule::entryFromJson(
        QJsonObject{{QStringLiteral("year"), 2025}, {QStringLiteral("month"), 3}, {QStringLiteral("openingNbv"), 10},
                    {QStringLiteral("depreciationAmount"), 1}});
    QVERIFY(noClosing);
    QCOMPARE(noClosing->closingCents, qint64(900));
    QVERIFY(!DepreciationSchedule::entryFromJson(QJsonObject{{QStringLiteral("year"), 2025},
                                                             {QStringLiteral("month"), 13},
                                                             {QStringLiteral("depreciationAmount"), 1},
                                                             {QStringLiteral("openingNbv"), 10}}));
    QVERIFY(!DepreciationSchedule::entryFromJson(QJsonObject{{QStringLiteral("year"), QStringLiteral("x")}}));
}

void TestDepreciationSchedule::periodAtFindsTheMonth()
{
    const auto schedule = DepreciationSchedule::build(1200, 0, 12, QDate(2025, 1, 5), QString(), {});
    QCOMPARE(schedule.periodAt(QDate(2025, 1, 31)), -1);
    QCOMPARE(schedule.periodAt(QDate(2025, 2, 1)), 0);
    QCOMPARE(schedule.periodAt(QDate(2025, 7, 15)), 5);
    QCOMPARE(schedule.periodAt(QDate(2031, 1, 1)), 11);
}

QTEST_GUILESS_MAIN(TestDepreciationSchedule)
#include "tst_depreciationschedule.moc"
