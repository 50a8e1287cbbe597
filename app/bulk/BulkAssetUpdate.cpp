#include "bulk/BulkAssetUpdate.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Logging.h"
#include "models/AssetPayload.h"

#include <QSet>
#include <QUrlQuery>

namespace Activo {

namespace {

QString assetPath(const QUuid &id)
{
    return QStringLiteral("/assets/") + id.toString(QUuid::WithoutBraces);
}

std::optional<Asset> assetFromReply(const ApiJob *job, QString *error)
{
    if (!job->json().isObject()) {
        *error = BulkAssetUpdate::tr("the reply is not an asset.");
        return std::nullopt;
    }
    return Asset::fromJson(job->json().object(), error);
}

} // namespace

BulkAssetUpdate::BulkAssetUpdate(ApiClient *client, QString companyId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_companyId(std::move(companyId))
{
}

BulkAssetUpdate::~BulkAssetUpdate()
{
    // Replies that arrive after this point are not reported anywhere, so the
    // requests are aborted. A write already sent may still be stored.
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
}

void BulkAssetUpdate::start(const QVector<Asset> &assets, const AssetChange &change)
{
    if (m_running)
        return;
    beginResetModel();
    m_entries.clear();
    m_change = change;
    QVector<int> rows;
    QSet<QUuid> seen;
    for (const Asset &asset : assets) {
        // An asset listed twice is changed once.
        if (asset.id.isNull() || seen.contains(asset.id))
            continue;
        seen.insert(asset.id);
        Entry entry;
        entry.id = asset.id;
        entry.code = asset.assetCode;
        entry.name = asset.name;
        rows.append(int(m_entries.size()));
        m_entries.append(entry);
    }
    endResetModel();
    qCInfo(lcModels) << "bulk change of" << rows.size() << "assets started";
    runRows(rows);
}

void BulkAssetUpdate::retryFailed()
{
    if (m_running)
        return;
    QVector<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        const Outcome outcome = m_entries.at(row).outcome;
        if (outcome == Outcome::Failed || outcome == Outcome::NotStarted) {
            rows.append(row);
            setOutcome(row, Outcome::Waiting, QString(), ApiError());
        }
    }
    qCInfo(lcModels) << "bulk change: running" << rows.size() << "failed or not started assets again";
    runRows(rows);
}

void BulkAssetUpdate::runRows(const QVector<int> &rows)
{
    m_queue = rows;
    m_running = true;
    m_cancelled = false;
    m_runSize = int(rows.size());
    m_runDone = 0;
    Q_EMIT progressChanged(0, m_runSize);
    startNext();
}

void BulkAssetUpdate::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    qCInfo(lcModels) << "bulk change cancelled;" << m_queue.size() << "assets not started," << m_jobs.size()
                     << "in progress";
    const QVector<int> waiting = std::exchange(m_queue, {});
    for (int row : waiting)
        finishRow(row, Outcome::NotStarted, tr("Cancelled before this asset was changed."));
    finishRunIfIdle();
}

int BulkAssetUpdate::count(Outcome outcome) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [outcome](const Entry &entry) { return entry.outcome == outcome; }));
}

void BulkAssetUpdate::startNext()
{
    while (!m_cancelled && m_jobs.size() < m_maxInFlight && !m_queue.isEmpty())
        readAsset(m_queue.takeFirst());
    finishRunIfIdle();
}

void BulkAssetUpdate::finishRunIfIdle()
{
    if (!m_running || !m_jobs.isEmpty() || (!m_queue.isEmpty() && !m_cancelled))
        return;
    m_running = false;
    qCInfo(lcModels).nospace() << "bulk change finished: " << count(Outcome::Changed) << " changed, "
                               << count(Outcome::Unchanged) << " unchanged, " << count(Outcome::Failed)
                               << " failed, " << count(Outcome::Skipped) << " skipped, "
                               << count(Outcome::NotStarted) << " not started";
    Q_EMIT finished();
}

void BulkAssetUpdate::readAsset(int row)
{
    setOutcome(row, Outcome::InProgress, QString(), ApiError());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = m_client->get(assetPath(m_entries.at(row).id), query);
    connect(job, &ApiJob::finished, this, [this, row](ApiJob *finished) { handleRead(finished, row); });
    m_jobs.insert(row, job);
    job->start();
}

void BulkAssetUpdate::handleRead(ApiJob *job, int row)
{
    m_jobs.remove(row);
    if (m_cancelled) {
        finishRow(row, Outcome::NotStarted, tr("Cancelled before this asset was changed."));
        finishRunIfIdle();
        return;
    }
    if (!job->succeeded()) {
        finishRow(row, Outcome::Failed, tr("The asset could not be read: %1").arg(job->error().message()),
                  job->error());
        startNext();
        return;
    }
    QString error;
    const std::optional<Asset> fresh = assetFromReply(job, &error);
    if (!fresh) {
        const ApiError badReply = job->badResponseError(error);
        finishRow(row, Outcome::Failed, tr("The asset could not be read: %1").arg(badReply.message()), badReply);
        startNext();
        return;
    }

    Entry &entry = m_entries[row];
    entry.code = fresh->assetCode;
    entry.name = fresh->name;
    const QString reason = m_change.rejectionReason(*fresh);
    if (!reason.isEmpty()) {
        finishRow(row, Outcome::Skipped, reason);
        startNext();
    } else if (m_change.isSatisfiedBy(*fresh)) {
        finishRow(row, Outcome::Unchanged, tr("The asset already has these values."));
        startNext();
    } else {
        writeAsset(row, m_change.appliedTo(*fresh));
    }
}

