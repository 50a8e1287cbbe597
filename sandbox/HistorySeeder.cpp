#include "HistorySeeder.h"

#include "Depreciation.h"
#include "DeterministicRandom.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <optional>

namespace Activo::Sandbox {

namespace {

constexpr int kDisposalCount = 4;
constexpr int kRevaluationCount = 3;
// Count sessions whose expected assets number from kMinimumCountScope to
// kMaximumCountScope are preferred, so that results stay readable and small
// at 100,000 assets.
constexpr int kMinimumCountScope = 6;
constexpr int kMaximumCountScope = 300;
constexpr qint64 kCentsPerUnit = 100;

const QDate kEarliestDate(2012, 1, 1);

struct CountSessionPlan
{
    int minimumDaysAgo;
    int maximumDaysAgo;
    // Days from opening to reconciliation; 0 and 0 leave the session open.
    int minimumDaysToReconcile;
    int maximumDaysToReconcile;
    const char *notes;
};

const CountSessionPlan kCountSessionPlans[] = {
    {300, 360, 2, 6, "Annual physical count."},
    {90, 150, 1, 4, "Quarterly cycle count."},
    {1, 7, 0, 0, "Count in progress."},
};

struct DisposalReason
{
    const char *text;
    bool sold; // a sale has proceeds, the others have none
};

const DisposalReason kDisposalReasons[] = {
    {"Sold at the end of its useful life.", true},
    {"Scrapped: beyond economic repair.", false},
    {"Donated to a local school.", false},
    {"Sold to an employee.", true},
};

const char *const kTransferReasons[] = {
    "Relocated to a new department.",
    "Moved for a project.",
    "Office consolidation.",
    "Returned from repair.",
    "Replacement for a broken unit.",
};

const char *const kCheckoutNotes[] = {
    "Required for a field visit.",
    "Trade fair at the convention center.",
    "Home office during renovation.",
    "Client presentation.",
    "Inventory audit at a branch.",
};

const char *const kDamageNotes[] = {
    "Cracked corner of the casing.",
    "Scratches on the screen.",
    "Missing power adapter.",
};

const char *const kReservationNotes[] = {
    "Board meeting.",
    "Training course.",
    "Quarterly inventory.",
    "Visit by auditors.",
};

// State shared by the steps of seedHistory().
struct Seeder
{
    CompanyRecord &company;
    QDate today;
    QDate latestRun;
    int latestRunMonth = 0;
    int firstRunMonth = 0;
    DeterministicRandom &random;
    QSet<QString> &usedIds;
    QSet<QString> &usedEpcs;

    // By asset position in company.assets.
    QList<bool> disposed;
    QList<bool> revalued;
    QList<bool> reserved;
    // Indexes into company.history.transfers, by asset position.
    QHash<int, QList<int>> transfersByAsset;

    QUuid newId();
    QDate dateBetween(QDate first, QDate last);
    const char *pick(const char *const *texts, std::size_t count);
    int otherIndex(int count, int excluded);
    // Visits `candidates` in random order until `accept` has returned true
    // `targetCount` times or none are left.
    void visitInRandomOrder(QList<int> candidates, int targetCount, const std::function<bool(int)> &accept);
    // Where the asset at `position` was at the end of `date`, from its
    // transfers.
    int locationAt(int position, QDate date) const;

