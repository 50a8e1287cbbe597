#pragma once

#include "models/AssetDirectory.h"
#include "models/ResourceCatalog.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Activo {

class AssetDirectory;
class LookupCache;

// Turns the members of API records into the text of a table cell, following a
// column's description: dates and amounts in the user's locale, linked
// master-data ids as "code — name" through the lookup cache, asset ids
// through the asset directory. A missing or mistyped member gives an empty
// cell, never a failed row.
//
// Looking up an id that is not known yet starts loading it; changed()
// follows (at most a few times a second) so models can repaint.
class RecordFormatter : public QObject
{
    Q_OBJECT

public:
    RecordFormatter(LookupCache *lookups, AssetDirectory *assets, QObject *parent = nullptr);

    void setCompanyId(const QString &companyId) { m_companyId = companyId; }
    QString companyId() const { return m_companyId; }
    LookupCache *lookups() const { return m_lookups; }
    AssetDirectory *assets() const { return m_assets; }

    QString text(const QJsonObject &record, const ColumnSpec &column) const;
    // Right for amounts and numbers, left otherwise.
    static Qt::Alignment alignment(const ColumnSpec &column);
    // The amount of a Money column in cents, when the member is a valid amount.
    static std::optional<qint64> cents(const QJsonObject &record, const ColumnSpec &column);

Q_SIGNALS:
    // Names of linked records arrived: cells may read differently now.
    void changed();

private:
    QString lookupText(LookupKind kind, const QJsonValue &value) const;

    QPointer<LookupCache> m_lookups;
    QPointer<AssetDirectory> m_assets;
    QString m_companyId;
    QTimer *m_changeTimer;
};

} // namespace Activo
