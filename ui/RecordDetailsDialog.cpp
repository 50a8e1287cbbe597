#include "RecordDetailsDialog.h"

#include "ErrorPanel.h"
#include "PagedTableView.h"
#include "RecordListPage.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Json.h"
#include "models/Money.h"
#include "models/RecordFormatter.h"
#include "models/RecordListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Activo {

namespace {

QString titleFor(const ResourceDescription &description)
{
    switch (description.drillDown) {
    case DrillDown::RunEntries: return RecordDetailsDialog::tr("Depreciation run");
    case DrillDown::BatchLines: return RecordDetailsDialog::tr("Journal batch");
    case DrillDown::SessionResults: return RecordDetailsDialog::tr("Count session");
    case DrillDown::None: break;
    }
    return description.title;
}

} // namespace

RecordDetailsDialog::RecordDetailsDialog(const RecordContext &context, ResourceDescription description,
                                         QString companyId, QJsonObject record, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_description(std::move(description))
    , m_companyId(std::move(companyId))
    , m_record(std::move(record))
    , m_formatter(new RecordFormatter(context.lookups, context.assets, this))
    , m_fieldsLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("recordDetailsDialog"));
    setWindowTitle(titleFor(m_description));
    setAccessibleName(windowTitle());
    resize(960, 600);
    m_formatter->setCompanyId(m_companyId);

    m_fieldsLabel->setObjectName(QStringLiteral("fieldsLabel"));
    m_fieldsLabel->setTextFormat(Qt::RichText);
    m_fieldsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fieldsLabel->setFocusPolicy(Qt::StrongFocus);
    m_fieldsLabel->setAccessibleName(tr("Record"));
    m_fieldsLabel->setWordWrap(true);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setTextFormat(Qt::PlainText);
    m_totalsLabel->setAccessibleName(tr("Totals"));
    m_totalsLabel->setFocusPolicy(Qt::StrongFocus);
    m_totalsLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fieldsLabel);

    if (m_description.drillDown == DrillDown::BatchLines) {
        m_tableModel = new RecordTableModel(ResourceCatalog::describe(Resource::JournalLines), context.lookups,
                                            context.assets, this);
        m_batchPages = new QStackedWidget(this);
        m_batchLoading = new QLabel(tr("Loading the journal lines…"), this);
        m_batchLoading->setAlignment(Qt::AlignCenter);
        m_batchLoading->setAccessibleName(tr("Loading"));
        m_batchError = new ErrorPanel(this);
        m_batchTable = new QTableView(this);
        m_batchTable->setObjectName(QStringLiteral("linesTable"));
        m_batchTable->setAccessibleName(tr("Journal lines"));
        m_batchTable->setModel(m_tableModel);
        m_batchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_batchTable->setTabKeyNavigation(false);
        m_batchTable->setAlternatingRowColors(true);
        m_batchTable->verticalHeader()->hide();
        // Fixed widths: sizing to the contents would read every line, and
        // name the asset of each, before the first paint.
        const int character = m_batchTable->fontMetrics().averageCharWidth();
        m_batchTable->horizontalHeader()->setDefaultSectionSize(character * 16);
        m_batchTable->horizontalHeader()->resizeSection(0, character * 10);
        m_batchTable->horizontalHeader()->resizeSection(1, character * 36);
        m_batchTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        m_batchTable->setWordWrap(false);
        m_batchTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_batchTable->verticalHeader()->setDefaultSectionSize(m_batchTable->fontMetrics().height() + 8);
        m_batchPages->addWidget(m_batchLoading);
        m_batchPages->addWidget(m_batchError);
        m_batchPages->addWidget(m_batchTable);
        layout->addWidget(m_batchPages, 1);
        connect(m_batchError, &ErrorPanel::retryRequested, this, &RecordDetailsDialog::loadBatch);
        connect(m_batchTable, &QAbstractItemView::activated, this, &RecordDetailsDialog::openLineAsset);
    } else {
        const Resource linesResource =
            m_description.drillDown == DrillDown::RunEntries ? Resource::DepreciationEntries : Resource::CountResults;
        m_listModel = new RecordListModel(context.client, ResourceCatalog::describe(linesResource), context.lookups,
                                          context.assets, this);
        const QString filter = m_description.drillDown == DrillDown::RunEntries ? QStringLiteral("runId")
                                                                                : QStringLiteral("sessionId");
        m_listModel->setFilter(filter, Json::uuid(m_record.value(QLatin1String("id"))).toString(QUuid::WithoutBraces));
        m_listView = new PagedTableView(this);
        const ResourceDescription &lines = m_listModel->description();
        m_listView->setTexts({lines.loadingText, lines.emptyText, lines.emptyText, lines.failedText, QString()});
        m_listView->setModel(m_listModel);
        m_listView->setLinkColumns(RecordListPage::linkColumns(lines));
        m_listView->table()->setObjectName(QStringLiteral("linesTable"));
        m_listView->table()->setAccessibleName(lines.title);
        layout->addWidget(m_listView, 1);
        connect(m_listView->table(), &QAbstractItemView::activated, this, &RecordDetailsDialog::openLineAsset);
    }
    layout->addWidget(m_totalsLabel);

    auto *hint = new QLabel(tr("Press Enter on a line to open its asset."), this);
    hint->setAccessibleName(tr("Hint"));
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    showRecordFields();
    connect(m_formatter, &RecordFormatter::changed, this, &RecordDetailsDialog::showRecordFields);
    setFocusProxy(linesTable());
}

