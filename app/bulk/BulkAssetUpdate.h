#pragma once

#include "api/ApiError.h"
#include "bulk/AssetChange.h"
#include "export/CsvWriter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace Activo {

class ApiClient;
class ApiJob;

// Applies one AssetChange to many assets, and lists the outcome per asset.
//
// Each asset is read fresh with GET /assets/{id} and, unless it already has
// the values or the change is not allowed for it, written with its own
// PUT /assets/{id}. The body is built from the fresh copy with
// AssetPayload::toJson(), so every other field, and every member this client
// does not know, is sent back as the server has it. At most
// maxInFlight() assets are in progress at once.
//
// A write is never sent twice by this class. When the connection breaks
// before a write's reply, the asset is read once more: the server's values
// tell whether the write was stored.
//
// cancel() starts nothing new; assets in progress finish and are reported,
// except that an asset whose read was still in flight is not written.
// finished() follows once nothing is in progress.
class BulkAssetUpdate : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Outcome { Waiting, InProgress, Changed, Unchanged, Failed, Skipped, NotStarted };
    Q_ENUM(Outcome)

    enum Column { CodeColumn, NameColumn, OutcomeColumn, MessageColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, // Outcome
        AssetIdRole,                    // QUuid
    };

    struct Entry
    {
        QUuid id;
        QString code;
        QString name;
        Outcome outcome = Outcome::Waiting;
        QString message; // translated: the reason of a failure or skip, with the request id of a failure
        ApiError error;  // of a failure, for "Copy details"
    };

    BulkAssetUpdate(ApiClient *client, QString companyId, QObject *parent = nullptr);
    ~BulkAssetUpdate() override;

    static constexpr int defaultMaxInFlight = 4;
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    int maxInFlight() const { return m_maxInFlight; }

    // Starts the change for `assets`, which need an id; an asset listed twice
    // gets one row. Code and name label the rows until the fresh copy
    // arrives. Ignored while a run is going.
    void start(const QVector<Asset> &assets, const AssetChange &change);
    // Runs the assets that failed, and those not started after a cancel, again.
    void retryFailed();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    const AssetChange &change() const { return m_change; }
    const Entry &entry(int row) const { return m_entries.at(row); }
    int entryCount() const { return int(m_entries.size()); }
    int count(Outcome outcome) const;
    // Assets of the current run that ended, and how many the run has.
    int doneCount() const { return m_runDone; }
    int runSize() const { return m_runSize; }
    // Rows that retryFailed() would run.
    int retryableCount() const { return count(Outcome::Failed) + count(Outcome::NotStarted); }

    static QString outcomeText(Outcome outcome);

    // The list as text: a header, then one line per asset, tab-separated
    // (for the clipboard) or as CSV.
    QString toTabSeparatedText() const;
    QByteArray toCsv(const CsvOptions &options) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressChanged(int done, int total);
    // A write was stored; `asset` is the server's copy, for the register.
    void assetChanged(const Activo::Asset &asset);
    void finished();

private:
    QStringList headerTexts() const;
    QStringList rowTexts(int row) const;
    void runRows(const QVector<int> &rows);
    void startNext();
    void readAsset(int row);
    void handleRead(ApiJob *job, int row);
    void writeAsset(int row, const Asset &fresh);
    void handleWrite(ApiJob *job, int row, const Asset &sent);
    void confirmLostWrite(int row, const Asset &sent, const ApiError &writeError);
    void handleConfirm(ApiJob *job, int row, const ApiError &writeError);
    void finishRow(int row, Outcome outcome, const QString &message = QString(), const ApiError &error = ApiError());
    void setOutcome(int row, Outcome outcome, const QString &message, const ApiError &error);
    void finishRunIfIdle();

    ApiClient *m_client;
    QString m_companyId;
    int m_maxInFlight = defaultMaxInFlight;
    AssetChange m_change;
    QVector<Entry> m_entries;
    QVector<int> m_queue;
    QHash<int, QPointer<ApiJob>> m_jobs; // by row
    bool m_running = false;
    bool m_cancelled = false;
    int m_runSize = 0;
    int m_runDone = 0;
};

} // namespace Activo
