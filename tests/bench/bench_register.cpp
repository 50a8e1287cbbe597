// Loads the whole asset register of the first company that GET /companies
// lists, with ParallelPageLoader, into an AssetListModel held in memory, and
// prints one line of JSON:
//   {"items":N,"seconds":S,"pages":P,"concurrency":C,"peakRssMb":M}
// `seconds` covers the register walk only, from the first GET /assets to the
// last page appended; the GET /companies before it is not counted.
// `peakRssMb` is VmHWM of this process in MiB. The process has no widgets.

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "api/ParallelPageLoader.h"
#include "models/AssetListModel.h"

#include "ProcessMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <memory>

namespace {

// AssetListModel without a client of its own, fed with pages from outside.
class BenchRegister : public Activo::AssetListModel
{
public:
    BenchRegister()
        : Activo::AssetListModel(nullptr)
    {
    }
    using Activo::AssetListModel::appendItems;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_register: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_register"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads the whole asset register of the first company with ParallelPageLoader "
        "and prints the item count, the time, the page count and the peak RSS as one line of JSON."));
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
        QStringLiteral("API base URL, for example http://127.0.0.1:8080/api/v1."), QStringLiteral("url"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("API key sent as X-Api-Key."),
                                       QStringLiteral("key"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
        QStringLiteral("Requests in flight at once, 1 to 8."), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
        QStringLiteral("Records per request, 1 to 200."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-seconds"),
        QStringLiteral("Exit with code 1 when the walk has not finished after this many seconds."),
        QStringLiteral("s"), QStringLiteral("600"));
    parser.addOptions({baseUrlOption, keyOption, concurrencyOption, pageSizeOption, timeoutOption});
    parser.process(app);

    const QUrl baseUrl(parser.value(baseUrlOption), QUrl::StrictMode);
    const QString key = parser.value(keyOption);
    bool concurrencyOk = false;
    bool pageSizeOk = false;
    bool timeoutOk = false;
    const int concurrency = parser.value(concurrencyOption).toInt(&concurrencyOk);
    const int pageSize = parser.value(pageSizeOption).toInt(&pageSizeOk);
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || key.isEmpty()) {
        std::fprintf(stderr, "bench_register: --base-url (an absolute URL) and --key are required. See --help.\n");
        return 2;
    }
    if (!concurrencyOk || concurrency < 1 || concurrency > 8) {
        std::fprintf(stderr, "bench_register: invalid --concurrency \"%s\". Expected 1 to 8.\n",
                     qPrintable(parser.value(concurrencyOption)));
        return 2;
    }
    if (!pageSizeOk || pageSize < 1 || pageSize > 200) {
        std::fprintf(stderr, "bench_register: invalid --page-size \"%s\". Expected 1 to 200.\n",
                     qPrintable(parser.value(pageSizeOption)));
        return 2;
    }
    if (!timeoutOk || timeoutSeconds < 1) {
        std::fprintf(stderr, "bench_register: invalid --timeout-seconds \"%s\". Expected a whole number of at least 1.\n",
                     qPrintable(parser.value(timeoutOption)));
        return 2;
    }

    QNetworkAccessManager network;
    Activo::ApiClient client(&network);
    client.setBaseUrl(baseUrl);
    client.setApiKey(key);

    BenchRegister model;
    std::unique_ptr<Activo::ParallelPageLoader> loader;
    QElapsedTimer elapsed;
    qint64 pages = 0;
    qint64 total = -1;

    QTimer::singleShot(timeoutSeconds * 1000, &app, [timeoutSeconds] {
        fail(QStringLiteral("the register walk timed out after %1 s").arg(timeoutSeconds));
    });

    auto startWalk = [&](const QString &companyId) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("companyId"), companyId);
        loader = std::make_unique<Activo::ParallelPageLoader>(&client, QStringLiteral("/assets"), query);
        loader->setConcurrency(concurrency);
        loader->setPageSize(pageSize);
        QObject::connect(loader.get(), &Activo::ParallelPageLoader::pageReady, &app, [&](const QJsonArray &items) {
            model.appendItems(items);
            ++pages;
        });
        QObject::connect(loader.get(), &Activo::ParallelPageLoader::progress, &app,
                         [&](qint64, qint64 listTotal) { total = listTotal; });
        QObject::connect(loader.get(), &Activo::ParallelPageLoader::failed, &app, [](const Activo::ApiError &error) {
            fail(QStringLiteral("GET /assets failed: ") + error.details());
        });
        QObject::connect(loader.get(), &Activo::ParallelPageLoader::finished, &app, [&] {
            const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
            const int items = model.rowCount();
            if (total >= 0 && items != total) {
                fail(QStringLiteral("loaded %1 assets, but the server reported %2").arg(items).arg(total));
                return;
            }
            std::printf("{\"items\":%d,\"seconds\":%.3f,\"pages\":%lld,\"concurrency\":%d,\"peakRssMb\":%.1f}\n",
                        items, seconds, static_cast<long long>(pages), concurrency, Activo::Bench::peakRssMb());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        elapsed.start();
        loader->start();
    };

    Activo::ApiJob *companies = client.get(QStringLiteral("/companies"));
    QObject::connect(companies, &Activo::ApiJob::finished, &app, [&](Activo::ApiJob *job) {
        if (!job->succeeded()) {
            fail(QStringLiteral("GET /companies failed: ") + job->error().details());
            return;
        }
        const QJsonArray items = job->json().object().value(QStringLiteral("items")).toArray();
        const QString companyId = items.isEmpty()
            ? QString()
            : items.first().toObject().value(QStringLiteral("id")).toString();
        if (companyId.isEmpty()) {
            fail(QStringLiteral("GET /companies listed no company with an id"));
            return;
        }
        startWalk(companyId);
    });
    companies->start();

    return app.exec();
}
