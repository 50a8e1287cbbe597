#include "import/ImportPlanner.h"

#include "api/Logging.h"
#include "import/AssetCodeFinder.h"

#include <QHash>

namespace Activo {

namespace {

struct KnownValue
{
    QString apiValue;
    QStringList synonyms; // normalised, e.g. Spanish words
};

QVector<KnownValue> knownValues(ImportField field)
{
    switch (field) {
    case ImportField::Status:
        return {{QStringLiteral("Active"), {QStringLiteral("activo"), QStringLiteral("activa")}},
                {QStringLiteral("Inactive"), {QStringLiteral("inactivo"), QStringLiteral("inactiva")}},
                {QStringLiteral("UnderMaintenance"), {QStringLiteral("enmantenimiento"), QStringLiteral("mantenimiento")}},
                {QStringLiteral("Disposed"), {QStringLiteral("dadodebaja"), QStringLiteral("baja")}}};
    case ImportField::Availability:
        return {{QStringLiteral("Available"), {QStringLiteral("disponible")}},
                {QStringLiteral("CheckedOut"), {QStringLiteral("prestado"), QStringLiteral("asignado")}},
                {QStringLiteral("Reserved"), {QStringLiteral("reservado")}},
                {QStringLiteral("Unavailable"), {QStringLiteral("nodisponible")}}};
    case ImportField::DepreciationMethod:
        return {{QStringLiteral("StraightLine"), {QStringLiteral("lineal"), QStringLiteral("linearecta")}}};
    default: return {};
    }
}

QString displayOf(ImportField field, const QString &apiValue)
{
    switch (field) {
    case ImportField::Status: return Asset::statusText(apiValue);
    case ImportField::Availability: return Asset::availabilityText(apiValue);
    case ImportField::DepreciationMethod: return Asset::depreciationMethodText(apiValue);
    default: return apiValue;
    }
}

std::optional<QString> readKnownValue(ImportField field, const QString &text)
{
    const QString normalized = ImportFields::normalizeHeader(text);
    for (const KnownValue &known : knownValues(field)) {
        if (normalized == ImportFields::normalizeHeader(known.apiValue)
            || normalized == ImportFields::normalizeHeader(displayOf(field, known.apiValue))
            || known.synonyms.contains(normalized))
            return known.apiValue;
    }
    return std::nullopt;
}

LookupKind lookupKindOf(ImportField field)
{
    switch (field) {
    case ImportField::Category: return LookupKind::Category;
    case ImportField::Location: return LookupKind::Location;
    case ImportField::CostCenter: return LookupKind::CostCenter;
    case ImportField::Custodian: return LookupKind::Custodian;
    default: return LookupKind::DepreciationBook;
    }
}

std::optional<Json::Link> *linkMember(ImportValues &values, ImportField field)
{
    switch (field) {
    case ImportField::Category: return &values.category;
    case ImportField::Location: return &values.location;
    case ImportField::CostCenter: return &values.costCenter;
    case ImportField::Custodian: return &values.custodian;
    case ImportField::DepreciationBook: return &values.depreciationBook;
    default: return nullptr;
    }
}

} // namespace

ImportPlanner::ImportPlanner(ApiClient *client, LookupCache *lookups, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lookups(lookups)
{
    connect(m_lookups, &LookupCache::loaded, this, &ImportPlanner::handleLookupLoaded);
    connect(m_lookups, &LookupCache::failed, this, &ImportPlanner::handleLookupFailed);
}

ImportPlanner::~ImportPlanner()
{
    cancel();
}

ImportLine ImportPlanner::readRecord(const CsvRecord &record, const QVector<ImportField> &mapping,
                                     const QStringList &header, const ImportFormat &format)
{
    ImportLine line;
    line.line = record.line;
    const auto problem = [&line](ImportField field, const QString &message) {
        line.problems << tr("Line %1, %2: %3").arg(line.line).arg(ImportFields::label(field), message);
    };

    // Cells past the header's last column mean the line split differently
    // from the header, most often at a separator inside an unquoted value.
    for (qsizetype column = header.size(); column < record.cells.size(); ++column) {
        if (!record.cells.at(column).trimmed().isEmpty()) {
            line.problems << tr("Line %1 has %2 cells, but the header has %3. A value probably contains the "
                                "separator without quotes: put that value in double quotes, or choose another "
                                "separator.")
                                 .arg(line.line)
                                 .arg(record.cells.size())
                                 .arg(header.size());
            break;
        }
    }

    // A line that stops before a mapped column lost cells, so its later
    // values would be taken as empty and a cost of 0.00 stored.
    QStringList missingColumns;
    for (qsizetype column = record.cells.size(); column < mapping.size() && column < header.size(); ++column) {
        if (mapping.at(column) != ImportField::None)
            missingColumns << header.at(column);
    }
    if (!missingColumns.isEmpty()) {
        line.problems << tr("Line %1 has %2 cells, but the header has %3, so it has no cell for %4. Add the "
                            "missing separators (an empty cell is fine), or delete the line.")
                             .arg(line.line)
                             .arg(record.cells.size())
                             .arg(header.size())
                             .arg(missingColumns.join(QStringLiteral(", ")));
    }

    for (qsizetype column = 0; column < mapping.size(); ++column) {
        const ImportField field = mapping.at(column);
        const QString text = column < record.cells.size() ? record.cells.at(column).trimmed() : QString();
        if (field == ImportField::None || text.isEmpty())
            continue;

        QString error;
        switch (field) {
        case ImportField::None: break;
        case ImportField::AssetCode:
            line.assetCode = text;
            line.values.assetCode = text;
            break;
        case ImportField::Name: line.values.name = text; break;
        case ImportField::Epc: line.values.epc = text; break;
        case ImportField::Category:
        case ImportField::Location:
        case ImportField::CostCenter:
        case ImportField::Custodian:
        case ImportField::DepreciationBook: line.lookupTexts.insert(int(field), text); break;
        case ImportField::AcquisitionDate: {
            const QDate date = format.readDate(text, &error);
            if (date.isValid())
                line.values.acquisitionDate = date;
            else
                problem(field, error);
            break;
        }
        case ImportField::AcquisitionCost:
        case ImportField::SalvageValue: {
            const MoneyParser::Result amount = format.readAmount(text);
            if (!amount.isValid()) {
                problem(field, amount.error + QLatin1Char(' ')
                                   + tr("If the file writes numbers another way, change the number format."));
            } else if (field == ImportField::AcquisitionCost) {
                line.values.acquisitionCost = amount.value;
            } else {
                line.values.salvageValue = amount.value;
            }
            break;
        }
        case ImportField::UsefulLifeMonths:
            if (const std::optional<int> months = format.readPositiveWholeNumber(text, &error))
                line.values.usefulLifeMonths = months;
            else
                problem(field, error);
            break;
        case ImportField::DepreciationMethod:
        case ImportField::Status:
        case ImportField::Availability: {
            const std::optional<QString> value = readKnownValue(field, text);
            if (!value) {
                QStringList accepted;
                for (const KnownValue &known : knownValues(field))
                    accepted << displayOf(field, known.apiValue);
                problem(field, tr("\"%1\" is not a value Activo Desk knows. Use %2, or leave the cell empty.")
                                   .arg(text, accepted.join(QStringLiteral(", "))));
            } else if (field == ImportField::Status) {
                line.values.status = value;
            } else if (field == ImportField::Availability) {
                line.values.availability = value;
            } else {
                line.values.depreciationMethod = value;
            }
            break;
        }
        }
    }

    if (line.assetCode.isEmpty()) {
        line.problems.prepend(tr("Line %1, %2: the cell is empty. Every line needs the asset's code: fill it in, "
                                 "or delete the line.")
                                  .arg(line.line)
                                  .arg(ImportFields::label(ImportField::AssetCode)));
    }
    return line;
}

void ImportPlanner::start(const QString &companyId, const CsvDocument &document,
                          const QVector<ImportField> &mapping, const ImportFormat &format)
{
    cancel();
    m_running = true;
    m_companyId = companyId;
    m_lines.clear();
    m_lines.reserve(document.rows.size());
    for (const CsvRecord &record : document.rows)
        m_lines.append(readRecord(record, mapping, document.header, format));
    loadLookups();
}

void ImportPlanner::cancel()
{
    m_running = false;
    m_pendingKinds.clear();
    if (m_finder)
        m_finder->cancel();
}

void ImportPlanner::loadLookups()
{
    m_pendingKinds.clear();
    for (const ImportLine &line : std::as_const(m_lines)) {
        for (auto it = line.lookupTexts.cbegin(); it != line.lookupTexts.cend(); ++it)
            m_pendingKinds.insert(int(lookupKindOf(ImportField(it.key()))));
    }
    if (m_pendingKinds.isEmpty()) {
        findCodes();
        return;
    }
    Q_EMIT progressed(tr("Loading the lists that the file names…"));
    // The lists are read again, so records added since they were loaded count.
    const QSet<int> kinds = m_pendingKinds;
    for (const int kind : kinds)
        m_lookups->refresh(m_companyId, LookupKind(kind));
}

void ImportPlanner::handleLookupLoaded(const QString &companyId, LookupKind kind)
{
    if (!m_running || companyId != m_companyId || !m_pendingKinds.remove(int(kind)))
        return;
    if (m_pendingKinds.isEmpty())
        findCodes();
}

void ImportPlanner::handleLookupFailed(const QString &companyId, LookupKind kind, const ApiError &error)
{
    if (!m_running || companyId != m_companyId || !m_pendingKinds.contains(int(kind)))
        return;
    fail(error);
}

void ImportPlanner::resolveLinks(ImportLine &line) const
{
    for (auto it = line.lookupTexts.cbegin(); it != line.lookupTexts.cend(); ++it) {
        const auto field = ImportField(it.key());
        const LookupKind kind = lookupKindOf(field);
        // "CODE — Name", as Activo Desk exports links, is read by its code.
        const QString code = it.value().section(QStringLiteral(" — "), 0, 0).trimmed();
        const QString folded = code.toCaseFolded();
        const QVector<LookupItem> &items = m_lookups->items(m_companyId, kind);

        const LookupItem *match = nullptr;
        int nameMatches = 0;
        const LookupItem *byName = nullptr;
        for (const LookupItem &item : items) {
            if (item.code.toCaseFolded() == folded) {
                match = &item;
                break;
            }
            if (item.name.toCaseFolded() == folded) {
                ++nameMatches;
                byName = &item;
            }
        }
        if (!match && nameMatches == 1)
            match = byName;

        if (match) {
            *linkMember(line.values, field) = Json::Link{match->id, match->code, match->name};
            continue;
        }

        QString reason;
        if (nameMatches > 1) {
            reason = tr("%n records of this list have this name. Use the code instead.", nullptr, nameMatches);
        } else {
            switch (kind) {
            case LookupKind::Category:
                reason = tr("no category has this code. Use one of the codes under Master data › Categories, or "
                            "leave the cell empty.");
                break;
            case LookupKind::Location:
                reason = tr("no location has this code. Use one of the codes under Master data › Locations, or "
                            "leave the cell empty.");
                break;
            case LookupKind::CostCenter:
                reason = tr("no cost center has this code. Use one of the codes under Master data › Cost centers, "
                            "or leave the cell empty.");
                break;
            case LookupKind::Custodian:
                reason = tr("no custodian has this code. Use one of the codes under Master data › Custodians, or "
                            "leave the cell empty.");
                break;
            case LookupKind::DepreciationBook:
            case LookupKind::Employee:
                reason = tr("no depreciation book has this code. Use one of the codes under Master data › "
                            "Depreciation books, or leave the cell empty.");
                break;
            }
        }
        line.problems << tr("Line %1, %2 \"%3\": %4").arg(line.line).arg(ImportFields::label(field), it.value(),
                                                                         reason);
    }
}

void ImportPlanner::findCodes()
{
    // Links first, so that a line rejected for them is not searched for.
    QHash<QString, int> firstLineOfCode;
    QStringList codes;
    for (ImportLine &line : m_lines) {
        resolveLinks(line);
        if (line.assetCode.isEmpty())
            continue;
        const QString folded = AssetCodeFinder::foldCode(line.assetCode);
        const auto first = firstLineOfCode.constFind(folded);
        if (first != firstLineOfCode.constEnd()) {
            line.problems << tr("Line %1, %2 \"%3\": line %4 has the same code, and each asset may appear once. "
                                "Merge the two lines, or delete one.")
                                 .arg(line.line)
                                 .arg(ImportFields::label(ImportField::AssetCode), line.assetCode)
                                 .arg(first.value());
            continue;
        }
        firstLineOfCode.insert(folded, line.line);
        if (line.problems.isEmpty())
            codes << line.assetCode;
    }

    if (m_finder)
        m_finder->deleteLater();
    m_finder = new AssetCodeFinder(m_client, this);
    connect(m_finder, &AssetCodeFinder::progressed, this, [this](int done, int total) {
        Q_EMIT progressed(tr("Looked up %1 of %n asset codes…", nullptr, total).arg(done));
    });
    connect(m_finder, &AssetCodeFinder::failed, this, &ImportPlanner::fail);
    connect(m_finder, &AssetCodeFinder::finished, this, &ImportPlanner::classify);
    Q_EMIT progressed(tr("Looking up %n asset codes…", nullptr, int(codes.size())));
    m_finder->start(m_companyId, codes);
}

void ImportPlanner::classify()
{
    if (!m_running)
        return;
    m_running = false;
    const QLocale locale;
    for (ImportLine &line : m_lines) {
        if (!line.problems.isEmpty()) {
            line.action = ImportAction::Rejected;
            continue;
        }

        const Asset *existing = m_finder->find(line.assetCode);
        Asset after;
        if (existing) {
            after = *existing;
            line.assetId = existing->id;
        } else if (!line.values.name) {
            line.problems << tr("Line %1, %2: the cell is empty. No asset has the code %3 yet, and a new asset "
                                "needs a name: fill it in.")
                                 .arg(line.line)
                                 .arg(ImportFields::label(ImportField::Name), line.assetCode);
            line.action = ImportAction::Rejected;
            continue;
        }
        line.values.applyTo(after);

        const qint64 cost = after.acquisitionCost ? after.acquisitionCost->cents() : 0;
        const qint64 salvage = after.salvageValue ? after.salvageValue->cents() : 0;
        if (salvage > cost) {
            line.problems << tr("Line %1, %2 \"%3\": more than the cost %4. The salvage value must not be more "
                                "than the cost: correct one of them.")
                                 .arg(line.line)
                                 .arg(ImportFields::label(ImportField::SalvageValue),
                                      after.salvageValue->toString(locale),
                                      after.acquisitionCost ? after.acquisitionCost->toString(locale)
                                                            : Money().toString(locale));
            line.action = ImportAction::Rejected;
            continue;
        }

        // As in the editor, an asset may stay at an inactive location but not be put there.
        const bool locationChanges = !after.location.isNull()
            && (!existing || existing->location.id != after.location.id);
        if (locationChanges && isInactiveLocation(after.location.id)) {
            line.problems << tr("Line %1, %2 \"%3\": this location is inactive, so no asset can be put there. "
                                "Use an active location, or make this one active under Master data › Locations.")
                                 .arg(line.line)
                                 .arg(ImportFields::label(ImportField::Location), linkText(after.location));
            line.action = ImportAction::Rejected;
            continue;
        }

        if (!existing) {
            line.action = ImportAction::Create;
            continue;
        }
        line.changes = describeChanges(*existing, after, locale);
        line.action = line.changes.isEmpty() ? ImportAction::Unchanged : ImportAction::Update;
    }
    qCInfo(lcModels) << "import dry run of" << m_lines.size() << "lines done";
    Q_EMIT finished();
}

bool ImportPlanner::isInactiveLocation(const QUuid &id) const
{
    for (const LookupItem &item : m_lookups->items(m_companyId, LookupKind::Location)) {
        if (item.id == id)
            return !item.raw.value(QLatin1String("isActive")).toBool(true);
    }
    return false;
}

void ImportPlanner::fail(const ApiError &error)
{
    cancel();
    Q_EMIT failed(error);
}

} // namespace Activo
