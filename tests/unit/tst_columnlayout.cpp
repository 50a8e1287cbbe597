#include "models/AssetListModel.h"
#include "models/ResourceCatalog.h"
#include "settings/AppSettings.h"
#include "settings/ColumnLayout.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Activo;

// The saved layout of a list view's columns: merging it with the columns
// the program has now, reading it back from the settings, and taking over
// the hidden register columns of earlier versions.
class TestColumnLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheProgram();
    void jsonRoundTrip();
    void newKeyGoesAfterItsDefaultPredecessor_data();
    void newKeyGoesAfterItsDefaultPredecessor();
    void newKeyTakesDefaultVisibility();
    void removedKeysAreIgnored();
    void duplicatesCountOnce();
    void identifyingColumnIsNeverHidden();
    void widthsOutOfRangeAreDropped();
    void corruptJsonIsRefused_data();
    void corruptJsonIsRefused();
    void settingsKeepEachViewApart();
    void corruptSettingFallsBackToDefaults_data();
    void corruptSettingFallsBackToDefaults();
    void hiddenRegisterColumnsAreTakenOver();
    void resetForgetsTheLayout();
    void columnKeysAreUnique();

private:
    // code (identifies the row), name, city, country, active (hidden by default)
    static QVector<ColumnDefault> locationColumns();
    static ColumnLayout saved(const QStringList &order, const QStringList &hidden = {},
                              const QHash<QString, int> &widths = {});
    // "code name city" as a list or a set of keys.
    static QStringList keys(const char *spaceSeparated)
    {
        return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    static QSet<QString> keySet(const char *spaceSeparated)
    {
        const QStringList list = keys(spaceSeparated);
        return QSet<QString>(list.cbegin(), list.cend());
    }
    static QHash<QString, int> widths(std::initializer_list<std::pair<const char *, int>> entries)
    {
        QHash<QString, int> hash;
        for (const auto &[key, width] : entries)
            hash.insert(QString::fromLatin1(key), width);
        return hash;
    }
};

QVector<ColumnDefault> TestColumnLayout::locationColumns()
{
    return {{QStringLiteral("code"), true, true},
            {QStringLiteral("name"), true, false},
            {QStringLiteral("city"), true, false},
            {QStringLiteral("country"), true, false},
            {QStringLiteral("isActive"), false, false}};
}

ColumnLayout TestColumnLayout::saved(const QStringList &order, const QStringList &hidden,
                                     const QHash<QString, int> &widths)
{
    ColumnLayout layout;
    layout.order = order;
    layout.hidden = QSet<QString>(hidden.cbegin(), hidden.cend());
    layout.widths = widths;
    return layout;
}

void TestColumnLayout::defaultsFollowTheProgram()
{
    const ColumnLayout layout = ColumnLayout::defaults(locationColumns());
    QCOMPARE(layout.order, keys("code name city country isActive"));
    QCOMPARE(layout.hidden, QSet<QString>{QStringLiteral("isActive")});
    QVERIFY(layout.widths.isEmpty());
    // A complete, valid layout merges to itself.
    QCOMPARE(ColumnLayout::merged(layout, locationColumns()), layout);
}

void TestColumnLayout::jsonRoundTrip()
{
    const ColumnLayout layout = saved(keys("country code name isActive city"), keys("city"),
                                      widths({{"code", 140}, {"country", 60}}));
    QString error;
    const std::optional<ColumnLayout> read = ColumnLayout::fromJson(layout.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, layout);
    QCOMPARE(ColumnLayout::merged(*read, locationColumns()), layout);
}

