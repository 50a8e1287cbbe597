#pragma once

#include "export/ExportTypes.h"

#include <QStringList>

#include <functional>

namespace Activo {

class ExportRowSource;

// The list on screen, described for an export or a printout: its name,
// company and search text, the visible columns in their on-screen order, and
// a way to read all of its matching rows from the server.
struct ListExportTarget
{
    ExportInfo info;
    QStringList titles;
    qint64 expectedRows = -1; // the server's total as the list shows it, or -1
    // Texts of the rows loaded on screen, to choose the page orientation before printing.
    QVector<QStringList> sampleRows;
    // A new, unstarted source of every matching row; the caller owns it.
    std::function<ExportRowSource *()> createSource;

    bool isValid() const { return bool(createSource) && !titles.isEmpty(); }
};

} // namespace Activo
