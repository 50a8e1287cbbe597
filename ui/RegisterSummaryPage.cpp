#include "RegisterSummaryPage.h"

#include "ChartAxes.h"
#include "ErrorPanel.h"
#include "Icons.h"
#include "ListExporter.h"
#include "TableColumns.h"

#include "export/StaticRowSource.h"
#include "models/Money.h"
#include "models/RegisterSummary.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QCategoryAxis>

namespace Activo {

namespace {
// Groups drawn in the chart; the table lists them all.
constexpr int kChartGroups = 12;
} // namespace

RegisterSummaryPage::RegisterSummaryPage(const RecordContext &context, QWidget *parent)
    : QWidget(parent)
    , m_summary(new RegisterSummary(context.client, this))
    , m_groupingBox(new QComboBox(this))
    , m_reloadButton(new QPushButton(Icons::themed(QStringLiteral("refresh")), tr("&Read again"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_stateLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChart)
{
    setObjectName(QStringLiteral("registerSummaryPage"));
    setAccessibleName(tr("Register summary"));

    auto *heading = new QLabel(tr("Register summary"), this);
    heading->setAccessibleName(tr("List"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    m_groupingBox->setAccessibleName(tr("Group by"));
    m_groupingBox->addItem(tr("By category"), int(RegisterSummary::Grouping::Category));
    m_groupingBox->addItem(tr("By location"), int(RegisterSummary::Grouping::Location));
    auto *groupingLabel = new QLabel(tr("&Group:"), this);
    groupingLabel->setBuddy(m_groupingBox);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Read the whole register again from the server"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Assets read"));
    m_progress->setFormat(tr("%v of %m assets"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop reading the register"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setAccessibleName(tr("Summary status"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(heading);
    bar->addStretch();
    bar->addWidget(groupingLabel);
    bar->addWidget(m_groupingBox);
    bar->addWidget(m_reloadButton);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setAccessibleName(tr("Register summary"));
    m_table->setModel(m_summary);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RegisterSummary::GroupColumn, QHeaderView::Stretch);
    m_columns = new TableColumns(
        m_table, QStringLiteral("registerSummary"), tr("Register summary"),
        {{ColumnDefault{QStringLiteral("group"), true, true}, tr("Category or location")},
         {ColumnDefault{QStringLiteral("count"), true, false}, m_summary->headerData(RegisterSummary::CountColumn, Qt::Horizontal).toString()},
         {ColumnDefault{QStringLiteral("cost"), true, false}, m_summary->headerData(RegisterSummary::CostColumn, Qt::Horizontal).toString()},
         {ColumnDefault{QStringLiteral("accumulatedDepreciation"), true, false},
          m_summary->headerData(RegisterSummary::AccumulatedColumn, Qt::Horizontal).toString()},
         {ColumnDefault{QStringLiteral("netBookValue"), true, false},
          m_summary->headerData(RegisterSummary::NetBookValueColumn, Qt::Horizontal).toString()}},
        context.settings, this);

    auto *chartView = new QChartView(m_chart, this);
    chartView->setObjectName(QStringLiteral("summaryChart"));
    chartView->setAccessibleName(tr("Register summary chart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(420);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartView);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_errorPanel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(progressRow);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_table);

    connect(m_groupingBox, &QComboBox::currentIndexChanged, this, [this] {
        m_summary->setGrouping(RegisterSummary::Grouping(m_groupingBox->currentData().toInt()));
        updateChart();
    });
    connect(m_reloadButton, &QPushButton::clicked, this, &RegisterSummaryPage::reload);
    connect(m_cancelButton, &QPushButton::clicked, m_summary, &RegisterSummary::cancel);
    connect(m_errorPanel, &ErrorPanel::retryRequested, this, &RegisterSummaryPage::reload);
    connect(m_summary, &RegisterSummary::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(received, INT_MAX)));
        m_stateLabel->setText(statusText());
    });
    connect(m_summary, &RegisterSummary::stateChanged, this, &RegisterSummaryPage::updateState);
    updateState();
}

void RegisterSummaryPage::showCompany(const QString &companyId)
{
    if (companyId == m_summary->companyId() && m_summary->state() != RegisterSummary::State::Idle)
        return;
    m_summary->load(companyId);
}

void RegisterSummaryPage::reload()
{
    m_summary->load(m_summary->companyId());
}

QString RegisterSummaryPage::statusText() const
{
    const QLocale locale;
    switch (m_summary->state()) {
    case RegisterSummary::State::Idle:
        return tr("Choose a company.");
    case RegisterSummary::State::Loading:
        if (m_summary->expectedAssets() < 0)
            return tr("Reading the register…");
        return tr("Reading the register: %L1 of %L2 assets…")
            .arg(m_summary->receivedAssets())
            .arg(m_summary->expectedAssets());
    case RegisterSummary::State::Cancelled:
        return tr("Stopped after %L1 assets: the figures below cover only those. Press Read again for the whole "
                  "register.")
            .arg(m_summary->receivedAssets());
    case RegisterSummary::State::Failed:
        return tr("The register could not be read to the end; the figures below cover %L1 assets.")
            .arg(m_summary->receivedAssets());
    case RegisterSummary::State::Ready: {
        QString text = tr("Whole register: %L1 assets, net book value %2.")
                           .arg(m_summary->totals().count)
                           .arg(Money::fromCents(m_summary->totals().netBookValueCents).toString(locale));
        if (m_summary->unreadableAssets() > 0)
            text += u' '
                + tr("%Ln asset(s) had missing or unreadable amounts or ids: amounts counted as zero, assets "
                     "without an id left out.",
                     nullptr, int(qMin<qint64>(m_summary->unreadableAssets(), INT_MAX)));
        if (m_summary->repeatedAssets() > 0)
            text += u' '
                + tr("%Ln asset(s) the server sent more than once were counted once.", nullptr,
                     int(qMin<qint64>(m_summary->repeatedAssets(), INT_MAX)));
        return text;
    }
    }
    return QString();
}

ListExportTarget RegisterSummaryPage::exportTarget(const QString &companyName) const
{
    ListExportTarget target;
    if (m_summary->state() != RegisterSummary::State::Ready)
        return target;
    target.info.title = tr("Register summary") + QStringLiteral(" — ") + m_groupingBox->currentText();
    target.info.company = companyName;
    // The columns the table shows, in its order.
    const QVector<int> shown = ListExporter::visibleColumns(m_table);
    QVector<ExportColumn> columns;
    for (int column : shown) {
        const QString title = m_summary->headerData(column, Qt::Horizontal).toString();
        target.titles << title;
        const ExportValueType type = column == RegisterSummary::GroupColumn ? ExportValueType::Text
            : column == RegisterSummary::CountColumn                        ? ExportValueType::Integer
                                                                            : ExportValueType::Amount;
        columns.append(ExportColumn{title, type});
    }
    QVector<ExportRow> rows;
    const QStringList labels = m_summary->groupLabels();
    const QVector<RegisterSummary::Sums> sums = m_summary->groupSums();
    const auto addRow = [&rows, &shown](const QString &label, const RegisterSummary::Sums &group) {
        const ExportRow cells{ExportCell::ofText(label), ExportCell::ofInteger(group.count),
                              ExportCell::ofAmount(group.costCents), ExportCell::ofAmount(group.accumulatedCents),
                              ExportCell::ofAmount(group.netBookValueCents)};
        ExportRow row;
        for (int column : shown)
            row.append(cells.at(column));
        rows.append(row);
    };
    for (int i = 0; i < labels.size(); ++i)
        addRow(labels.at(i), sums.at(i));
    addRow(tr("Total"), m_summary->totals());
    for (int row = 0; row < qMin<qsizetype>(rows.size(), 20); ++row) {
        QStringList texts;
        for (int column : shown)
            texts << m_summary->index(row, column).data().toString();
        target.sampleRows << texts;
    }
    target.expectedRows = rows.size();
    target.createSource = [columns, rows]() -> ExportRowSource * { return new StaticRowSource(columns, rows); };
    return target;
}

void RegisterSummaryPage::updateState()
{
    const RegisterSummary::State state = m_summary->state();
    const bool loading = state == RegisterSummary::State::Loading;
    m_progress->setVisible(loading);
    m_cancelButton->setVisible(loading);
    m_reloadButton->setEnabled(!loading && !m_summary->companyId().isEmpty());
    if (loading) {
        m_progress->setRange(0, 0);
        m_pages->setCurrentIndex(0);
    }
    if (state == RegisterSummary::State::Failed) {
        m_errorPanel->setError(tr("The register could not be read."), m_summary->lastError());
        m_pages->setCurrentWidget(m_errorPanel);
    } else {
        m_pages->setCurrentIndex(0);
    }
    m_stateLabel->setText(statusText());
    updateChart();
    Q_EMIT statusChanged();
}

void RegisterSummaryPage::updateChart()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QPalette palette = QApplication::palette();
    m_chart->setBackgroundBrush(palette.brush(QPalette::Base));
    m_chart->setTitleBrush(palette.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(palette.color(QPalette::Text));
    const QStringList labels = m_summary->groupLabels();
    const QVector<RegisterSummary::Sums> sums = m_summary->groupSums();
    if (labels.isEmpty() || m_summary->state() == RegisterSummary::State::Loading) {
        m_chart->setTitle(QString());
        return;
    }
    const int shown = int(qMin<qsizetype>(labels.size(), kChartGroups));
    m_chart->setTitle(labels.size() > shown ? tr("The %1 groups with the largest net book value").arg(shown)
                                            : tr("All groups, by net book value"));
    auto *cost = new QBarSet(tr("Cost"));
    auto *accumulated = new QBarSet(tr("Accumulated depreciation"));
    auto *netBookValue = new QBarSet(tr("Net book value"));
    // Three clearly different shades from the palette: light, dark, accent.
    cost->setColor(palette.color(QPalette::Mid));
    QColor dark = palette.color(QPalette::Text);
    dark.setAlpha(150);
    accumulated->setColor(dark);
    netBookValue->setColor(palette.color(QPalette::Highlight));
    QStringList categories;
    double maximum = 0;
    // Horizontal bars are drawn from the bottom up; the largest group goes on top.
    for (int i = shown - 1; i >= 0; --i) {
        // The code alone keeps the labels short enough for every bar to get one.
        const qsizetype dash = labels.at(i).indexOf(QStringLiteral(" — "));
        categories << (dash > 0 ? labels.at(i).left(dash) : labels.at(i));
        *cost << double(sums.at(i).costCents) / 100.0;
        *accumulated << double(sums.at(i).accumulatedCents) / 100.0;
        *netBookValue << double(sums.at(i).netBookValueCents) / 100.0;
        maximum = qMax(maximum, double(sums.at(i).costCents) / 100.0);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(cost);
    series->append(accumulated);
    series->append(netBookValue);
    m_chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    // Qt elides category labels to the space it plans for them, often to "…".
    axisY->setTruncateLabels(false);
    axisY->setLabelsBrush(palette.brush(QPalette::Text));
    QCategoryAxis *axisX = ChartAxes::amounts(0, maximum, QLocale(), palette);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
}

} // namespace Activo