void TestColumnLayout::newKeyGoesAfterItsDefaultPredecessor_data()
{
    QTest::addColumn<QStringList>("savedOrder");
    QTest::addColumn<QStringList>("expected");

    // "city" follows "name" by default, wherever the user put "name".
    QTest::newRow("middle") << keys("code name country isActive")
                            << keys("code name city country isActive");
    QTest::newRow("predecessor moved") << keys("name country isActive code")
                                       << keys("name city country isActive code");
    QTest::newRow("predecessor last") << keys("code country isActive name")
                                      << keys("code country isActive name city");
    // Two new columns in a row keep their default order after the first one's predecessor.
    QTest::newRow("two in a row") << keys("isActive code name")
                                  << keys("isActive code name city country");
    // A new first column goes first.
    QTest::newRow("first") << keys("country name city isActive")
                           << keys("code country name city isActive");
    QTest::newRow("new at the end") << keys("city code name country")
                                    << keys("city code name country isActive");
    QTest::newRow("nothing saved") << keys("") << keys("code name city country isActive");
}

void TestColumnLayout::newKeyGoesAfterItsDefaultPredecessor()
{
    QFETCH(QStringList, savedOrder);
    QFETCH(QStringList, expected);
    QCOMPARE(ColumnLayout::merged(saved(savedOrder), locationColumns()).order, expected);
}

void TestColumnLayout::newKeyTakesDefaultVisibility()
{
    // Saved before "city" and "isActive" existed, with "country" hidden.
    const ColumnLayout layout = ColumnLayout::merged(saved(keys("code name country"), keys("country")),
                                                     locationColumns());
    QCOMPARE(layout.order, keys("code name city country isActive"));
    QCOMPARE(layout.hidden, keySet("country isActive"));

    // A column hidden by default that the user had shown stays shown.
    const ColumnLayout shown = ColumnLayout::merged(saved(keys("code isActive name")), locationColumns());
    QVERIFY(!shown.hidden.contains(QStringLiteral("isActive")));
}

void TestColumnLayout::removedKeysAreIgnored()
{
    const ColumnLayout layout = ColumnLayout::merged(
        saved(keys("code fax name city country isActive region"), keys("fax city"),
              widths({{"fax", 90}, {"region", 120}, {"name", 200}})),
        locationColumns());
    QCOMPARE(layout.order, keys("code name city country isActive"));
    QCOMPARE(layout.hidden, QSet<QString>{QStringLiteral("city")});
    QCOMPARE(layout.widths, widths({{"name", 200}}));
}

void TestColumnLayout::duplicatesCountOnce()
{
    // In a layout built in memory...
    const ColumnLayout merged = ColumnLayout::merged(saved(keys("name code name city code country")),
                                                     locationColumns());
    QCOMPARE(merged.order, keys("name code city country isActive"));

    // ...and in one read from the settings, where the first entry of a key wins.
    QString error;
    const std::optional<ColumnLayout> read = ColumnLayout::fromJson(
        QStringLiteral(R"({"columns":[{"key":"city","width":90},{"key":"code"},{"key":"city","hidden":true,"width":300}]})"),
        &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->order, keys("city code"));
    QVERIFY(read->hidden.isEmpty());
    QCOMPARE(read->widths.value(QStringLiteral("city")), 90);
}

void TestColumnLayout::identifyingColumnIsNeverHidden()
{
    const ColumnLayout layout = ColumnLayout::merged(saved(keys("code name city country isActive"),
                                                           keys("code name")),
                                                     locationColumns());
    QCOMPARE(layout.hidden, QSet<QString>{QStringLiteral("name")});
    QVERIFY(!ColumnLayout::fromHiddenKeys(keys("code city"), locationColumns()).hidden.contains(QStringLiteral("code")));

    // Even when the program marks its identifying column hidden by default.
    QVector<ColumnDefault> columns = locationColumns();
    columns[0].shownByDefault = false;
    QVERIFY(!ColumnLayout::defaults(columns).hidden.contains(QStringLiteral("code")));
}

