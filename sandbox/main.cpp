#include "CommandLine.h"
#include "ControlApi.h"
#include "FaultSwitch.h"
#include "Logging.h"
#include "RedirectTarget.h"
#include "RequestLog.h"
#include "SandboxApi.h"
#include "SandboxServer.h"
#include "SeedGenerator.h"
#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <chrono>
#include <cstdio>
#include <memory>
#include <utility>

using namespace Activo::Sandbox;

namespace {

constexpr int kExitUsageError = 2;
constexpr int kExitRuntimeError = 1;

// Writes one line and flushes at once, because test harnesses and scripts
// wait for these lines while the process keeps running.
void writeLine(std::FILE *stream, const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stream);
    std::fflush(stream);
}

// Returns "ahq_demo_" followed by 24 random hexadecimal digits. The key comes
// from the system's random source, not from --seed.
QByteArray generateDemoKey()
{
    QByteArray key = QByteArrayLiteral("ahq_demo_");
    for (int i = 0; i < 3; ++i)
        key += QByteArray::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, '0');
    return key;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("activohq-sandbox"));

    const CommandLineResult commandLine = parseCommandLine(QCoreApplication::arguments(), QDate::currentDate());
    if (commandLine.status == CommandLineResult::Status::ShowHelp) {
        writeLine(stdout, commandLine.message.trimmed());
        return 0;
    }
    if (commandLine.status == CommandLineResult::Status::Error) {
        writeLine(stderr, QStringLiteral("activohq-sandbox: %1").arg(commandLine.message));
        writeLine(stderr, QStringLiteral("Run activohq-sandbox --help for the list of options."));
        return kExitUsageError;
    }
    const SandboxOptions &options = commandLine.options;

    QList<QByteArray> apiKeys = options.apiKeys;
    const bool demoKey = apiKeys.isEmpty();
    if (demoKey)
        apiKeys.append(generateDemoKey());

    QElapsedTimer preparationTimer;
    preparationTimer.start();
    std::unique_ptr<SandboxApi> api;
    QStringList companySummaries;
    {
        GeneratorOptions generatorOptions;
        generatorOptions.seed = options.seed;
        generatorOptions.largeCompanyAssetCount = options.assetCount;
        generatorOptions.today = options.today;
        const Dataset dataset = generateDataset(generatorOptions);

        SandboxApi::Options apiOptions;
        apiOptions.today = options.today;
        apiOptions.assetLimit = options.assetLimit;
        apiOptions.lifecycleActions = options.lifecycleActions;
        api = std::make_unique<SandboxApi>(dataset, QSet<QByteArray>(apiKeys.cbegin(), apiKeys.cend()),
                                           apiOptions);
        for (const CompanyRecord &company : dataset.companies) {
            companySummaries.append(QStringLiteral("company %1 \"%2\": %3 assets")
                                        .arg(company.id, company.name)
                                        .arg(company.assets.size()));
        }
        // SandboxApi keeps serialised copies, so the records are freed here,
        // which roughly halves the memory used at 100,000 assets.
    }
    const qint64 preparationMs = preparationTimer.elapsed();

    FaultSwitch faults;
    for (const FaultRule &rule : options.faults)
        faults.add(rule);
    RedirectTarget redirectTarget;
    QString redirectError;
    if (!redirectTarget.listenOnLoopback(&redirectError)) {
        qCCritical(lcSandbox, "%s", qUtf8Printable(redirectError));
        return kExitRuntimeError;
    }
    ControlApi control(api.get(), &faults, &redirectTarget);

    const RequestLog requestLog(options.logRequests);
    SandboxServer server(api.get(), &control, &faults, &requestLog, std::chrono::milliseconds(options.latencyMs));
    QString listenError;
    if (!server.listenOnLoopback(options.port, &listenError)) {
        qCCritical(lcSandbox, "%s", qUtf8Printable(listenError));
        return kExitRuntimeError;
    }

    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    api->setOrigin(origin);
    faults.setOrigins(origin, redirectTarget.origin());
    const QString baseUrl = origin + SandboxApi::basePath();
    writeLine(stdout, QStringLiteral("listening on %1").arg(baseUrl));
    if (demoKey)
        writeLine(stdout, QStringLiteral("api key: %1").arg(QString::fromLatin1(apiKeys.constFirst())));

    qCInfo(lcSandbox, "listening on %s with seed %llu, today %s, latency %d ms, %lld accepted API key(s); "
                      "data prepared in %lld ms",
           qUtf8Printable(baseUrl), static_cast<unsigned long long>(options.seed),
           qUtf8Printable(options.today.toString(Qt::ISODate)), options.latencyMs,
           static_cast<long long>(apiKeys.size()), static_cast<long long>(preparationMs));
    qCInfo(lcSandbox, "redirect target listening on %s, port %u", qUtf8Printable(redirectTarget.origin()),
           unsigned(redirectTarget.port()));
    for (const QString &summary : std::as_const(companySummaries))
        qCInfo(lcSandbox, "%s", qUtf8Printable(summary));
    if (options.assetLimit)
        qCInfo(lcSandbox, "asset limit: %d per company", *options.assetLimit);
    if (options.lifecycleActions != LifecycleActionMode::Served) {
        qCInfo(lcSandbox, "lifecycle actions answer %s",
               qUtf8Printable(lifecycleActionModeName(options.lifecycleActions)));
    }
    for (const FaultRule &rule : options.faults)
        qCInfo(lcSandbox, "fault: %s", qUtf8Printable(rule.spec()));

    ShutdownSignals shutdownSignals;
    QString signalError;
    if (!shutdownSignals.install(&signalError))
        qCWarning(lcSandbox, "cannot handle SIGINT and SIGTERM, so they will end the process without cleanup: %s",
                  qUtf8Printable(signalError));
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &application,
                     [](const QString &signalName) {
                         qCInfo(lcSandbox, "received %s, stopping", qUtf8Printable(signalName));
                         QCoreApplication::quit();
                     });

    const int exitCode = QCoreApplication::exec();
    qCInfo(lcSandbox, "stopped");
    return exitCode;
}
