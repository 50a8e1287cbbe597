#include "models/AssetListModel.h"

#include "models/LocaleFormat.h"

#include "api/Logging.h"

#include <QLocale>
#include <QUrlQuery>

#include <algorithm>

namespace Activo {

namespace {

qint64 centsOrNone(const std::optional<Money> &money, qint64 none)
{
    return money ? money->cents() : none;
}

} // namespace

AssetListModel::AssetListModel(ApiClient *client, QObject *parent)
    : PagedListModel(client, QStringLiteral("/assets"), parent)
{
}

QString AssetListModel::columnKey(int column)
{
    switch (column) {
    case CodeColumn: return QStringLiteral("code");
    case NameColumn: return QStringLiteral("name");
    case CategoryColumn: return QStringLiteral("category");
    case LocationColumn: return QStringLiteral("location");
    case CustodianColumn: return QStringLiteral("custodian");
    case StatusColumn: return QStringLiteral("status");
    case AvailabilityColumn: return QStringLiteral("availability");
    case AcquisitionDateColumn: return QStringLiteral("acquisitionDate");
    case CostColumn: return QStringLiteral("acquisitionCost");
    case NetBookValueColumn: return QStringLiteral("netBookValue");
    case EpcColumn: return QStringLiteral("epc");
    case CostCenterColumn: return QStringLiteral("costCenter");
    case DepreciationBookColumn: return QStringLiteral("depreciationBook");
    case SalvageValueColumn: return QStringLiteral("salvageValue");
    case AccumulatedDepreciationColumn: return QStringLiteral("accumulatedDepreciation");
    case UsefulLifeColumn: return QStringLiteral("usefulLifeMonths");
    default: return QString();
    }
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case CostColumn:
        case NetBookValueColumn:
        case SalvageValueColumn:
        case AccumulatedDepreciationColumn:
        case UsefulLifeColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case CategoryColumn: return tr("Category");
    case LocationColumn: return tr("Location");
    case CustodianColumn: return tr("Custodian");
    case StatusColumn: return tr("Status");
    case AvailabilityColumn: return tr("Availability");
    case AcquisitionDateColumn: return tr("Acquisition date");
    case CostColumn: return tr("Cost");
    case NetBookValueColumn: return tr("Net book value");
    case EpcColumn: return tr("RFID EPC");
    case CostCenterColumn: return tr("Cost center");
    case DepreciationBookColumn: return tr("Depreciation book");
    case SalvageValueColumn: return tr("Salvage value");
    case AccumulatedDepreciationColumn: return tr("Accumulated depreciation");
    case UsefulLifeColumn: return tr("Useful life (months)");
    default: return QVariant();
    }
}

QString AssetListModel::linkDisplay(qint32 index) const
{
    if (index < 0 || index >= m_links.size())
        return QString();
    const Json::Link &link = m_links.at(index);
    // The register shows names; codes appear in the tooltip and the details.
    if (!link.name.isEmpty())
        return link.name;
    return linkText(link);
}

QString AssetListModel::displayText(const Row &row, int column) const
{
    const QLocale locale;
    const auto money = [&locale](qint64 cents) {
        return cents == kNoAmount ? QString() : Money::fromCents(cents).toString(locale);
    };
    switch (column) {
    case CodeColumn: return row.code;
    case NameColumn: return row.name;
    case CategoryColumn: return linkDisplay(row.category);
    case LocationColumn: return linkDisplay(row.location);
    case CustodianColumn: return linkDisplay(row.custodian);
    case StatusColumn: return Asset::statusText(row.status);
    case AvailabilityColumn: return Asset::availabilityText(row.availability);
    case AcquisitionDateColumn:
        return LocaleFormat::shortDate(row.acquisitionDate, locale);
    case CostColumn: return money(row.cost);
    case NetBookValueColumn: return money(row.netBookValue);
    case EpcColumn: return row.epc;
    case CostCenterColumn: return linkDisplay(row.costCenter);
    case DepreciationBookColumn: return linkDisplay(row.depreciationBook);
    case SalvageValueColumn: return money(row.salvage);
    case AccumulatedDepreciationColumn: return money(row.accumulated);
    case UsefulLifeColumn: return row.usefulLifeMonths < 0 ? QString() : locale.toString(row.usefulLifeMonths);
    default: return QString();
    }
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CategoryColumn: return linkText(m_links.value(row.category));
        case LocationColumn: return linkText(m_links.value(row.location));
        case CustodianColumn: return linkText(m_links.value(row.custodian));
        case CostCenterColumn: return linkText(m_links.value(row.costCenter));
        case DepreciationBookColumn: return linkText(m_links.value(row.depreciationBook));
        default: return displayText(row, index.column());
        }
    case Qt::TextAlignmentRole:
        return headerData(index.column(), Qt::Horizontal, role);
    case AssetIdRole:
        return row.id.toString(QUuid::WithoutBraces);
    case AssetCodeRole:
        return row.code;
    case StatusRole:
        return row.status;
    case AvailabilityRole:
        return row.availability;
    default:
        return QVariant();
    }
}

int AssetListModel::rowOfAsset(const QUuid &id) const
{
    return m_rowById.value(id, -1);
}

QUuid AssetListModel::assetIdAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return QUuid();
    return m_rows[size_t(row)].id;
}

