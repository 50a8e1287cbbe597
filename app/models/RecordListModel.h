#pragma once

#include "models/PagedListModel.h"
#include "models/ResourceCatalog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace Activo {

class AssetDirectory;
class LookupCache;
class RecordFormatter;

// Roles shared by the record models.
namespace RecordRoles {
enum Role {
    RecordIdRole = Qt::UserRole + 1, // QString, the record's GUID without braces
    AssetIdRole,                     // QString, the asset the row names, or empty
    RecordRole,                      // QJsonObject, the record as the server sent it
    CentsRole,                       // qint64, the amount of a money cell
};
}

// Any list endpoint of the API, paged like the register and shown through a
// column description (ResourceCatalog). Records are kept as the JSON objects
// the server sent, so properties unknown to the client survive. These
// lists are small next to the asset register.
class RecordListModel : public PagedListModel
{
    Q_OBJECT

public:
    // `lookups` and `assets` name linked records; either may be null.
    RecordListModel(ApiClient *client, ResourceDescription description, LookupCache *lookups, AssetDirectory *assets,
                    QObject *parent = nullptr);

    const ResourceDescription &description() const { return m_description; }
    RecordFormatter *formatter() const { return m_formatter; }

    // Adds ?name=value to every request (assetId, runId, sessionId); takes
    // effect at the next reload().
    void setFilter(const QString &name, const QString &value);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QJsonObject recordAt(int row) const;
    int rowOfRecord(const QString &id) const;

protected:
    int appendItems(const QJsonArray &items) override;
    void clearItems() override;
    void addQueryItems(QUrlQuery &query) const override;

private:
    ResourceDescription m_description;
    RecordFormatter *m_formatter;
    QList<std::pair<QString, QString>> m_filters;
    QVector<QJsonObject> m_rows;
    QHash<QString, int> m_rowById;
};

// The same columns over records that arrive in one piece, such as the lines
// of a journal batch.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    RecordTableModel(ResourceDescription description, LookupCache *lookups, AssetDirectory *assets,
                     QObject *parent = nullptr);

    void setRecords(const QString &companyId, const QVector<QJsonObject> &records);
    RecordFormatter *formatter() const { return m_formatter; }
    const ResourceDescription &description() const { return m_description; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResourceDescription m_description;
    RecordFormatter *m_formatter;
    QVector<QJsonObject> m_rows;
};

} // namespace Activo