RecordDetailsDialog::~RecordDetailsDialog()
{
    if (m_job)
        m_job->abort();
}

QTableView *RecordDetailsDialog::linesTable() const
{
    return m_batchTable ? m_batchTable : m_listView->table();
}

void RecordDetailsDialog::showRecordFields()
{
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const ColumnSpec &column : m_description.columns) {
        const QString value = m_formatter->text(m_record, column);
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td><b>") + column.title.toHtmlEscaped() + QStringLiteral("</b></td><td>")
            + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_fieldsLabel->setText(html);
}

void RecordDetailsDialog::load()
{
    if (m_listModel) {
        m_listModel->setCompanyId(m_companyId);
        return;
    }
    loadBatch();
}

void RecordDetailsDialog::loadBatch()
{
    if (m_job)
        return;
    m_batchPages->setCurrentWidget(m_batchLoading);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    const QString id = Json::uuid(m_record.value(QLatin1String("id"))).toString(QUuid::WithoutBraces);
    ApiJob *job = m_context.client->get(QStringLiteral("/journal-batches/") + id, query);
    connect(job, &ApiJob::finished, this, &RecordDetailsDialog::handleBatch);
    m_job = job;
    job->start();
}

void RecordDetailsDialog::handleBatch(ApiJob *job)
{
    m_job = nullptr;
    const QString heading = tr("The journal batch could not be loaded.");
    if (!job->succeeded()) {
        m_batchError->setError(heading, job->error());
        m_batchPages->setCurrentWidget(m_batchError);
        return;
    }
    const QJsonObject batch = job->json().object();
    const QJsonValue linesValue = batch.value(QLatin1String("lines"));
    if (!linesValue.isArray()) {
        m_batchError->setError(heading, job->badResponseError(tr("the reply has no list of lines.")));
        m_batchPages->setCurrentWidget(m_batchError);
        return;
    }
    // The single read carries the header too; it replaces the list's copy.
    for (auto it = batch.begin(); it != batch.end(); ++it) {
        if (it.key() != u"lines")
            m_record.insert(it.key(), it.value());
    }
    showRecordFields();

    QVector<QJsonObject> lines;
    qint64 debit = 0;
    qint64 credit = 0;
    int unreadable = 0;
    for (const QJsonValue &value : linesValue.toArray()) {
        if (!value.isObject()) {
            ++unreadable;
            continue;
        }
        const QJsonObject line = value.toObject();
        const std::optional<Money> lineDebit = Money::fromJson(line.value(QLatin1String("debit")));
        const std::optional<Money> lineCredit = Money::fromJson(line.value(QLatin1String("credit")));
        if (lineDebit)
            debit += lineDebit->cents();
        if (lineCredit)
            credit += lineCredit->cents();
        if ((!lineDebit && line.contains(QLatin1String("debit"))) || (!lineCredit && line.contains(QLatin1String("credit"))))
            ++unreadable;
        lines.append(line);
    }
    m_tableModel->setRecords(m_companyId, lines);
    m_batchPages->setCurrentWidget(m_batchTable);

    const QLocale locale;
    QString text = tr("%Ln line(s) · Debit %1 · Credit %2", nullptr, int(lines.size()))
                       .arg(Money::fromCents(debit).toString(locale), Money::fromCents(credit).toString(locale));
    if (debit == credit)
        text += QStringLiteral(" · ") + tr("Balanced");
    else
        text += QStringLiteral(" · ") + tr("Not balanced: the difference is %1")
                                            .arg(Money::fromCents(debit - credit).toString(locale));
    const std::optional<Money> headerDebit = Money::fromJson(batch.value(QLatin1String("totalDebit")));
    const std::optional<Money> headerCredit = Money::fromJson(batch.value(QLatin1String("totalCredit")));
    if ((headerDebit && headerDebit->cents() != debit) || (headerCredit && headerCredit->cents() != credit))
        text += QStringLiteral(" · ") + tr("The lines do not add up to the batch's totals.");
    if (unreadable > 0)
        text += QStringLiteral(" · ") + tr("%Ln line(s) or amounts could not be read", nullptr, unreadable);
    m_totalsLabel->setText(text);
    m_totalsLabel->show();
}

QString RecordDetailsDialog::totalsText() const
{
    return m_totalsLabel->text();
}

void RecordDetailsDialog::openLineAsset(const QModelIndex &index)
{
    const QUuid assetId(index.data(RecordRoles::AssetIdRole).toString());
    if (!assetId.isNull())
        Q_EMIT openAssetRequested(assetId);
}

} // namespace Activo
