#pragma once

#include "Dataset.h"
#include "Depreciation.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Activo::Sandbox {

// The fields of a stored asset that depreciation runs, fiscal years and
// lifecycle actions read without parsing its JSON.
struct AssetFacts
{
    QUuid id;
    QString assetCode;
    DepreciationBasis basis;
    int locationIndex = kNoLink;
    int depreciationBookIndex = kNoLink;
};

// Asset register of one company, kept in assetCode order and prepared for
// fast paging and search.
//
// Every asset is serialised when it is stored, so a page is a concatenation
// of ready JSON. Search runs over one case-folded text that contains the
// code, name and EPC of every asset. That text is rebuilt on the first
// search after a write, and the most recent results are cached until the
// next write, so that paging through one search repeats no work.
class AssetRegister
{
public:
    using Matches = std::shared_ptr<const QList<qsizetype>>;

    // Serialises the seeded assets of `company`.
    explicit AssetRegister(const CompanyRecord &company);
    ~AssetRegister();

    AssetRegister(const AssetRegister &) = delete;
    AssetRegister &operator=(const AssetRegister &) = delete;

    qsizetype size() const { return qsizetype(m_entries.size()); }

    // Serialised asset at `index`, in assetCode order. The view stays valid
    // until the next store().
    QByteArrayView json(qsizetype index) const { return m_entries.at(std::size_t(index))->json; }

    // Facts of the asset at `index`, in assetCode order. The reference stays
    // valid until the next store().
    const AssetFacts &facts(qsizetype index) const { return m_entries.at(std::size_t(index))->facts; }

    // Serialised asset with `id`, or nothing. The view stays valid until the
    // next store().
    std::optional<QByteArrayView> find(const QUuid &id) const;

    // Facts of the asset with `id`, or nullptr. Valid until the next store().
    const AssetFacts *findFacts(const QUuid &id) const;

    // Number of store() calls so far. Data derived from the register, such
    // as depreciation runs, is stale once this changes.
    quint64 revision() const { return m_revision; }

    // Returns the id of the asset whose code equals `code` when both are
    // case-folded, or a null QUuid when there is none.
    QUuid findCode(const QString &code) const;

    // Returns the indexes, in assetCode order, of the assets whose code,
    // name or EPC contains `text`. The comparison ignores case (Unicode
    // case folding, so "ÓN" finds "ón") but not accents. `text` must not
    // be empty. The indexes stay valid until the next store().
    Matches search(const QString &text);

    // Adds `asset`, or replaces the asset with the same id, at its place in
    // assetCode order. `json` is its serialised form. No other asset may
    // have the same case-folded code.
    void store(const AssetRecord &asset, QByteArray json);

    // Replaces `from` with `to` in the JSON of every asset that contains it,
    // and returns the number of assets changed. Used when a linked record
    // changes its code or name. Search text and order do not change.
    qsizetype replaceInJson(const QByteArray &from, const QByteArray &to);

private:
    struct Entry
    {
        AssetFacts facts;
        QString foldedCode;
        // Case-folded "code<US>name<US>epc<RS>", see m_searchText.
        QString searchPart;
        QByteArray json;
    };

    static std::unique_ptr<Entry> makeEntry(const AssetRecord &asset, QByteArray json);
    // Returns the position where an entry with `assetCode` is or belongs.
    std::vector<std::unique_ptr<Entry>>::iterator positionOf(const QString &assetCode);
    void rebuildSearchText();

    // Sorted by assetCode, compared by UTF-16 code units.
    std::vector<std::unique_ptr<Entry>> m_entries;
    QHash<QUuid, Entry *> m_entryById;
    QHash<QString, Entry *> m_entryByFoldedCode;

    // The search parts of all entries in assetCode order, and the offset
    // where each entry's part starts. The separators are control characters
    // that search text containing them can never match. Stale after a write
    // until the next search.
    QString m_searchText;
    QList<qsizetype> m_searchOffsets;
    bool m_searchTextStale = true;

    // Most recently used first. Cleared by every write.
    QList<std::pair<QString, Matches>> m_searchCache;

    quint64 m_revision = 0;
};

} // namespace Activo::Sandbox
