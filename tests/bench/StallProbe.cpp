#include "StallProbe.h"

#include <time.h>

#include <algorithm>
#include <cmath>

namespace Activo::Bench {

namespace {

// The nearest-rank percentile `p` (0 < p <= 1) of sorted values.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

// CPU time used by the calling thread in ns, or 0 when the clock is not available.
qint64 threadCpuNs()
{
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return 0;
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::handleTimeout);
    m_clock.start();
}

void StallProbe::start()
{
    m_previousNs = m_clock.nsecsElapsed();
    m_previousCpuNs = threadCpuNs();
    m_timer.start();
}

void StallProbe::startRecording()
{
    m_latenessMs.clear();
    m_cpuMs.clear();
    m_worst.clear();
    m_previousNs = m_clock.nsecsElapsed();
    m_previousCpuNs = threadCpuNs();
    m_recording = true;
}

void StallProbe::stopRecording()
{
    m_recording = false;
}

void StallProbe::handleTimeout()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpuNow = threadCpuNs();
    const double gapMs = double(now - m_previousNs) / 1e6;
    const double cpuMs = double(cpuNow - m_previousCpuNs) / 1e6;
    m_previousNs = now;
    m_previousCpuNs = cpuNow;
    if (!m_recording)
        return;

    m_cpuMs.push_back(cpuMs);

    // A gap shorter than the interval, as when the timer catches up after a late timeout, counts as 0.
    const double latenessMs = std::max(0.0, gapMs - m_intervalMs);
    m_latenessMs.push_back(latenessMs);
    if (m_worst.size() < kWorstKept || latenessMs > m_worst.back().latenessMs) {
        const Stall stall{latenessMs, now, m_context ? m_context() : 0};
        const auto position = std::upper_bound(m_worst.begin(), m_worst.end(), stall,
                                               [](const Stall &a, const Stall &b) { return a.latenessMs > b.latenessMs; });
        m_worst.insert(position, stall);
        if (m_worst.size() > kWorstKept)
            m_worst.pop_back();
    }
}

StallProbe::Summary StallProbe::summary() const
{
    Summary result;
    std::vector<double> sorted = m_latenessMs;
    std::sort(sorted.begin(), sorted.end());
    result.samples = qint64(sorted.size());
    result.maxMs = sorted.empty() ? 0 : sorted.back();
    result.p99Ms = percentile(sorted, 0.99);
    result.p999Ms = percentile(sorted, 0.999);
    std::vector<double> cpuSorted = m_cpuMs;
    std::sort(cpuSorted.begin(), cpuSorted.end());
    result.cpuMaxMs = cpuSorted.empty() ? 0 : cpuSorted.back();
    result.cpuP99Ms = percentile(cpuSorted, 0.99);
    result.worst = m_worst;
    return result;
}

} // namespace Activo::Bench
