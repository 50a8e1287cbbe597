#pragma once

#include "Dataset.h"

#include <QByteArray>

namespace Activo::Sandbox {

// Serialises the records of the data set as the API returns them. The
// results are compact JSON objects in UTF-8 with camelCase member names.

QByteArray companyJson(const CompanyRecord &company);

// `id`, `code` and `name`, plus `city`, `country` and `isActive` for
// locations and `email` for employees. Empty text is written as null.
QByteArray lookupJson(LookupKind kind, const LookupRecord &record);

// Returns the two members that link an asset to `record`, exactly as
// assetJson() writes them, for example
// "categoryId":"…","category":{"id":"…","code":"…","name":"…"}.
QByteArray linkMembersJson(LookupKind kind, const LookupRecord &record);

// The full asset with its links both as `xxxId` fields and as nested
// {id, code, name} objects. Amounts have exactly two decimals. Fields that
// are not set are null, and the asset's extra members follow the known ones.
QByteArray assetJson(const CompanyRecord &company, const AssetRecord &asset);

} // namespace Activo::Sandbox
