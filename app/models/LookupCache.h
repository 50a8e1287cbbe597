#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QVector>

namespace Activo {

class ApiClient;
class PageWalker;

// The six master-data lists that assets link to.
enum class LookupKind { Category, Location, CostCenter, DepreciationBook, Custodian, Employee };

struct LookupItem
{
    QUuid id;
    QString code;
    QString name;
    QJsonObject raw; // every property the server sent, e.g. email, city, isActive
};

// Every page of each lookup list, per company, loaded on first use and kept
// until refresh() or the end of the session. Items without a valid id, and
// repeated ids, are skipped. Every call names its company, so windows of
// different companies can share one cache.
class LookupCache : public QObject
{
    Q_OBJECT

public:
    explicit LookupCache(ApiClient *client, QObject *parent = nullptr);
    ~LookupCache() override;

    static QString resourcePath(LookupKind kind);
    static QString displayName(LookupKind kind);
    static QList<LookupKind> allKinds();

    // Records per request, 1 to 200 (default 200). Smaller pages are for tests.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Loads the list unless it is loaded or loading; loaded() or failed() follows.
    void load(const QString &companyId, LookupKind kind);
    // Loads the list again even when it is loaded.
    void refresh(const QString &companyId, LookupKind kind);

    bool isLoaded(const QString &companyId, LookupKind kind) const;
    bool isLoading(const QString &companyId, LookupKind kind) const;
    const QVector<LookupItem> &items(const QString &companyId, LookupKind kind) const;
    // The item with this id, or nullptr when the list is not loaded or lacks it.
    const LookupItem *find(const QString &companyId, LookupKind kind, const QUuid &id) const;

Q_SIGNALS:
    void loaded(const QString &companyId, Activo::LookupKind kind);
    void failed(const QString &companyId, Activo::LookupKind kind, const Activo::ApiError &error);

private:
    struct List
    {
        QVector<LookupItem> items;
        QVector<LookupItem> incoming;
        QHash<QUuid, int> indexById;
        bool loaded = false;
        QPointer<PageWalker> walker;
    };

    const List *findList(const QString &companyId, LookupKind kind) const;

    ApiClient *m_client;
    int m_pageSize = 200;
    // Lists by company id, then by kind.
    QHash<QString, QHash<int, List>> m_lists;
};

} // namespace Activo

Q_DECLARE_METATYPE(Activo::LookupKind)
