#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QLatin1String>
#include <QStringView>
#include <QVarLengthArray>

namespace Activo::Sandbox {

// Appends `text` to `out` as a quoted JSON string in UTF-8. Quotes,
// backslashes and control characters are escaped. Other characters,
// non-ASCII included, are written as they are.
void appendJsonString(QByteArray &out, QStringView text);

// Appends an amount held in cents as a JSON number with exactly two decimals,
// for example 125000 as 1250.00 and -5 as -0.05.
void appendMoney(QByteArray &out, qint64 cents);

// Returns `{"error":"<message>"}`, the body of every error reply.
QByteArray errorBody(QStringView message);

// Returns the paged list envelope `{"items":[...],"total":n,"skip":n,"take":n}`
// around items that are already serialised JSON values.
QByteArray pageEnvelope(const QList<QByteArrayView> &items, qsizetype total, qsizetype skip, qsizetype take);

// Streaming writer for compact JSON text.
//
// QJsonDocument is not used for replies because it writes 1250.00 as 1250,
// and the API shows amounts with two decimals. The writer inserts the commas,
// and the caller must call the begin and end functions in matching pairs.
class JsonWriter
{
public:
    JsonWriter() = default;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Starts an object member. The next call must write its value.
    void key(QLatin1String name);

    void string(QStringView value);
    void integer(qint64 value);
    void money(qint64 cents);
    void boolean(bool value);
    void null();
    // Writes a value that is already serialised JSON.
    void raw(const QByteArray &json);

    // Shorthands for key() followed by a value.
    void member(QLatin1String name, QStringView value);
    void memberInteger(QLatin1String name, qint64 value);
    void memberMoney(QLatin1String name, qint64 cents);
    void memberBoolean(QLatin1String name, bool value);
    // Writes a member whose name may need escaping, such as a name that a
    // client sent, and whose value is already serialised JSON.
    void memberRaw(QStringView name, const QByteArray &json);

    const QByteArray &data() const { return m_out; }
    QByteArray take();

private:
    void beforeValue();

    QByteArray m_out;
    // One entry per open object or array: true until its first element.
    QVarLengthArray<bool, 8> m_firstElement;
    bool m_afterKey = false;
};

} // namespace Activo::Sandbox
