#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QByteArrayView>
#include <QUuid>

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

// Like pageReply(), for items that are serialised when a page needs them:
// `itemAt(i)` returns the JSON of item i.
ApiReply generatedPageReply(qsizetype total, const PageWindow &window,
                            const std::function<QByteArray(qsizetype index)> &itemAt);

// Reads the optional GUID parameter `name` that filters a list, such as
// assetId. Absent or empty, it sets `id` to the null QUuid, which means no
// filter. Any other value that is not a GUID gives false and sets `error`
// to a 400 reply that names the parameter and repeats the value.
bool readIdFilter(const QueryParameters &query, const QString &name, QUuid *id, ApiReply *error);

} // namespace Activo::Sandbox
