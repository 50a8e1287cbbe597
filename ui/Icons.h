#pragma once

#include <QIcon>

namespace Activo::Icons {

// An icon from resources/icons/<name>.svg. Strokes and fills written as
// "currentColor" are drawn in the palette's text colour at paint time, so the
// icon follows dark mode and scales to any device pixel ratio.
QIcon themed(const QString &name);

// The application icon, drawn with its own colours.
QIcon application();

} // namespace Activo::Icons
