#include "models/RegisterSummary.h"

#include "api/Json.h"
#include "api/ParallelPageLoader.h"
#include "models/Asset.h"
#include "models/Money.h"

#include <QLocale>
#include <QUrlQuery>

#include <algorithm>

namespace Activo {

RegisterSummary::RegisterSummary(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

RegisterSummary::~RegisterSummary()
{
    if (m_loader)
        m_loader->cancel();
}

void RegisterSummary::load(const QString &companyId)
{
    cancel();
    beginResetModel();
    m_companyId = companyId;
    m_total = Sums();
    m_expected = -1;
    m_unreadable = 0;
    m_repeated = 0;
    m_seenIds.clear();
    m_byCategory.clear();
    m_byLocation.clear();
    m_rows.clear();
    m_error = ApiError();
    endResetModel();
    if (companyId.isEmpty()) {
        setState(State::Idle);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    auto *loader = new ParallelPageLoader(m_client, QStringLiteral("/assets"), query, this);
    connect(loader, &ParallelPageLoader::pageReady, this, &RegisterSummary::addPage);
    connect(loader, &ParallelPageLoader::progress, this, [this](qint64 received, qint64 total) {
        m_expected = total;
        Q_EMIT progress(received, total);
    });
    connect(loader, &ParallelPageLoader::finished, this, [this, loader] {
        loader->deleteLater();
        rebuildRows();
        setState(State::Ready);
    });
    connect(loader, &ParallelPageLoader::failed, this, [this, loader](const ApiError &error) {
        loader->deleteLater();
        m_error = error;
        rebuildRows();
        setState(State::Failed);
    });
    m_loader = loader;
    setState(State::Loading);
    loader->start();
}

void RegisterSummary::cancel()
{
    if (!m_loader)
        return;
    m_loader->cancel();
    m_loader->deleteLater();
    m_loader = nullptr;
    rebuildRows();
    setState(State::Cancelled);
}

void RegisterSummary::addPage(const QJsonArray &items)
{
    const QString none = tr("(none)");
    for (const QJsonValue &value : items) {
        const std::optional<Asset> asset = value.isObject() ? Asset::fromJson(value.toObject(), nullptr) : std::nullopt;
        if (!asset) {
            ++m_unreadable;
            continue;
        }
        if (m_seenIds.contains(asset->id)) {
            ++m_repeated;
            continue;
        }
        m_seenIds.insert(asset->id);
        Sums sums;
        sums.count = 1;
        sums.costCents = asset->acquisitionCost ? asset->acquisitionCost->cents() : 0;
        sums.accumulatedCents = asset->accumulatedDepreciation ? asset->accumulatedDepreciation->cents() : 0;
        sums.netBookValueCents = asset->netBookValue ? asset->netBookValue->cents() : 0;
        if (!asset->acquisitionCost || !asset->accumulatedDepreciation || !asset->netBookValue)
            ++m_unreadable;
        const auto add = [&sums, &none](QHash<QString, Group> &groups, const Json::Link &link) {
            const QString key = link.isNull() ? QString() : link.id.isNull() ? link.code : link.id.toString();
            Group &group = groups[key];
            if (group.label.isEmpty())
                group.label = link.isNull() ? none : linkText(link);
            group.sums.count += sums.count;
            group.sums.costCents += sums.costCents;
            group.sums.accumulatedCents += sums.accumulatedCents;
            group.sums.netBookValueCents += sums.netBookValueCents;
        };
        add(m_byCategory, asset->category);
        add(m_byLocation, asset->location);
        m_total.count += 1;
        m_total.costCents += sums.costCents;
        m_total.accumulatedCents += sums.accumulatedCents;
        m_total.netBookValueCents += sums.netBookValueCents;
    }
}

void RegisterSummary::rebuildRows()
{
    beginResetModel();
    const QHash<QString, Group> &groups = m_grouping == Grouping::Category ? m_byCategory : m_byLocation;
    m_rows = QVector<Group>(groups.cbegin(), groups.cend());
    std::sort(m_rows.begin(), m_rows.end(), [](const Group &a, const Group &b) {
        if (a.sums.netBookValueCents != b.sums.netBookValueCents)
            return a.sums.netBookValueCents > b.sums.netBookValueCents;
        return a.label < b.label;
    });
    endResetModel();
}

void RegisterSummary::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuildRows();
}

void RegisterSummary::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int RegisterSummary::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1;
}

int RegisterSummary::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterSummary::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const bool isTotal = index.row() == m_rows.size();
    const Sums &sums = isTotal ? m_total : m_rows.at(index.row()).sums;
    const QLocale locale;
    qint64 cents = 0;
    switch (index.column()) {
    case CostColumn: cents = sums.costCents; break;
    case AccumulatedColumn: cents = sums.accumulatedCents; break;
    case NetBookValueColumn: cents = sums.netBookValueCents; break;
    default: break;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case GroupColumn: return isTotal ? tr("Total") : m_rows.at(index.row()).label;
        case CountColumn: return locale.toString(sums.count);
        default: return Money::fromCents(cents).toString(locale);
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == GroupColumn ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                                 : (Qt::AlignRight | Qt::AlignVCenter));
    case CentsRole:
        return index.column() >= CostColumn ? QVariant(cents) : QVariant();
    case IsTotalRole:
        return isTotal;
    default:
        return QVariant();
    }
}

QVariant RegisterSummary::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case GroupColumn: return m_grouping == Grouping::Category ? tr("Category") : tr("Location");
    case CountColumn: return tr("Assets");
    case CostColumn: return tr("Cost");
    case AccumulatedColumn: return tr("Accumulated depreciation");
    case NetBookValueColumn: return tr("Net book value");
    default: return QVariant();
    }
}

QStringList RegisterSummary::groupLabels() const
{
    QStringList labels;
    for (const Group &group : m_rows)
        labels << group.label;
    return labels;
}

QVector<RegisterSummary::Sums> RegisterSummary::groupSums() const
{
    QVector<Sums> sums;
    for (const Group &group : m_rows)
        sums << group.sums;
    return sums;
}

} // namespace Activo
