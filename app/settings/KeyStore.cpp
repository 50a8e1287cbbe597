#include "settings/KeyStore.h"

// KeyStore has no out-of-line code. Including the moc output here compiles its
// meta-object (Q_OBJECT and Q_ENUM) in this translation unit.
#include "moc_KeyStore.cpp"
