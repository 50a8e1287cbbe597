#pragma once

#include "models/Asset.h"

#include <QByteArray>

namespace Activo::AssetPayload {

// Builds the JSON body of POST /assets and PUT /assets/{id}.
//
// Starts from `asset.raw`, so properties this client does not model are sent
// back unchanged, then writes every modelled field: links as xxxId (null when
// cleared), dates as YYYY-MM-DD, amounts as JSON numbers with exactly two
// decimals. The id, the computed amounts and the nested link objects of the
// read model are left out.
QByteArray toJson(const Asset &asset);

// Turns an asset into an object shaped like the API's read model, with
// amounts as decimal strings ("1234.50") so that they stay exact. Asset::fromJson()
// reads it back; drafts are stored this way.
QJsonObject toReadObject(const Asset &asset);

} // namespace Activo::AssetPayload
