#include "import/ImportRunner.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Logging.h"
#include "models/AssetPayload.h"

#include <QUrlQuery>

namespace Activo {

ImportRunner::ImportRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ImportRunner::~ImportRunner()
{
    // Replies still in flight are dropped; their writes may still be stored.
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
}

void ImportRunner::start(const QString &companyId, const QVector<ImportLine> &lines)
{
    m_companyId = companyId;
    m_lines = lines;
    m_queue.clear();
    m_running = true;
    m_cancelled = false;
    m_inFlight = 0;
    m_writesDone = 0;
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        ImportLine &line = m_lines[i];
        switch (line.action) {
        case ImportAction::Create:
        case ImportAction::Update:
            line.outcome = ImportOutcome::NotRun;
            m_queue.append(int(i));
            break;
        case ImportAction::Unchanged:
            line.outcome = ImportOutcome::Unchanged;
            line.outcomeMessage = ImportLine::tr("The asset already has these values, so nothing was sent.");
            break;
        case ImportAction::Rejected:
            line.outcome = ImportOutcome::Rejected;
            line.outcomeMessage = line.problems.join(QLatin1Char(' '));
            break;
        }
    }
    m_writeCount = int(m_queue.size());
    qCInfo(lcModels) << "import started:" << m_writeCount << "writes of" << m_lines.size() << "lines";
    Q_EMIT progressed(0, m_writeCount);
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &ImportRunner::finishIfDone, Qt::QueuedConnection);
        return;
    }
    startLines();
}

void ImportRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (const int index : std::as_const(m_queue)) {
        m_lines[index].outcome = ImportOutcome::Cancelled;
        m_lines[index].outcomeMessage =
            ImportLine::tr("Not sent: the import was stopped before this line.");
    }
    m_writesDone += int(m_queue.size());
    m_queue.clear();
    qCInfo(lcModels) << "import cancelled with" << m_inFlight << "lines in flight";
    Q_EMIT progressed(m_writesDone, m_writeCount);
    if (m_inFlight == 0)
        QMetaObject::invokeMethod(this, &ImportRunner::finishIfDone, Qt::QueuedConnection);
}

void ImportRunner::startLines()
{
    while (!m_cancelled && m_inFlight < m_maxConcurrent && !m_queue.isEmpty()) {
        const int index = m_queue.takeLast();
        ++m_inFlight;
        if (m_lines.at(index).action == ImportAction::Create)
            startCreate(index);
        else
            startRead(index);
    }
}

void ImportRunner::startCreate(int index)
{
    Asset asset;
    m_lines.at(index).values.applyTo(asset);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = m_client->sendJson("POST", QStringLiteral("/assets"), query, AssetPayload::toJson(asset));
    connect(job, &ApiJob::finished, this, [this, index](ApiJob *finished) { handleWrite(index, finished); });
    m_jobs.append(job);
    job->start();
}

void ImportRunner::startRead(int index)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    const QString path = QStringLiteral("/assets/") + m_lines.at(index).assetId.toString(QUuid::WithoutBraces);
    ApiJob *job = m_client->get(path, query);
    connect(job, &ApiJob::finished, this, [this, index](ApiJob *finished) { handleRead(index, finished); });
    m_jobs.append(job);
    job->start();
}

void ImportRunner::handleRead(int index, ApiJob *job)
{
    m_jobs.removeAll(job);
    ImportLine &line = m_lines[index];
    if (!job->succeeded()) {
        endLine(index, ImportOutcome::Failed,
                ImportLine::tr("The asset could not be read before the update, so nothing was sent. %1")
                    .arg(job->error().message()),
                job->requestId());
        return;
    }
    QString error;
    const std::optional<Asset> current =
        job->json().isObject() ? Asset::fromJson(job->json().object(), &error) : std::nullopt;
    if (!current) {
        endLine(index, ImportOutcome::Failed,
                ImportLine::tr("The server's copy of the asset could not be read, so nothing was sent. %1")
                    .arg(job->badResponseError(error).message()),
                job->requestId());
        return;
    }

    Asset updated = *current;
    line.values.applyTo(updated);
    line.changes = describeChanges(*current, updated, QLocale());
    if (line.changes.isEmpty()) {
        endLine(index, ImportOutcome::Unchanged,
                ImportLine::tr("The asset already has these values, so nothing was sent."), job->requestId());
        return;
    }

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    const QString path = QStringLiteral("/assets/") + current->id.toString(QUuid::WithoutBraces);
    ApiJob *put = m_client->sendJson("PUT", path, query, AssetPayload::toJson(updated));
    connect(put, &ApiJob::finished, this, [this, index](ApiJob *finished) { handleWrite(index, finished); });
    m_jobs.append(put);
    put->start();
}

void ImportRunner::handleWrite(int index, ApiJob *job)
{
    m_jobs.removeAll(job);
    ImportLine &line = m_lines[index];
    const bool create = line.action == ImportAction::Create;

    if (job->succeeded()) {
        if (create) {
            if (job->json().isObject())
                line.assetId = Json::uuid(job->json().object().value(QLatin1String("id")));
            endLine(index, ImportOutcome::Created, ImportLine::tr("Created."), job->requestId());
        } else {
            endLine(index, ImportOutcome::Updated, line.changes.join(QStringLiteral("; ")), job->requestId());
        }
        return;
    }

    const ApiError &error = job->error();
    const bool noReply = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (noReply) {
        const QString message = create
            ? ImportLine::tr("The server did not answer, so the asset %1 may or may not have been created. Search "
                             "the register for %1 before running the import again; a new run does not create it "
                             "twice.")
                  .arg(line.assetCode)
            : ImportLine::tr("The server did not answer, so the asset %1 may or may not have been updated. Open it "
                             "to check its values.")
                  .arg(line.assetCode);
        endLine(index, ImportOutcome::Unknown, message + QLatin1Char(' ') + error.message(), job->requestId());
        return;
    }
    endLine(index, ImportOutcome::Failed, error.message(), job->requestId());
}

void ImportRunner::endLine(int index, ImportOutcome outcome, const QString &message, const QString &requestId)
{
    ImportLine &line = m_lines[index];
    line.outcome = outcome;
    line.outcomeMessage = message;
    line.requestId = requestId;
    if (outcome == ImportOutcome::Failed || outcome == ImportOutcome::Unknown)
        qCWarning(lcModels).noquote() << "import line" << line.line << line.assetCode << "failed:" << message;
    --m_inFlight;
    ++m_writesDone;
    Q_EMIT progressed(m_writesDone, m_writeCount);
    startLines();
    finishIfDone();
}

void ImportRunner::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    qCInfo(lcModels) << "import finished:" << m_writesDone << "of" << m_writeCount << "writes ended";
    Q_EMIT finished();
}

} // namespace Activo
