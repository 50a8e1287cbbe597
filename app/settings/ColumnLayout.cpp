#include "settings/ColumnLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Activo {

namespace {

const QLatin1String kColumnsMember("columns");
const QLatin1String kKeyMember("key");
const QLatin1String kHiddenMember("hidden");
const QLatin1String kWidthMember("width");

bool isValidWidth(int width)
{
    return width >= ColumnLayout::kMinimumWidth && width <= ColumnLayout::kMaximumWidth;
}

} // namespace

ColumnLayout ColumnLayout::defaults(const QVector<ColumnDefault> &columns)
{
    ColumnLayout layout;
    for (const ColumnDefault &column : columns) {
        layout.order << column.key;
        if (!column.shownByDefault && !column.identifiesRow)
            layout.hidden.insert(column.key);
    }
    return layout;
}

ColumnLayout ColumnLayout::merged(const ColumnLayout &saved, const QVector<ColumnDefault> &columns)
{
    QHash<QString, const ColumnDefault *> known;
    for (const ColumnDefault &column : columns)
        known.insert(column.key, &column);

    ColumnLayout layout;
    QSet<QString> placed;
    for (const QString &key : saved.order) {
        if (!known.contains(key) || placed.contains(key))
            continue;
        placed.insert(key);
        layout.order << key;
        if (saved.hidden.contains(key) && !known.value(key)->identifiesRow)
            layout.hidden.insert(key);
        const int width = saved.widths.value(key, 0);
        if (isValidWidth(width))
            layout.widths.insert(key, width);
    }
    // Columns the saved layout does not know, in default order, so that the
    // one before each of them is already placed when it is inserted.
    for (int index = 0; index < columns.size(); ++index) {
        const ColumnDefault &column = columns.at(index);
        if (placed.contains(column.key))
            continue;
        const int position = index == 0 ? 0 : int(layout.order.indexOf(columns.at(index - 1).key)) + 1;
        layout.order.insert(position, column.key);
        placed.insert(column.key);
        if (!column.shownByDefault && !column.identifiesRow)
            layout.hidden.insert(column.key);
    }
    return layout;
}

ColumnLayout ColumnLayout::fromHiddenKeys(const QStringList &hiddenKeys, const QVector<ColumnDefault> &columns)
{
    ColumnLayout layout = defaults(columns);
    layout.hidden.clear();
    for (const ColumnDefault &column : columns) {
        if (hiddenKeys.contains(column.key) && !column.identifiesRow)
            layout.hidden.insert(column.key);
    }
    return layout;
}

QString ColumnLayout::toJson() const
{
    QJsonArray entries;
    for (const QString &key : order) {
        QJsonObject entry{{kKeyMember, key}};
        if (hidden.contains(key))
            entry.insert(kHiddenMember, true);
        if (widths.contains(key))
            entry.insert(kWidthMember, widths.value(key));
        entries.append(entry);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{kColumnsMember, entries}}).toJson(QJsonDocument::Compact));
}

std::optional<ColumnLayout> ColumnLayout::fromJson(const QString &json, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<ColumnLayout> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject() || !document.object().value(kColumnsMember).isArray())
        return fail(QStringLiteral("no \"columns\" array"));

    ColumnLayout layout;
    const QJsonArray entries = document.object().value(kColumnsMember).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonValue key = entry.value(kKeyMember);
        if (!value.isObject() || !key.isString() || key.toString().isEmpty())
            return fail(QStringLiteral("a column without a key"));
        const QJsonValue hidden = entry.value(kHiddenMember);
        const QJsonValue width = entry.value(kWidthMember);
        if (!hidden.isUndefined() && !hidden.isBool())
            return fail(QStringLiteral("\"hidden\" of %1 is not true or false").arg(key.toString()));
        if (!width.isUndefined() && !width.isDouble())
            return fail(QStringLiteral("\"width\" of %1 is not a number").arg(key.toString()));
        // A repeated key counts once, where it first appears.
        if (layout.order.contains(key.toString()))
            continue;
        layout.order << key.toString();
        if (hidden.toBool())
            layout.hidden.insert(key.toString());
        // A width out of range is dropped rather than failing the layout:
        // the rest of it is still what the user chose.
        const double pixels = width.toDouble();
        if (width.isDouble() && pixels >= kMinimumWidth && pixels <= kMaximumWidth)
            layout.widths.insert(key.toString(), int(pixels));
    }
    return layout;
}

} // namespace Activo
