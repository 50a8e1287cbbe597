#include "ReplyFaults.h"

#include "FaultSwitch.h"
#include "JsonWriter.h"
#include "RawJson.h"

#include <QJsonValue>

#include <algorithm>

namespace Activo::Sandbox {

namespace {

const QByteArray kPlainTextContentType = QByteArrayLiteral("text/plain; charset=utf-8");
const QByteArray kHtmlContentType = QByteArrayLiteral("text/html; charset=utf-8");

const QByteArray kGatewayPage = QByteArrayLiteral(
    "<!DOCTYPE html>\n"
    "<html>\n"
    "<head><title>502 Bad Gateway</title></head>\n"
    "<body>\n"
    "<h1>502 Bad Gateway</h1>\n"
    "<p>The upstream server sent an invalid response.</p>\n"
    "</body>\n"
    "</html>\n");

// Beyond double precision and beyond 64 bits.
const QByteArray kHugeCost = QByteArrayLiteral("123456789012345678901234567890.12");
const QByteArray kHugeLife = QByteArrayLiteral("18446744073709551616");
// 2^65.
const QByteArray kHugeTotal = QByteArrayLiteral("36893488147419103232");

constexpr qint64 kTotalShift = 500;

QByteArray objectText(const QList<RawJsonMember> &members)
{
    QByteArray out;
    out += '{';
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, members.at(i).name);
        out += ':';
        out += members.at(i).value;
    }
    out += '}';
    return out;
}

QByteArray arrayText(const QList<QByteArray> &elements)
{
    QByteArray out;
    out += '[';
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += ',';
        out += elements.at(i);
    }
    out += ']';
    return out;
}

qsizetype indexOfMember(const QList<RawJsonMember> &members, const QString &name)
{
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members.at(i).name == name)
            return i;
    }
    return -1;
}

// Replaces the value of `name`, or appends the member when it is missing.
void setMember(QList<RawJsonMember> &members, const QString &name, const QByteArray &value)
{
    const qsizetype index = indexOfMember(members, name);
    if (index >= 0)
        members[index].value = value;
    else
        members.append(RawJsonMember{name, value});
}

QByteArray memberValue(const QList<RawJsonMember> &members, const QString &name)
{
    const qsizetype index = indexOfMember(members, name);
    return index >= 0 ? members.at(index).value : QByteArray();
}

qint64 integerMember(const QList<RawJsonMember> &members, const QString &name)
{
    return decodeValue(memberValue(members, name)).toInteger(-1);
}

QByteArray jsonString(QStringView text)
{
    QByteArray out;
    appendJsonString(out, text);
    return out;
}

ApiReply withBody(const ApiReply &reply, QByteArray body)
{
    ApiReply changed = reply;
    changed.body = std::move(body);
    return changed;
}

// The list envelope of a List reply, taken apart.
struct ListReply
{
    QList<RawJsonMember> members;
    QList<QByteArray> items;

    QByteArray text() const
    {
        QList<RawJsonMember> changed = members;
        setMember(changed, QLatin1String("items"), arrayText(items));
        return objectText(changed);
    }
};

std::optional<ListReply> readList(const ApiRequest &request, const ApiReply &reply)
{
    if (replyShape(request, reply) != ReplyShape::List)
        return std::nullopt;
    ListReply list;
    list.members = *readObjectMembers(reply.body);
    std::optional<QList<QByteArray>> items = readArrayElements(memberValue(list.members, QLatin1String("items")));
    if (!items)
        return std::nullopt;
    list.items = std::move(*items);
    return list;
}

// Changes one item, the object of an object reply or an element of
// `items`. `index` counts the items from 0. Returns nothing when the item
// cannot be changed.
using ItemChange = std::function<std::optional<QByteArray>(const QByteArray &item, qsizetype index)>;

// Applies `change` to the first `count` items of a list reply, or to the
// object of an object reply. Returns nothing when no item was changed.
std::optional<ApiReply> changeItems(const ApiRequest &request, const ApiReply &reply, qsizetype count,
                                    const ItemChange &change)
{
    if (replyShape(request, reply) == ReplyShape::Object) {
        const std::optional<QByteArray> changed = change(reply.body, 0);
        return changed ? std::optional<ApiReply>(withBody(reply, *changed)) : std::nullopt;
    }

    std::optional<ListReply> list = readList(request, reply);
    if (!list)
        return std::nullopt;
    bool anyChanged = false;
    const qsizetype end = std::min(count, list->items.size());
    for (qsizetype i = 0; i < end; ++i) {
        const std::optional<QByteArray> changed = change(list->items.at(i), i);
        if (changed) {
            list->items[i] = *changed;
            anyChanged = true;
        }
    }
    return anyChanged ? std::optional<ApiReply>(withBody(reply, list->text())) : std::nullopt;
}

