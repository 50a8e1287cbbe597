#pragma once

#include "export/ExportRowSource.h"

namespace Activo {

// Rows that are already in memory, such as the register summary's sums,
// delivered as an export source: all at once, on the next turn of the event
// loop, so callers connect to the signals first as with any other source.
class StaticRowSource : public ExportRowSource
{
    Q_OBJECT

public:
    StaticRowSource(QVector<ExportColumn> columns, QVector<ExportRow> rows, QObject *parent = nullptr);

    QVector<ExportColumn> columns() const override { return m_columns; }
    void start() override;
    void cancel() override;

private:
    QVector<ExportColumn> m_columns;
    QVector<ExportRow> m_rows;
    bool m_cancelled = false;
};

} // namespace Activo
