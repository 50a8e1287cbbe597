#include "models/LifecycleAction.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Logging.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace Activo {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleActions)

public:
    static QString menuText(LifecycleAction action)
    {
        switch (action) {
        case LifecycleAction::Transfer: return tr("&Transfer…");
        case LifecycleAction::CheckOut: return tr("Chec&k out…");
        case LifecycleAction::CheckIn: return tr("Check &in…");
        case LifecycleAction::Reserve: return tr("Re&serve…");
        case LifecycleAction::Dispose: return tr("&Dispose…");
        }
        return QString();
    }
    static QString title(LifecycleAction action)
    {
        switch (action) {
        case LifecycleAction::Transfer: return tr("Transfer asset");
        case LifecycleAction::CheckOut: return tr("Check out asset");
        case LifecycleAction::CheckIn: return tr("Check in asset");
        case LifecycleAction::Reserve: return tr("Reserve asset");
        case LifecycleAction::Dispose: return tr("Dispose of asset");
        }
        return QString();
    }
};

QString originKey(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString();
}

} // namespace

namespace LifecycleActions {

QList<LifecycleAction> all()
{
    return {LifecycleAction::Transfer, LifecycleAction::CheckOut, LifecycleAction::CheckIn, LifecycleAction::Reserve,
            LifecycleAction::Dispose};
}

QString route(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Transfer: return QStringLiteral("transfer");
    case LifecycleAction::CheckOut: return QStringLiteral("checkout");
    case LifecycleAction::CheckIn: return QStringLiteral("checkin");
    case LifecycleAction::Reserve: return QStringLiteral("reserve");
    case LifecycleAction::Dispose: return QStringLiteral("dispose");
    }
    return QString();
}

QString menuText(LifecycleAction action)
{
    return Texts::menuText(action);
}

QString title(LifecycleAction action)
{
    return Texts::title(action);
}

bool allowedFor(LifecycleAction action, const QString &status, const QString &availability)
{
    if (status == u"Disposed")
        return false;
    switch (action) {
    case LifecycleAction::CheckOut: return availability != u"CheckedOut";
    case LifecycleAction::CheckIn: return availability != u"Available";
    case LifecycleAction::Transfer:
    case LifecycleAction::Reserve:
    case LifecycleAction::Dispose: return true;
    }
    return true;
}

} // namespace LifecycleActions

bool LifecycleSupport::isOffered(const QUrl &baseUrl, LifecycleAction action) const
{
    return !m_unsupported.value(originKey(baseUrl)).contains(int(action));
}

void LifecycleSupport::markUnsupported(const QUrl &baseUrl, LifecycleAction action)
{
    QSet<int> &actions = m_unsupported[originKey(baseUrl)];
    if (actions.contains(int(action)))
        return;
    actions.insert(int(action));
    qCInfo(lcModels).noquote() << "the server does not offer the action" << LifecycleActions::route(action);
    Q_EMIT changed();
}

LifecycleRequest::LifecycleRequest(ApiClient *client, LifecycleAction action, QString companyId,
                                   const QUuid &assetId, QJsonObject body, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(action)
    , m_companyId(std::move(companyId))
    , m_assetId(assetId)
    , m_body(std::move(body))
{
}

LifecycleRequest::~LifecycleRequest()
{
    abort();
}

void LifecycleRequest::start()
{
    if (m_job)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    const QString path = QStringLiteral("/assets/") + m_assetId.toString(QUuid::WithoutBraces) + u'/'
        + LifecycleActions::route(m_action);
    ApiJob *job = m_client->sendJson("POST", path, query, QJsonDocument(m_body).toJson(QJsonDocument::Compact));
    connect(job, &ApiJob::finished, this, &LifecycleRequest::handlePost);
    m_job = job;
    job->start();
}

void LifecycleRequest::abort()
{
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void LifecycleRequest::handlePost(ApiJob *job)
{
    m_job = nullptr;
    if (job->succeeded()) {
        m_record = job->json().object();
        finish(Outcome::Done);
        return;
    }
    m_error = job->error();
    if (job->httpStatus() == 405 || job->httpStatus() == 501) {
        finish(Outcome::Unsupported);
        return;
    }
    if (job->httpStatus() != 404) {
        finish(Outcome::Rejected);
        return;
    }
    // 404: either the route or the asset is missing; reading the asset decides.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *check = m_client->get(QStringLiteral("/assets/") + m_assetId.toString(QUuid::WithoutBraces), query);
    connect(check, &ApiJob::finished, this, &LifecycleRequest::handleAssetCheck);
    m_job = check;
    check->start();
}

void LifecycleRequest::handleAssetCheck(ApiJob *job)
{
    m_job = nullptr;
    if (job->succeeded()) {
        finish(Outcome::Unsupported);
    } else if (job->httpStatus() == 404) {
        finish(Outcome::AssetGone);
    } else {
        // The check itself failed (network, 401): report that failure.
        m_error = job->error();
        finish(Outcome::Rejected);
    }
}

void LifecycleRequest::finish(Outcome outcome)
{
    m_outcome = outcome;
    Q_EMIT finished(this);
}

} // namespace Activo
