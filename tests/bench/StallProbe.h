#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace Activo::Bench {

// Measures how late the event loop of the thread it lives in runs a
// repeating Qt::PreciseTimer. The lateness of one timeout is the time since
// the previous timeout minus the interval, so a handler that blocks the
// thread for S ms shows as a lateness of about S minus the interval.
//
// It also records the CPU time that the thread used between two timeouts
// (CLOCK_THREAD_CPUTIME_ID). Lateness includes time in which other processes
// ran on the CPU, and this CPU time does not, so on a busy machine it shows
// how long the thread itself was busy.
//
// Samples are kept only between startRecording() and stopRecording().
class StallProbe : public QObject
{
public:
    struct Stall
    {
        double latenessMs = 0;
        qint64 atNs = 0;  // time of the late timeout on clock()
        qint64 context = 0; // value of the context function at that time
    };

    struct Summary
    {
        qint64 samples = 0;
        double maxMs = 0;
        double p99Ms = 0;
        double p999Ms = 0;
        double cpuMaxMs = 0; // CPU time of the thread between two timeouts
        double cpuP99Ms = 0;
        std::vector<Stall> worst; // the largest latenesses, largest first
    };

    explicit StallProbe(int intervalMs, QObject *parent = nullptr);

    // Starts the timer. Until startRecording(), its timeouts are not counted.
    void start();
    // Drops the samples so far and counts from now. The first gap is measured from this call.
    void startRecording();
    void stopRecording();
    Summary summary() const;

    // Called at each sample to label the worst stalls, for example with the rows loaded.
    void setContext(std::function<qint64()> context) { m_context = std::move(context); }
    const QElapsedTimer &clock() const { return m_clock; }
    int intervalMs() const { return m_intervalMs; }

private:
    void handleTimeout();

    static constexpr size_t kWorstKept = 10;

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_previousNs = 0;
    qint64 m_previousCpuNs = 0;
    bool m_recording = false;
    std::vector<double> m_latenessMs;
    std::vector<double> m_cpuMs;
    std::vector<Stall> m_worst;
    std::function<qint64()> m_context;
};

} // namespace Activo::Bench
