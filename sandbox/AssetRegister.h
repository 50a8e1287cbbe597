#pragma once

#include "Dataset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>
#include <utility>

namespace Activo::Sandbox {

// Read-only asset register of one company, prepared for fast paging and
// search.
//
// Every asset is serialised once when the register is built, into one
// buffer, so a page is a concatenation of ready JSON. Search runs over one
// case-folded text that contains the code, name and EPC of every asset, and
// the most recent results are cached so that paging through one search
// repeats no work.
class AssetRegister
{
public:
    using Matches = std::shared_ptr<const QList<qsizetype>>;

    explicit AssetRegister(const CompanyRecord &company);

    qsizetype size() const { return m_jsonOffsets.size() - 1; }

    // Serialised asset at `index`, in assetCode order. The view stays valid
    // as long as the register.
    QByteArrayView json(qsizetype index) const
    {
        const qsizetype begin = m_jsonOffsets.at(index);
        return QByteArrayView(m_json).sliced(begin, m_jsonOffsets.at(index + 1) - begin);
    }

    std::optional<qsizetype> indexOf(const QUuid &id) const;

    // Returns the indexes, in assetCode order, of the assets whose code,
    // name or EPC contains `text`. The comparison ignores case (Unicode
    // case folding, so "ÓN" finds "ón") but not accents. `text` must not
    // be empty.
    Matches search(const QString &text);

private:
    // All assets' JSON back to back; asset i spans m_jsonOffsets[i] up to
    // m_jsonOffsets[i + 1].
    QByteArray m_json;
    QList<qsizetype> m_jsonOffsets;
    QHash<QUuid, qsizetype> m_indexById;

    // Case-folded "code<US>name<US>epc<RS>" of every asset, and the offset
    // where each asset's part starts. The separators are control characters
    // that search text containing them can never match.
    QString m_searchText;
    QList<qsizetype> m_searchOffsets;

    // Most recently used first.
    QList<std::pair<QString, Matches>> m_searchCache;
};

} // namespace Activo::Sandbox