    void seedDisposals();
    void seedRevaluations();
    void seedManualTransfers();
    void seedCountSessions();
    void seedCountSession(const CountSessionPlan &plan, int sequence);
    void seedCheckouts();
    void seedReservations();
    void updateBookValues();
};

DepreciationBasis basisOf(const AssetRecord &asset)
{
    DepreciationBasis basis;
    basis.costCents = asset.acquisitionCostCents;
    basis.salvageCents = asset.salvageValueCents;
    basis.usefulLifeMonths = asset.usefulLifeMonths;
    basis.acquired = asset.acquisitionDate;
    return basis;
}

bool depreciates(const AssetRecord &asset)
{
    return asset.acquisitionDate.isValid() && asset.usefulLifeMonths > 0
        && asset.acquisitionCostCents > asset.salvageValueCents;
}

int lastChargeMonth(const AssetRecord &asset)
{
    return monthIndex(asset.acquisitionDate) + asset.usefulLifeMonths;
}

QUuid assetUuid(const AssetRecord &asset)
{
    return QUuid::fromString(asset.id);
}

QUuid Seeder::newId()
{
    for (;;) {
        QString id = random.nextUuid();
        if (!usedIds.contains(id)) {
            usedIds.insert(id);
            return QUuid::fromString(id);
        }
    }
}

QDate Seeder::dateBetween(QDate first, QDate last)
{
    Q_ASSERT(first <= last);
    return first.addDays(qint64(random.below(quint64(first.daysTo(last) + 1))));
}

const char *Seeder::pick(const char *const *texts, std::size_t count)
{
    return texts[random.below(count)];
}

int Seeder::otherIndex(int count, int excluded)
{
    Q_ASSERT(count >= 2);
    int index = int(random.below(quint64(count - 1)));
    if (excluded != kNoLink && index >= excluded)
        ++index;
    return index;
}

void Seeder::visitInRandomOrder(QList<int> candidates, int targetCount, const std::function<bool(int)> &accept)
{
    int accepted = 0;
    for (qsizetype i = 0; i < candidates.size() && accepted < targetCount; ++i) {
        const qsizetype chosen = i + qsizetype(random.below(quint64(candidates.size() - i)));
        std::swap(candidates[i], candidates[chosen]);
        if (accept(candidates.at(i)))
            ++accepted;
    }
}

int Seeder::locationAt(int position, QDate date) const
{
    const auto indexes = transfersByAsset.constFind(position);
    if (indexes == transfersByAsset.cend())
        return company.assets.at(position).locationIndex;

    const QList<TransferRecord> &transfers = company.history.transfers;
    const TransferRecord *firstLater = nullptr;
    for (const int index : indexes.value()) {
        const TransferRecord &transfer = transfers.at(index);
        if (transfer.transferDate > date && (!firstLater || transfer.transferDate < firstLater->transferDate))
            firstLater = &transfer;
    }
    return firstLater ? firstLater->fromLocationIndex : company.assets.at(position).locationIndex;
}

void Seeder::seedDisposals()
{
    const QDate windowStart = monthEnd(firstRunMonth - 1).addDays(1);
    QList<int> candidates;
    for (int i = 0; i < company.assets.size(); ++i) {
        const AssetRecord &asset = company.assets.at(i);
        if (depreciates(asset) && lastChargeMonth(asset) < latestRunMonth)
            candidates.append(i);
    }

    visitInRandomOrder(candidates, kDisposalCount, [this, windowStart](int position) {
        AssetRecord &asset = company.assets[position];
        const QDate lifeEnd = monthEnd(lastChargeMonth(asset));
        const QDate disposalDate = dateBetween(std::max(lifeEnd.addDays(1), windowStart), latestRun);
        const DisposalReason &reason = kDisposalReasons[random.below(std::size(kDisposalReasons))];
        const qint64 percentOfCost = random.between(3, 25);

        DisposalRecord disposal;
        disposal.id = newId();
        disposal.assetId = assetUuid(asset);
        disposal.disposalDate = disposalDate;
        disposal.costCents = asset.acquisitionCostCents;
        const DepreciationSchedule schedule(basisOf(asset));
        disposal.accumulatedDepreciationCents =
            asset.acquisitionCostCents - schedule.netBookValueAt(valuationMonth(today, disposalDate));
        disposal.proceedsCents =
            reason.sold ? asset.acquisitionCostCents * percentOfCost / 100 / kCentsPerUnit * kCentsPerUnit : 0;
        disposal.reason = QString::fromUtf8(reason.text);
        disposal.journalBatchId = newId();
        company.history.disposals.append(disposal);

        asset.status = QStringLiteral("Disposed");
        asset.availability = QStringLiteral("Unavailable");
        disposed[position] = true;
        return true;
    });

    std::stable_sort(company.history.disposals.begin(), company.history.disposals.end(),
                     [](const DisposalRecord &left, const DisposalRecord &right) {
                         return left.disposalDate < right.disposalDate;
                     });
}

void Seeder::seedRevaluations()
{
    QList<int> candidates;
    for (int i = 0; i < company.assets.size(); ++i) {
        const AssetRecord &asset = company.assets.at(i);
        if (!disposed.at(i) && depreciates(asset) && lastChargeMonth(asset) > firstRunMonth
            && lastChargeMonth(asset) <= latestRunMonth) {
            candidates.append(i);
        }
    }

    visitInRandomOrder(candidates, kRevaluationCount, [this](int position) {
        const AssetRecord &asset = company.assets.at(position);
        // The month must leave at least one charge after it, so that the
        // schedule ends at the salvage value with a depreciation entry.
        const int firstMonth = std::max(firstRunMonth, monthIndex(asset.acquisitionDate));
        const int lastMonth = lastChargeMonth(asset) - 1;
        const qint64 lowest = asset.salvageValueCents + kCentsPerUnit;
        const qint64 highest = asset.acquisitionCostCents;
        const int month = firstMonth + int(random.below(quint64(std::max(1, lastMonth - firstMonth + 1))));
        const qint64 percent = random.between(60, 160);
        if (firstMonth > lastMonth || lowest > highest)
            return false;

        const qint64 previousValue = DepreciationSchedule(basisOf(asset)).netBookValueAt(month);
        qint64 newValue = (previousValue * percent / 100 + kCentsPerUnit / 2) / kCentsPerUnit * kCentsPerUnit;
        newValue = std::clamp(newValue, lowest, highest);
        if (newValue == previousValue)
            newValue = previousValue + kCentsPerUnit <= highest ? previousValue + kCentsPerUnit : previousValue - kCentsPerUnit;
        if (newValue < lowest)
            return false;

        RevaluationRecord revaluation;
        revaluation.id = newId();
        revaluation.assetId = assetUuid(asset);
        revaluation.revaluationDate = monthEnd(month);
        revaluation.previousValueCents = previousValue;
        revaluation.newValueCents = newValue;
        revaluation.reason = newValue > previousValue ? QStringLiteral("Appraisal at market value.")
                                                      : QStringLiteral("Impairment found by an appraisal.");
        revaluation.journalBatchId = newId();
        company.history.revaluations.append(revaluation);
        revalued[position] = true;
        return true;
    });

    std::stable_sort(company.history.revaluations.begin(), company.history.revaluations.end(),
                     [](const RevaluationRecord &left, const RevaluationRecord &right) {
                         return left.revaluationDate < right.revaluationDate;
                     });
}

void Seeder::seedManualTransfers()
{
    const int locationCount = int(company.lookup(LookupKind::Location).size());
    if (locationCount < 2)
        return;

    QList<int> candidates;
    for (int i = 0; i < company.assets.size(); ++i) {
        const AssetRecord &asset = company.assets.at(i);
        if (!disposed.at(i) && asset.locationIndex != kNoLink && asset.acquisitionDate.isValid()
            && asset.acquisitionDate <= today) {
            candidates.append(i);
        }
    }

    const int transferCount = std::max(4, int(company.assets.size() / 200));
    visitInRandomOrder(candidates, transferCount, [this, locationCount](int position) {
        const AssetRecord &asset = company.assets.at(position);
        TransferRecord transfer;
        transfer.id = newId();
        transfer.assetId = assetUuid(asset);
        transfer.toLocationIndex = asset.locationIndex;
        transfer.fromLocationIndex = otherIndex(locationCount, asset.locationIndex);
        transfer.transferDate = dateBetween(asset.acquisitionDate, today);
        transfer.reason = QString::fromUtf8(pick(kTransferReasons, std::size(kTransferReasons)));
        transfersByAsset[position].append(int(company.history.transfers.size()));
        company.history.transfers.append(transfer);
        return true;
    });
}

void Seeder::seedCountSessions()
{
    int sequence = 0;
    for (const CountSessionPlan &plan : kCountSessionPlans)
        seedCountSession(plan, ++sequence);
}

void Seeder::seedCountSession(const CountSessionPlan &plan, int sequence)
{
    const QList<LookupRecord> &locations = company.lookup(LookupKind::Location);
    const QList<LookupRecord> &categories = company.lookup(LookupKind::Category);
    const int locationCount = int(locations.size());
    const int categoryCount = int(categories.size());
    if (locationCount < 2)
        return;

    const QDate opened = std::max(kEarliestDate, today.addDays(-random.between(plan.minimumDaysAgo, plan.maximumDaysAgo)));
    const bool reconciled = plan.maximumDaysToReconcile > 0;
    const QDate reconciledDate = reconciled
        ? std::min(today, opened.addDays(random.between(plan.minimumDaysToReconcile, plan.maximumDaysToReconcile)))
        : QDate();

    // Assets per location, in total (column 0) and per category (column
    // category + 1), where they were when the session opened.
    const auto isCountable = [this, opened](int position) {
        const AssetRecord &asset = company.assets.at(position);
        return !disposed.at(position) && asset.acquisitionDate.isValid() && asset.acquisitionDate <= opened;
    };
    QList<QList<int>> counts(locationCount, QList<int>(categoryCount + 1, 0));
    for (int i = 0; i < company.assets.size(); ++i) {
        const int location = isCountable(i) ? locationAt(i, opened) : kNoLink;
        if (location == kNoLink)
            continue;
        ++counts[location][0];
        const int category = company.assets.at(i).categoryIndex;
        if (category != kNoLink)
            ++counts[location][category + 1];
    }

    // The scope: a location, and a category or kNoLink for all of them.
    struct Scope
    {
        int location;
        int category;
        int count;
    };
    QList<Scope> inRange;
    std::optional<Scope> fallback;
    for (int location = 0; location < locationCount; ++location) {
        if (!locations.at(location).isActive)
            continue;
        for (int column = 0; column <= categoryCount; ++column) {
            const Scope scope{location, column - 1, counts.at(location).at(column)};
            if (scope.count >= kMinimumCountScope && scope.count <= kMaximumCountScope)
                inRange.append(scope);
            else if (scope.count > 0 && (!fallback || scope.count < fallback->count))
                fallback = scope;
        }
    }
    if (inRange.isEmpty() && !fallback)
        return;
    const Scope scope = inRange.isEmpty() ? *fallback : inRange.at(qsizetype(random.below(quint64(inRange.size()))));
    const auto inCategory = [this, &scope](int position) {
        return scope.category == kNoLink || company.assets.at(position).categoryIndex == scope.category;
    };

    QList<int> expected;
    for (int i = 0; i < company.assets.size(); ++i) {
        if (isCountable(i) && inCategory(i) && locationAt(i, opened) == scope.location)
            expected.append(i);
    }

    // Reconciled sessions moved some assets that were read elsewhere: they
    // are expected here, and a transfer on the reconciliation date took them
    // to where they are now. They must have no other transfer, so that their
    // current location is the transfer's destination.
    QList<int> moved;
    if (reconciled) {
        QList<int> candidates;
        for (int i = 0; i < company.assets.size(); ++i) {
            const int location = company.assets.at(i).locationIndex;
            if (isCountable(i) && inCategory(i) && location != kNoLink && location != scope.location
                && !transfersByAsset.contains(i)) {
                candidates.append(i);
            }
        }
        const int movedCount = std::max(1, int(expected.size() / 25));
        visitInRandomOrder(candidates, movedCount, [&moved](int position) {
            moved.append(position);
            return true;
        });
    }

    // Statuses of the assets that are still where they were expected.
    QList<CountResultStatus> statuses;
    std::array<int, 4> statusCounts{};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const quint64 ticket = random.below(100);
        CountResultStatus status = CountResultStatus::Found;
        if (ticket >= 86 && (reconciled || ticket < 94))
            status = CountResultStatus::Missing;
        else if (ticket >= 94)
            status = CountResultStatus::Moved;
        statuses.append(status);
        ++statusCounts[std::size_t(status)];
    }
    // Every session shows each status that it can have, by changing an asset
    // whose status occurs more than once.
    QList<CountResultStatus> required = {CountResultStatus::Found, CountResultStatus::Missing};
    if (!reconciled)
        required.append(CountResultStatus::Moved);
    if (expected.size() >= required.size()) {
        for (const CountResultStatus requiredStatus : std::as_const(required)) {
            if (statusCounts[std::size_t(requiredStatus)] > 0)
                continue;
            for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
                if (statusCounts[std::size_t(statuses.at(i))] > 1) {
                    --statusCounts[std::size_t(statuses.at(i))];
                    statuses[i] = requiredStatus;
                    ++statusCounts[std::size_t(requiredStatus)];
                    break;
                }
            }
        }
    }

