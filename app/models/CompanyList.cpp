#include "models/CompanyList.h"

#include "api/ApiClient.h"
#include "api/PageWalker.h"
#include "api/Json.h"
#include "api/Logging.h"

#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace Activo {

CompanyList::CompanyList(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_walker(new PageWalker(client, QStringLiteral("/companies"), QUrlQuery(), this))
{
    connect(m_walker, &PageWalker::pageReceived, this, &CompanyList::addPage);
    connect(m_walker, &PageWalker::failed, this, &CompanyList::failed);
    connect(m_walker, &PageWalker::finished, this, [this] {
        m_companies = m_loading;
        m_loading.clear();
        Q_EMIT loaded();
    });
}

CompanyList::~CompanyList() = default;

bool CompanyList::isLoading() const
{
    return m_walker->isRunning();
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
    m_loading.clear();
    m_walker->start();
}

void CompanyList::cancel()
{
    m_walker->cancel();
}

void CompanyList::addPage(const QJsonArray &items)
{
    QSet<QString> seen;
    for (const Company &company : std::as_const(m_loading))
        seen.insert(company.id.toLower());
    for (const QJsonValue &value : items) {
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
}

} // namespace Activo
