#include "export/StaticRowSource.h"

#include <QTimer>

namespace Activo {

StaticRowSource::StaticRowSource(QVector<ExportColumn> columns, QVector<ExportRow> rows, QObject *parent)
    : ExportRowSource(parent)
    , m_columns(std::move(columns))
    , m_rows(std::move(rows))
{
}

void StaticRowSource::start()
{
    m_cancelled = false;
    QTimer::singleShot(0, this, [this] {
        if (m_cancelled)
            return;
        Q_EMIT progress(m_rows.size(), m_rows.size());
        Q_EMIT rowsReady(m_rows);
        Q_EMIT finished();
    });
}

void StaticRowSource::cancel()
{
    m_cancelled = true;
}

} // namespace Activo
