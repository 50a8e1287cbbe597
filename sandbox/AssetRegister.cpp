#include "AssetRegister.h"

#include "Logging.h"
#include "ResourceJson.h"

#include <QElapsedTimer>
#include <QStringMatcher>

#include <algorithm>

namespace Activo::Sandbox {

namespace {

constexpr QChar kFieldSeparator(0x1F);  // ASCII unit separator
constexpr QChar kRecordSeparator(0x1E); // ASCII record separator

// Number of distinct search texts whose results are kept. Clients page
// through one search at a time, so a few entries cover parallel paging by
// several clients.
constexpr qsizetype kSearchCacheSize = 8;

} // namespace

AssetRegister::AssetRegister(const CompanyRecord &company)
{
    m_entries.reserve(std::size_t(company.assets.size()));
    m_entryById.reserve(company.assets.size());
    m_entryByFoldedCode.reserve(company.assets.size());

    for (const AssetRecord &asset : company.assets) {
        std::unique_ptr<Entry> entry = makeEntry(asset, assetJson(company, asset));
        m_entryById.insert(entry->facts.id, entry.get());
        m_entryByFoldedCode.insert(entry->foldedCode, entry.get());
        m_entries.push_back(std::move(entry));
    }
    // The generator sorts by assetCode already, so this only guards the
    // order that paging and store() rely on.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const auto &left, const auto &right) {
        return left->facts.assetCode < right->facts.assetCode;
    });
}

AssetRegister::~AssetRegister() = default;

std::unique_ptr<AssetRegister::Entry> AssetRegister::makeEntry(const AssetRecord &asset, QByteArray json)
{
    auto entry = std::make_unique<Entry>();
    entry->facts.id = QUuid::fromString(asset.id);
    entry->facts.assetCode = asset.assetCode;
    entry->facts.basis.costCents = asset.acquisitionCostCents;
    entry->facts.basis.salvageCents = asset.salvageValueCents;
    entry->facts.basis.usefulLifeMonths = asset.usefulLifeMonths;
    entry->facts.basis.acquired = asset.acquisitionDate;
    entry->facts.locationIndex = asset.locationIndex;
    entry->facts.depreciationBookIndex = asset.depreciationBookIndex;
    entry->foldedCode = asset.assetCode.toCaseFolded();
    entry->searchPart = entry->foldedCode + kFieldSeparator + asset.name.toCaseFolded() + kFieldSeparator
        + asset.epc.value_or(QString()).toCaseFolded() + kRecordSeparator;
    entry->json = std::move(json);
    // JsonWriter grows its buffer by doubling, and at 100,000 assets the
    // unused capacity would add tens of megabytes.
    entry->json.squeeze();
    return entry;
}

std::vector<std::unique_ptr<AssetRegister::Entry>>::iterator AssetRegister::positionOf(const QString &assetCode)
{
    return std::lower_bound(m_entries.begin(), m_entries.end(), assetCode,
                            [](const std::unique_ptr<Entry> &entry, const QString &code) {
                                return entry->facts.assetCode < code;
                            });
}

std::optional<QByteArrayView> AssetRegister::find(const QUuid &id) const
{
    const Entry *entry = m_entryById.value(id);
    if (!entry)
        return std::nullopt;
    return QByteArrayView(entry->json);
}

const AssetFacts *AssetRegister::findFacts(const QUuid &id) const
{
    const Entry *entry = m_entryById.value(id);
    return entry ? &entry->facts : nullptr;
}

QUuid AssetRegister::findCode(const QString &code) const
{
    const Entry *entry = m_entryByFoldedCode.value(code.toCaseFolded());
    return entry ? entry->facts.id : QUuid();
}

void AssetRegister::store(const AssetRecord &asset, QByteArray json)
{
    std::unique_ptr<Entry> entry = makeEntry(asset, std::move(json));
    Q_ASSERT(!m_entryByFoldedCode.contains(entry->foldedCode)
             || m_entryByFoldedCode.value(entry->foldedCode)->facts.id == entry->facts.id);

    if (Entry *previous = m_entryById.value(entry->facts.id)) {
        const auto position = positionOf(previous->facts.assetCode);
        Q_ASSERT(position != m_entries.end() && position->get() == previous);
        m_entryByFoldedCode.remove(previous->foldedCode);
        m_entries.erase(position);
    }

    m_entryById.insert(entry->facts.id, entry.get());
    m_entryByFoldedCode.insert(entry->foldedCode, entry.get());
    const auto position = positionOf(entry->facts.assetCode);
    m_entries.insert(position, std::move(entry));

    m_searchTextStale = true;
    m_searchCache.clear();
    ++m_revision;
}

qsizetype AssetRegister::replaceInJson(const QByteArray &from, const QByteArray &to)
{
    qsizetype changed = 0;
    for (const auto &entry : m_entries) {
        if (!entry->json.contains(from))
            continue;
        entry->json.replace(from, to);
        entry->json.squeeze();
        ++changed;
    }
    return changed;
}

void AssetRegister::rebuildSearchText()
{
    qsizetype length = 0;
    for (const auto &entry : m_entries)
        length += entry->searchPart.size();

    m_searchText.clear();
    m_searchText.reserve(length);
    m_searchOffsets.clear();
    m_searchOffsets.reserve(size() + 1);
    for (const auto &entry : m_entries) {
        m_searchOffsets.append(m_searchText.size());
        m_searchText.append(entry->searchPart);
    }
    // Sentinel: the end of the last asset's part.
    m_searchOffsets.append(m_searchText.size());
    m_searchTextStale = false;
}

AssetRegister::Matches AssetRegister::search(const QString &text)
{
    Q_ASSERT(!text.isEmpty());
    const QString needle = text.toCaseFolded();

    for (qsizetype i = 0; i < m_searchCache.size(); ++i) {
        if (m_searchCache.at(i).first == needle) {
            m_searchCache.move(i, 0);
            return m_searchCache.constFirst().second;
        }
    }

    QElapsedTimer timer;
    timer.start();
    if (m_searchTextStale)
        rebuildSearchText();

    auto matches = std::make_shared<QList<qsizetype>>();
    if (!needle.contains(kFieldSeparator) && !needle.contains(kRecordSeparator)) {
        const QStringMatcher matcher(needle, Qt::CaseSensitive);
        qsizetype position = matcher.indexIn(m_searchText, 0);
        while (position >= 0) {
            // The asset whose part contains `position`: the last offset that
            // is not greater than it.
            const auto next = std::upper_bound(m_searchOffsets.cbegin(), m_searchOffsets.cend(), position);
            const qsizetype index = (next - m_searchOffsets.cbegin()) - 1;
            matches->append(index);
            // Continue after this asset, so that each asset is listed once.
            position = matcher.indexIn(m_searchText, m_searchOffsets.at(index + 1));
        }
    }
    qCDebug(lcSandbox, "search over %lld assets found %lld in %lld ms",
            static_cast<long long>(size()), static_cast<long long>(matches->size()),
            static_cast<long long>(timer.elapsed()));

    m_searchCache.prepend({needle, matches});
    if (m_searchCache.size() > kSearchCacheSize)
        m_searchCache.removeLast();
    return matches;
}

} // namespace Activo::Sandbox
