#include "import/ImportFields.h"

#include <QCryptographicHash>

namespace Activo {

QVector<ImportField> ImportFields::all()
{
    return {ImportField::AssetCode,        ImportField::Name,           ImportField::Epc,
            ImportField::Category,         ImportField::Location,       ImportField::CostCenter,
            ImportField::Custodian,        ImportField::DepreciationBook, ImportField::AcquisitionDate,
            ImportField::AcquisitionCost,  ImportField::SalvageValue,   ImportField::UsefulLifeMonths,
            ImportField::DepreciationMethod, ImportField::Status,       ImportField::Availability};
}

QString ImportFields::key(ImportField field)
{
    switch (field) {
    case ImportField::None: return QString();
    case ImportField::AssetCode: return QStringLiteral("assetCode");
    case ImportField::Name: return QStringLiteral("name");
    case ImportField::Epc: return QStringLiteral("epc");
    case ImportField::Category: return QStringLiteral("category");
    case ImportField::Location: return QStringLiteral("location");
    case ImportField::CostCenter: return QStringLiteral("costCenter");
    case ImportField::Custodian: return QStringLiteral("custodian");
    case ImportField::DepreciationBook: return QStringLiteral("depreciationBook");
    case ImportField::AcquisitionDate: return QStringLiteral("acquisitionDate");
    case ImportField::AcquisitionCost: return QStringLiteral("acquisitionCost");
    case ImportField::SalvageValue: return QStringLiteral("salvageValue");
    case ImportField::UsefulLifeMonths: return QStringLiteral("usefulLifeMonths");
    case ImportField::DepreciationMethod: return QStringLiteral("depreciationMethod");
    case ImportField::Status: return QStringLiteral("status");
    case ImportField::Availability: return QStringLiteral("availability");
    }
    return QString();
}

ImportField ImportFields::fromKey(const QString &key)
{
    for (const ImportField field : all()) {
        if (ImportFields::key(field) == key)
            return field;
    }
    return ImportField::None;
}

QString ImportFields::label(ImportField field)
{
    switch (field) {
    case ImportField::None: return tr("(Do not import)");
    case ImportField::AssetCode: return tr("Asset code");
    case ImportField::Name: return tr("Name");
    case ImportField::Epc: return tr("RFID EPC");
    case ImportField::Category: return tr("Category");
    case ImportField::Location: return tr("Location");
    case ImportField::CostCenter: return tr("Cost center");
    case ImportField::Custodian: return tr("Custodian");
    case ImportField::DepreciationBook: return tr("Depreciation book");
    case ImportField::AcquisitionDate: return tr("Acquisition date");
    case ImportField::AcquisitionCost: return tr("Cost");
    case ImportField::SalvageValue: return tr("Salvage value");
    case ImportField::UsefulLifeMonths: return tr("Useful life (months)");
    case ImportField::DepreciationMethod: return tr("Depreciation method");
    case ImportField::Status: return tr("Status");
    case ImportField::Availability: return tr("Availability");
    }
    return QString();
}

QStringList ImportFields::headerNames(ImportField field)
{
    switch (field) {
    case ImportField::None: return {};
    case ImportField::AssetCode:
        return {QStringLiteral("Asset code"), QStringLiteral("Code"), QStringLiteral("Asset tag"),
                QStringLiteral("Código"), QStringLiteral("Código de activo"), QStringLiteral("Código activo")};
    case ImportField::Name:
        return {QStringLiteral("Name"), QStringLiteral("Asset name"), QStringLiteral("Description"),
                QStringLiteral("Nombre"), QStringLiteral("Descripción"), QStringLiteral("Denominación")};
    case ImportField::Epc:
        return {QStringLiteral("EPC"), QStringLiteral("RFID EPC"), QStringLiteral("RFID"), QStringLiteral("RFID tag"),
                QStringLiteral("Etiqueta RFID")};
    case ImportField::Category:
        return {QStringLiteral("Category"), QStringLiteral("Category code"), QStringLiteral("Categoría"),
                QStringLiteral("Código de categoría")};
    case ImportField::Location:
        return {QStringLiteral("Location"), QStringLiteral("Location code"), QStringLiteral("Ubicación"),
                QStringLiteral("Código de ubicación"), QStringLiteral("Sede")};
    case ImportField::CostCenter:
        return {QStringLiteral("Cost center"), QStringLiteral("Cost centre"), QStringLiteral("Cost center code"),
                QStringLiteral("Centro de costo"), QStringLiteral("Centro de costos"), QStringLiteral("Centro de coste"),
                QStringLiteral("CeCo")};
    case ImportField::Custodian:
        return {QStringLiteral("Custodian"), QStringLiteral("Custodian code"), QStringLiteral("Custodio"),
                QStringLiteral("Responsable")};
    case ImportField::DepreciationBook:
        return {QStringLiteral("Depreciation book"), QStringLiteral("Book"), QStringLiteral("Libro"),
                QStringLiteral("Libro de depreciación"), QStringLiteral("Libro de amortización")};
    case ImportField::AcquisitionDate:
        return {QStringLiteral("Acquisition date"), QStringLiteral("Purchase date"), QStringLiteral("Date acquired"),
                QStringLiteral("Fecha de adquisición"), QStringLiteral("Fecha adquisición"),
                QStringLiteral("Fecha de compra")};
    case ImportField::AcquisitionCost:
        return {QStringLiteral("Cost"), QStringLiteral("Acquisition cost"), QStringLiteral("Purchase price"),
                QStringLiteral("Costo"), QStringLiteral("Coste"), QStringLiteral("Costo de adquisición"),
                QStringLiteral("Valor de adquisición")};
    case ImportField::SalvageValue:
        return {QStringLiteral("Salvage value"), QStringLiteral("Residual value"), QStringLiteral("Valor residual"),
                QStringLiteral("Valor de rescate"), QStringLiteral("Valor de salvamento")};
    case ImportField::UsefulLifeMonths:
        return {QStringLiteral("Useful life (months)"), QStringLiteral("Useful life"),
                QStringLiteral("Useful life months"), QStringLiteral("Vida útil (meses)"), QStringLiteral("Vida útil"),
                QStringLiteral("Meses")};
    case ImportField::DepreciationMethod:
        return {QStringLiteral("Depreciation method"), QStringLiteral("Method"),
                QStringLiteral("Método de depreciación"), QStringLiteral("Método")};
    case ImportField::Status: return {QStringLiteral("Status"), QStringLiteral("Estado")};
    case ImportField::Availability: return {QStringLiteral("Availability"), QStringLiteral("Disponibilidad")};
    }
    return {};
}

QString ImportFields::normalizeHeader(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

QVector<ImportField> ImportFields::guessMapping(const QStringList &header)
{
    QStringList normalized;
    for (const QString &name : header)
        normalized << normalizeHeader(name);

    // Each field takes the column of its most specific name, so "Nombre"
    // beats "Descripción" for the name wherever the two columns stand.
    QVector<ImportField> mapping(header.size(), ImportField::None);
    for (const ImportField field : all()) {
        QStringList names = headerNames(field);
        names << key(field) << label(field);
        bool assigned = false;
        for (const QString &name : std::as_const(names)) {
            const QString expected = normalizeHeader(name);
            for (qsizetype column = 0; column < normalized.size() && !assigned; ++column) {
                if (mapping.at(column) == ImportField::None && normalized.at(column) == expected) {
                    mapping[column] = field;
                    assigned = true;
                }
            }
            if (assigned)
                break;
        }
    }
    return mapping;
}

QString ImportFields::headerSignature(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names << normalizeHeader(name);
    // A hash keeps the settings key short and free of characters that
    // QSettings treats specially ('/', '\\').
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace Activo