    CountSessionRecord session;
    session.id = newId();
    session.code = QStringLiteral("CNT-%1-%2").arg(opened.year()).arg(sequence, 3, 10, QLatin1Char('0'));
    session.name = scope.category == kNoLink
        ? QStringLiteral("Physical count at %1").arg(locations.at(scope.location).name)
        : QStringLiteral("Cycle count of %1 at %2")
              .arg(categories.at(scope.category).name, locations.at(scope.location).name);
    session.openedDate = opened;
    session.reconciledDate = reconciledDate;
    session.expectedCount = int(expected.size() + moved.size());
    session.notes = QString::fromUtf8(plan.notes);

    // Results in assetCode order, which is the order of the positions.
    QList<std::pair<int, std::optional<CountResultStatus>>> lines;
    for (qsizetype i = 0; i < expected.size(); ++i)
        lines.append({expected.at(i), statuses.at(i)});
    for (const int position : std::as_const(moved))
        lines.append({position, std::nullopt});
    std::sort(lines.begin(), lines.end(), [](const auto &left, const auto &right) { return left.first < right.first; });

    for (const auto &[position, status] : std::as_const(lines)) {
        const AssetRecord &asset = company.assets.at(position);
        CountResultRecord result;
        result.id = newId();
        result.countSessionId = session.id;
        result.assetId = assetUuid(asset);
        result.epc = asset.epc.value_or(QString());
        result.expectedLocationIndex = scope.location;
        result.status = status.value_or(CountResultStatus::Moved);
        switch (result.status) {
        case CountResultStatus::Found:
            result.readLocationIndex = scope.location;
            break;
        case CountResultStatus::Missing:
        case CountResultStatus::Unexpected:
            result.readLocationIndex = kNoLink;
            break;
        case CountResultStatus::Moved:
            result.readLocationIndex = status ? otherIndex(locationCount, scope.location) : asset.locationIndex;
            break;
        }

        if (!status) {
            TransferRecord transfer;
            transfer.id = newId();
            transfer.assetId = result.assetId;
            transfer.fromLocationIndex = scope.location;
            transfer.toLocationIndex = asset.locationIndex;
            transfer.transferDate = reconciledDate;
            transfer.reason = QStringLiteral("Moved during count reconciliation.");
            transfer.sourceCountResultId = result.id;
            transfersByAsset[position].append(int(company.history.transfers.size()));
            company.history.transfers.append(transfer);
            result.transferApplied = true;
        }
        company.history.countResults.append(result);
    }

