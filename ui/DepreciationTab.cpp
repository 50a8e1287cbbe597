#include "DepreciationTab.h"

#include "ChartAxes.h"
#include "ErrorPanel.h"
#include "ListExporter.h"
#include "TableColumns.h"

#include "api/PageWalker.h"
#include "export/StaticRowSource.h"
#include "models/LocaleFormat.h"
#include "models/Money.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QCategoryAxis>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QChart>
#include <QChartView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrlQuery>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Activo {

namespace {

QString periodText(const DepreciationSchedule::Period &period, const QLocale &locale)
{
    return locale.toString(QDate(period.year, period.month, 1), QStringLiteral("MMM yyyy"));
}

QString money(qint64 cents, const QLocale &locale)
{
    return Money::fromCents(cents).toString(locale);
}

} // namespace

void ScheduleModel::setSchedule(const DepreciationSchedule &schedule)
{
    beginResetModel();
    m_schedule = schedule;
    m_asOfRow = -1;
    endResetModel();
}

void ScheduleModel::setAsOfRow(int row)
{
    if (row == m_asOfRow)
        return;
    m_asOfRow = row;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedule.periods().size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const DepreciationSchedule::Period &period = m_schedule.periods().at(index.row());
    const QLocale locale;
    const auto cents = [&period](int column) -> qint64 {
        switch (column) {
        case OpeningColumn: return period.openingCents;
        case ChargeColumn: return period.chargeCents;
        case AccumulatedColumn: return period.accumulatedCents;
        case ClosingColumn: return period.closingCents;
        default: return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case PeriodColumn: return periodText(period, locale);
        case SourceColumn:
            if (period.posted)
                return tr("Posted");
            if (m_schedule.isEstimate())
                return tr("Estimate");
            // Months still to come are a projection; past months without an
            // entry were computed the same way.
            return period.endDate() >= QDate::currentDate() ? tr("Projected") : tr("Computed");
        default: return money(cents(index.column()), locale);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == PeriodColumn || index.column() == SourceColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setItalic(!period.posted);
        font.setBold(index.row() == m_asOfRow);
        return font;
    }
    case Qt::ForegroundRole:
        if (!period.posted)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case PostedRole:
        return period.posted;
    case CentsRole:
        return index.column() == PeriodColumn || index.column() == SourceColumn ? QVariant() : QVariant(cents(index.column()));
    default:
        return QVariant();
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case PeriodColumn: return tr("Period");
    case OpeningColumn: return tr("Opening value");
    case ChargeColumn: return tr("Charge");
    case AccumulatedColumn: return tr("Accumulated");
    case ClosingColumn: return tr("Closing value");
    case SourceColumn: return tr("Source");
    default: return QVariant();
    }
}

