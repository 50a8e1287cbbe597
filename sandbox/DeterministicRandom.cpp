#include "DeterministicRandom.h"

namespace Activo::Sandbox {

namespace {

constexpr quint64 kGoldenGamma = 0x9E3779B97F4A7C15ULL;

quint64 mix(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

} // namespace

DeterministicRandom::DeterministicRandom(quint64 seed)
    : m_state(seed)
{
}

DeterministicRandom DeterministicRandom::forStream(quint64 seed, quint64 stream)
{
    return DeterministicRandom(mix(seed + kGoldenGamma * (stream + 1)));
}

quint64 DeterministicRandom::next()
{
    m_state += kGoldenGamma;
    return mix(m_state);
}

quint64 DeterministicRandom::below(quint64 bound)
{
    Q_ASSERT(bound > 0);
    // Values under `threshold` would make the low residues more likely, so
    // they are drawn again. (2^64 - bound) % bound equals 2^64 % bound.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 value = next();
        if (value >= threshold)
            return value % bound;
    }
}

qint64 DeterministicRandom::between(qint64 minimum, qint64 maximum)
{
    Q_ASSERT(minimum <= maximum);
    const quint64 span = quint64(maximum) - quint64(minimum) + 1;
    if (span == 0) // the full 64-bit range
        return qint64(next());
    return qint64(quint64(minimum) + below(span));
}

bool DeterministicRandom::percentChance(int percent)
{
    return below(100) < quint64(percent);
}

QString DeterministicRandom::nextUuid()
{
    quint64 high = next();
    quint64 low = next();
    // Version 4 in the high nibble of byte 6, variant 10 in byte 8.
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;

    const QString hex = QStringLiteral("%1%2")
                            .arg(high, 16, 16, QLatin1Char('0'))
                            .arg(low, 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString DeterministicRandom::nextHex(int length)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    QString text;
    text.reserve(length);
    quint64 bits = 0;
    int bitsLeft = 0;
    for (int i = 0; i < length; ++i) {
        if (bitsLeft < 4) {
            bits = next();
            bitsLeft = 64;
        }
        text.append(QLatin1Char(kDigits[bits & 0xF]));
        bits >>= 4;
        bitsLeft -= 4;
    }
    return text;
}

} // namespace Activo::Sandbox