    const qint64 unexpectedCount = random.between(1, 3);
    for (qint64 i = 0; i < unexpectedCount; ++i) {
        QString epc;
        do {
            epc = QStringLiteral("E280") + random.nextHex(20);
        } while (usedEpcs.contains(epc));
        usedEpcs.insert(epc);

        CountResultRecord result;
        result.id = newId();
        result.countSessionId = session.id;
        result.epc = epc;
        result.status = CountResultStatus::Unexpected;
        result.readLocationIndex = scope.location;
        company.history.countResults.append(result);
    }

    company.history.countSessions.append(session);
}

void Seeder::seedCheckouts()
{
    const int employeeCount = int(company.lookup(LookupKind::Employee).size());
    if (employeeCount == 0)
        return;

    const auto notes = [this]() -> std::optional<QString> {
        if (random.percentChance(30))
            return std::nullopt;
        return QString::fromUtf8(pick(kCheckoutNotes, std::size(kCheckoutNotes)));
    };

    QList<int> available;
    for (int i = 0; i < company.assets.size(); ++i) {
        const AssetRecord &asset = company.assets.at(i);
        if (disposed.at(i) || !asset.acquisitionDate.isValid())
            continue;
        if (asset.availability == QLatin1String("Available") && asset.acquisitionDate <= today.addDays(-21))
            available.append(i);
        if (asset.availability != QLatin1String("CheckedOut"))
            continue;

        CheckoutRecord checkout;
        checkout.id = newId();
        checkout.assetId = assetUuid(asset);
        checkout.employeeIndex = int(random.below(quint64(employeeCount)));
        checkout.checkoutDate = std::max(asset.acquisitionDate, today.addDays(-random.between(1, 45)));
        const qint64 loanDays = random.between(3, 30);
        if (!random.percentChance(10))
            checkout.expectedReturnDate = checkout.checkoutDate.addDays(loanDays);
        checkout.notes = notes();
        company.history.checkouts.append(checkout);
    }

    const int returnedCount = std::max(4, int(company.assets.size() / 100));
    visitInRandomOrder(available, returnedCount, [this, employeeCount, &notes](int position) {
        const AssetRecord &asset = company.assets.at(position);
        CheckoutRecord checkout;
        checkout.id = newId();
        checkout.assetId = assetUuid(asset);
        checkout.employeeIndex = int(random.below(quint64(employeeCount)));
        checkout.checkoutDate = dateBetween(std::max(asset.acquisitionDate, today.addDays(-400)), today.addDays(-21));
        checkout.expectedReturnDate = checkout.checkoutDate.addDays(random.between(3, 21));
        checkout.actualReturnDate = checkout.checkoutDate.addDays(random.between(1, 20));
        checkout.notes = notes();
        const quint64 condition = random.below(100);
        if (condition < 80) {
            checkout.returnCondition = QStringLiteral("Good");
        } else if (condition < 95) {
            checkout.returnCondition = QStringLiteral("Fair");
        } else {
            checkout.returnCondition = QStringLiteral("Damaged");
            checkout.damageNotes = QString::fromUtf8(pick(kDamageNotes, std::size(kDamageNotes)));
        }
        company.history.checkouts.append(checkout);
        return true;
    });

    std::stable_sort(company.history.checkouts.begin(), company.history.checkouts.end(),
                     [](const CheckoutRecord &left, const CheckoutRecord &right) {
                         return left.checkoutDate < right.checkoutDate;
                     });
}

