#include "models/LookupCache.h"

#include "api/ApiClient.h"
#include "api/Json.h"
#include "api/Logging.h"
#include "api/PageWalker.h"

#include <QUrlQuery>

namespace Activo {

namespace {
const QVector<LookupItem> kNoItems;
}

LookupCache::LookupCache(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

LookupCache::~LookupCache() = default;

QString LookupCache::resourcePath(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Category: return QStringLiteral("/categories");
    case LookupKind::Location: return QStringLiteral("/locations");
    case LookupKind::CostCenter: return QStringLiteral("/cost-centers");
    case LookupKind::DepreciationBook: return QStringLiteral("/depreciation-books");
    case LookupKind::Custodian: return QStringLiteral("/custodians");
    case LookupKind::Employee: return QStringLiteral("/employees");
    }
    return QString();
}

QString LookupCache::displayName(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Category: return tr("categories");
    case LookupKind::Location: return tr("locations");
    case LookupKind::CostCenter: return tr("cost centers");
    case LookupKind::DepreciationBook: return tr("depreciation books");
    case LookupKind::Custodian: return tr("custodians");
    case LookupKind::Employee: return tr("employees");
    }
    return QString();
}

QList<LookupKind> LookupCache::allKinds()
{
    return {LookupKind::Category, LookupKind::Location,  LookupKind::CostCenter,
            LookupKind::DepreciationBook, LookupKind::Custodian, LookupKind::Employee};
}

const LookupCache::List *LookupCache::findList(const QString &companyId, LookupKind kind) const
{
    const auto company = m_lists.constFind(companyId);
    if (company == m_lists.constEnd())
        return nullptr;
    const auto found = company->constFind(int(kind));
    return found == company->constEnd() ? nullptr : &found.value();
}

bool LookupCache::isLoaded(const QString &companyId, LookupKind kind) const
{
    const List *found = findList(companyId, kind);
    return found && found->loaded;
}

bool LookupCache::isLoading(const QString &companyId, LookupKind kind) const
{
    const List *found = findList(companyId, kind);
    return found && found->walker && found->walker->isRunning();
}

const QVector<LookupItem> &LookupCache::items(const QString &companyId, LookupKind kind) const
{
    const List *found = findList(companyId, kind);
    return found ? found->items : kNoItems;
}

const LookupItem *LookupCache::find(const QString &companyId, LookupKind kind, const QUuid &id) const
{
    const List *found = findList(companyId, kind);
    if (!found)
        return nullptr;
    const auto index = found->indexById.constFind(id);
    return index == found->indexById.constEnd() ? nullptr : &found->items.at(index.value());
}

void LookupCache::load(const QString &companyId, LookupKind kind)
{
    if (isLoaded(companyId, kind) || isLoading(companyId, kind))
        return;
    refresh(companyId, kind);
}

void LookupCache::refresh(const QString &companyId, LookupKind kind)
{
    if (companyId.isEmpty())
        return;
    List &target = m_lists[companyId][int(kind)];
    if (target.walker)
        target.walker->deleteLater();

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), companyId);
    auto *walker = new PageWalker(m_client, resourcePath(kind), query, this);
    walker->setPageSize(m_pageSize);
    target.walker = walker;
    target.incoming.clear();

    connect(walker, &PageWalker::pageReceived, this, [this, companyId, kind](const QJsonArray &items) {
        List &receiving = m_lists[companyId][int(kind)];
        for (const QJsonValue &value : items) {
            const QJsonObject object = value.toObject();
            LookupItem item;
            item.id = Json::uuid(object.value(QLatin1String("id")));
            if (item.id.isNull()) {
                qCWarning(lcModels).noquote() << resourcePath(kind) << "skipped an item without a valid id";
                continue;
            }
            item.code = Json::string(object, QLatin1String("code"));
            item.name = Json::string(object, QLatin1String("name"));
            item.raw = object;
            receiving.incoming.append(item);
        }
    });
    connect(walker, &PageWalker::finished, this, [this, companyId, kind, walker] {
        List &done = m_lists[companyId][int(kind)];
        done.items.clear();
        done.indexById.clear();
        for (const LookupItem &item : std::as_const(done.incoming)) {
            if (done.indexById.contains(item.id))
                continue;
            done.indexById.insert(item.id, int(done.items.size()));
            done.items.append(item);
        }
        done.incoming.clear();
        done.loaded = true;
        walker->deleteLater();
        Q_EMIT loaded(companyId, kind);
    });
    connect(walker, &PageWalker::failed, this, [this, companyId, kind, walker](const ApiError &error) {
        m_lists[companyId][int(kind)].incoming.clear();
        walker->deleteLater();
        Q_EMIT failed(companyId, kind, error);
    });
    walker->start();
}

} // namespace Activo