// Sets members of an item that is a JSON object.
ItemChange setMembers(QList<RawJsonMember> values)
{
    return [values](const QByteArray &item, qsizetype) -> std::optional<QByteArray> {
        std::optional<QList<RawJsonMember>> members = readObjectMembers(item);
        if (!members)
            return std::nullopt;
        for (const RawJsonMember &value : values)
            setMember(*members, value.name, value.value);
        return objectText(*members);
    };
}

// Numbers become text that is not a number, and strings become numbers.
std::optional<QByteArray> swapTypes(const QByteArray &item, qsizetype)
{
    std::optional<QList<RawJsonMember>> members = readObjectMembers(item);
    if (!members)
        return std::nullopt;
    for (RawJsonMember &member : *members) {
        if (member.value.isEmpty())
            continue;
        const char first = member.value.at(0);
        if (first == '-' || (first >= '0' && first <= '9'))
            member.value = jsonString(QStringLiteral("about %1").arg(QString::fromLatin1(member.value)));
        else if (first == '"')
            member.value = member.name == QLatin1String("name") ? QByteArrayLiteral("12345") : QByteArrayLiteral("987");
    }
    return objectText(*members);
}

const QByteArray &hugeName()
{
    static const QByteArray name = [] {
        const QByteArray words = QByteArrayLiteral(
            "office desk with drawers and a cable tray for the finance team on the third floor of the building ");
        QByteArray text;
        text.reserve(kHugeNameBytes + words.size());
        while (text.size() < kHugeNameBytes)
            text += words;
        text.truncate(kHugeNameBytes);
        if (text.endsWith(' '))
            text[text.size() - 1] = 's';
        QByteArray quoted;
        appendJsonString(quoted, QString::fromLatin1(text));
        return quoted;
    }();
    return name;
}

// Returns the list reply of `request` with `skip` and `take` replaced.
std::optional<ListReply> fetchPage(const ApiRequest &request, qint64 skip, std::optional<qint64> take,
                                   const ApiHandler &handle)
{
    ApiRequest derived = request;
    derived.query.set(QStringLiteral("skip"), QString::number(skip));
    if (take)
        derived.query.set(QStringLiteral("take"), QString::number(*take));
    return readList(derived, handle(derived));
}

std::optional<ApiReply> changeList(FaultKind kind, const ApiRequest &request, const ApiReply &reply,
                                   qint64 firedBefore, const ApiHandler &handle)
{
    std::optional<ListReply> list = readList(request, reply);
    if (!list)
        return std::nullopt;
    QList<RawJsonMember> &members = list->members;

    switch (kind) {
    case FaultKind::HugeTotal:
        setMember(members, QLatin1String("total"), kHugeTotal);
        break;
    case FaultKind::NoItems:
        members.removeAt(indexOfMember(members, QLatin1String("items")));
        return withBody(reply, objectText(members));
    case FaultKind::NoTotal:
        members.removeAt(indexOfMember(members, QLatin1String("total")));
        break;
    case FaultKind::NegativeTotal:
        setMember(members, QLatin1String("total"), QByteArrayLiteral("-1"));
        break;
    case FaultKind::ShiftingTotal: {
        const qint64 total = integerMember(members, QLatin1String("total"));
        setMember(members, QLatin1String("total"), QByteArray::number(total + kTotalShift * firedBefore));
        break;
    }
    case FaultKind::DuplicateIds: {
        const qint64 skip = integerMember(members, QLatin1String("skip"));
        if (skip <= 0 || list->items.isEmpty())
            return std::nullopt;
        const std::optional<ListReply> previous = fetchPage(request, skip - 1, 1, handle);
        if (!previous || previous->items.isEmpty())
            return std::nullopt;
        list->items[0] = previous->items.constFirst();
        break;
    }
    case FaultKind::FirstPageAgain: {
        const qint64 total = integerMember(members, QLatin1String("total"));
        const qint64 take = integerMember(members, QLatin1String("take"));
        const qint64 skip = integerMember(members, QLatin1String("skip"));
        if (total < 0 || take < 0 || skip < 0)
            return std::nullopt;
        setMember(members, QLatin1String("total"), QByteArray::number(total + take));
        if (skip >= total) {
            const std::optional<ListReply> first = fetchPage(request, 0, std::nullopt, handle);
            if (!first)
                return std::nullopt;
            list->items = first->items;
            setMember(members, QLatin1String("skip"), QByteArrayLiteral("0"));
        }
        break;
    }
    default:
        Q_UNREACHABLE();
    }
    return withBody(reply, list->text());
}

} // namespace