void TestColumnLayout::widthsOutOfRangeAreDropped()
{
    const ColumnLayout layout = ColumnLayout::merged(
        saved(keys("code name city country isActive"), {},
              widths({{"code", 0}, {"name", -40}, {"city", ColumnLayout::kMaximumWidth + 1}, {"country", 75},
               {"isActive", ColumnLayout::kMinimumWidth}})),
        locationColumns());
    QCOMPARE(layout.widths, widths({{"country", 75}, {"isActive", ColumnLayout::kMinimumWidth}}));

    // Read from JSON: an absurd width is dropped, the rest of the layout kept.
    QString error;
    const std::optional<ColumnLayout> read = ColumnLayout::fromJson(
        QStringLiteral(R"({"columns":[{"key":"name","width":1e12},{"key":"code","width":3},{"key":"city","width":120.7}]})"),
        &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->order, keys("name code city"));
    QCOMPARE(read->widths, widths({{"city", 120}}));
}

void TestColumnLayout::corruptJsonIsRefused_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty") << QString();
    QTest::newRow("not JSON") << QStringLiteral("code,name,city");
    QTest::newRow("truncated") << QStringLiteral(R"({"columns":[{"key":"code"},{"key":"na)");
    QTest::newRow("array at the top") << QStringLiteral(R"([{"key":"code"}])");
    QTest::newRow("no columns") << QStringLiteral(R"({"order":["code"]})");
    QTest::newRow("columns not an array") << QStringLiteral(R"({"columns":"code"})");
    QTest::newRow("entry not an object") << QStringLiteral(R"({"columns":["code","name"]})");
    QTest::newRow("key missing") << QStringLiteral(R"({"columns":[{"hidden":true}]})");
    QTest::newRow("key empty") << QStringLiteral(R"({"columns":[{"key":""}]})");
    QTest::newRow("key a number") << QStringLiteral(R"({"columns":[{"key":7}]})");
    QTest::newRow("hidden a string") << QStringLiteral(R"({"columns":[{"key":"code","hidden":"yes"}]})");
    QTest::newRow("width a string") << QStringLiteral(R"({"columns":[{"key":"code","width":"wide"}]})");
}

void TestColumnLayout::corruptJsonIsRefused()
{
    QFETCH(QString, json);
    QString error;
    QVERIFY(!ColumnLayout::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestColumnLayout::settingsKeepEachViewApart()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("settings.ini"));
    const ColumnLayout locations = saved(keys("city code name country isActive"), keys("name"),
                                         widths({{"city", 150}}));
    {
        AppSettings settings(path);
        QCOMPARE(settings.columnLayout(QStringLiteral("locations"), locationColumns()),
                 ColumnLayout::defaults(locationColumns()));
        settings.setColumnLayout(QStringLiteral("locations"), locations);
        settings.sync();
    }
    AppSettings settings(path);
    QCOMPARE(settings.columnLayout(QStringLiteral("locations"), locationColumns()), locations);
    // Another view with the same keys is not affected.
    QCOMPARE(settings.columnLayout(QStringLiteral("costCenters"), locationColumns()),
             ColumnLayout::defaults(locationColumns()));
}

void TestColumnLayout::corruptSettingFallsBackToDefaults_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("broken JSON") << QVariant(QStringLiteral("{\"columns\":[{\"key\":"));
    QTest::newRow("a list") << QVariant(QStringList{QStringLiteral("code"), QStringLiteral("name")});
    QTest::newRow("a number") << QVariant(42);
    QTest::newRow("wrong shape") << QVariant(QStringLiteral("{\"columns\":{\"code\":1}}"));
}

void TestColumnLayout::corruptSettingFallsBackToDefaults()
{
    QFETCH(QVariant, value);
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("settings.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("columns/locations"), value);
    }
    AppSettings settings(path);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("saved columns of locations are unreadable .*defaults?")));
    QCOMPARE(settings.columnLayout(QStringLiteral("locations"), locationColumns()),
             ColumnLayout::defaults(locationColumns()));
}

