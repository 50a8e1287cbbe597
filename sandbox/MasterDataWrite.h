#pragma once

#include "Dataset.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Activo::Sandbox {

// Result of readMasterDataWrite(): the record, or the message of the first
// check that failed.
struct MasterDataWriteResult
{
    std::optional<LookupRecord> record;
    QString error;
};

// Reads the JSON body of POST or PUT of a master-data record of `kind` and
// checks it.
//
// `code` and `name` are required strings, stored without leading and
// trailing spaces. Locations also read `city`, `country` and `isActive`,
// employees `email`. Each of these is optional, and text that is blank after
// trimming counts as absent. The returned record has no id, and whether its
// code is unique is for the caller to check. Other members are ignored.
MasterDataWriteResult readMasterDataWrite(const QByteArray &body, LookupKind kind);

// Returns the path of the resource of `kind`, such as "/cost-centers".
QString lookupPath(LookupKind kind);

// Returns the singular noun of `kind` with a capital letter, such as
// "Cost center", for messages like "Cost center not found.".
QString lookupNoun(LookupKind kind);

} // namespace Activo::Sandbox
