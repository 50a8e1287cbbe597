#pragma once

namespace Activo::Bench {

// Peak resident set size of this process in MiB (VmHWM of /proc/self/status), or -1 when unreadable.
double peakRssMb();
// Current resident set size of this process in MiB (VmRSS of /proc/self/status), or -1 when unreadable.
double currentRssMb();

} // namespace Activo::Bench
