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
    m_jsonOffsets.reserve(company.assets.size() + 1);
    m_indexById.reserve(company.assets.size());
    m_searchOffsets.reserve(company.assets.size() + 1);

    for (qsizetype index = 0; index < company.assets.size(); ++index) {
        const AssetRecord &asset = company.assets.at(index);
        m_jsonOffsets.append(m_json.size());
        m_json.append(assetJson(company, asset));
        m_indexById.insert(QUuid::fromString(asset.id), index);

        m_searchOffsets.append(m_searchText.size());
        m_searchText.append(asset.assetCode.toCaseFolded());
        m_searchText.append(kFieldSeparator);
        m_searchText.append(asset.name.toCaseFolded());
        m_searchText.append(kFieldSeparator);
        m_searchText.append(asset.epc.toCaseFolded());
        m_searchText.append(kRecordSeparator);
    }
    // Sentinels: the ends of the last asset's parts.
    m_jsonOffsets.append(m_json.size());
    m_searchOffsets.append(m_searchText.size());
    m_json.squeeze();
    m_searchText.squeeze();
}

std::optional<qsizetype> AssetRegister::indexOf(const QUuid &id) const
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.cend())
        return std::nullopt;
    return found.value();
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
