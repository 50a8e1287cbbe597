#pragma once

#include "export/ExportRowSource.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUuid>

namespace Activo {

class ApiClient;
class ParallelPageLoader;
struct Asset;

// The asset register of one company as export rows: GET /assets with the
// search text, every page, several requests at once (ParallelPageLoader).
// `columns` are AssetListModel::Column values and `titles` their headers,
// in the same order. Cells hold what the register shows, typed: amounts in
// cents, acquisition dates as dates, the useful life as an integer.
class AssetRowSource : public ExportRowSource
{
    Q_OBJECT

public:
    AssetRowSource(ApiClient *client, QString companyId, QString search, QVector<int> columns,
                   QStringList titles, QObject *parent = nullptr);
    ~AssetRowSource() override;

    QVector<ExportColumn> columns() const override;
    void start() override;
    void cancel() override;

    // The cell of `column` (an AssetListModel::Column) for `asset`.
    static ExportCell cell(const Asset &asset, int column);
    static ExportValueType columnType(int column);

private:
    void handlePage(const QJsonArray &items);

    ApiClient *m_client;
    QString m_companyId;
    QString m_search;
    QVector<int> m_columns;
    QStringList m_titles;
    QPointer<ParallelPageLoader> m_loader;
    QSet<QUuid> m_seen;
};

} // namespace Activo
