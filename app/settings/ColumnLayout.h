#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Activo {

// A column as the program defines it: its stable key, whether it shows
// before the user chooses, and whether it identifies a row and so can
// never be hidden. A list of these in their default order describes a view.
struct ColumnDefault
{
    QString key;
    bool shownByDefault = true;
    bool identifiesRow = false;
};

// Which columns of one list view show, in which order and how wide, named
// by column key so that a layout survives columns added or removed by a
// later version of the program.
//
// A layout from merged() contains every key of the program's columns exactly
// once. A parsed one (fromJson) holds what was saved and must be merged
// before it is applied.
struct ColumnLayout
{
    QStringList order;          // keys, left to right
    QSet<QString> hidden;       // keys of hidden columns
    QHash<QString, int> widths; // pixel widths the user set, by key

    // Widths outside this range are not taken from a saved layout.
    static constexpr int kMinimumWidth = 8;
    static constexpr int kMaximumWidth = 4000;

    // The program's own layout: default order and visibility, no widths.
    static ColumnLayout defaults(const QVector<ColumnDefault> &columns);
    // `saved` fitted to the program's columns. Saved keys the program no
    // longer has are dropped, and a repeated key counts once, where it first
    // appears. A program column the saved layout lacks takes its default
    // visibility and goes right after the column that precedes it by
    // default, or first when no column does. A column that identifies the
    // row is never hidden.
    static ColumnLayout merged(const ColumnLayout &saved, const QVector<ColumnDefault> &columns);
    // The layout of a version that saved only the hidden keys: default
    // order, hidden exactly those keys (less the ones that identify a row).
    static ColumnLayout fromHiddenKeys(const QStringList &hiddenKeys, const QVector<ColumnDefault> &columns);

    // Compact JSON for the settings.
    QString toJson() const;
    // std::nullopt with the reason in `error` when `json` is not a layout.
    static std::optional<ColumnLayout> fromJson(const QString &json, QString *error);

    bool operator==(const ColumnLayout &other) const
    {
        return order == other.order && hidden == other.hidden && widths == other.widths;
    }
    bool operator!=(const ColumnLayout &other) const { return !(*this == other); }
};

} // namespace Activo
