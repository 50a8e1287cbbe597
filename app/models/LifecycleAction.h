#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace Activo {

class ApiClient;
class ApiJob;

// The lifecycle actions of an asset: POST /assets/{id}/<route>.
//
// The contract marks these routes as inferred, so a server may not have
// them. A 405 for an action route means that the server lacks it. A 404 can
// mean that too, or that the asset is gone, so the asset is read back to
// find out which.
enum class LifecycleAction { Transfer, CheckOut, CheckIn, Reserve, Dispose };

namespace LifecycleActions {
QList<LifecycleAction> all();
QString route(LifecycleAction action);       // "transfer", "checkout", ...
QString menuText(LifecycleAction action);    // "&Transfer…"
QString title(LifecycleAction action);       // "Transfer asset"
// Returns whether the action makes sense for an asset with this status and
// availability. Only values known to rule an action out count, such as a
// disposed asset or a check-in of an available asset. The server decides.
bool allowedFor(LifecycleAction action, const QString &status, const QString &availability);
} // namespace LifecycleActions

// The actions each server turned out not to offer in this session.
class LifecycleSupport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isOffered(const QUrl &baseUrl, LifecycleAction action) const;
    void markUnsupported(const QUrl &baseUrl, LifecycleAction action);

Q_SIGNALS:
    void changed();

private:
    QHash<QString, QSet<int>> m_unsupported;
};

// One action sent to the server. finished() reports the outcome once.
class LifecycleRequest : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Done,        // record() is what the server returned
        Rejected,    // the server rejected it; error() contains the reason (a rule, bad input, a 401)
        Unsupported, // the server does not offer this action
        AssetGone,   // the asset no longer exists
    };
    Q_ENUM(Outcome)

    LifecycleRequest(ApiClient *client, LifecycleAction action, QString companyId, const QUuid &assetId,
                     QJsonObject body, QObject *parent = nullptr);
    ~LifecycleRequest() override;

    void start();
    void abort();

    LifecycleAction action() const { return m_action; }
    Outcome outcome() const { return m_outcome; }
    const ApiError &error() const { return m_error; }
    QJsonObject record() const { return m_record; }

Q_SIGNALS:
    void finished(Activo::LifecycleRequest *request);

private:
    void handlePost(ApiJob *job);
    void handleAssetCheck(ApiJob *job);
    void finish(Outcome outcome);

    ApiClient *m_client;
    LifecycleAction m_action;
    QString m_companyId;
    QUuid m_assetId;
    QJsonObject m_body;
    QPointer<ApiJob> m_job;
    Outcome m_outcome = Outcome::Rejected;
    ApiError m_error;
    QJsonObject m_record;
};

} // namespace Activo
