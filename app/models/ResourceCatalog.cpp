#include "models/ResourceCatalog.h"

#include <QHash>

namespace Activo {

namespace {

// Translation context of the catalogue's texts.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(ResourceCatalog)

public:
    static ColumnSpec text(const QString &key, const QString &title, bool shown = true)
    {
        return ColumnSpec{key, title, ValueKind::Text, LookupKind::Category, shown};
    }
    static ColumnSpec of(ValueKind kind, const QString &key, const QString &title, bool shown = true)
    {
        return ColumnSpec{key, title, kind, LookupKind::Category, shown};
    }
    static ColumnSpec lookup(LookupKind lookupKind, const QString &key, const QString &title, bool shown = true)
    {
        return ColumnSpec{key, title, ValueKind::Lookup, lookupKind, shown};
    }
    static ColumnSpec asset(const QString &key = QStringLiteral("assetId"))
    {
        return ColumnSpec{key, tr("Asset"), ValueKind::Asset, LookupKind::Category, true};
    }
    static QVector<ColumnSpec> codeAndName()
    {
        return {text(QStringLiteral("code"), tr("Code")), text(QStringLiteral("name"), tr("Name"))};
    }
    static ResourceDescription describe(Resource resource);
};

ResourceDescription Catalog::describe(Resource resource)
{
    ResourceDescription d{resource, {}, {}, {}, {}, {}, {}, {}, std::nullopt, {}, false, DrillDown::None};
    switch (resource) {
    case Resource::Categories:
        d.path = QStringLiteral("/categories");
        d.key = QStringLiteral("categories");
        d.title = tr("Categories");
        d.loadingText = tr("Loading categories…");
        d.emptyText = tr("This company has no categories.");
        d.failedText = tr("The categories could not be loaded.");
        d.columns = codeAndName();
        d.masterData = LookupKind::Category;
        break;
    case Resource::Locations:
        d.path = QStringLiteral("/locations");
        d.key = QStringLiteral("locations");
        d.title = tr("Locations");
        d.loadingText = tr("Loading locations…");
        d.emptyText = tr("This company has no locations.");
        d.failedText = tr("The locations could not be loaded.");
        d.columns = codeAndName();
        d.columns << text(QStringLiteral("city"), tr("City")) << text(QStringLiteral("country"), tr("Country"))
                  << of(ValueKind::Boolean, QStringLiteral("isActive"), tr("Active"));
        d.masterData = LookupKind::Location;
        break;
    case Resource::CostCenters:
        d.path = QStringLiteral("/cost-centers");
        d.key = QStringLiteral("costCenters");
        d.title = tr("Cost centers");
        d.loadingText = tr("Loading cost centers…");
        d.emptyText = tr("This company has no cost centers.");
        d.failedText = tr("The cost centers could not be loaded.");
        d.columns = codeAndName();
        d.masterData = LookupKind::CostCenter;
        break;
    case Resource::DepreciationBooks:
        d.path = QStringLiteral("/depreciation-books");
        d.key = QStringLiteral("depreciationBooks");
        d.title = tr("Depreciation books");
        d.loadingText = tr("Loading depreciation books…");
        d.emptyText = tr("This company has no depreciation books.");
        d.failedText = tr("The depreciation books could not be loaded.");
        d.columns = codeAndName();
        d.masterData = LookupKind::DepreciationBook;
        break;
    case Resource::Custodians:
        d.path = QStringLiteral("/custodians");
        d.key = QStringLiteral("custodians");
        d.title = tr("Custodians");
        d.loadingText = tr("Loading custodians…");
        d.emptyText = tr("This company has no custodians.");
        d.failedText = tr("The custodians could not be loaded.");
        d.columns = codeAndName();
        d.masterData = LookupKind::Custodian;
        break;
    case Resource::Employees:
        d.path = QStringLiteral("/employees");
        d.key = QStringLiteral("employees");
        d.title = tr("Employees");
        d.loadingText = tr("Loading employees…");
        d.emptyText = tr("This company has no employees.");
        d.failedText = tr("The employees could not be loaded.");
        d.columns = codeAndName();
        d.columns << text(QStringLiteral("email"), tr("Email"));
        d.masterData = LookupKind::Employee;
        break;
    case Resource::FiscalYears:
        d.path = QStringLiteral("/fiscal-years");
        d.key = QStringLiteral("fiscalYears");
        d.title = tr("Fiscal years");
        d.loadingText = tr("Loading fiscal years…");
        d.emptyText = tr("This company has no fiscal years.");
        d.failedText = tr("The fiscal years could not be loaded.");
        // A year is a label, not a quantity: no digit grouping.
        d.columns = {text(QStringLiteral("year"), tr("Year")),
                     of(ValueKind::Date, QStringLiteral("startDate"), tr("Start")),
                     of(ValueKind::Date, QStringLiteral("endDate"), tr("End")),
                     of(ValueKind::Boolean, QStringLiteral("isClosed"), tr("Closed"))};
        break;
    case Resource::DepreciationRuns:
        d.path = QStringLiteral("/depreciation-runs");
        d.key = QStringLiteral("depreciationRuns");
        d.title = tr("Depreciation runs");
        d.loadingText = tr("Loading depreciation runs…");
        d.emptyText = tr("This company has no depreciation runs.");
        d.failedText = tr("The depreciation runs could not be loaded.");
        d.columns = {of(ValueKind::Date, QStringLiteral("runDate"), tr("Run date")),
                     lookup(LookupKind::DepreciationBook, QStringLiteral("depreciationBookId"), tr("Depreciation book")),
                     of(ValueKind::Status, QStringLiteral("status"), tr("Status")),
                     of(ValueKind::Integer, QStringLiteral("entryCount"), tr("Entries")),
                     of(ValueKind::Money, QStringLiteral("totalDepreciation"), tr("Total depreciation"))};
        d.drillDown = DrillDown::RunEntries;
        break;
    case Resource::DepreciationEntries:
        d.path = QStringLiteral("/depreciation-entries");
        d.key = QStringLiteral("depreciationEntries");
        d.title = tr("Depreciation entries");
        d.loadingText = tr("Loading depreciation entries…");
        d.emptyText = tr("There are no depreciation entries.");
        d.failedText = tr("The depreciation entries could not be loaded.");
        d.columns = {of(ValueKind::Period, QStringLiteral("year"), tr("Period")),
                     asset(),
                     of(ValueKind::Money, QStringLiteral("openingNbv"), tr("Opening value")),
                     of(ValueKind::Money, QStringLiteral("depreciationAmount"), tr("Depreciation")),
                     of(ValueKind::Money, QStringLiteral("accumulatedDepreciation"), tr("Accumulated")),
                     of(ValueKind::Money, QStringLiteral("closingNbv"), tr("Closing value"))};
        d.assetIdKey = QStringLiteral("assetId");
        d.filtersByAsset = true;
        break;
    case Resource::JournalBatches:
        d.path = QStringLiteral("/journal-batches");
        d.key = QStringLiteral("journalBatches");
        d.title = tr("Journal batches");
        d.loadingText = tr("Loading journal batches…");
        d.emptyText = tr("This company has no journal batches.");
        d.failedText = tr("The journal batches could not be loaded.");
        d.columns = {of(ValueKind::Date, QStringLiteral("postedDate"), tr("Posted")),
                     of(ValueKind::Status, QStringLiteral("eventType"), tr("Event")),
                     of(ValueKind::Status, QStringLiteral("status"), tr("Status")),
                     of(ValueKind::Money, QStringLiteral("totalDebit"), tr("Debit")),
                     of(ValueKind::Money, QStringLiteral("totalCredit"), tr("Credit"))};
        d.drillDown = DrillDown::BatchLines;
        break;
    case Resource::JournalLines:
        d.key = QStringLiteral("journalLines");
        d.title = tr("Journal lines");
        d.loadingText = tr("Loading the journal lines…");
        d.emptyText = tr("This batch has no lines.");
        d.failedText = tr("The journal batch could not be loaded.");
        d.columns = {text(QStringLiteral("accountCode"), tr("Account")),
                     text(QStringLiteral("description"), tr("Description")),
                     asset(),
                     of(ValueKind::Money, QStringLiteral("debit"), tr("Debit")),
                     of(ValueKind::Money, QStringLiteral("credit"), tr("Credit"))};
        d.assetIdKey = QStringLiteral("assetId");
        break;
    case Resource::Disposals:
        d.path = QStringLiteral("/disposals");
        d.key = QStringLiteral("disposals");
        d.title = tr("Disposals");
        d.loadingText = tr("Loading disposals…");
        d.emptyText = tr("This company has no disposals.");
        d.failedText = tr("The disposals could not be loaded.");
        d.columns = {of(ValueKind::Date, QStringLiteral("disposalDate"), tr("Date")),
                     asset(),
                     of(ValueKind::Money, QStringLiteral("proceeds"), tr("Proceeds")),
                     of(ValueKind::Money, QStringLiteral("netBookValueAtDisposal"), tr("Book value")),
                     of(ValueKind::Money, QStringLiteral("gainOrLoss"), tr("Gain or loss")),
                     text(QStringLiteral("reason"), tr("Reason"))};
        d.assetIdKey = QStringLiteral("assetId");
        break;
    case Resource::Revaluations:
        d.path = QStringLiteral("/revaluations");
        d.key = QStringLiteral("revaluations");
        d.title = tr("Revaluations");
        d.loadingText = tr("Loading revaluations…");
        d.emptyText = tr("This company has no revaluations.");
        d.failedText = tr("The revaluations could not be loaded.");
        d.columns = {of(ValueKind::Date, QStringLiteral("revaluationDate"), tr("Date")),
                     asset(),
                     of(ValueKind::Money, QStringLiteral("previousValue"), tr("Previous value")),
                     of(ValueKind::Money, QStringLiteral("newValue"), tr("New value")),
                     text(QStringLiteral("reason"), tr("Reason"))};
        d.assetIdKey = QStringLiteral("assetId");
        break;
    case Resource::CountSessions:
        d.path = QStringLiteral("/count-sessions");
        d.key = QStringLiteral("countSessions");
        d.title = tr("Count sessions");
        d.loadingText = tr("Loading count sessions…");
        d.emptyText = tr("This company has no count sessions.");
        d.failedText = tr("The count sessions could not be loaded.");
        d.columns = {text(QStringLiteral("code"), tr("Code")),
                     text(QStringLiteral("name"), tr("Name")),
                     of(ValueKind::Date, QStringLiteral("openedDate"), tr("Opened")),
                     of(ValueKind::Status, QStringLiteral("status"), tr("Status")),
                     of(ValueKind::Integer, QStringLiteral("expectedCount"), tr("Expected")),
                     of(ValueKind::Date, QStringLiteral("reconciledDate"), tr("Reconciled")),
                     text(QStringLiteral("notes"), tr("Notes"))};
        d.drillDown = DrillDown::SessionResults;
        break;
    case Resource::CountResults:
        d.path = QStringLiteral("/count-results");
        d.key = QStringLiteral("countResults");
        d.title = tr("Count results");
        d.loadingText = tr("Loading count results…");
        d.emptyText = tr("There are no count results.");
        d.failedText = tr("The count results could not be loaded.");
        d.columns = {of(ValueKind::Status, QStringLiteral("status"), tr("Result")),
                     asset(),
                     text(QStringLiteral("epc"), tr("RFID EPC")),
                     lookup(LookupKind::Location, QStringLiteral("expectedLocationId"), tr("Expected location")),
                     lookup(LookupKind::Location, QStringLiteral("readLocationId"), tr("Read at")),
                     of(ValueKind::Boolean, QStringLiteral("transferApplied"), tr("Transferred"))};
        d.assetIdKey = QStringLiteral("assetId");
        break;
    case Resource::Transfers:
        d.path = QStringLiteral("/transfers");
        d.key = QStringLiteral("transfers");
        d.title = tr("Transfers");
        d.loadingText = tr("Loading transfers…");
        d.emptyText = tr("There are no transfers.");
        d.failedText = tr("The transfers could not be loaded.");
        d.columns = {of(ValueKind::Date, QStringLiteral("transferDate"), tr("Date")),
                     asset(),
                     lookup(LookupKind::Location, QStringLiteral("fromLocationId"), tr("From")),
                     lookup(LookupKind::Location, QStringLiteral("toLocationId"), tr("To")),
                     text(QStringLiteral("reason"), tr("Reason"))};
        d.assetIdKey = QStringLiteral("assetId");
        d.filtersByAsset = true;
        break;
    case Resource::Checkouts:
        d.path = QStringLiteral("/checkouts");
        d.key = QStringLiteral("checkouts");
        d.title = tr("Check-outs");
        d.loadingText = tr("Loading check-outs…");
        d.emptyText = tr("There are no check-outs.");
        d.failedText = tr("The check-outs could not be loaded.");
        d.columns = {of(ValueKind::Date, QStringLiteral("checkoutDate"), tr("Checked out")),
                     asset(),
                     lookup(LookupKind::Employee, QStringLiteral("employeeId"), tr("Employee")),
                     of(ValueKind::Date, QStringLiteral("expectedReturnDate"), tr("Due back")),
                     of(ValueKind::Date, QStringLiteral("actualReturnDate"), tr("Returned")),
                     of(ValueKind::Status, QStringLiteral("returnCondition"), tr("Condition")),
                     text(QStringLiteral("notes"), tr("Notes")),
                     text(QStringLiteral("damageNotes"), tr("Damage notes"), false)};
        d.assetIdKey = QStringLiteral("assetId");
        d.filtersByAsset = true;
        break;
    case Resource::Reservations:
        d.path = QStringLiteral("/reservations");
        d.key = QStringLiteral("reservations");
        d.title = tr("Reservations");
        d.loadingText = tr("Loading reservations…");
        d.emptyText = tr("There are no reservations.");
        d.failedText = tr("The reservations could not be loaded.");
        d.columns = {of(ValueKind::Date, QStringLiteral("startDate"), tr("Start")),
                     of(ValueKind::Date, QStringLiteral("endDate"), tr("End")),
                     asset(),
                     lookup(LookupKind::Employee, QStringLiteral("employeeId"), tr("Employee")),
                     of(ValueKind::Status, QStringLiteral("status"), tr("Status")),
                     text(QStringLiteral("notes"), tr("Notes"))};
        d.assetIdKey = QStringLiteral("assetId");
        d.filtersByAsset = true;
        break;
    }
    return d;
}

} // namespace

