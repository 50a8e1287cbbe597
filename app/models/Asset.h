#pragma once

#include "api/Json.h"
#include "models/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace Activo {

// An asset as GET /assets/{id} returns it. Linked records may arrive as nested
// {id, code, name} objects or as plain xxxId fields; computed amounts are
// read-only. `raw` keeps the whole object, including properties this client
// does not model, so they can be sent back unchanged.
struct Asset
{
    Q_DECLARE_TR_FUNCTIONS(Asset)

public:
    QUuid id;
    QString assetCode;
    QString name;
    QString epc;
    Json::Link category;
    Json::Link location;
    Json::Link costCenter;
    Json::Link custodian;
    Json::Link depreciationBook;
    QDate acquisitionDate;
    std::optional<Money> acquisitionCost;
    std::optional<Money> salvageValue;
    std::optional<Money> accumulatedDepreciation;
    std::optional<Money> netBookValue;
    std::optional<int> usefulLifeMonths;
    QString depreciationMethod;
    QString status;
    QString availability;
    QJsonObject raw;

    // Reads an asset object. Returns nothing, with a translated reason, when
    // the object has no valid id. Fields of the wrong type are left empty, and
    // their names are appended to `warnings` when it is given.
    static std::optional<Asset> fromJson(const QJsonObject &object, QString *error,
                                         QStringList *warnings = nullptr);

    // Display text for the open enumerations: known values translated, any
    // other value shown as the server sent it.
    static QString statusText(const QString &value);
    static QString availabilityText(const QString &value);
    static QString depreciationMethodText(const QString &value);

    // The statuses and availabilities that a user sets by hand. Disposed and
    // checked out come from the lifecycle actions, which also leave their records.
    static QStringList editableStatuses();
    static QStringList editableAvailabilities();
};

// "code — name", or whichever part is known, or the id when only that is.
QString linkText(const Json::Link &link);

} // namespace Activo
