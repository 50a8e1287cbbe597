#pragma once

#include "api/Json.h"
#include "import/ImportFields.h"
#include "models/Asset.h"
#include "models/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Activo {

// The values one line of an import file sets. A member without a value was
// not mapped or its cell was empty, and leaves the asset's value as it is.
struct ImportValues
{
    QString assetCode;
    std::optional<QString> name;
    std::optional<QString> epc;
    std::optional<Json::Link> category;
    std::optional<Json::Link> location;
    std::optional<Json::Link> costCenter;
    std::optional<Json::Link> custodian;
    std::optional<Json::Link> depreciationBook;
    std::optional<QDate> acquisitionDate;
    std::optional<Money> acquisitionCost;
    std::optional<Money> salvageValue;
    std::optional<int> usefulLifeMonths;
    std::optional<QString> depreciationMethod;
    std::optional<QString> status;
    std::optional<QString> availability;

    // Writes every value that is set into `asset`. The asset code is written
    // only into an asset without one, so a case difference never renames an
    // existing asset.
    void applyTo(Asset &asset) const;
};

// The dry run's decision for a line.
enum class ImportAction { Create, Update, Unchanged, Rejected };

// The result of a line when the import ran.
enum class ImportOutcome {
    NotRun,    // the import has not run yet
    Created,
    Updated,
    Unchanged, // the asset already had the line's values
    Rejected,  // the dry run rejected the line, so nothing was sent
    Failed,    // the server refused the write, or the asset could not be read first
    Unknown,   // the write was sent but no reply came
    Cancelled, // the import was stopped before this line started
};

// One data line of an import file, from the dry run to the result.
struct ImportLine
{
    Q_DECLARE_TR_FUNCTIONS(ImportLine)

public:
    int line = 0; // line number in the file
    QString assetCode;
    ImportValues values;
    // Cells of the lookup columns as written, resolved to links by the dry run.
    QHash<int, QString> lookupTexts; // by ImportField

    ImportAction action = ImportAction::Rejected;
    QStringList problems; // why the line is rejected, one sentence each
    QStringList changes;  // "Location: PTY-01 → CLN-01", for updates
    QUuid assetId;        // the existing asset for an update, or the new one after a create

    ImportOutcome outcome = ImportOutcome::NotRun;
    QString outcomeMessage;
    QString requestId;

    static QString actionText(ImportAction action);
    static QString outcomeText(ImportOutcome outcome);
    // The dry run's explanation: the problems, the changes, or a short note.
    QString planMessage() const;
};

// "Location: PTY-01 → CLN-01" for every field that differs between `before`
// and `after`, amounts and dates in `locale`.
QStringList describeChanges(const Asset &before, const Asset &after, const QLocale &locale);

} // namespace Activo
