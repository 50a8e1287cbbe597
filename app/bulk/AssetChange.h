#pragma once

#include "models/Asset.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>
#include <utility>

namespace Activo {

// The fields that a bulk edit sets on every selected asset. A field without
// a value is left as each asset has it. A link with a null id clears it.
struct AssetChange
{
    Q_DECLARE_TR_FUNCTIONS(AssetChange)

public:
    std::optional<Json::Link> location;
    std::optional<Json::Link> custodian;
    std::optional<Json::Link> costCenter;
    std::optional<QString> status;       // one of Asset::editableStatuses()
    std::optional<QString> availability; // one of Asset::editableAvailabilities()

    bool isEmpty() const;

    // Why `asset` cannot take this change, in a translated sentence, or an
    // empty string when it can. The rules are the asset editor's: a disposed
    // asset is not edited, and a checked-out asset keeps its availability
    // until it is checked in.
    QString rejectionReason(const Asset &asset) const;
    // True when `asset` already has every value of this change.
    bool isSatisfiedBy(const Asset &asset) const;
    // `asset` with the values of this change.
    Asset appliedTo(Asset asset) const;
};

// Preview of a change to a set of assets, from the values known before
// sending anything. The run reads every asset again, so its outcome can differ.
struct AssetChangePreview
{
    QVector<Asset> toChange;
    QVector<Asset> alreadySet;
    QVector<std::pair<Asset, QString>> rejected; // each with its reason

    static AssetChangePreview compute(const QVector<Asset> &assets, const AssetChange &change);
};

} // namespace Activo
