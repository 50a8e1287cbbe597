#pragma once

#include <QApplication>
#include <QElapsedTimer>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace Activo::Bench {

// A QApplication that times each event the GUI thread's event loop delivers,
// grouped by event type and receiver class. Only the outermost notify() is
// timed, so an event sent from within another handler counts as part of that
// handler. Timing starts with startRecording().
class ProfilingApplication : public QApplication
{
public:
    struct Entry
    {
        std::string name; // "UpdateRequest to QWidgetWindow"
        qint64 count = 0;
        double totalMs = 0;
        double maxMs = 0;
    };

    ProfilingApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    void startRecording();
    void stopRecording() { m_recording = false; }
    // Returns every group, sorted by its longest single event.
    std::vector<Entry> entriesByMax() const;
    // Returns the totals of QEvent::UpdateRequest over all receivers. Qt paints a window's widgets in that event.
    Entry paintPasses() const;

private:
    QElapsedTimer m_clock;
    int m_depth = 0;
    bool m_recording = false;
    // Keyed by event type and class name. Class names are static strings of
    // each class's QMetaObject, so their addresses identify them.
    std::map<std::pair<int, const char *>, Entry> m_entries;
};

} // namespace Activo::Bench
