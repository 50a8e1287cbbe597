#include "bulk/AssetCodeLookup.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Logging.h"
#include "api/Page.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Activo {

AssetCodeLookup::AssetCodeLookup(ApiClient *client, QString companyId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_companyId(std::move(companyId))
{
}

AssetCodeLookup::~AssetCodeLookup()
{
    cancel();
}

QStringList AssetCodeLookup::parseCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList codes;
    QSet<QString> seen;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString folded = part.toCaseFolded();
        if (seen.contains(folded))
            continue;
        seen.insert(folded);
        codes.append(part);
    }
    return codes;
}

void AssetCodeLookup::start(const QStringList &codes)
{
    cancel();
    m_results.clear();
    for (const QString &code : codes) {
        Result result;
        result.code = code;
        m_results.append(result);
    }
    m_next = 0;
    m_done = 0;
    m_running = true;
    qCInfo(lcModels) << "looking up" << codes.size() << "asset codes";
    Q_EMIT progressChanged(0, int(m_results.size()));
    startNext();
}

void AssetCodeLookup::cancel()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
    m_running = false;
}

QVector<Asset> AssetCodeLookup::foundAssets() const
{
    QVector<Asset> assets;
    for (const Result &result : m_results)
        assets += result.assets;
    return assets;
}

void AssetCodeLookup::startNext()
{
    m_jobs.removeAll(nullptr);
    while (m_running && m_jobs.size() < m_maxInFlight && m_next < m_results.size())
        requestPage(m_next++, 0, 0);
    if (m_running && m_jobs.isEmpty() && m_done == m_results.size()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void AssetCodeLookup::requestPage(int index, int skip, int pagesRead)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    query.addQueryItem(QStringLiteral("search"), m_results.at(index).code);
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("take"), QString::number(PageCursor::maxTake));
    ApiJob *job = m_client->get(QStringLiteral("/assets"), query);
    connect(job, &ApiJob::finished, this,
            [this, index, skip, pagesRead](ApiJob *finished) { handleReply(finished, index, skip, pagesRead); });
    m_jobs.append(job);
    job->start();
}

void AssetCodeLookup::handleReply(ApiJob *job, int index, int skip, int pagesRead)
{
    m_jobs.removeAll(job);
    Result &result = m_results[index];
    if (!job->succeeded()) {
        result.kind = Result::Kind::Failed;
        result.message = tr("The lookup failed: %1").arg(job->error().message());
        finishCode(index);
        return;
    }
    Page page;
    QString error;
    if (!Page::parse(job->json(), skip, &page, &error)) {
        result.kind = Result::Kind::Failed;
        result.message = tr("The lookup failed: %1").arg(job->badResponseError(error).message());
        finishCode(index);
        return;
    }

    for (const QJsonValue &value : std::as_const(page.items)) {
        const QJsonObject object = value.toObject();
        if (Json::string(object, QLatin1String("assetCode")).compare(result.code, Qt::CaseInsensitive) != 0)
            continue;
        if (const std::optional<Asset> asset = Asset::fromJson(object, nullptr))
            result.assets.append(*asset);
    }
    if (!result.assets.isEmpty()) {
        result.kind = Result::Kind::Found;
        finishCode(index);
        return;
    }

    const qint64 nextSkip = page.skip + qMax<qint64>(page.take, page.items.size());
    const bool morePages = !page.items.isEmpty() && nextSkip < page.total;
    if (morePages && pagesRead + 1 < maxPagesPerCode) {
        requestPage(index, int(nextSkip), pagesRead + 1);
        return;
    }
    result.kind = Result::Kind::NotFound;
    if (morePages) {
        // NOTE: the search cannot ask for an exact code, so a code contained
        // in very many other codes or names is given up after this many pages.
        result.message = tr("Not checked: %Ln assets contain this text, too many to look through. Select "
                            "this asset in the register instead.",
                            nullptr, int(qMin<qint64>(page.total, INT_MAX)));
    } else {
        result.message = tr("No asset has this code.");
    }
    finishCode(index);
}

void AssetCodeLookup::finishCode(int index)
{
    const Result &result = m_results.at(index);
    if (result.kind == Result::Kind::Failed)
        qCWarning(lcModels).noquote() << "lookup of asset code" << result.code << "failed:" << result.message;
    ++m_done;
    Q_EMIT progressChanged(m_done, int(m_results.size()));
    startNext();
}

} // namespace Activo