void BulkAssetUpdate::writeAsset(int row, const Asset &changed)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = m_client->sendJson("PUT", assetPath(changed.id), query, AssetPayload::toJson(changed));
    connect(job, &ApiJob::finished, this,
            [this, row, changed](ApiJob *finished) { handleWrite(finished, row, changed); });
    m_jobs.insert(row, job);
    job->start();
}

void BulkAssetUpdate::handleWrite(ApiJob *job, int row, const Asset &sent)
{
    m_jobs.remove(row);
    if (job->succeeded()) {
        QString error;
        const std::optional<Asset> stored = assetFromReply(job, &error);
        // The write was accepted even when its reply cannot be read. The
        // register then shows the values that were sent.
        if (!stored)
            qCWarning(lcModels) << "bulk change: the reply to the write of" << sent.assetCode
                                << "is not an asset:" << error;
        finishRow(row, Outcome::Changed);
        Q_EMIT assetChanged(stored ? *stored : sent);
        startNext();
        return;
    }
    const ApiError &error = job->error();
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        confirmLostWrite(row, sent, error);
        return;
    }
    finishRow(row, Outcome::Failed, error.message(), error);
    startNext();
}

void BulkAssetUpdate::confirmLostWrite(int row, const Asset &sent, const ApiError &writeError)
{
    // The server may have stored the write before the connection broke, so
    // it is read, not written again.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = m_client->get(assetPath(sent.id), query);
    connect(job, &ApiJob::finished, this,
            [this, row, writeError](ApiJob *finished) { handleConfirm(finished, row, writeError); });
    m_jobs.insert(row, job);
    job->start();
}

void BulkAssetUpdate::handleConfirm(ApiJob *job, int row, const ApiError &writeError)
{
    m_jobs.remove(row);
    QString error;
    const std::optional<Asset> stored = job->succeeded() ? assetFromReply(job, &error) : std::nullopt;
    if (!stored) {
        finishRow(row, Outcome::Failed,
                  tr("No reply came from the server, and the asset could not be read "
                     "again, so it is not known whether it was changed. Open the asset to check it."),
                  writeError);
    } else if (m_change.isSatisfiedBy(*stored)) {
        finishRow(row, Outcome::Changed,
                  tr("No reply came from the server, but the server has the new values."));
        Q_EMIT assetChanged(*stored);
    } else {
        finishRow(row, Outcome::Failed,
                  tr("No reply came from the server, and the server still has the old "
                     "values. Check the network, then use \"Retry failed\"."),
                  writeError);
    }
    if (m_cancelled)
        finishRunIfIdle();
    else
        startNext();
}

void BulkAssetUpdate::finishRow(int row, Outcome outcome, const QString &message, const ApiError &error)
{
    setOutcome(row, outcome, message, error);
    ++m_runDone;
    Q_EMIT progressChanged(m_runDone, m_runSize);
}

void BulkAssetUpdate::setOutcome(int row, Outcome outcome, const QString &message, const ApiError &error)
{
    Entry &entry = m_entries[row];
    entry.outcome = outcome;
    entry.message = message;
    // Support finds a failed request in the server's logs by its id.
    if (outcome == Outcome::Failed && !error.requestId.isEmpty())
        entry.message += QLatin1Char(' ') + tr("(Request id: %1)").arg(error.requestId);
    entry.error = error;
    if (outcome == Outcome::Failed)
        qCWarning(lcModels).noquote() << "bulk change of" << entry.code << "failed:" << message
                                      << "request id:" << error.requestId;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString BulkAssetUpdate::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting: return tr("Waiting");
    case Outcome::InProgress: return tr("In progress");
    case Outcome::Changed: return tr("Changed");
    case Outcome::Unchanged: return tr("Unchanged");
    case Outcome::Failed: return tr("Failed");
    case Outcome::Skipped: return tr("Skipped");
    case Outcome::NotStarted: return tr("Not started");
    }
    return QString();
}

int BulkAssetUpdate::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BulkAssetUpdate::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkAssetUpdate::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return rowTexts(index.row()).at(index.column());
    case OutcomeRole:
        return QVariant::fromValue(entry.outcome);
    case AssetIdRole:
        return entry.id;
    default:
        return QVariant();
    }
}

QVariant BulkAssetUpdate::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QVariant();
    return headerTexts().at(section);
}

QStringList BulkAssetUpdate::headerTexts() const
{
    return {tr("Code"), tr("Name"), tr("Outcome"), tr("Message")};
}

QStringList BulkAssetUpdate::rowTexts(int row) const
{
    const Entry &entry = m_entries.at(row);
    return {entry.code, entry.name, outcomeText(entry.outcome), entry.message};
}

QString BulkAssetUpdate::toTabSeparatedText() const
{
    // Tabs and line breaks inside a field would split it, so they become spaces.
    const auto clean = [](QStringList fields) {
        for (QString &field : fields)
            field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        return fields.join(QLatin1Char('\t'));
    };
    QStringList lines{clean(headerTexts())};
    for (int row = 0; row < m_entries.size(); ++row)
        lines << clean(rowTexts(row));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray BulkAssetUpdate::toCsv(const CsvOptions &options) const
{
    const auto guarded = [](QStringList fields) {
        for (QString &field : fields)
            field = Csv::guardFormula(field);
        return fields;
    };
    QByteArray csv = Csv::byteOrderMark() + Csv::encodeRecord(headerTexts(), options);
    for (int row = 0; row < m_entries.size(); ++row)
        csv += Csv::encodeRecord(guarded(rowTexts(row)), options);
    return csv;
}

} // namespace Activo