namespace ResourceCatalog {

ResourceDescription describe(Resource resource)
{
    return Catalog::describe(resource);
}

std::optional<Resource> resourceForLookup(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Category: return Resource::Categories;
    case LookupKind::Location: return Resource::Locations;
    case LookupKind::CostCenter: return Resource::CostCenters;
    case LookupKind::DepreciationBook: return Resource::DepreciationBooks;
    case LookupKind::Custodian: return Resource::Custodians;
    case LookupKind::Employee: return Resource::Employees;
    }
    return std::nullopt;
}

QList<Resource> masterDataResources()
{
    return {Resource::Categories, Resource::Locations,  Resource::CostCenters,
            Resource::DepreciationBooks, Resource::Custodians, Resource::Employees};
}

QList<Resource> accountingResources()
{
    return {Resource::FiscalYears, Resource::DepreciationRuns, Resource::JournalBatches, Resource::Disposals,
            Resource::Revaluations};
}

QList<Resource> auditResources()
{
    return {Resource::CountSessions, Resource::Transfers, Resource::Checkouts, Resource::Reservations};
}

QString statusText(const QString &value)
{
    // Values the contract or the sandbox use. Anything else is shown as the
    // server sent it, so a value added later is never hidden.
    if (value == u"Active") return Catalog::tr("Active");
    if (value == u"Disposed") return Catalog::tr("Disposed");
    if (value == u"Available") return Catalog::tr("Available");
    if (value == u"CheckedOut") return Catalog::tr("Checked out");
    if (value == u"Reserved") return Catalog::tr("Reserved");
    if (value == u"Unavailable") return Catalog::tr("Unavailable");
    if (value == u"Posted") return Catalog::tr("Posted");
    if (value == u"Draft") return Catalog::tr("Draft");
    if (value == u"Open") return Catalog::tr("Open");
    if (value == u"InProgress") return Catalog::tr("In progress");
    if (value == u"Closed") return Catalog::tr("Closed");
    if (value == u"Reconciled") return Catalog::tr("Reconciled");
    if (value == u"Found") return Catalog::tr("Found");
    if (value == u"Missing") return Catalog::tr("Missing");
    if (value == u"Unexpected") return Catalog::tr("Unexpected");
    if (value == u"Moved") return Catalog::tr("Moved");
    if (value == u"Good") return Catalog::tr("Good");
    if (value == u"Damaged") return Catalog::tr("Damaged");
    if (value == u"Fair") return Catalog::tr("Fair");
    if (value == u"Scheduled") return Catalog::tr("Scheduled");
    if (value == u"Depreciation") return Catalog::tr("Depreciation");
    if (value == u"Disposal") return Catalog::tr("Disposal");
    if (value == u"Revaluation") return Catalog::tr("Revaluation");
    if (value == u"Cancelled") return Catalog::tr("Cancelled");
    if (value == u"Completed") return Catalog::tr("Completed");
    return value;
}

} // namespace ResourceCatalog

} // namespace Activo