void Seeder::seedReservations()
{
    const int employeeCount = int(company.lookup(LookupKind::Employee).size());
    if (employeeCount == 0)
        return;

    const auto add = [this, employeeCount](int position, QDate start, QDate end, bool cancelled) {
        ReservationRecord reservation;
        reservation.id = newId();
        reservation.assetId = assetUuid(company.assets.at(position));
        reservation.employeeIndex = int(random.below(quint64(employeeCount)));
        reservation.startDate = start;
        reservation.endDate = end;
        reservation.cancelled = cancelled;
        if (!random.percentChance(25))
            reservation.notes = QString::fromUtf8(pick(kReservationNotes, std::size(kReservationNotes)));
        company.history.reservations.append(reservation);
        reserved[position] = true;
    };

    QList<int> free;
    QList<int> available;
    bool anyReserved = false;
    for (int i = 0; i < company.assets.size(); ++i) {
        const AssetRecord &asset = company.assets.at(i);
        if (disposed.at(i) || !asset.acquisitionDate.isValid() || asset.acquisitionDate > today)
            continue;
        if (asset.availability == QLatin1String("Reserved")) {
            anyReserved = true;
            const QDate start = std::max(asset.acquisitionDate, today.addDays(-random.between(0, 3)));
            add(i, start, today.addDays(random.between(1, 14)), false);
        } else {
            free.append(i);
        }
        if (asset.availability == QLatin1String("Available") && asset.status == QLatin1String("Active"))
            available.append(i);
    }

    // A small company may draw no "Reserved" asset, but every company shows
    // a reservation that is in progress.
    if (!anyReserved && !available.isEmpty()) {
        const int position = available.at(qsizetype(random.below(quint64(available.size()))));
        company.assets[position].availability = QStringLiteral("Reserved");
        free.removeOne(position);
        add(position, today, today.addDays(random.between(1, 14)), false);
    }

    const int scheduledCount = std::max(3, int(company.assets.size() / 200));
    visitInRandomOrder(free, scheduledCount, [this, &add](int position) {
        const QDate start = today.addDays(random.between(2, 30));
        add(position, start, start.addDays(random.between(0, 10)), false);
        return true;
    });

    const int completedCount = std::max(3, int(company.assets.size() / 200));
    visitInRandomOrder(free, completedCount, [this, &add](int position) {
        const QDate start = today.addDays(-random.between(15, 200));
        const QDate end = start.addDays(random.between(0, 7));
        if (reserved.at(position) || start < company.assets.at(position).acquisitionDate)
            return false;
        add(position, start, end, false);
        return true;
    });

    const int cancelledCount = std::max(2, int(company.assets.size() / 500));
    visitInRandomOrder(free, cancelledCount, [this, &add](int position) {
        const QDate start = today.addDays(random.between(-20, 40));
        const QDate end = start.addDays(random.between(0, 5));
        if (reserved.at(position) || start < company.assets.at(position).acquisitionDate)
            return false;
        add(position, start, end, true);
        return true;
    });

    std::stable_sort(company.history.reservations.begin(), company.history.reservations.end(),
                     [](const ReservationRecord &left, const ReservationRecord &right) {
                         return left.startDate < right.startDate;
                     });
}

