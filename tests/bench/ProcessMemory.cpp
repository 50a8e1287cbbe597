#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

namespace Activo::Bench {

namespace {

// The value of one "Name:   N kB" line of /proc/self/status in MiB, or -1 when unreadable.
double statusFieldMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // Files under /proc report a size of 0, so the file is read in one go rather than until atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(field))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        bool ok = false;
        const qint64 kibibytes = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : 0;
        return ok ? double(kibibytes) / 1024.0 : -1;
    }
    return -1;
}

} // namespace

double peakRssMb()
{
    return statusFieldMb(QByteArrayLiteral("VmHWM:"));
}

double currentRssMb()
{
    return statusFieldMb(QByteArrayLiteral("VmRSS:"));
}

} // namespace Activo::Bench
