#include "bulk/AssetChange.h"

namespace Activo {

bool AssetChange::isEmpty() const
{
    return !location && !custodian && !costCenter && !status && !availability;
}

QString AssetChange::rejectionReason(const Asset &asset) const
{
    if (asset.status == u"Disposed")
        return tr("The asset is disposed, and a disposed asset cannot be changed.");
    if (availability && asset.availability == u"CheckedOut" && *availability != asset.availability)
        return tr("The asset is checked out, so its availability cannot be changed. Check it in first "
                  "(Asset › Check in).");
    return QString();
}

bool AssetChange::isSatisfiedBy(const Asset &asset) const
{
    if (location && location->id != asset.location.id)
        return false;
    if (custodian && custodian->id != asset.custodian.id)
        return false;
    if (costCenter && costCenter->id != asset.costCenter.id)
        return false;
    if (status && *status != asset.status)
        return false;
    if (availability && *availability != asset.availability)
        return false;
    return true;
}

Asset AssetChange::appliedTo(Asset asset) const
{
    if (location)
        asset.location = *location;
    if (custodian)
        asset.custodian = *custodian;
    if (costCenter)
        asset.costCenter = *costCenter;
    if (status)
        asset.status = *status;
    if (availability)
        asset.availability = *availability;
    return asset;
}

AssetChangePreview AssetChangePreview::compute(const QVector<Asset> &assets, const AssetChange &change)
{
    AssetChangePreview preview;
    for (const Asset &asset : assets) {
        const QString reason = change.rejectionReason(asset);
        if (!reason.isEmpty())
            preview.rejected.append({asset, reason});
        else if (change.isSatisfiedBy(asset))
            preview.alreadySet.append(asset);
        else
            preview.toChange.append(asset);
    }
    return preview;
}

} // namespace Activo
