#pragma once

#include "api/ApiError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QUuid>
#include <QVector>

namespace Activo {

class ApiClient;
class ParallelPageLoader;

// Cost, accumulated depreciation and net book value of a company's whole
// register, summed by category or by location. Every page of GET /assets
// is read (several at a time) and only the sums are kept, so a register of
// 100,000 assets costs a few kilobytes here.
//
// Amounts that are missing or unreadable on an asset count as zero, and the
// asset is counted in unreadableAssets(); an item without a valid id is left
// out and counted there too. An asset whose id came before (a server that
// repeats a page) is left out and counted in repeatedAssets(). Assets without
// the link are summed under "(none)".
class RegisterSummary : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Grouping { Category, Location };
    Q_ENUM(Grouping)
    enum Column { GroupColumn, CountColumn, CostColumn, AccumulatedColumn, NetBookValueColumn, ColumnCount };
    enum Role { CentsRole = Qt::UserRole + 1, IsTotalRole };

    enum class State { Idle, Loading, Ready, Failed, Cancelled };
    Q_ENUM(State)

    struct Sums
    {
        qint64 count = 0;
        qint64 costCents = 0;
        qint64 accumulatedCents = 0;
        qint64 netBookValueCents = 0;
    };

    explicit RegisterSummary(ApiClient *client, QObject *parent = nullptr);
    ~RegisterSummary() override;

    // Reads the whole register of the company again.
    void load(const QString &companyId);
    void cancel();
    QString companyId() const { return m_companyId; }

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    State state() const { return m_state; }
    const ApiError &lastError() const { return m_error; }
    qint64 receivedAssets() const { return m_total.count; }
    qint64 expectedAssets() const { return m_expected; }
    qint64 unreadableAssets() const { return m_unreadable; }
    qint64 repeatedAssets() const { return m_repeated; }
    const Sums &totals() const { return m_total; }

    // Rows sorted by net book value, largest first; the last row is the total.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Group labels and sums in row order, without the total, for charts.
    QStringList groupLabels() const;
    QVector<Sums> groupSums() const;

Q_SIGNALS:
    void stateChanged(Activo::RegisterSummary::State state);
    void progress(qint64 received, qint64 total);

private:
    struct Group
    {
        QString label;
        Sums sums;
    };

    void addPage(const QJsonArray &items);
    void rebuildRows();
    void setState(State state);

    ApiClient *m_client;
    QPointer<ParallelPageLoader> m_loader;
    QString m_companyId;
    Grouping m_grouping = Grouping::Category;
    State m_state = State::Idle;
    ApiError m_error;
    qint64 m_expected = -1;
    qint64 m_unreadable = 0;
    qint64 m_repeated = 0;
    QSet<QUuid> m_seenIds;
    Sums m_total;
    QHash<QString, Group> m_byCategory;
    QHash<QString, Group> m_byLocation;
    QVector<Group> m_rows;
};

} // namespace Activo
