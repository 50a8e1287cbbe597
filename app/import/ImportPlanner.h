#pragma once

#include "api/ApiError.h"
#include "import/CsvReader.h"
#include "import/ImportFields.h"
#include "import/ImportFormat.h"
#include "import/ImportLine.h"
#include "models/LookupCache.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

namespace Activo {

class ApiClient;
class AssetCodeFinder;

// The dry run of an import: reads every line's cells, loads the lookup lists
// the file names, looks the asset codes up on the server and decides per
// line Create, Update, Unchanged or Rejected. It writes nothing.
//
// After start(), exactly one of finished() or failed() follows, unless
// cancel() is called first. failed() means the server could not be asked
// (lookups or code searches); rejected lines are part of a finished dry run.
class ImportPlanner : public QObject
{
    Q_OBJECT

public:
    ImportPlanner(ApiClient *client, LookupCache *lookups, QObject *parent = nullptr);
    ~ImportPlanner() override;

    // `mapping` has one field per column of `document`'s header.
    void start(const QString &companyId, const CsvDocument &document, const QVector<ImportField> &mapping,
               const ImportFormat &format);
    void cancel();

    const QVector<ImportLine> &lines() const { return m_lines; }

    // Reads the cells of one record into a line: values, problems, lookup
    // texts. Needs no server. Exposed for the unit tests.
    static ImportLine readRecord(const CsvRecord &record, const QVector<ImportField> &mapping,
                                 const QStringList &header, const ImportFormat &format);

Q_SIGNALS:
    // A short translated text of the current step, e.g. "Looking up 20 asset codes…".
    void progressed(const QString &step);
    void finished();
    void failed(const Activo::ApiError &error);

private:
    void loadLookups();
    void handleLookupLoaded(const QString &companyId, LookupKind kind);
    void handleLookupFailed(const QString &companyId, LookupKind kind, const ApiError &error);
    void findCodes();
    void classify();
    void resolveLinks(ImportLine &line) const;
    // Returns whether the location with this id is in the lookup list and marked inactive.
    bool isInactiveLocation(const QUuid &id) const;
    void fail(const ApiError &error);

    ApiClient *m_client;
    LookupCache *m_lookups;
    QPointer<AssetCodeFinder> m_finder;
    QString m_companyId;
    QVector<ImportLine> m_lines;
    QSet<int> m_pendingKinds; // LookupKind values still loading
    bool m_running = false;
};

} // namespace Activo
