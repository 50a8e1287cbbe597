#pragma once

#include "import/CsvReader.h"

#include <QCoreApplication>
#include <QObject>

namespace Activo {

// Reads and parses a CSV file on a worker thread, so the GUI thread never
// waits on the disk. Only the result of the latest load() is delivered:
// a file chosen later replaces one still being read.
class CsvFileLoader : public QObject
{
    Q_OBJECT

public:
    // Files larger than this are refused with a message: an import file
    // lists acquisitions, not a whole register.
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    explicit CsvFileLoader(QObject *parent = nullptr);

    // Reads `path`, detecting the separator when `separator` is null. loaded() follows.
    void load(const QString &path, QChar separator = QChar());
    bool isLoading() const { return m_loading; }

    // Reads and parses on the calling thread. load() runs this on a worker thread.
    static CsvDocument readFile(const QString &path, QChar separator);

Q_SIGNALS:
    void loaded(const QString &path, const Activo::CsvDocument &document);

private:
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Activo