void TestColumnLayout::hiddenRegisterColumnsAreTakenOver()
{
    QVector<ColumnDefault> columns;
    for (int column = 0; column < AssetListModel::ColumnCount; ++column)
        columns.append({AssetListModel::columnKey(column), AssetListModel::isShownByDefault(column),
                        column == AssetListModel::CodeColumn});
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("settings.ini"));
    {
        // As earlier versions wrote it: Status hidden, EPC shown, the rest as by default. A
        // removed column and the code, which always shows, are in the list too.
        QSettings raw(path, QSettings::IniFormat);
        QStringList hidden;
        for (const ColumnDefault &column : std::as_const(columns)) {
            if (!column.shownByDefault && column.key != QLatin1String("epc"))
                hidden << column.key;
        }
        hidden << QStringLiteral("status") << QStringLiteral("barcode") << QStringLiteral("code");
        raw.setValue(QStringLiteral("register/hiddenColumns"), hidden);
    }
    AppSettings settings(path);
    ColumnLayout layout = settings.columnLayout(QStringLiteral("register"), columns);
    QCOMPARE(layout.order, ColumnLayout::defaults(columns).order);
    QVERIFY(layout.hidden.contains(QStringLiteral("status")));
    QVERIFY(!layout.hidden.contains(QStringLiteral("epc")));
    QVERIFY(!layout.hidden.contains(QStringLiteral("code")));
    QVERIFY(!layout.hidden.contains(QStringLiteral("barcode")));
    QVERIFY(layout.hidden.contains(QStringLiteral("costCenter")));
    QVERIFY(!layout.hidden.contains(QStringLiteral("name")));
    // Other views do not read the register's old setting.
    QCOMPARE(settings.columnLayout(QStringLiteral("locations"), locationColumns()),
             ColumnLayout::defaults(locationColumns()));

    // Once the new layout is saved, the old setting is gone and the new one wins.
    layout.order.move(0, 3);
    settings.setColumnLayout(QStringLiteral("register"), layout);
    settings.sync();
    QSettings raw(path, QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("register/hiddenColumns")));
    QVERIFY(raw.contains(QStringLiteral("columns/register")));
    QCOMPARE(AppSettings(path).columnLayout(QStringLiteral("register"), columns), layout);
}

void TestColumnLayout::resetForgetsTheLayout()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("settings.ini"));
    AppSettings settings(path);
    settings.setColumnLayout(QStringLiteral("locations"), saved(keys("name code"), keys("city")));
    QVERIFY(settings.columnLayout(QStringLiteral("locations"), locationColumns())
            != ColumnLayout::defaults(locationColumns()));
    settings.resetColumnLayout(QStringLiteral("locations"));
    QCOMPARE(settings.columnLayout(QStringLiteral("locations"), locationColumns()),
             ColumnLayout::defaults(locationColumns()));
}

void TestColumnLayout::columnKeysAreUnique()
{
    // Layouts are saved by key, so no view may use a key twice, nor two views one settings key.
    QSet<QString> viewKeys{QStringLiteral("register")};
    QSet<QString> assetKeys;
    for (int column = 0; column < AssetListModel::ColumnCount; ++column) {
        QVERIFY(!AssetListModel::columnKey(column).isEmpty());
        assetKeys.insert(AssetListModel::columnKey(column));
    }
    QCOMPARE(assetKeys.size(), qsizetype(AssetListModel::ColumnCount));
    const QList<Resource> resources = ResourceCatalog::masterDataResources() + ResourceCatalog::accountingResources()
        + ResourceCatalog::auditResources();
    QVERIFY(resources.size() >= 15);
    for (Resource resource : resources) {
        const ResourceDescription description = ResourceCatalog::describe(resource);
        QVERIFY2(!viewKeys.contains(description.key), qPrintable(description.key));
        viewKeys.insert(description.key);
        QSet<QString> keys;
        for (const ColumnSpec &column : description.columns) {
            QVERIFY2(!column.key.isEmpty() && !keys.contains(column.key),
                     qPrintable(description.key + QLatin1Char('/') + column.key));
            keys.insert(column.key);
        }
    }
}

QTEST_GUILESS_MAIN(TestColumnLayout)
#include "tst_columnlayout.moc"
