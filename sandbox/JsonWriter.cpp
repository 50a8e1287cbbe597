#include "JsonWriter.h"

#include <utility>

namespace Activo::Sandbox {

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();

    out.append('"');
    for (const char byte : utf8) {
        const auto code = static_cast<unsigned char>(byte);
        switch (code) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (code < 0x20) {
                out.append("\\u00");
                out.append(kHex[code >> 4]);
                out.append(kHex[code & 0xF]);
            } else {
                // UTF-8 lead and continuation bytes are all >= 0x80, so a
                // multi-byte character passes through unchanged.
                out.append(byte);
            }
        }
    }
    out.append('"');
}

void appendMoney(QByteArray &out, qint64 cents)
{
    // Unsigned arithmetic, so that the magnitude of INT64_MIN does not overflow.
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? 0 - quint64(cents) : quint64(cents);
    const quint64 fraction = magnitude % 100;

    if (negative)
        out.append('-');
    out.append(QByteArray::number(magnitude / 100));
    out.append('.');
    out.append(char('0' + fraction / 10));
    out.append(char('0' + fraction % 10));
}

QByteArray errorBody(QStringView message)
{
    JsonWriter writer;
    writer.beginObject();
    writer.member(QLatin1String("error"), message);
    writer.endObject();
    return writer.take();
}

QByteArray pageEnvelope(const QList<QByteArrayView> &items, qsizetype total, qsizetype skip, qsizetype take)
{
    qsizetype size = 64;
    for (const QByteArrayView item : items)
        size += item.size() + 1;

    QByteArray out;
    out.reserve(size);
    out.append("{\"items\":[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(items.at(i));
    }
    out.append("],\"total\":");
    out.append(QByteArray::number(total));
    out.append(",\"skip\":");
    out.append(QByteArray::number(skip));
    out.append(",\"take\":");
    out.append(QByteArray::number(take));
    out.append('}');
    return out;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_firstElement.isEmpty())
        return;
    if (m_firstElement.last())
        m_firstElement.last() = false;
    else
        m_out.append(',');
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_firstElement.append(true);
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_firstElement.isEmpty());
    m_firstElement.removeLast();
    m_out.append('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_firstElement.append(true);
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_firstElement.isEmpty());
    m_firstElement.removeLast();
    m_out.append(']');
}

void JsonWriter::key(QLatin1String name)
{
    Q_ASSERT(!m_afterKey);
    beforeValue();
    // Member names are ASCII identifiers chosen by the sandbox, so they need
    // no escaping.
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":");
    m_afterKey = true;
}

void JsonWriter::string(QStringView value)
{
    beforeValue();
    appendJsonString(m_out, value);
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out.append(QByteArray::number(value));
}

void JsonWriter::money(qint64 cents)
{
    beforeValue();
    appendMoney(m_out, cents);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out.append(json);
}

void JsonWriter::member(QLatin1String name, QStringView value)
{
    key(name);
    string(value);
}

void JsonWriter::memberInteger(QLatin1String name, qint64 value)
{
    key(name);
    integer(value);
}

void JsonWriter::memberMoney(QLatin1String name, qint64 cents)
{
    key(name);
    money(cents);
}

void JsonWriter::memberBoolean(QLatin1String name, bool value)
{
    key(name);
    boolean(value);
}

void JsonWriter::memberRaw(QStringView name, const QByteArray &json)
{
    Q_ASSERT(!m_afterKey);
    beforeValue();
    appendJsonString(m_out, name);
    m_out.append(':');
    m_out.append(json);
}

QByteArray JsonWriter::take()
{
    m_firstElement.clear();
    m_afterKey = false;
    return std::exchange(m_out, QByteArray());
}

} // namespace Activo::Sandbox