Asset AssetListModel::assetSummaryAt(int row) const
{
    Asset asset;
    if (row < 0 || row >= int(m_rows.size()))
        return asset;
    const Row &source = m_rows[size_t(row)];
    const auto link = [this](qint32 index) { return index >= 0 ? m_links.at(index) : Json::Link(); };
    asset.id = source.id;
    asset.assetCode = source.code;
    asset.name = source.name;
    asset.epc = source.epc;
    asset.category = link(source.category);
    asset.location = link(source.location);
    asset.costCenter = link(source.costCenter);
    asset.custodian = link(source.custodian);
    asset.depreciationBook = link(source.depreciationBook);
    asset.status = source.status;
    asset.availability = source.availability;
    return asset;
}

void AssetListModel::addQueryItems(QUrlQuery &query) const
{
    if (!search().isEmpty())
        query.addQueryItem(QStringLiteral("search"), search());
}

QString AssetListModel::internString(const QString &text)
{
    if (text.isEmpty())
        return QString();
    auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return it.value();
    m_strings.insert(text, text);
    return text;
}

qint32 AssetListModel::internLink(const Json::Link &link)
{
    if (link.isNull())
        return -1;
    if (!link.id.isNull()) {
        auto it = m_linkById.constFind(link.id);
        // The first complete copy of a linked record wins; a later one with a name fills a bare id.
        if (it != m_linkById.constEnd()) {
            Json::Link &known = m_links[it.value()];
            if (known.name.isEmpty() && !link.name.isEmpty())
                known = link;
            return it.value();
        }
    }
    const qint32 index = qint32(m_links.size());
    m_links.append(link);
    if (!link.id.isNull())
        m_linkById.insert(link.id, index);
    return index;
}

namespace {

// Text beyond MaxDisplayLength is cut: a name of a megabyte would make every
// repaint of its row measure the whole string.
QString forDisplay(const QString &text)
{
    if (text.size() <= AssetListModel::MaxDisplayLength)
        return text;
    qsizetype end = AssetListModel::MaxDisplayLength;
    // Never split a surrogate pair.
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + QChar(0x2026);
}

} // namespace

AssetListModel::Row AssetListModel::rowFromAsset(const Asset &asset)
{
    Row row;
    row.id = asset.id;
    row.code = forDisplay(asset.assetCode);
    row.name = forDisplay(asset.name);
    row.epc = forDisplay(asset.epc);
    row.category = internLink(asset.category);
    row.location = internLink(asset.location);
    row.custodian = internLink(asset.custodian);
    row.costCenter = internLink(asset.costCenter);
    row.depreciationBook = internLink(asset.depreciationBook);
    row.acquisitionDate = asset.acquisitionDate;
    row.cost = centsOrNone(asset.acquisitionCost, kNoAmount);
    row.salvage = centsOrNone(asset.salvageValue, kNoAmount);
    row.accumulated = centsOrNone(asset.accumulatedDepreciation, kNoAmount);
    row.netBookValue = centsOrNone(asset.netBookValue, kNoAmount);
    row.usefulLifeMonths = asset.usefulLifeMonths.value_or(-1);
    row.status = internString(asset.status);
    row.availability = internString(asset.availability);
    return row;
}

int AssetListModel::upsertAsset(const Asset &asset)
{
    const int existing = rowOfAsset(asset.id);
    if (existing >= 0) {
        m_rows[size_t(existing)] = rowFromAsset(asset);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.insert(m_rows.begin(), rowFromAsset(asset));
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it)
        ++it.value();
    m_rowById.insert(asset.id, 0);
    endInsertRows();
    noteRecordAdded();
    return 0;
}

int AssetListModel::appendItems(const QJsonArray &items)
{
    std::vector<Row> fresh;
    fresh.reserve(size_t(items.size()));
    QHash<QUuid, int> freshIds;
    int skipped = 0;

    for (const QJsonValue &value : items) {
        if (!value.isObject()) {
            ++skipped;
            continue;
        }
        QString error;
        QStringList unreadable;
        const std::optional<Asset> asset = Asset::fromJson(value.toObject(), &error, &unreadable);
        if (!asset || m_rowById.contains(asset->id) || freshIds.contains(asset->id)) {
            ++skipped;
            continue;
        }
        if (!unreadable.isEmpty()) {
            ++m_unreadableRows;
            qCWarning(lcModels).noquote() << "asset" << asset->id.toString(QUuid::WithoutBraces)
                                          << "has unreadable values:" << unreadable.join(QStringLiteral(", "));
        }
        Row row = rowFromAsset(*asset);
        freshIds.insert(row.id, int(fresh.size()));
        fresh.push_back(std::move(row));
    }

    if (!fresh.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        // No reserve() of the exact new size here: that defeats the vector's
        // geometric growth and copies every loaded row on each page.
        for (Row &row : fresh) {
            m_rowById.insert(row.id, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    return skipped;
}

void AssetListModel::reserveRows(qint64 total)
{
    // Growing a vector of 65,536 rows moves all of them and stalls the GUI
    // thread for several milliseconds, so one reservation replaces every move.
    // A total above the cap is not trusted: it could exhaust memory.
    constexpr qint64 kMaxReserved = 250000;
    const qint64 rows = std::clamp<qint64>(total, 0, kMaxReserved);
    m_rows.reserve(size_t(rows));
    m_rowById.reserve(qsizetype(rows));
}

void AssetListModel::clearItems()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_unreadableRows = 0;
    m_rowById.clear();
    m_links.clear();
    m_linkById.clear();
    m_strings.clear();
}

} // namespace Activo
