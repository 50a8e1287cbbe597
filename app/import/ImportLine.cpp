#include "import/ImportLine.h"

#include "models/LocaleFormat.h"

namespace Activo {

void ImportValues::applyTo(Asset &asset) const
{
    if (asset.assetCode.isEmpty())
        asset.assetCode = assetCode;
    const auto set = [](auto &target, const auto &value) {
        if (value)
            target = *value;
    };
    set(asset.name, name);
    set(asset.epc, epc);
    set(asset.category, category);
    set(asset.location, location);
    set(asset.costCenter, costCenter);
    set(asset.custodian, custodian);
    set(asset.depreciationBook, depreciationBook);
    set(asset.acquisitionDate, acquisitionDate);
    if (acquisitionCost)
        asset.acquisitionCost = acquisitionCost;
    if (salvageValue)
        asset.salvageValue = salvageValue;
    if (usefulLifeMonths)
        asset.usefulLifeMonths = usefulLifeMonths;
    set(asset.depreciationMethod, depreciationMethod);
    set(asset.status, status);
    set(asset.availability, availability);
}

QString ImportLine::actionText(ImportAction action)
{
    switch (action) {
    case ImportAction::Create: return tr("Create");
    case ImportAction::Update: return tr("Update");
    case ImportAction::Unchanged: return tr("Unchanged");
    case ImportAction::Rejected: return tr("Rejected");
    }
    return QString();
}

QString ImportLine::outcomeText(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::NotRun: return tr("Not run");
    case ImportOutcome::Created: return tr("Created");
    case ImportOutcome::Updated: return tr("Updated");
    case ImportOutcome::Unchanged: return tr("Unchanged");
    case ImportOutcome::Rejected: return tr("Rejected");
    case ImportOutcome::Failed: return tr("Failed");
    case ImportOutcome::Unknown: return tr("Unknown - check before running again");
    case ImportOutcome::Cancelled: return tr("Stopped");
    }
    return QString();
}

QString ImportLine::planMessage() const
{
    switch (action) {
    case ImportAction::Rejected: return problems.join(QLatin1Char(' '));
    case ImportAction::Update: return changes.join(QStringLiteral("; "));
    case ImportAction::Unchanged: return tr("The asset already has these values.");
    case ImportAction::Create: return tr("A new asset named \"%1\".").arg(values.name.value_or(QString()));
    }
    return QString();
}

namespace {

QString linkCode(const Json::Link &link)
{
    if (!link.code.isEmpty())
        return link.code;
    return link.id.isNull() ? QString() : link.id.toString(QUuid::WithoutBraces);
}

QString amountText(const std::optional<Money> &amount, const QLocale &locale)
{
    return amount ? amount->toString(locale) : QString();
}

} // namespace

QStringList describeChanges(const Asset &before, const Asset &after, const QLocale &locale)
{
    QStringList changes;
    const auto note = [&changes](ImportField field, const QString &from, const QString &to) {
        if (from == to)
            return;
        const QString empty = ImportLine::tr("(empty)");
        changes << ImportLine::tr("%1: %2 → %3")
                       .arg(ImportFields::label(field), from.isEmpty() ? empty : from, to.isEmpty() ? empty : to);
    };
    note(ImportField::Name, before.name, after.name);
    note(ImportField::Epc, before.epc, after.epc);
    // Links compare by id; the code is what the user recognises.
    const auto noteLink = [&](ImportField field, const Json::Link &from, const Json::Link &to) {
        if (from.id != to.id)
            note(field, linkCode(from), linkCode(to));
    };
    noteLink(ImportField::Category, before.category, after.category);
    noteLink(ImportField::Location, before.location, after.location);
    noteLink(ImportField::CostCenter, before.costCenter, after.costCenter);
    noteLink(ImportField::Custodian, before.custodian, after.custodian);
    noteLink(ImportField::DepreciationBook, before.depreciationBook, after.depreciationBook);
    note(ImportField::AcquisitionDate, LocaleFormat::shortDate(before.acquisitionDate, locale),
         LocaleFormat::shortDate(after.acquisitionDate, locale));
    note(ImportField::AcquisitionCost, amountText(before.acquisitionCost, locale),
         amountText(after.acquisitionCost, locale));
    note(ImportField::SalvageValue, amountText(before.salvageValue, locale), amountText(after.salvageValue, locale));
    note(ImportField::UsefulLifeMonths,
         before.usefulLifeMonths ? QString::number(*before.usefulLifeMonths) : QString(),
         after.usefulLifeMonths ? QString::number(*after.usefulLifeMonths) : QString());
    note(ImportField::DepreciationMethod, Asset::depreciationMethodText(before.depreciationMethod),
         Asset::depreciationMethodText(after.depreciationMethod));
    note(ImportField::Status, Asset::statusText(before.status), Asset::statusText(after.status));
    note(ImportField::Availability, Asset::availabilityText(before.availability),
         Asset::availabilityText(after.availability));
    return changes;
}

} // namespace Activo