void Seeder::updateBookValues()
{
    QHash<QUuid, QList<RevaluationStep>> steps;
    for (const RevaluationRecord &revaluation : std::as_const(company.history.revaluations))
        steps[revaluation.assetId].append({monthIndex(revaluation.revaluationDate), revaluation.newValueCents});
    QHash<QUuid, QDate> disposalDates;
    for (const DisposalRecord &disposal : std::as_const(company.history.disposals))
        disposalDates.insert(disposal.assetId, disposal.disposalDate);

    for (int i = 0; i < company.assets.size(); ++i) {
        if (!disposed.at(i) && !revalued.at(i))
            continue;
        AssetRecord &asset = company.assets[i];
        const QUuid id = assetUuid(asset);
        const DepreciationSchedule schedule(basisOf(asset), steps.value(id));
        asset.accumulatedDepreciationCents =
            asset.acquisitionCostCents - schedule.netBookValueAt(valuationMonth(today, disposalDates.value(id)));
    }
}

} // namespace

void seedHistory(CompanyRecord &company, QDate today, DeterministicRandom &random, QSet<QString> &usedIds,
                 QSet<QString> &usedEpcs)
{
    Seeder seeder{company, today, lastMonthEndOnOrBefore(today), 0, 0, random, usedIds, usedEpcs, {}, {}, {}, {}};
    seeder.latestRunMonth = monthIndex(seeder.latestRun);
    seeder.firstRunMonth = seeder.latestRunMonth - kRunWindowMonths + 1;
    seeder.disposed = QList<bool>(company.assets.size(), false);
    seeder.revalued = QList<bool>(company.assets.size(), false);
    seeder.reserved = QList<bool>(company.assets.size(), false);

    // Disposals come first, because a disposed asset takes part in nothing
    // else. Transfers by hand come before the count sessions, which need to
    // know where each asset was when a session opened.
    seeder.seedDisposals();
    seeder.seedRevaluations();
    seeder.seedManualTransfers();
    seeder.seedCountSessions();
    seeder.seedCheckouts();
    seeder.seedReservations();
    seeder.updateBookValues();

    std::stable_sort(company.history.transfers.begin(), company.history.transfers.end(),
                     [](const TransferRecord &left, const TransferRecord &right) {
                         return left.transferDate < right.transferDate;
                     });
}

} // namespace Activo::Sandbox
