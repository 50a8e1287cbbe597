#include "SeedGenerator.h"

#include "DeterministicRandom.h"
#include "Depreciation.h"
#include "HistorySeeder.h"
#include "SeedCatalog.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Activo::Sandbox {

namespace {

// Random streams per company. Keeping them apart means that, for example,
// a different --assets value does not change any lookup record.
enum class Stream : quint64 {
    Lookups = 1,
    People = 2,
    Assets = 3,
    History = 4,
};

constexpr quint64 kCompanyIdStream = 0;

quint64 streamId(int companyIndex, Stream stream)
{
    return 16 * quint64(companyIndex + 1) + quint64(stream);
}

QString fromUtf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Returns the letters and digits of `text` in lowercase ASCII, with accents
// removed, for use in an e-mail address ("Muñoz" becomes "munoz").
QString emailLocalPart(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    for (const QChar character : decomposed) {
        if (character.unicode() < 0x80 && character.isLetterOrNumber())
            result.append(character.toLower());
    }
    return result;
}

// Returns an index into `weights`, drawn with probability proportional to
// each weight. Weights must be positive.
int pickWeighted(DeterministicRandom &random, const QList<int> &weights)
{
    const int total = std::accumulate(weights.cbegin(), weights.cend(), 0);
    auto ticket = int(random.below(quint64(total)));
    for (int i = 0; i < weights.size(); ++i) {
        if (ticket < weights.at(i))
            return i;
        ticket -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

// Draws ids until one is unused, so ids stay unique across the data set.
QString uniqueUuid(DeterministicRandom &random, QSet<QString> &usedIds)
{
    for (;;) {
        QString id = random.nextUuid();
        if (!usedIds.contains(id)) {
            usedIds.insert(id);
            return id;
        }
    }
}

const CategorySpec &categorySpec(const char *assetPrefix)
{
    for (const CategorySpec &spec : categorySpecs()) {
        if (qstrcmp(spec.assetPrefix, assetPrefix) == 0)
            return spec;
    }
    qFatal("Internal error: SeedCatalog has no category with asset prefix %s", assetPrefix);
}

// Sorts `records` by code and returns, for each original position, the
// position after sorting.
QList<int> sortByCode(QList<LookupRecord> &records)
{
    QList<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&records](int left, int right) {
        return records.at(left).code < records.at(right).code;
    });

    QList<LookupRecord> sorted;
    sorted.reserve(records.size());
    QList<int> newPosition(records.size());
    for (int position = 0; position < order.size(); ++position) {
        sorted.append(records.at(order.at(position)));
        newPosition[order.at(position)] = position;
    }
    records = std::move(sorted);
    return newPosition;
}

// Lookup lists of one company plus what the asset generator needs to know
// about them, all indexed by the position after sorting by code.
struct CompanyLookups
{
    QList<const CategorySpec *> categorySpecs;
    QList<int> categoryWeights;
    QList<int> locationWeights;
    int mainBookIndex = 0;
    int otherBookIndex = 0;
};

CompanyLookups generateLookups(CompanyRecord &company, const CompanySpec &spec,
                               DeterministicRandom &random, QSet<QString> &usedIds)
{
    CompanyLookups result;

    QList<LookupRecord> &categories = company.lookup(LookupKind::Category);
    QList<const CategorySpec *> categoryOrder;
    for (const char *prefix : spec.categoryPrefixes) {
        const CategorySpec &category = categorySpec(prefix);
        LookupRecord record;
        record.id = uniqueUuid(random, usedIds);
        record.code = fromUtf8(spec.spanishCategories ? category.spanishCode : category.englishCode);
        record.name = fromUtf8(spec.spanishCategories ? category.spanishName : category.englishName);
        categories.append(record);
        categoryOrder.append(&category);
    }
    const QList<int> categoryPositions = sortByCode(categories);
    result.categorySpecs.resize(categories.size());
    result.categoryWeights.resize(categories.size());
    for (int i = 0; i < categoryOrder.size(); ++i) {
        result.categorySpecs[categoryPositions.at(i)] = categoryOrder.at(i);
        result.categoryWeights[categoryPositions.at(i)] = categoryOrder.at(i)->weight;
    }

    QList<LookupRecord> &locations = company.lookup(LookupKind::Location);
    QList<int> locationWeightsInSpecOrder;
    for (const LocationSpec &location : spec.locations) {
        LookupRecord record;
        record.id = uniqueUuid(random, usedIds);
        record.code = fromUtf8(location.code);
        record.name = fromUtf8(location.name);
        record.city = fromUtf8(location.city);
        record.country = fromUtf8(location.country);
        record.isActive = location.isActive;
        locations.append(record);
        locationWeightsInSpecOrder.append(location.weight);
    }
    const QList<int> locationPositions = sortByCode(locations);
    result.locationWeights.resize(locations.size());
    for (int i = 0; i < locationWeightsInSpecOrder.size(); ++i)
        result.locationWeights[locationPositions.at(i)] = locationWeightsInSpecOrder.at(i);

    QList<LookupRecord> &costCenters = company.lookup(LookupKind::CostCenter);
    for (const CodeNameSpec &costCenter : spec.costCenters) {
        LookupRecord record;
        record.id = uniqueUuid(random, usedIds);
        record.code = fromUtf8(costCenter.code);
        record.name = fromUtf8(costCenter.name);
        costCenters.append(record);
    }
    sortByCode(costCenters);

    QList<LookupRecord> &books = company.lookup(LookupKind::DepreciationBook);
    for (const CodeNameSpec &book : spec.depreciationBooks) {
        LookupRecord record;
        record.id = uniqueUuid(random, usedIds);
        record.code = fromUtf8(book.code);
        record.name = fromUtf8(book.name);
        books.append(record);
    }
    const QList<int> bookPositions = sortByCode(books);
    result.mainBookIndex = bookPositions.value(0);
    result.otherBookIndex = bookPositions.value(1, result.mainBookIndex);

    return result;
}

void generatePeople(CompanyRecord &company, const CompanySpec &spec, DeterministicRandom &random,
                    QSet<QString> &usedIds)
{
    const auto &first = firstNames();
    const auto &last = lastNames();
    QSet<QString> usedNames;
    QSet<QString> usedEmails;

    auto drawPerson = [&]() {
        for (;;) {
            const QString firstName = fromUtf8(first.at(random.below(first.size())));
            const QString lastName = fromUtf8(last.at(random.below(last.size())));
            const QString fullName = firstName + QLatin1Char(' ') + lastName;
            if (!usedNames.contains(fullName)) {
                usedNames.insert(fullName);
                return std::make_pair(firstName, lastName);
            }
        }
    };

    QList<LookupRecord> &custodians = company.lookup(LookupKind::Custodian);
    for (int i = 1; i <= spec.custodianCount; ++i) {
        const auto [firstName, lastName] = drawPerson();
        LookupRecord record;
        record.id = uniqueUuid(random, usedIds);
        record.code = QStringLiteral("CUS-%1").arg(i, 3, 10, QLatin1Char('0'));
        record.name = firstName + QLatin1Char(' ') + lastName;
        custodians.append(record);
    }

    QList<LookupRecord> &employees = company.lookup(LookupKind::Employee);
    const QString domain = fromUtf8(spec.emailDomain);
    for (int i = 1; i <= spec.employeeCount; ++i) {
        const auto [firstName, lastName] = drawPerson();
        LookupRecord record;
        record.id = uniqueUuid(random, usedIds);
        record.code = QStringLiteral("EMP-%1").arg(i, 3, 10, QLatin1Char('0'));
        record.name = firstName + QLatin1Char(' ') + lastName;

        const QString localPart = emailLocalPart(firstName) + QLatin1Char('.') + emailLocalPart(lastName);
        QString email = localPart + QLatin1Char('@') + domain;
        for (int suffix = 2; usedEmails.contains(email); ++suffix)
            email = localPart + QString::number(suffix) + QLatin1Char('@') + domain;
        usedEmails.insert(email);
        record.email = email;
        employees.append(record);
    }
}

// Returns a cost in cents. Four in ten are round hundreds (round tens below
// 1,000), three in ten whole units and the rest have cents, so that clients
// see both 1200.00 and 1187.45.
qint64 drawCost(DeterministicRandom &random, const CategorySpec &spec)
{
    qint64 units = random.between(spec.minimumCost, spec.maximumCost);
    const quint64 shape = random.below(10);
    const quint64 cents = random.below(100);
    if (shape < 4) {
        const qint64 step = units >= 1000 ? 100 : 10;
        units = std::max(step, (units + step / 2) / step * step);
        return units * 100;
    }
    if (shape < 7)
        return units * 100;
    return units * 100 + qint64(cents);
}

// Returns a salvage value in whole units, below the cost: zero for one
// asset in five, otherwise 1% up to the category's maximum of the cost.
qint64 drawSalvage(DeterministicRandom &random, const CategorySpec &spec, qint64 costCents)
{
    const bool none = random.percentChance(20);
    const qint64 percent = random.between(1, std::max(1, spec.maximumSalvagePercent));
    if (none || spec.maximumSalvagePercent == 0)
        return 0;
    return costCents * percent / 100 / 100 * 100;
}

QDate drawAcquisitionDate(DeterministicRandom &random, QDate today)
{
    const QDate first(kFirstAcquisitionYear, 1, 1);
    const QDate last(2026, 12, 31);
    const qint64 offset = qint64(random.below(quint64(first.daysTo(last) + 1)));
    const QDate date = first.addDays(offset);
    if (date <= today)
        return date;
    const qint64 daysUntilToday = std::max<qint64>(0, first.daysTo(today));
    return first.addDays(offset % (daysUntilToday + 1));
}

void generateAssets(CompanyRecord &company, const CompanyLookups &lookups, int assetCount,
                    QDate today, DeterministicRandom &random, QSet<QString> &usedIds,
                    QSet<QString> &usedEpcs)
{
    const int costCenterCount = int(company.lookup(LookupKind::CostCenter).size());
    const int custodianCount = int(company.lookup(LookupKind::Custodian).size());

    // Sequence numbers per category, turned into codes once the widest
    // number is known so that codes sort in numeric order.
    QList<int> sequenceNumbers;
    QHash<int, int> countPerCategory;
    QList<AssetRecord> &assets = company.assets;
    assets.reserve(assetCount);

    for (int i = 0; i < assetCount; ++i) {
        AssetRecord asset;
        asset.categoryIndex = pickWeighted(random, lookups.categoryWeights);
        const CategorySpec &spec = *lookups.categorySpecs.at(asset.categoryIndex);

        asset.name = fromUtf8(spec.assetNames.at(random.below(spec.assetNames.size())));
        asset.locationIndex = pickWeighted(random, lookups.locationWeights);
        asset.costCenterIndex = int(random.below(quint64(costCenterCount)));
        asset.custodianIndex = int(random.below(quint64(custodianCount)));
        asset.depreciationBookIndex =
            random.percentChance(85) ? lookups.mainBookIndex : lookups.otherBookIndex;

        asset.id = uniqueUuid(random, usedIds);
        QString epc;
        do {
            epc = QStringLiteral("E280") + random.nextHex(20);
        } while (usedEpcs.contains(epc));
        usedEpcs.insert(epc);
        asset.epc = epc;

        asset.acquisitionDate = drawAcquisitionDate(random, today);
        asset.acquisitionCostCents = drawCost(random, spec);
        asset.salvageValueCents = drawSalvage(random, spec, asset.acquisitionCostCents);
        asset.usefulLifeMonths = spec.usefulLifeMonths.at(random.below(spec.usefulLifeMonths.size()));
        asset.depreciationMethod = QStringLiteral("StraightLine");

        // Both draws happen for every asset, so the sequence does not depend
        // on the status that came out.
        const quint64 statusTicket = random.below(100);
        const quint64 availabilityTicket = random.below(100);
        if (statusTicket < 88)
            asset.status = QStringLiteral("Active");
        else if (statusTicket < 96)
            asset.status = QStringLiteral("Inactive");
        else
            asset.status = QStringLiteral("UnderMaintenance");
        if (asset.status != QLatin1String("Active") || availabilityTicket < 80)
            asset.availability = QStringLiteral("Available");
        else if (availabilityTicket < 93)
            asset.availability = QStringLiteral("CheckedOut");
        else
            asset.availability = QStringLiteral("Reserved");

        asset.accumulatedDepreciationCents =
            straightLineAccumulated(asset.acquisitionCostCents, asset.salvageValueCents,
                                    asset.usefulLifeMonths, asset.acquisitionDate, lastMonthEndOnOrBefore(today));

        sequenceNumbers.append(++countPerCategory[asset.categoryIndex]);
        assets.append(std::move(asset));
    }

    int widestCount = 0;
    for (const int count : std::as_const(countPerCategory))
        widestCount = std::max(widestCount, count);
    const int width = std::max(4, int(QString::number(widestCount).size()));

    for (qsizetype i = 0; i < assets.size(); ++i) {
        const CategorySpec &spec = *lookups.categorySpecs.at(assets.at(i).categoryIndex);
        assets[i].assetCode = fromUtf8(spec.assetPrefix) + QLatin1Char('-')
            + QStringLiteral("%1").arg(sequenceNumbers.at(i), width, 10, QLatin1Char('0'));
    }

    std::sort(assets.begin(), assets.end(), [](const AssetRecord &left, const AssetRecord &right) {
        return left.assetCode < right.assetCode;
    });
}

} // namespace

