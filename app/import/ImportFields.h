#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Activo {

// The asset fields that a column of an import file can fill.
enum class ImportField {
    None = -1, // the column is not imported
    AssetCode,
    Name,
    Epc,
    Category,
    Location,
    CostCenter,
    Custodian,
    DepreciationBook,
    AcquisitionDate,
    AcquisitionCost,
    SalvageValue,
    UsefulLifeMonths,
    DepreciationMethod,
    Status,
    Availability,
};

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    // Every field except None, in the order the wizard lists them.
    static QVector<ImportField> all();
    // The write model's JSON name ("assetCode"), also the key stored in settings.
    static QString key(ImportField field);
    static ImportField fromKey(const QString &key);
    // Translated label, e.g. "Cost center".
    static QString label(ImportField field);

    // The column headers (English and Spanish) recognised for a field, as
    // the documentation lists them.
    static QStringList headerNames(ImportField field);

    // Returns the field of each column, guessed from its header. Each field
    // takes at most one column: the one with its most specific name.
    static QVector<ImportField> guessMapping(const QStringList &header);

    // The key under which a mapping is remembered: the headers in order,
    // compared without case, accents and spaces.
    static QString headerSignature(const QStringList &header);

    // Lower case without accents, spaces or punctuation: "Código" -> "codigo".
    static QString normalizeHeader(const QString &header);
};

} // namespace Activo
