#pragma once

#include "Dataset.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace Activo::Sandbox {

class DeterministicRandom;

// Fills `company.history` with disposals, revaluations, transfers,
// check-outs, reservations and count sessions that agree with its assets,
// and updates the assets they change.
//
// `company` must hold its lookups and its assets sorted by assetCode. The
// records follow these rules, which sandbox/README.md repeats:
//
// - Disposals are of assets whose useful life ended before the disposal
//   date, inside the depreciation run window. Their assets become
//   "Disposed" and "Unavailable".
// - Revaluations fall on a month-end inside the run window, before the last
//   month of the asset's useful life, and that life ends by the latest run.
//   The book values as of `today` are therefore those of plain
//   straight-line depreciation.
// - Every asset that is "CheckedOut" has one open check-out, and every
//   asset that is "Reserved" has a reservation that covers `today`. When no
//   asset of the company is "Reserved", one "Available" asset becomes so.
// - A transfer always ends at the asset's current location. Transfers from
//   count sessions carry the id of the Moved count result.
//
// Ids come from `random` and are added to `usedIds`. The EPCs of unexpected
// count tags are added to `usedEpcs`, so they match no asset.
void seedHistory(CompanyRecord &company, QDate today, DeterministicRandom &random, QSet<QString> &usedIds,
                 QSet<QString> &usedEpcs);

} // namespace Activo::Sandbox