Dataset generateDataset(const GeneratorOptions &options)
{
    Dataset dataset;
    QSet<QString> usedIds;
    QSet<QString> usedEpcs;

    DeterministicRandom companyIds = DeterministicRandom::forStream(options.seed, kCompanyIdStream);
    const auto &specs = companySpecs();
    for (int index = 0; index < int(specs.size()); ++index) {
        const CompanySpec &spec = specs.at(std::size_t(index));
        CompanyRecord company;
        company.id = uniqueUuid(companyIds, usedIds);
        company.name = fromUtf8(spec.name);

        DeterministicRandom lookupRandom =
            DeterministicRandom::forStream(options.seed, streamId(index, Stream::Lookups));
        const CompanyLookups lookups = generateLookups(company, spec, lookupRandom, usedIds);

        DeterministicRandom peopleRandom =
            DeterministicRandom::forStream(options.seed, streamId(index, Stream::People));
        generatePeople(company, spec, peopleRandom, usedIds);

        const int assetCount =
            spec.defaultAssetCount > 0 ? spec.defaultAssetCount : options.largeCompanyAssetCount;
        DeterministicRandom assetRandom =
            DeterministicRandom::forStream(options.seed, streamId(index, Stream::Assets));
        generateAssets(company, lookups, assetCount, options.today, assetRandom, usedIds, usedEpcs);

        DeterministicRandom historyRandom =
            DeterministicRandom::forStream(options.seed, streamId(index, Stream::History));
        seedHistory(company, options.today, historyRandom, usedIds, usedEpcs);

        dataset.companies.append(std::move(company));
    }

    std::sort(dataset.companies.begin(), dataset.companies.end(),
              [](const CompanyRecord &left, const CompanyRecord &right) {
                  return left.name < right.name;
              });
    return dataset;
}

} // namespace Activo::Sandbox
