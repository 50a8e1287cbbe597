#include "models/CompanyList.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Json.h"
#include "api/Logging.h"

#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace Activo {

CompanyList::CompanyList(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

CompanyList::~CompanyList()
{
    cancel();
}

int CompanyList::indexOf(const QString &companyId) const
{
    for (int i = 0; i < m_companies.size(); ++i) {
        if (m_companies.at(i).id.compare(companyId, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void CompanyList::load()
{
    cancel();
    m_cursor.reset();
    m_loading.clear();
    requestNextPage();
}

void CompanyList::cancel()
{
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void CompanyList::requestNextPage()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("skip"), QString::number(m_cursor.nextSkip()));
    query.addQueryItem(QStringLiteral("take"), QString::number(m_cursor.requestTake()));
    ApiJob *job = m_client->get(QStringLiteral("/companies"), query);
    connect(job, &ApiJob::finished, this, &CompanyList::handleReply);
    m_job = job;
    job->start();
}

void CompanyList::handleReply(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;

    Page page;
    QString parseError;
    if (!job->succeeded() || !Page::parse(job->json(), m_cursor.nextSkip(), &page, &parseError)) {
        Q_EMIT failed(job->succeeded() ? job->badResponseError(parseError) : job->error());
        return;
    }

    QSet<QString> seen;
    for (const Company &company : std::as_const(m_loading))
        seen.insert(company.id.toLower());
    for (const QJsonValue &value : std::as_const(page.items)) {
        const QJsonObject object = value.toObject();
        Company company;
        company.id = Json::string(object, QLatin1String("id")).trimmed();
        company.name = Json::string(object, QLatin1String("name")).trimmed();
        if (company.id.isEmpty() || seen.contains(company.id.toLower())) {
            qCWarning(lcModels) << "skipped a company without an id or listed twice";
            continue;
        }
        if (company.name.isEmpty())
            company.name = company.id;
        seen.insert(company.id.toLower());
        m_loading.append(company);
    }

    m_cursor.advance(page);
    if (!m_cursor.atEnd()) {
        requestNextPage();
        return;
    }
    m_companies = m_loading;
    m_loading.clear();
    Q_EMIT loaded();
}

} // namespace Activo
