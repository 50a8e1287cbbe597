#pragma once

#include "models/Asset.h"
#include "models/PagedListModel.h"

#include <QHash>
#include <QVector>

#include <limits>
#include <vector>

namespace Activo {

// The asset register: GET /assets, paged and searchable.
//
// Rows are held in a compact typed form rather than as JSON: amounts as
// cents, links as indexes into a table of distinct linked records, repeated
// strings shared. Rows without a valid id, and rows whose id is already
// listed, are skipped.
class AssetListModel : public PagedListModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        CategoryColumn,
        LocationColumn,
        CustodianColumn,
        StatusColumn,
        AvailabilityColumn,
        AcquisitionDateColumn,
        CostColumn,
        NetBookValueColumn,
        // Hidden unless the user shows them.
        EpcColumn,
        CostCenterColumn,
        DepreciationBookColumn,
        SalvageValueColumn,
        AccumulatedDepreciationColumn,
        UsefulLifeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        AssetIdRole = Qt::UserRole + 1, // QString, the asset's GUID without braces
        AssetCodeRole,
        StatusRole,       // QString, the status as the server sent it ("Disposed")
        AvailabilityRole, // QString, the availability as the server sent it ("CheckedOut")
    };

    explicit AssetListModel(ApiClient *client, QObject *parent = nullptr);

    static bool isShownByDefault(int column) { return column < EpcColumn; }
    // A stable, untranslated name for saving column choices.
    static QString columnKey(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows a saved asset without reloading: its row is updated in place, or a
    // new asset is inserted at the top. Returns the asset's row. A later page
    // that lists the asset again is not shown twice (ids are unique).
    int upsertAsset(const Asset &asset);

    // Rows listed with one or more unreadable values, such as an amount sent as
    // text or a number beyond range. Those cells are left blank.
    int unreadableRowCount() const { return m_unreadableRows; }
    // Maximum length of a displayed code, name or EPC. Longer text is cut and ends with "…".
    static constexpr int MaxDisplayLength = 1000;

    // Row of the asset with this id, or -1 when it is not loaded.
    int rowOfAsset(const QUuid &id) const;
    QUuid assetIdAt(int row) const;
    // The row as an asset with its id, code, name, links, status and
    // availability; amounts, dates and `raw` are left empty. A default
    // Asset for a row that does not exist.
    Asset assetSummaryAt(int row) const;

protected:
    int appendItems(const QJsonArray &items) override;
    void clearItems() override;
    void addQueryItems(QUrlQuery &query) const override;
    void reserveRows(qint64 total) override;

private:
    static constexpr qint64 kNoAmount = std::numeric_limits<qint64>::min();

    struct Row
    {
        QUuid id;
        QString code;
        QString name;
        QString epc;
        qint32 category = -1;
        qint32 location = -1;
        qint32 custodian = -1;
        qint32 costCenter = -1;
        qint32 depreciationBook = -1;
        QDate acquisitionDate;
        qint64 cost = kNoAmount;
        qint64 salvage = kNoAmount;
        qint64 accumulated = kNoAmount;
        qint64 netBookValue = kNoAmount;
        qint32 usefulLifeMonths = -1;
        QString status;
        QString availability;
    };

    Row rowFromAsset(const Asset &asset);
    qint32 internLink(const Json::Link &link);
    QString internString(const QString &text);
    QString linkDisplay(qint32 index) const;
    QString displayText(const Row &row, int column) const;

    std::vector<Row> m_rows;
    QHash<QUuid, int> m_rowById;
    QVector<Json::Link> m_links;
    QHash<QUuid, qint32> m_linkById;
    QHash<QString, QString> m_strings;
    int m_unreadableRows = 0;
};

} // namespace Activo
