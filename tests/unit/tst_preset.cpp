#include "settings/AppSettings.h"
#include "settings/Preset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Activo;

class TestPreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsEveryKey();
    void tenantInsteadOfBaseUrl();
    void missingFileIsEmpty();
    void badValuesAreReported();
    void apiKeyIsNeverTaken();
    void userOverridesUnlockedPreset();
    void lockedPresetWins();
    void environmentNamesTheFile();

private:
    QString writePreset(const QByteArray &contents);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreset::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestPreset::writePreset(const QByteArray &contents)
{
    const QString path = m_dir->filePath(QStringLiteral("preset.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(contents);
    return path;
}

void TestPreset::readsEveryKey()
{
    const Preset preset = Preset::fromFile(writePreset("[Preset]\nBaseUrl=https://acme.activohq.cloud/api/v1\n"
                                                       "Company=3fa85f64-5717-4562-b3fc-2c963f66afa6\nPageSize=150\n"
                                                       "Language=es\nLockConnection=true\n"));
    QVERIFY2(preset.problems.isEmpty(), qPrintable(preset.problems.join(QLatin1Char('\n'))));
    QCOMPARE(preset.baseUrl.toString(), QStringLiteral("https://acme.activohq.cloud/api/v1"));
    QCOMPARE(preset.company, QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    QCOMPARE(preset.pageSize, 150);
    QCOMPARE(preset.language, QStringLiteral("es"));
    QVERIFY(preset.lockConnection);
    QCOMPARE(preset.sources.size(), 1);
}

void TestPreset::tenantInsteadOfBaseUrl()
{
    const Preset preset = Preset::fromFile(writePreset("[Preset]\nTenant=acme\n"));
    QCOMPARE(preset.baseUrl.toString(), QStringLiteral("https://acme.activohq.cloud/api/v1"));
    QCOMPARE(preset.serverInput, QStringLiteral("acme"));
    QVERIFY(!preset.lockConnection);
}

void TestPreset::missingFileIsEmpty()
{
    const Preset preset = Preset::fromFile(m_dir->filePath(QStringLiteral("absent.ini")));
    QVERIFY(preset.isEmpty());
    QVERIFY(preset.problems.isEmpty());
    QVERIFY(preset.sources.isEmpty());
}

void TestPreset::badValuesAreReported()
{
    const Preset preset = Preset::fromFile(writePreset("[Preset]\nBaseUrl=http://assets.example.com\nPageSize=5000\n"
                                                       "Language=fr\n"));
    QVERIFY(preset.baseUrl.isEmpty());
    QCOMPARE(preset.pageSize, 0);
    QVERIFY(preset.language.isEmpty());
    QCOMPARE(preset.problems.size(), 3);
    QVERIFY(preset.problems.at(0).contains(QStringLiteral("HTTP")));
    QVERIFY(preset.problems.at(1).contains(QStringLiteral("5000")));
    QVERIFY(preset.problems.at(2).contains(QStringLiteral("fr")));
}

void TestPreset::apiKeyIsNeverTaken()
{
    const Preset preset = Preset::fromFile(writePreset("[Preset]\nTenant=acme\nApiKey=ahq_should_not_be_here\n"));
    QCOMPARE(preset.problems.size(), 1);
    QVERIFY(preset.problems.constFirst().contains(QStringLiteral("ApiKey")));
    QVERIFY(!preset.problems.constFirst().contains(QStringLiteral("ahq_should_not_be_here")));
    AppSettings settings(m_dir->filePath(QStringLiteral("user.ini")));
    settings.setPreset(preset);
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("ahq_should_not_be_here"));
}

void TestPreset::userOverridesUnlockedPreset()
{
    AppSettings settings(m_dir->filePath(QStringLiteral("user.ini")));
    settings.setPreset(Preset::fromFile(writePreset("[Preset]\nTenant=acme\nCompany=preset-company\nLanguage=es\n")));
    QCOMPARE(settings.baseUrl().toString(), QStringLiteral("https://acme.activohq.cloud/api/v1"));
    QCOMPARE(settings.lastCompany(settings.baseUrl()), QStringLiteral("preset-company"));
    QCOMPARE(settings.language(), QStringLiteral("es"));
    QCOMPARE(settings.pageSize(), 100);

    settings.setServer(QStringLiteral("http://127.0.0.1:8080"), QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1")));
    settings.setLanguage(QString());
    settings.setLastCompany(QUrl(QStringLiteral("https://acme.activohq.cloud/api/v1")), QStringLiteral("mine"));
    QCOMPARE(settings.baseUrl().toString(), QStringLiteral("http://127.0.0.1:8080/api/v1"));
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.lastCompany(QUrl(QStringLiteral("https://acme.activohq.cloud/api/v1"))), QStringLiteral("mine"));
    QVERIFY(!settings.isConnectionLocked());
}

void TestPreset::lockedPresetWins()
{
    AppSettings settings(m_dir->filePath(QStringLiteral("user.ini")));
    settings.setServer(QStringLiteral("http://127.0.0.1:8080"), QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1")));
    settings.setPreset(Preset::fromFile(writePreset("[Preset]\nTenant=acme\nLockConnection=1\nPageSize=50\n")));
    QVERIFY(settings.isConnectionLocked());
    QCOMPARE(settings.baseUrl().toString(), QStringLiteral("https://acme.activohq.cloud/api/v1"));
    QCOMPARE(settings.serverInput(), QStringLiteral("acme"));
    QCOMPARE(settings.pageSize(), 50);
    settings.setServer(QStringLiteral("other"), QUrl(QStringLiteral("https://other.activohq.cloud/api/v1")));
    QCOMPARE(settings.baseUrl().toString(), QStringLiteral("https://acme.activohq.cloud/api/v1"));
}

void TestPreset::environmentNamesTheFile()
{
    const QString path = writePreset("[Preset]\nTenant=globex\n");
    qputenv("ACTIVO_PRESET_FILE", path.toLocal8Bit());
    QCOMPARE(Preset::defaultFilePath(), path);
    const Preset preset = Preset::load();
    qunsetenv("ACTIVO_PRESET_FILE");
    QCOMPARE(preset.baseUrl.toString(), QStringLiteral("https://globex.activohq.cloud/api/v1"));
}

QTEST_GUILESS_MAIN(TestPreset)
#include "tst_preset.moc"
