#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QVector>

namespace Activo {

class ApiClient;
class PageWalker;

struct Company
{
    QString id; // the GUID exactly as the server sent it, sent back as companyId
    QString name;
};

// The companies of the tenant (GET /companies), every page of them.
// Also the connection test: the only call that needs no companyId.
class CompanyList : public QObject
{
    Q_OBJECT

public:
    explicit CompanyList(ApiClient *client, QObject *parent = nullptr);
    ~CompanyList() override;

    // Starts loading from the first page; a load in progress is abandoned.
    void load();
    void cancel();
    bool isLoading() const;

    const QVector<Company> &companies() const { return m_companies; }
    int indexOf(const QString &companyId) const;

Q_SIGNALS:
    void loaded();
    void failed(const Activo::ApiError &error);

private:
    void addPage(const QJsonArray &items);

    PageWalker *m_walker;
    QVector<Company> m_companies;
    QVector<Company> m_loading;
};

} // namespace Activo
