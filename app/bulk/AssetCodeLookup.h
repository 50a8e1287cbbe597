#pragma once

#include "api/ApiError.h"
#include "models/Asset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

namespace Activo {

class ApiClient;
class ApiJob;

// Finds assets by their exact asset codes, for "Select by codes…".
//
// The API has no request for several codes at once, so each code is looked
// up with GET /assets?search=CODE, a few codes at a time, and only an asset
// whose code equals CODE (ignoring case) counts. The search also matches
// names and longer codes, so further pages are read until the code is found,
// up to maxPagesPerCode() pages. finished() is emitted once, unless cancel()
// is called first.
class AssetCodeLookup : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Kind { Found, NotFound, Failed };

        QString code;      // as the user typed it
        Kind kind = Kind::NotFound;
        QVector<Asset> assets; // for Found: every asset with exactly this code
        QString message;   // for NotFound and Failed: a translated reason
    };

    AssetCodeLookup(ApiClient *client, QString companyId, QObject *parent = nullptr);
    ~AssetCodeLookup() override;

    // Splits pasted text into codes. Line breaks, commas, semicolons, tabs
    // and spaces separate them, as in a column copied from a spreadsheet.
    // Blanks are dropped, and so are repeats that differ only in case: the
    // first spelling is kept, in the order of the text.
    static QStringList parseCodes(const QString &text);

    static constexpr int maxPagesPerCode = 5;

    // Lookups in flight at once, 1 or more. Default 4.
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }

    // Looks up `codes`; a lookup in progress is cancelled first.
    void start(const QStringList &codes);
    // Stops every lookup; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

    // One result per code, in the order given to start().
    const QVector<Result> &results() const { return m_results; }
    int doneCount() const { return m_done; }
    // Every asset found, in the order of the codes.
    QVector<Asset> foundAssets() const;

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    void startNext();
    void requestPage(int index, int skip, int pagesRead);
    void handleReply(ApiJob *job, int index, int skip, int pagesRead);
    void finishCode(int index);

    ApiClient *m_client;
    QString m_companyId;
    int m_maxInFlight = 4;
    bool m_running = false;
    int m_next = 0;
    int m_done = 0;
    QVector<Result> m_results;
    QVector<QPointer<ApiJob>> m_jobs;
};

} // namespace Activo
