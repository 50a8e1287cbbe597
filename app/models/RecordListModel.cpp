#include "models/RecordListModel.h"

#include "api/Json.h"
#include "models/RecordFormatter.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Activo {

namespace {

QVariant cellData(const ResourceDescription &description, RecordFormatter *formatter, const QJsonObject &record,
                  int column, int role)
{
    if (column < 0 || column >= description.columns.size())
        return QVariant();
    const ColumnSpec &spec = description.columns.at(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString text = formatter->text(record, spec);
        if (role == Qt::ToolTipRole && text.size() < 40)
            return QVariant();
        return text;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(RecordFormatter::alignment(spec));
    case RecordRoles::RecordIdRole:
        return Json::uuid(record.value(QLatin1String("id"))).toString(QUuid::WithoutBraces);
    case RecordRoles::AssetIdRole: {
        if (description.assetIdKey.isEmpty())
            return QString();
        const QUuid id = Json::uuid(record.value(description.assetIdKey));
        return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
    }
    case RecordRoles::RecordRole:
        return record;
    case RecordRoles::CentsRole: {
        const std::optional<qint64> cents = RecordFormatter::cents(record, spec);
        return cents ? QVariant(*cents) : QVariant();
    }
    default:
        return QVariant();
    }
}

QVariant header(const ResourceDescription &description, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= description.columns.size())
        return QVariant();
    const ColumnSpec &spec = description.columns.at(section);
    if (role == Qt::DisplayRole)
        return spec.title;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(RecordFormatter::alignment(spec));
    return QVariant();
}

} // namespace

RecordListModel::RecordListModel(ApiClient *client, ResourceDescription description, LookupCache *lookups,
                                 AssetDirectory *assets, QObject *parent)
    : PagedListModel(client, description.path, parent)
    , m_description(std::move(description))
    , m_formatter(new RecordFormatter(lookups, assets, this))
{
    connect(m_formatter, &RecordFormatter::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), {Qt::DisplayRole});
    });
}

void RecordListModel::setFilter(const QString &name, const QString &value)
{
    for (auto &filter : m_filters) {
        if (filter.first == name) {
            filter.second = value;
            return;
        }
    }
    m_filters.append({name, value});
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_description.columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    // The formatter names linked records of the company being listed.
    m_formatter->setCompanyId(companyId());
    return cellData(m_description, m_formatter, m_rows.at(index.row()), index.column(), role);
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(m_description, section, orientation, role);
}

QJsonObject RecordListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int RecordListModel::rowOfRecord(const QString &id) const
{
    const QUuid uuid = Json::uuid(QJsonValue(id));
    return m_rowById.value(uuid.toString(QUuid::WithoutBraces), -1);
}

int RecordListModel::appendItems(const QJsonArray &items)
{
    QVector<QJsonObject> accepted;
    accepted.reserve(items.size());
    int skipped = 0;
    QHash<QString, int> pageIds;
    for (const QJsonValue &item : items) {
        const QUuid id = item.isObject() ? Json::uuid(item.toObject().value(QLatin1String("id"))) : QUuid();
        const QString key = id.toString(QUuid::WithoutBraces);
        if (id.isNull() || m_rowById.contains(key) || pageIds.contains(key)) {
            ++skipped;
            continue;
        }
        pageIds.insert(key, 0);
        accepted.append(item.toObject());
    }
    if (accepted.isEmpty())
        return skipped;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(accepted.size()) - 1);
    for (const QJsonObject &record : std::as_const(accepted)) {
        m_rowById.insert(Json::uuid(record.value(QLatin1String("id"))).toString(QUuid::WithoutBraces),
                         int(m_rows.size()));
        m_rows.append(record);
    }
    endInsertRows();
    return skipped;
}

void RecordListModel::clearItems()
{
    m_rows.clear();
    m_rowById.clear();
}

void RecordListModel::addQueryItems(QUrlQuery &query) const
{
    for (const auto &filter : m_filters) {
        if (!filter.second.isEmpty())
            query.addQueryItem(filter.first, filter.second);
    }
}

RecordTableModel::RecordTableModel(ResourceDescription description, LookupCache *lookups, AssetDirectory *assets,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_description(std::move(description))
    , m_formatter(new RecordFormatter(lookups, assets, this))
{
    connect(m_formatter, &RecordFormatter::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), {Qt::DisplayRole});
    });
}

void RecordTableModel::setRecords(const QString &companyId, const QVector<QJsonObject> &records)
{
    beginResetModel();
    m_formatter->setCompanyId(companyId);
    m_rows = records;
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_description.columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    return cellData(m_description, m_formatter, m_rows.at(index.row()), index.column(), role);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(m_description, section, orientation, role);
}

} // namespace Activo
