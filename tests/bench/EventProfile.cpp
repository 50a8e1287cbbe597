#include "EventProfile.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>

namespace Activo::Bench {

namespace {

std::string eventTypeName(QEvent::Type type)
{
    const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return name ? std::string(name) : "event " + std::to_string(int(type));
}

} // namespace

ProfilingApplication::ProfilingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_clock.start();
}

void ProfilingApplication::startRecording()
{
    m_entries.clear();
    m_recording = true;
}

bool ProfilingApplication::notify(QObject *receiver, QEvent *event)
{
    // QNetworkAccessManager handles HTTP in a thread of its own, and that thread's events pass through here too.
    if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);

    // The name is read before delivery, because the handler may delete the receiver.
    const QEvent::Type type = event->type();
    const char *className = receiver->metaObject()->className();
    const qint64 start = m_clock.nsecsElapsed();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double milliseconds = double(m_clock.nsecsElapsed() - start) / 1e6;

    Entry &entry = m_entries[{int(type), className}];
    ++entry.count;
    entry.totalMs += milliseconds;
    entry.maxMs = std::max(entry.maxMs, milliseconds);
    return result;
}

std::vector<ProfilingApplication::Entry> ProfilingApplication::entriesByMax() const
{
    std::vector<Entry> entries;
    entries.reserve(m_entries.size());
    for (const auto &[key, entry] : m_entries) {
        entries.push_back(entry);
        entries.back().name = eventTypeName(QEvent::Type(key.first)) + " to " + key.second;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.maxMs > b.maxMs; });
    return entries;
}

ProfilingApplication::Entry ProfilingApplication::paintPasses() const
{
    Entry passes;
    passes.name = "UpdateRequest";
    for (const auto &[key, entry] : m_entries) {
        if (key.first != QEvent::UpdateRequest)
            continue;
        passes.count += entry.count;
        passes.totalMs += entry.totalMs;
        passes.maxMs = std::max(passes.maxMs, entry.maxMs);
    }
    return passes;
}

} // namespace Activo::Bench
