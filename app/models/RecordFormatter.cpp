#include "models/RecordFormatter.h"

#include "api/Json.h"
#include "models/AssetDirectory.h"
#include "models/LocaleFormat.h"
#include "models/LookupCache.h"
#include "models/Money.h"

#include <QLocale>

namespace Activo {

RecordFormatter::RecordFormatter(LookupCache *lookups, AssetDirectory *assets, QObject *parent)
    : QObject(parent)
    , m_lookups(lookups)
    , m_assets(assets)
    , m_changeTimer(new QTimer(this))
{
    // Many names can arrive in a burst; one repaint covers them all.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(100);
    connect(m_changeTimer, &QTimer::timeout, this, &RecordFormatter::changed);
    if (lookups) {
        connect(lookups, &LookupCache::loaded, this, [this](const QString &companyId) {
            if (companyId == m_companyId)
                m_changeTimer->start();
        });
    }
    if (assets) {
        connect(assets, &AssetDirectory::resolved, this, [this](const QString &companyId) {
            if (companyId == m_companyId && !m_changeTimer->isActive())
                m_changeTimer->start();
        });
    }
}

QString RecordFormatter::lookupText(LookupKind kind, const QJsonValue &value) const
{
    if (value.isObject()) {
        // A nested {id, code, name} link, as assets carry them.
        const QJsonObject link = value.toObject();
        const QString code = Json::string(link, QLatin1String("code"));
        const QString name = Json::string(link, QLatin1String("name"));
        if (!code.isEmpty() || !name.isEmpty())
            return name.isEmpty() ? code : code.isEmpty() ? name : QString(code + QStringLiteral(" — ") + name);
    }
    const QUuid id = Json::uuid(value.isObject() ? value.toObject().value(QLatin1String("id")) : value);
    if (id.isNull())
        return value.isString() ? value.toString() : QString();
    if (m_lookups) {
        if (const LookupItem *item = m_lookups->find(m_companyId, kind, id))
            return QString(item->code + QStringLiteral(" — ") + item->name);
        if (!m_lookups->isLoaded(m_companyId, kind))
            m_lookups->load(m_companyId, kind);
    }
    return id.toString(QUuid::WithoutBraces).left(8) + QStringLiteral("…");
}

QString RecordFormatter::text(const QJsonObject &record, const ColumnSpec &column) const
{
    const QJsonValue value = record.value(column.key);
    const QLocale locale;
    switch (column.kind) {
    case ValueKind::Text:
        return Json::string(record, QLatin1String(column.key.toLatin1()));
    case ValueKind::Status:
        return ResourceCatalog::statusText(Json::string(record, QLatin1String(column.key.toLatin1())));
    case ValueKind::Date:
        return LocaleFormat::shortDate(Json::date(value), locale);
    case ValueKind::Money: {
        const std::optional<Money> amount = Money::fromJson(value);
        return amount ? amount->toString(locale) : QString();
    }
    case ValueKind::Integer: {
        const std::optional<qint64> number = Json::integer(value);
        return number ? locale.toString(*number) : QString();
    }
    case ValueKind::Boolean: {
        const std::optional<bool> flag = Json::boolean(value);
        if (!flag)
            return QString();
        return *flag ? tr("Yes") : tr("No");
    }
    case ValueKind::Lookup:
        return value.isNull() || value.isUndefined() ? QString() : lookupText(column.lookup, value);
    case ValueKind::Asset:
        return m_assets ? m_assets->displayText(m_companyId, Json::uuid(value)) : Json::uuid(value).toString(QUuid::WithoutBraces);
    case ValueKind::Period: {
        const std::optional<qint64> year = Json::integer(value);
        const std::optional<qint64> month = Json::integer(record.value(QLatin1String("month")));
        if (!year)
            return QString();
        if (!month || *month < 1 || *month > 12)
            return QString::number(*year);
        return QString::number(*year) + u'-' + QString::number(*month).rightJustified(2, u'0');
    }
    }
    return QString();
}

Qt::Alignment RecordFormatter::alignment(const ColumnSpec &column)
{
    switch (column.kind) {
    case ValueKind::Money:
    case ValueKind::Integer:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

std::optional<qint64> RecordFormatter::cents(const QJsonObject &record, const ColumnSpec &column)
{
    if (column.kind != ValueKind::Money)
        return std::nullopt;
    const std::optional<Money> amount = Money::fromJson(record.value(column.key));
    if (!amount)
        return std::nullopt;
    return amount->cents();
}

} // namespace Activo
