#include "CommandLine.h"

#include "SeedGenerator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace Activo::Sandbox {

namespace {

// Returns the value of a string of ASCII digits that is at most `maximum`,
// or nothing for anything else, signs and spaces included.
std::optional<quint64> parseUnsigned(const QString &text, quint64 maximum)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;

    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || value > maximum)
        return std::nullopt;
    return value;
}

CommandLineResult failure(const QString &message)
{
    CommandLineResult result;
    result.status = CommandLineResult::Status::Error;
    result.message = message;
    return result;
}

QString rangeError(const QString &option, quint64 minimum, quint64 maximum, const QString &value)
{
    return QStringLiteral("--%1 must be a whole number from %2 to %3; got \"%4\".")
        .arg(option)
        .arg(minimum)
        .arg(maximum)
        .arg(value);
}

} // namespace

CommandLineResult parseCommandLine(const QStringList &arguments, QDate currentDate)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local HTTP server that implements the ActivoHQ v1 REST API with seeded data.\n"
        "It listens on 127.0.0.1 only. The first line on stdout is\n"
        "\"listening on http://127.0.0.1:PORT/api/v1\"."));
    const QCommandLineOption helpOption = parser.addHelpOption();

    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 to listen on; 0 picks a free port (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("api-key"),
        QStringLiteral("Accept this X-Api-Key value. Repeat the option to accept several keys. Without it a "
                       "demo key is generated and printed on the second line of stdout."),
        QStringLiteral("KEY"));
    const QCommandLineOption assetsOption(
        QStringLiteral("assets"),
        QStringLiteral("Number of assets of the large company, from 1 to %1 (default %2).")
            .arg(kMaximumAssetCount)
            .arg(kDefaultAssetCount),
        QStringLiteral("N"), QString::number(kDefaultAssetCount));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the generated data, from 0 to 18446744073709551615. The same seed gives the "
                       "same data (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QStringLiteral("Current date of the sandbox, YYYY-MM-DD, not before %1-01-01 (default: the current local "
                       "date). Depreciation is posted up to the last month-end on or before it, and the lifecycle "
                       "actions default to it.")
            .arg(kFirstAcquisitionYear),
        QStringLiteral("DATE"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-ms"),
        QStringLiteral("Delay added to every reply in milliseconds, from 0 to %1 (default 0).").arg(kMaximumLatencyMs),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption logRequestsOption(
        QStringLiteral("log-requests"),
        QStringLiteral("Log one line per request on stderr: method, path with query, status, milliseconds, "
                       "request id and a fingerprint of the API key."));
    const QCommandLineOption assetLimitOption(
        QStringLiteral("asset-limit"),
        QStringLiteral("Maximum number of assets per company, from 0 to %1. POST /assets fails with \"Asset "
                       "limit reached -- upgrade your plan.\" once a company has N assets (default: no limit).")
            .arg(std::numeric_limits<int>::max()),
        QStringLiteral("N"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault into matching API requests. SPEC is "
                       "NAME[,path=PREFIX][,method=METHOD][,every=N][,times=K], where NAME is a fault "
                       "such as drop, status=CODE, latency=MS, hang, rate-limit=SECONDS, redirect-away or "
                       "huge-total. Repeat the option for several faults. See README.md for every fault."),
        QStringLiteral("SPEC"));
    const QCommandLineOption withoutLifecycleActionsOption(
        QStringLiteral("without-lifecycle-actions"),
        QStringLiteral("Answer the lifecycle actions POST /assets/{id}/transfer, checkout, checkin, reserve and "
                       "dispose with STATUS, 404 (Not found) or 405 (Method not allowed), as a server without "
                       "them would. POST /_sandbox/lifecycle-actions changes this while the sandbox runs."),
        QStringLiteral("STATUS"));
    parser.addOptions({portOption, apiKeyOption, assetsOption, seedOption, todayOption, latencyOption,
                       logRequestsOption, assetLimitOption, faultOption, withoutLifecycleActionsOption});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    // addHelpOption() also adds --help-all, which lists Qt's own options.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        CommandLineResult result;
        result.status = CommandLineResult::Status::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return failure(QStringLiteral("unexpected argument \"%1\"; activohq-sandbox takes options only.")
                           .arg(parser.positionalArguments().constFirst()));
    }

    SandboxOptions options;

    const QString portText = parser.value(portOption);
    const std::optional<quint64> port = parseUnsigned(portText, 65535);
    if (!port)
        return failure(rangeError(QStringLiteral("port"), 0, 65535, portText));
    options.port = quint16(*port);

    const QStringList keys = parser.values(apiKeyOption);
    for (const QString &key : keys) {
        // A key is sent in an HTTP header, so it must be visible ASCII.
        static const QRegularExpression visibleAscii(QStringLiteral("^[\\x21-\\x7E]+$"));
        if (!visibleAscii.match(key).hasMatch()) {
            return failure(QStringLiteral("--api-key must be non-empty visible ASCII without spaces; got a "
                                          "value of %1 characters.")
                               .arg(key.size()));
        }
        options.apiKeys.append(key.toLatin1());
    }

    const QString assetsText = parser.value(assetsOption);
    const std::optional<quint64> assets = parseUnsigned(assetsText, kMaximumAssetCount);
    if (!assets || *assets < 1)
        return failure(rangeError(QStringLiteral("assets"), 1, kMaximumAssetCount, assetsText));
    options.assetCount = int(*assets);

    const QString seedText = parser.value(seedOption);
    const std::optional<quint64> seed = parseUnsigned(seedText, std::numeric_limits<quint64>::max());
    if (!seed)
        return failure(rangeError(QStringLiteral("seed"), 0, std::numeric_limits<quint64>::max(), seedText));
    options.seed = *seed;

    options.today = currentDate;
    if (parser.isSet(todayOption)) {
        const QString todayText = parser.value(todayOption);
        static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        const QRegularExpressionMatch match = isoDate.match(todayText);
        const QDate today = match.hasMatch()
            ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
            : QDate();
        if (!today.isValid())
            return failure(QStringLiteral("--today must be a valid date in the form YYYY-MM-DD; got \"%1\".").arg(todayText));
        options.today = today;
    }
    const QDate firstAcquisition(kFirstAcquisitionYear, 1, 1);
    if (options.today < firstAcquisition) {
        return failure(QStringLiteral("--today must not be earlier than %1, the first acquisition date of the "
                                      "seeded assets; got %2.")
                           .arg(firstAcquisition.toString(Qt::ISODate), options.today.toString(Qt::ISODate)));
    }

    const QString latencyText = parser.value(latencyOption);
    const std::optional<quint64> latency = parseUnsigned(latencyText, kMaximumLatencyMs);
    if (!latency)
        return failure(rangeError(QStringLiteral("latency-ms"), 0, kMaximumLatencyMs, latencyText));
    options.latencyMs = int(*latency);

    options.logRequests = parser.isSet(logRequestsOption);

    if (parser.isSet(assetLimitOption)) {
        const QString limitText = parser.value(assetLimitOption);
        const std::optional<quint64> limit = parseUnsigned(limitText, quint64(std::numeric_limits<int>::max()));
        if (!limit) {
            return failure(rangeError(QStringLiteral("asset-limit"), 0, quint64(std::numeric_limits<int>::max()),
                                      limitText));
        }
        options.assetLimit = int(*limit);
    }

    const QStringList faultSpecs = parser.values(faultOption);
    for (const QString &spec : faultSpecs) {
        QString faultError;
        const std::optional<FaultRule> rule = parseFaultSpec(spec, &faultError);
        if (!rule)
            return failure(QStringLiteral("--fault \"%1\" is invalid: %2").arg(spec, faultError));
        options.faults.append(*rule);
    }

    if (parser.isSet(withoutLifecycleActionsOption)) {
        const QString statusText = parser.value(withoutLifecycleActionsOption);
        const std::optional<LifecycleActionMode> mode = parseLifecycleActionMode(statusText);
        if (!mode || *mode == LifecycleActionMode::Served)
            return failure(QStringLiteral("--without-lifecycle-actions must be 404 or 405; got \"%1\".").arg(statusText));
        options.lifecycleActions = *mode;
    }

    CommandLineResult result;
    result.status = CommandLineResult::Status::Run;
    result.options = options;
    return result;
}

} // namespace Activo::Sandbox
