#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace Activo {

struct Asset;

// One asset's depreciation month by month, from the month after its
// acquisition to the end of its useful life.
//
// Months with a posted depreciation entry (GET /depreciation-entries) show
// that entry as it was posted. The other months are computed straight-line:
// the depreciable amount (cost minus salvage value) divided by the months
// of the useful life, rounded half up to the cent, with the rounding
// difference in the last month, so the schedule ends exactly at the salvage
// value. When the posted entries leave the asset at a value the plan does
// not predict (a revaluation, another rule on the server), the months after
// them spread what is left over the months that remain, in the same way.
//
// Only straight-line is computed exactly; for any other method the computed
// months are an estimate (isEstimate()).
class DepreciationSchedule
{
    Q_DECLARE_TR_FUNCTIONS(DepreciationSchedule)

public:
    struct Period
    {
        int year = 0;
        int month = 0; // 1 to 12
        qint64 openingCents = 0;
        qint64 chargeCents = 0;
        qint64 accumulatedCents = 0; // at the end of the month, since acquisition
        qint64 closingCents = 0;
        bool posted = false;

        QDate endDate() const;
        int index() const { return year * 12 + month - 1; }
    };

    // A posted entry as the API returns it; std::nullopt when it lacks a
    // period or an amount.
    struct PostedEntry
    {
        int year = 0;
        int month = 0;
        qint64 openingCents = 0;
        qint64 chargeCents = 0;
        qint64 closingCents = 0;
        std::optional<qint64> accumulatedCents;
    };
    static std::optional<PostedEntry> entryFromJson(const QJsonObject &object);

    // Builds the schedule of an asset. reason() explains an empty schedule (no
    // acquisition date, no useful life, nothing to depreciate).
    static DepreciationSchedule build(qint64 costCents, qint64 salvageCents, int usefulLifeMonths,
                                      const QDate &acquired, const QString &method,
                                      const QVector<PostedEntry> &posted);
    static DepreciationSchedule forAsset(const Asset &asset, const QVector<PostedEntry> &posted);

    bool isEmpty() const { return m_periods.isEmpty(); }
    QString reason() const { return m_reason; }
    bool isEstimate() const { return m_estimate; }
    const QVector<Period> &periods() const { return m_periods; }
    int postedCount() const { return m_postedCount; }
    // Posted entries that did not fit (a period outside the useful life, or
    // a second entry for the same month).
    int ignoredEntryCount() const { return m_ignoredEntries; }

    qint64 costCents() const { return m_costCents; }
    qint64 salvageCents() const { return m_salvageCents; }
    qint64 totalChargeCents() const;
    // Index into periods() of the month that contains `date`, the last period
    // when the date is later, or -1 when it is earlier than the first.
    int periodAt(const QDate &date) const;

private:
    QVector<Period> m_periods;
    QString m_reason;
    bool m_estimate = false;
    int m_postedCount = 0;
    int m_ignoredEntries = 0;
    qint64 m_costCents = 0;
    qint64 m_salvageCents = 0;
};

} // namespace Activo