ReplyShape replyShape(const ApiRequest &request, const ApiReply &reply)
{
    if (request.method != QHttpServerRequest::Method::Get || reply.status != ApiReply::StatusCode::Ok
        || reply.dropConnection || reply.hang || !reply.contentType.isEmpty() || reply.body.isEmpty())
        return ReplyShape::Other;
    const std::optional<QList<RawJsonMember>> members = readObjectMembers(reply.body);
    if (!members)
        return ReplyShape::Other;
    const QByteArray items = memberValue(*members, QLatin1String("items"));
    const bool isList = items.startsWith('[') && indexOfMember(*members, QLatin1String("total")) >= 0;
    return isList ? ReplyShape::List : ReplyShape::Object;
}

const QStringList &bidiEmojiNames()
{
    static const QStringList names = {
        QStringLiteral("مكتب المدير الخشبي"),
        QStringLiteral("מחשב נייד דגם 5540 בקומה 3"),
        // Woman technologist (ZWJ), family of four (ZWJ), rainbow flag
        // (VS16 and ZWJ), and two letters with combining marks.
        QStringLiteral("Equipo \U0001F469\u200D\U0001F4BB de Jose\u0301 "
                       "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 "
                       "\U0001F3F3\uFE0F\u200D\U0001F308 Zo\u0308e"),
    };
    return names;
}

std::optional<ApiReply> reshapeReply(FaultKind kind, const ApiRequest &request, const ApiReply &reply,
                                     qint64 firedBefore, const ApiHandler &handle)
{
    const ReplyShape shape = replyShape(request, reply);
    if (shape == ReplyShape::Other)
        return std::nullopt;

    switch (kind) {
    case FaultKind::NotJson: {
        ApiReply changed = withBody(reply, QByteArrayLiteral("Service temporarily unavailable"));
        changed.contentType = kPlainTextContentType;
        return changed;
    }
    case FaultKind::Html502: {
        ApiReply changed = withBody(reply, kGatewayPage);
        changed.status = ApiReply::StatusCode::BadGateway;
        changed.contentType = kHtmlContentType;
        changed.errorMessage = QStringLiteral("a gateway's error page");
        return changed;
    }
    case FaultKind::Truncated:
        return withBody(reply, reply.body.left(reply.body.size() / 2));
    case FaultKind::Empty200:
        return withBody(reply, QByteArray());
    case FaultKind::Error200:
        return withBody(reply, errorBody(u"Internal processing error."));
    case FaultKind::WrongTypes:
        return changeItems(request, reply, 1, swapTypes);
    case FaultKind::NullObject:
        if (shape == ReplyShape::Object)
            return withBody(reply, QByteArrayLiteral("null"));
        return changeItems(request, reply, 1, [](const QByteArray &, qsizetype) {
            return std::optional<QByteArray>(QByteArrayLiteral("null"));
        });
    case FaultKind::HugeNumber:
        if (shape != ReplyShape::List)
            return std::nullopt;
        return changeItems(request, reply, 1,
                           setMembers({{QStringLiteral("acquisitionCost"), kHugeCost},
                                       {QStringLiteral("usefulLifeMonths"), kHugeLife}}));
    case FaultKind::HugeName:
        return changeItems(request, reply, 1, setMembers({{QStringLiteral("name"), hugeName()}}));
    case FaultKind::BidiEmoji:
        return changeItems(request, reply, bidiEmojiNames().size(),
                           [](const QByteArray &item, qsizetype index) {
                               return setMembers({{QStringLiteral("name"),
                                                   jsonString(bidiEmojiNames().at(index))}})(item, index);
                           });
    case FaultKind::HugeTotal:
    case FaultKind::NoItems:
    case FaultKind::NoTotal:
    case FaultKind::NegativeTotal:
    case FaultKind::ShiftingTotal:
    case FaultKind::DuplicateIds:
    case FaultKind::FirstPageAgain:
        if (shape != ReplyShape::List)
            return std::nullopt;
        return changeList(kind, request, reply, firedBefore, handle);
    default:
        Q_UNREACHABLE();
    }
}

} // namespace Activo::Sandbox
