#pragma once

#include "RecordContext.h"

#include <QTabWidget>
#include <QUuid>

namespace Activo {

class PagedTableView;
class RecordListModel;

// The history of one asset: its transfers, check-outs, reservations and
// depreciation entries, each read with the API's assetId filter and shown
// with its own loading, empty and failed states. Nothing loads until the
// widget is first shown.
class AssetHistoryWidget : public QTabWidget
{
    Q_OBJECT

public:
    AssetHistoryWidget(const RecordContext &context, QString companyId, const QUuid &assetId,
                       QWidget *parent = nullptr);

    // Loads the lists, or loads them again when they were loaded.
    void reload();
    // Reloads now when shown, otherwise the next time it is shown.
    void invalidate();
    RecordListModel *transfers() const { return m_models.at(0); }
    RecordListModel *checkouts() const { return m_models.at(1); }
    RecordListModel *reservations() const { return m_models.at(2); }
    RecordListModel *depreciationEntries() const { return m_models.at(3); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_companyId;
    QList<RecordListModel *> m_models;
    bool m_loaded = false;
};

} // namespace Activo
