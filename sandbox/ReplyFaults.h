#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QString>

#include <functional>
#include <optional>

namespace Activo::Sandbox {

enum class FaultKind;

// The shapes of reply that the bad-data faults change.
enum class ReplyShape {
    // Anything else: an error, a write's reply, a reply that a fault has
    // already turned into something that is not a JSON object.
    Other,
    // A 200 reply of a GET whose body is a JSON object with `items` and
    // `total`, e.g. GET /assets.
    List,
    // A 200 reply of a GET whose body is any other JSON object, e.g.
    // GET /assets/{id}.
    Object,
};

ReplyShape replyShape(const ApiRequest &request, const ApiReply &reply);

// Handles a request that a fault derives from the faulted one, such as the
// same query with another skip.
using ApiHandler = std::function<ApiReply(const ApiRequest &request)>;

// Returns `reply` as the bad-data fault `kind` changes it, or nothing when
// the fault does not apply to the reply, for example a list fault to an
// object reply or duplicate-ids to the first page. `firedBefore` is how
// often the rule fired before, which shifting-total needs. `handle` serves
// the derived requests of duplicate-ids and first-page-again.
std::optional<ApiReply> reshapeReply(FaultKind kind, const ApiRequest &request, const ApiReply &reply,
                                     qint64 firedBefore, const ApiHandler &handle);

// The names that rtl-emoji writes, in the order it writes them: Arabic,
// Hebrew with digits, and Latin text with emoji, ZWJ sequences and
// combining marks.
const QStringList &bidiEmojiNames();

// The number of UTF-8 bytes of the name that huge-name writes.
inline constexpr qsizetype kHugeNameBytes = 1024 * 1024;

} // namespace Activo::Sandbox