DepreciationTab::DepreciationTab(const RecordContext &context, QString companyId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_companyId(std::move(companyId))
    , m_pages(new QStackedWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_noteLabel(new QLabel(this))
    , m_asOfBox(new QComboBox(this))
    , m_totalsLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ScheduleModel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_exportStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("depreciationTab"));
    setAccessibleName(tr("Depreciation schedule"));

    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setAccessibleName(tr("Schedule status"));
    m_messageLabel->setFocusPolicy(Qt::StrongFocus);
    connect(m_errorPanel, &ErrorPanel::retryRequested, this, &DepreciationTab::reload);

    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setAccessibleName(tr("About this schedule"));
    m_asOfBox->setObjectName(QStringLiteral("asOfBox"));
    m_asOfBox->setAccessibleName(tr("As of"));
    m_asOfBox->setToolTip(tr("The month whose figures are shown below and marked on the chart"));
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfBox);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextFormat(Qt::PlainText);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_totalsLabel->setAccessibleName(tr("Totals"));
    m_totalsLabel->setFocusPolicy(Qt::StrongFocus);

    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setAccessibleName(tr("Depreciation schedule"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QVector<TableColumns::Column> scheduleColumns;
    const QStringList keys{QStringLiteral("period"), QStringLiteral("opening"), QStringLiteral("charge"),
                           QStringLiteral("accumulated"), QStringLiteral("closing"), QStringLiteral("source")};
    for (int column = 0; column < ScheduleModel::ColumnCount; ++column) {
        scheduleColumns.append({ColumnDefault{keys.at(column), true, column == ScheduleModel::PeriodColumn},
                                m_model->headerData(column, Qt::Horizontal).toString()});
    }
    m_columns = new TableColumns(m_table, QStringLiteral("depreciationSchedule"), tr("Depreciation schedule"),
                                 scheduleColumns, context.settings, this);

    m_chartView->setObjectName(QStringLiteral("bookValueChart"));
    m_chartView->setAccessibleName(tr("Book value over time"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chart->setTitle(tr("Book value"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(asOfLabel);
    asOfRow->addWidget(m_asOfBox);
    asOfRow->addStretch();
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setAccessibleName(tr("Export status"));
    asOfRow->addWidget(m_exportStatus);
    // The header's context menu offers the same; this button is the keyboard's way.
    auto *columnsAction = new QAction(tr("C&olumns…"), this);
    columnsAction->setObjectName(QStringLiteral("scheduleColumnsAction"));
    columnsAction->setToolTip(tr("Choose and order the columns of the schedule"));
    connect(columnsAction, &QAction::triggered, m_columns, &TableColumns::openDialog);
    auto *columnsButton = new QToolButton(this);
    columnsButton->setDefaultAction(columnsAction);
    columnsButton->setAccessibleName(tr("Columns"));
    asOfRow->addWidget(columnsButton);
    if (context.settings) {
        // Export and Print take the whole schedule as the table shows it.
        m_exporter = new ListExporter(this, context.settings);
        m_exporter->setTargetProvider([this] { return exportTarget(); });
        m_exporter->setStatusHandler([this](const QString &text) { m_exportStatus->setText(text); });
        for (QAction *action : {m_exporter->exportAction(), m_exporter->printAction()}) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
            auto *button = new QToolButton(this);
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
            asOfRow->addWidget(button);
        }
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setChildrenCollapsible(false);

    auto *schedulePage = new QWidget(this);
    auto *scheduleLayout = new QVBoxLayout(schedulePage);
    scheduleLayout->setContentsMargins(0, 0, 0, 0);
    scheduleLayout->addWidget(m_noteLabel);
    scheduleLayout->addLayout(asOfRow);
    scheduleLayout->addWidget(m_totalsLabel);
    scheduleLayout->addWidget(splitter, 1);

    m_pages->addWidget(m_messageLabel);
    m_pages->addWidget(m_errorPanel);
    m_pages->addWidget(schedulePage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_messageLabel->setText(tr("Loading the depreciation entries…"));
    connect(m_asOfBox, &QComboBox::currentIndexChanged, this, &DepreciationTab::updateAsOf);
    setFocusProxy(m_table);
}

DepreciationTab::~DepreciationTab()
{
    if (m_walker)
        m_walker->cancel();
}

void DepreciationTab::setAsset(const Asset &asset)
{
    m_asset = asset;
    m_loaded = false;
    if (m_shownOnce || isVisible())
        startLoading();
}

void DepreciationTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shownOnce = true;
    if (!m_loaded && !m_walker && m_asset)
        startLoading();
}

void DepreciationTab::reload()
{
    m_loaded = false;
    if (m_asset)
        startLoading();
}

void DepreciationTab::startLoading()
{
    if (m_walker)
        m_walker->cancel();
    m_entries.clear();
    m_unreadableEntries = 0;
    m_messageLabel->setText(tr("Loading the depreciation entries…"));
    m_pages->setCurrentWidget(m_messageLabel);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    query.addQueryItem(QStringLiteral("assetId"), m_asset->id.toString(QUuid::WithoutBraces));
    auto *walker = new PageWalker(m_context.client, QStringLiteral("/depreciation-entries"), query, this);
    connect(walker, &PageWalker::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            const auto entry = DepreciationSchedule::entryFromJson(item.toObject());
            if (entry)
                m_entries.append(*entry);
            else
                ++m_unreadableEntries;
        }
    });
    connect(walker, &PageWalker::finished, this, [this, walker] {
        walker->deleteLater();
        m_loaded = true;
        showSchedule();
        Q_EMIT loaded();
    });
    connect(walker, &PageWalker::failed, this, [this, walker](const ApiError &error) {
        walker->deleteLater();
        m_errorPanel->setError(tr("The depreciation entries could not be loaded."), error);
        m_pages->setCurrentWidget(m_errorPanel);
    });
    m_walker = walker;
    walker->start();
}

void DepreciationTab::showSchedule()
{
    const DepreciationSchedule schedule = DepreciationSchedule::forAsset(*m_asset, m_entries);
    m_model->setSchedule(schedule);
    if (schedule.isEmpty()) {
        m_messageLabel->setText(schedule.reason());
        m_pages->setCurrentWidget(m_messageLabel);
        return;
    }
    const QLocale locale;
    QStringList notes;
    notes << tr("%n posted month(s) from the server. The other months, in grey italics, are computed "
                "straight-line from the cost, the salvage value and the useful life.", nullptr, schedule.postedCount());
    if (schedule.isEstimate())
        notes << tr("The method is %1, so the computed months are only an estimate.")
                     .arg(Asset::depreciationMethodText(m_asset->depreciationMethod));
    if (schedule.ignoredEntryCount() + m_unreadableEntries > 0)
        notes << tr("%n entry(ies) could not be placed in the useful life and were left out.", nullptr,
                    schedule.ignoredEntryCount() + m_unreadableEntries);
    m_noteLabel->setText(notes.join(u' '));

    const QSignalBlocker blocker(m_asOfBox);
    m_asOfBox->clear();
    for (const DepreciationSchedule::Period &period : schedule.periods())
        m_asOfBox->addItem(periodText(period, locale));
    // The current month, or the nearest end of the life.
    int current = schedule.periodAt(QDate::currentDate());
    if (current < 0)
        current = 0;
    m_asOfBox->setCurrentIndex(current);
    m_table->resizeColumnToContents(ScheduleModel::PeriodColumn);
    m_pages->setCurrentIndex(2);
    if (m_exporter)
        m_exporter->setAvailable(true);
    updateAsOf();
}

ListExportTarget DepreciationTab::exportTarget() const
{
    ListExportTarget target;
    const DepreciationSchedule &schedule = m_model->schedule();
    if (schedule.isEmpty() || !m_asset)
        return target;
    const QLocale locale;
    // A printout must identify the asset and its basis without the app.
    target.info.title = tr("Depreciation schedule of %1 — %2: cost %3, salvage value %4, useful life %n month(s)",
                           nullptr, m_asset->usefulLifeMonths.value_or(0))
                            .arg(m_asset->assetCode, m_asset->name, money(schedule.costCents(), locale),
                                 money(schedule.salvageCents(), locale));
    // The columns the table shows, in its order.
    const QVector<int> shown = ListExporter::visibleColumns(m_table);
    QVector<ExportColumn> columns;
    for (int column : shown) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        target.titles << title;
        const bool text = column == ScheduleModel::PeriodColumn || column == ScheduleModel::SourceColumn;
        columns.append(ExportColumn{title, text ? ExportValueType::Text : ExportValueType::Amount});
    }
    QVector<ExportRow> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ExportRow cells;
        QStringList texts;
        for (int column : shown) {
            const QModelIndex index = m_model->index(row, column);
            const QVariant cents = index.data(ScheduleModel::CentsRole);
            cells.append(cents.isValid() ? ExportCell::ofAmount(cents.toLongLong())
                                         : ExportCell::ofText(index.data().toString()));
            texts << index.data().toString();
        }
        rows.append(cells);
        if (target.sampleRows.size() < 20)
            target.sampleRows << texts;
    }
    // A total row: the charges of the whole life.
    ExportRow total;
    for (int column : shown) {
        if (column == ScheduleModel::PeriodColumn)
            total.append(ExportCell::ofText(tr("Total")));
        else if (column == ScheduleModel::ChargeColumn)
            total.append(ExportCell::ofAmount(schedule.totalChargeCents()));
        else if (column == ScheduleModel::SourceColumn)
            total.append(ExportCell::ofText(QString()));
        else
            total.append(ExportCell::emptyOf(ExportValueType::Amount));
    }
    rows.append(total);
    target.expectedRows = rows.size();
    target.createSource = [columns, rows]() -> ExportRowSource * { return new StaticRowSource(columns, rows); };
    return target;
}

void DepreciationTab::updateAsOf()
{
    const DepreciationSchedule &schedule = m_model->schedule();
    const int row = m_asOfBox->currentIndex();
    if (row < 0 || row >= schedule.periods().size())
        return;
    m_model->setAsOfRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_table->selectRow(row);
    const QLocale locale;
    const DepreciationSchedule::Period &period = schedule.periods().at(row);
    qint64 yearToDate = 0;
    for (int i = 0; i <= row; ++i) {
        if (schedule.periods().at(i).year == period.year)
            yearToDate += schedule.periods().at(i).chargeCents;
    }
    m_totalsLabel->setText(
        tr("At the end of %1: accumulated depreciation %2, net book value %3; charge in the month %4, in %5 so far "
           "%6. Over the whole life: cost %7, salvage value %8, total depreciation %9.")
            .arg(periodText(period, locale), money(period.accumulatedCents, locale), money(period.closingCents, locale),
                 money(period.chargeCents, locale), QString::number(period.year), money(yearToDate, locale),
                 money(schedule.costCents(), locale), money(schedule.salvageCents(), locale),
                 money(schedule.totalChargeCents(), locale)));
    updateChart();
}

void DepreciationTab::updateChart()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const DepreciationSchedule &schedule = m_model->schedule();
    if (schedule.isEmpty())
        return;

    const QPalette palette = QApplication::palette();
    m_chart->setBackgroundBrush(palette.brush(QPalette::Base));
    m_chart->setTitleBrush(palette.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(palette.color(QPalette::Text));

    auto *posted = new QLineSeries;
    posted->setName(tr("Posted"));
    auto *computed = new QLineSeries;
    computed->setName(schedule.isEstimate() ? tr("Estimate") : tr("Computed and projected"));
    QPen solid(palette.color(QPalette::Highlight), 2);
    posted->setPen(solid);
    // Another shade as well as dashes, so that the legend distinguishes the two lines.
    QPen dashed(palette.color(QPalette::Highlight).lighter(140), 2);
    dashed.setStyle(Qt::DashLine);
    computed->setPen(dashed);

    const QDate start = QDate(schedule.periods().first().year, schedule.periods().first().month, 1).addDays(-1);
    // The line starts at the cost, at the end of the month of acquisition.
    bool lastWasPosted = schedule.periods().first().posted;
    (lastWasPosted ? posted : computed)->append(qreal(ChartAxes::position(start)), qreal(schedule.costCents()) / 100.0);
    qreal minimum = qreal(schedule.salvageCents()) / 100.0;
    qreal maximum = qreal(schedule.costCents()) / 100.0;
    for (const DepreciationSchedule::Period &period : schedule.periods()) {
        const qreal x = qreal(ChartAxes::position(period.endDate()));
        const qreal y = qreal(period.closingCents) / 100.0;
        minimum = qMin(minimum, y);
        maximum = qMax(maximum, y);
        QLineSeries *series = period.posted ? posted : computed;
        if (period.posted != lastWasPosted && series->count() == 0 && !(period.posted ? computed : posted)->points().isEmpty()) {
            // Join the two lines where one hands over to the other.
            series->append((period.posted ? computed : posted)->points().constLast());
        }
        series->append(x, y);
        lastWasPosted = period.posted;
    }

    const QLocale locale;
    QCategoryAxis *axisX = ChartAxes::months(start, schedule.periods().last().endDate(), locale, palette);
    QCategoryAxis *axisY = ChartAxes::amounts(minimum, maximum, locale, palette);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);

    const auto addSeries = [this, axisX, axisY](QLineSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };
    // Attaching a series narrows the axis to it; the whole life is shown.
    const auto fixRange = [axisX, &schedule, start] {
        axisX->setRange(double(ChartAxes::position(start)),
                        double(ChartAxes::position(schedule.periods().last().endDate())));
    };
    if (posted->count() > 0)
        addSeries(posted);
    else
        delete posted;
    if (computed->count() > 0)
        addSeries(computed);
    else
        delete computed;

    const int row = m_asOfBox->currentIndex();
    if (row >= 0 && row < schedule.periods().size()) {
        auto *marker = new QLineSeries;
        marker->setName(tr("As of"));
        QPen markerPen(palette.color(QPalette::Text), 1);
        markerPen.setStyle(Qt::DotLine);
        marker->setPen(markerPen);
        const qreal x = qreal(ChartAxes::position(schedule.periods().at(row).endDate()));
        marker->append(x, axisY->min());
        marker->append(x, axisY->max());
        addSeries(marker);
    }
    fixRange();
}

QString DepreciationTab::totalsText() const
{
    return m_totalsLabel->text();
}

QString DepreciationTab::noteText() const
{
    return m_noteLabel->text();
}

} // namespace Activo
