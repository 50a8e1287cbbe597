#pragma once

#include <QString>
#include <QtGlobal>

namespace Activo::Sandbox {

// SplitMix64 pseudo-random generator (Steele, Lea and Flood, 2014).
//
// Every value derives only from the seed and the number of earlier draws, so
// the same seed produces the same sequence with every compiler and standard
// library. std::uniform_int_distribution and friends are avoided on purpose,
// because their output is implementation-defined.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed);

    // Returns a generator whose sequence depends on `seed` and `stream`, so
    // that separate parts of the data set do not shift each other's values.
    static DeterministicRandom forStream(quint64 seed, quint64 stream);

    quint64 next();

    // Returns a value in [0, bound) without modulo bias. `bound` must be > 0.
    quint64 below(quint64 bound);

    // Returns a value in [minimum, maximum], both included.
    qint64 between(qint64 minimum, qint64 maximum);

    // Returns true with the given probability in percent (0 to 100).
    bool percentChance(int percent);

    // Returns a lowercase RFC 4122 version 4 UUID string without braces.
    QString nextUuid();

    // Returns `length` uppercase hexadecimal digits.
    QString nextHex(int length);

private:
    quint64 m_state;
};

} // namespace Activo::Sandbox
