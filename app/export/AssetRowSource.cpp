#include "export/AssetRowSource.h"

#include "api/ParallelPageLoader.h"
#include "models/Asset.h"
#include "models/AssetListModel.h"

#include <QJsonObject>

namespace Activo {

namespace {

// The register shows a linked record by its name, or "code — name" pieces
// when the name is missing (AssetListModel does the same).
QString linkCellText(const Json::Link &link)
{
    if (link.isNull())
        return QString();
    return link.name.isEmpty() ? linkText(link) : link.name;
}

ExportCell amountCell(const std::optional<Money> &amount)
{
    return amount ? ExportCell::ofAmount(amount->cents()) : ExportCell::emptyOf(ExportValueType::Amount);
}

} // namespace

AssetRowSource::AssetRowSource(ApiClient *client, QString companyId, QString search, QVector<int> columns,
                               QStringList titles, QObject *parent)
    : ExportRowSource(parent)
    , m_client(client)
    , m_companyId(std::move(companyId))
    , m_search(search.trimmed())
    , m_columns(std::move(columns))
    , m_titles(std::move(titles))
{
}

AssetRowSource::~AssetRowSource()
{
    cancel();
}

ExportValueType AssetRowSource::columnType(int column)
{
    switch (column) {
    case AssetListModel::CostColumn:
    case AssetListModel::NetBookValueColumn:
    case AssetListModel::SalvageValueColumn:
    case AssetListModel::AccumulatedDepreciationColumn:
        return ExportValueType::Amount;
    case AssetListModel::AcquisitionDateColumn:
        return ExportValueType::Date;
    case AssetListModel::UsefulLifeColumn:
        return ExportValueType::Integer;
    default:
        return ExportValueType::Text;
    }
}

QVector<ExportColumn> AssetRowSource::columns() const
{
    QVector<ExportColumn> result;
    result.reserve(m_columns.size());
    for (int i = 0; i < m_columns.size(); ++i)
        result.append(ExportColumn{m_titles.value(i), columnType(m_columns.at(i))});
    return result;
}

ExportCell AssetRowSource::cell(const Asset &asset, int column)
{
    switch (column) {
    case AssetListModel::CodeColumn: return ExportCell::ofText(asset.assetCode);
    case AssetListModel::NameColumn: return ExportCell::ofText(asset.name);
    case AssetListModel::CategoryColumn: return ExportCell::ofText(linkCellText(asset.category));
    case AssetListModel::LocationColumn: return ExportCell::ofText(linkCellText(asset.location));
    case AssetListModel::CustodianColumn: return ExportCell::ofText(linkCellText(asset.custodian));
    case AssetListModel::StatusColumn: return ExportCell::ofText(Asset::statusText(asset.status));
    case AssetListModel::AvailabilityColumn: return ExportCell::ofText(Asset::availabilityText(asset.availability));
    case AssetListModel::AcquisitionDateColumn: return ExportCell::ofDate(asset.acquisitionDate);
    case AssetListModel::CostColumn: return amountCell(asset.acquisitionCost);
    case AssetListModel::NetBookValueColumn: return amountCell(asset.netBookValue);
    case AssetListModel::EpcColumn: return ExportCell::ofText(asset.epc);
    case AssetListModel::CostCenterColumn: return ExportCell::ofText(linkCellText(asset.costCenter));
    case AssetListModel::DepreciationBookColumn: return ExportCell::ofText(linkCellText(asset.depreciationBook));
    case AssetListModel::SalvageValueColumn: return amountCell(asset.salvageValue);
    case AssetListModel::AccumulatedDepreciationColumn: return amountCell(asset.accumulatedDepreciation);
    case AssetListModel::UsefulLifeColumn:
        return asset.usefulLifeMonths ? ExportCell::ofInteger(*asset.usefulLifeMonths)
                                      : ExportCell::emptyOf(ExportValueType::Integer);
    default:
        return ExportCell();
    }
}

void AssetRowSource::start()
{
    cancel();
    m_seen.clear();
    m_skipped = 0;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    if (!m_search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), m_search);
    m_loader = new ParallelPageLoader(m_client, QStringLiteral("/assets"), query, this);
    connect(m_loader, &ParallelPageLoader::pageReady, this, &AssetRowSource::handlePage);
    connect(m_loader, &ParallelPageLoader::progress, this, &ExportRowSource::progress);
    connect(m_loader, &ParallelPageLoader::finished, this, &ExportRowSource::finished);
    connect(m_loader, &ParallelPageLoader::failed, this, &ExportRowSource::failed);
    m_loader->start();
}

void AssetRowSource::cancel()
{
    if (!m_loader)
        return;
    m_loader->cancel();
    m_loader->disconnect(this);
    m_loader->deleteLater();
    m_loader = nullptr;
}

void AssetRowSource::handlePage(const QJsonArray &items)
{
    QVector<ExportRow> rows;
    rows.reserve(items.size());
    for (const QJsonValue &value : items) {
        const std::optional<Asset> asset = value.isObject() ? Asset::fromJson(value.toObject(), nullptr)
                                                            : std::nullopt;
        // Pages read at once can overlap when assets are added meanwhile;
        // an asset is exported once, as the register lists it once.
        if (!asset || m_seen.contains(asset->id)) {
            ++m_skipped;
            continue;
        }
        m_seen.insert(asset->id);
        ExportRow row;
        row.reserve(m_columns.size());
        for (int column : std::as_const(m_columns))
            row.append(cell(*asset, column));
        rows.append(std::move(row));
    }
    if (!rows.isEmpty())
        Q_EMIT rowsReady(rows);
}

} // namespace Activo
