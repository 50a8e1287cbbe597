#pragma once

#include "api/ApiError.h"
#include "export/ExportTypes.h"

#include <QObject>

namespace Activo {

// Every record of a list that matches the current search, read from the API
// page by page and turned into typed cells of the chosen columns, for
// exporting and printing. Rows come in the server's order.
//
// After start(), rowsReady() delivers rows in batches and progress() reports
// how many were read. Then exactly one of finished() or failed() follows,
// unless cancel() is called first: after cancel() no signal follows.
class ExportRowSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The chosen columns, in the order of the cells of every row.
    virtual QVector<ExportColumn> columns() const = 0;

    virtual void start() = 0;
    virtual void cancel() = 0;

    // Records the server listed but that were skipped: without a valid id,
    // or with an id already exported.
    int skippedCount() const { return m_skipped; }

Q_SIGNALS:
    void rowsReady(const QVector<Activo::ExportRow> &rows);
    // `total` is -1 until the server has sent it.
    void progress(qint64 received, qint64 total);
    void finished();
    void failed(const Activo::ApiError &error);

protected:
    int m_skipped = 0;
};

} // namespace Activo
