#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QByteArrayView>

#include <functional>
#include <optional>

namespace Activo::Sandbox {

inline constexpr qsizetype kDefaultTake = 50;
inline constexpr qsizetype kMaximumTake = 200;
// skip is an int32 in the API contract.
inline constexpr qsizetype kMaximumSkip = 2147483647;

// The window of a list that one page shows.
struct PageWindow
{
    qsizetype skip = 0;
    qsizetype take = kDefaultTake;
};

// Reads `skip` and `take` from the query.
//
// Both default when absent. skip must be a whole number from 0 to
// kMaximumSkip. take must be a whole number of at least 1, and values above
// kMaximumTake are capped to it, which the envelope then reports. On invalid
// input this returns nothing and sets `error` to a 400 reply whose message
// names the parameter and repeats the value.
std::optional<PageWindow> readPageWindow(const QueryParameters &query, ApiReply *error);

// Returns a 200 reply with the envelope for the items in `window`.
// `itemAt(i)` returns the serialised item i of the `total` matching items.
ApiReply pageReply(qsizetype total, const PageWindow &window,
                   const std::function<QByteArrayView(qsizetype index)> &itemAt);

} // namespace Activo::Sandbox
