#pragma once

#include "models/LookupCache.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

namespace Activo {

// The list endpoints of the API other than companies and assets.
enum class Resource {
    Categories,
    Locations,
    CostCenters,
    DepreciationBooks,
    Custodians,
    Employees,
    FiscalYears,
    DepreciationRuns,
    DepreciationEntries,
    JournalBatches,
    JournalLines, // not a list endpoint: the `lines` of GET /journal-batches/{id}
    Disposals,
    Revaluations,
    CountSessions,
    CountResults,
    Transfers,
    Checkouts,
    Reservations,
};

// The display kind of a record's property.
enum class ValueKind {
    Text,
    Status,  // a server enumeration: known values are translated, others shown as sent
    Date,    // "YYYY-MM-DD", shown in the locale's short format
    Money,   // a number with two decimals, shown with the locale's separators
    Integer,
    Boolean, // Yes / No
    Lookup,  // the id of a master-data record, shown as "code — name"
    Asset,   // the id of an asset, shown as "code — name"
    Period,  // `year` and `month` members, shown as "2025-03"
};

struct ColumnSpec
{
    QString key;    // the JSON member; for Period the year member
    QString title;  // translated header
    ValueKind kind = ValueKind::Text;
    LookupKind lookup = LookupKind::Category; // for ValueKind::Lookup
    bool shownByDefault = true;
};

// The lines that opening a row shows besides the record itself.
enum class DrillDown {
    None,
    RunEntries,      // the run's depreciation entries (runId filter)
    BatchLines,      // the batch's lines with debit and credit totals
    SessionResults,  // the session's count results (sessionId filter)
};

// One list of the API described for the generic list model and view: its
// path, its columns, its filters and its texts.
struct ResourceDescription
{
    Resource resource;
    QString path;          // "/transfers"
    QString key;           // stable, untranslated name for settings: "transfers"
    QString title;         // "Transfers"
    QString loadingText;   // "Loading transfers…"
    QString emptyText;     // "This company has no transfers."
    QString failedText;    // "The transfers could not be loaded."
    QVector<ColumnSpec> columns;
    std::optional<LookupKind> masterData; // set for the six editable lookups
    QString assetIdKey;    // member naming an asset ("assetId"), or empty
    bool filtersByAsset = false; // the endpoint takes ?assetId=
    DrillDown drillDown = DrillDown::None;
};

namespace ResourceCatalog {

// Descriptions are built on each call so that their texts follow the
// installed translation.
ResourceDescription describe(Resource resource);
std::optional<Resource> resourceForLookup(LookupKind kind);
// The resources of each navigation group, in display order.
QList<Resource> masterDataResources();
QList<Resource> accountingResources();
QList<Resource> auditResources();

// The translated text of a known server enumeration value ("Posted",
// "CheckedOut", "Found"), or `value` itself when it is not known.
QString statusText(const QString &value);

} // namespace ResourceCatalog

} // namespace Activo
