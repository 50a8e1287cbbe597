#pragma once

#include "Dataset.h"
#include "JsonPayload.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>

namespace Activo::Sandbox {

// Finds the lookup records of one company by id.
class LookupIds
{
public:
    explicit LookupIds(const CompanyRecord &company);

    // Returns the index of the record of `kind` with `id`, or kNoLink.
    int indexOf(LookupKind kind, const QUuid &id) const;

    // Adds a record that was appended at `index` to the list of `kind`.
    void insert(LookupKind kind, const QUuid &id, int index);

private:
    std::array<QHash<QUuid, int>, kLookupKindCount> m_indexes;
};

// Result of readAssetWrite(): the asset, or the message of the first check
// that failed.
struct AssetWriteResult
{
    std::optional<AssetRecord> asset;
    QString error;
};

// Reads the JSON body of POST /assets or PUT /assets/{id} and checks it.
//
// The returned record has no id and no accumulated depreciation, because
// the caller assigns both. The fields are checked in the order that
// sandbox/README.md lists, and the error names the first field that fails
// by its JSON name. Amounts are read from the JSON text, so 1234.56 becomes
// exactly 123456 cents. Members that the sandbox does not know are kept as
// extra members, except id, accumulatedDepreciation and netBookValue, which
// are computed and so ignored.
//
// The uniqueness of assetCode and the asset limit depend on the register,
// so the caller checks them afterwards.
AssetWriteResult readAssetWrite(const QByteArray &body, const LookupIds &lookups);

// Returns the 400 message for an assetCode that another asset uses.
QString duplicateAssetCodeMessage(const QString &assetCode);

} // namespace Activo::Sandbox
