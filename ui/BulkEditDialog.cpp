#include "BulkEditDialog.h"

#include "LookupComboBox.h"
#include "MessageBox.h"

#include "bulk/BulkAssetUpdate.h"
#include "models/LookupCache.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Activo {

namespace {

Json::Link chosenLink(const LookupComboBox *box)
{
    Json::Link link;
    link.id = box->currentRecordId();
    link.name = box->currentRecordText();
    return link;
}

} // namespace

BulkEditDialog::BulkEditDialog(ApiClient *client, LookupCache *lookups, QString companyId, QVector<Asset> assets,
                               QWidget *parent)
    : QDialog(parent)
    , m_companyId(std::move(companyId))
    , m_lookups(lookups)
    , m_assets(std::move(assets))
    , m_update(new BulkAssetUpdate(client, m_companyId, this))
    , m_headingLabel(new QLabel(this))
    , m_locationCheck(new QCheckBox(tr("&Location:"), this))
    , m_locationBox(new LookupComboBox(this))
    , m_custodianCheck(new QCheckBox(tr("C&ustodian:"), this))
    , m_custodianBox(new LookupComboBox(this))
    , m_costCenterCheck(new QCheckBox(tr("Cost ce&nter:"), this))
    , m_costCenterBox(new LookupComboBox(this))
    , m_statusCheck(new QCheckBox(tr("S&tatus:"), this))
    , m_statusBox(new QComboBox(this))
    , m_availabilityCheck(new QCheckBox(tr("A&vailability:"), this))
    , m_availabilityBox(new QComboBox(this))
    , m_lookupStatusLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_previewList(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_resultsView(new QTableView(this))
    , m_detailsLabel(new QLabel(this))
    , m_applyButton(new QPushButton(this))
    , m_cancelRunButton(new QPushButton(tr("&Cancel changes"), this))
    , m_retryButton(new QPushButton(tr("&Retry failed"), this))
    , m_copyButton(new QPushButton(tr("C&opy results"), this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Change selected assets"));
    setAccessibleName(windowTitle());
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 600);
    setUpForm();

    connect(m_update, &BulkAssetUpdate::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_update, &BulkAssetUpdate::assetChanged, this, &BulkEditDialog::assetChanged);
    connect(m_update, &BulkAssetUpdate::finished, this, &BulkEditDialog::showRunSummary);
    connect(m_applyButton, &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(m_cancelRunButton, &QPushButton::clicked, this, [this] {
        m_update->cancel();
        if (m_update->isRunning())
            m_statusLabel->setText(tr("Cancelling: no further asset is started, and the changes already sent "
                                      "finish first…"));
        updateButtons();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_statusLabel->setText(tr("Running the failed and not started assets again…"));
        m_update->retryFailed();
        updateButtons();
    });
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_update->toTabSeparatedText());
        m_statusLabel->setText(tr("The results list was copied. Paste it into a spreadsheet or a message."));
    });
    connect(m_exportButton, &QPushButton::clicked, this, &BulkEditDialog::chooseExportFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    connect(this, &BulkEditDialog::exported, this, [this](const QString &path, const QString &error) {
        m_statusLabel->setText(error.isEmpty() ? tr("The results were saved to %1.").arg(path)
                                               : tr("The results could not be saved to %1: %2 Choose another "
                                                    "folder or file name.")
                                                     .arg(path, error));
    });

    updatePreview();
    updateButtons();
    m_locationCheck->setFocus();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::setUpForm()
{
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    m_headingLabel->setText(tr("Set new values on %n selected asset(s). Fields that are not checked are left "
                               "as each asset has them.",
                               nullptr, int(m_assets.size())));
    m_headingLabel->setWordWrap(true);

    const QList<std::tuple<QCheckBox *, QWidget *, QString, QString>> rows = {
        {m_locationCheck, m_locationBox, QStringLiteral("location"), tr("Location")},
        {m_custodianCheck, m_custodianBox, QStringLiteral("custodian"), tr("Custodian")},
        {m_costCenterCheck, m_costCenterBox, QStringLiteral("costCenter"), tr("Cost center")},
        {m_statusCheck, m_statusBox, QStringLiteral("status"), tr("Status")},
        {m_availabilityCheck, m_availabilityBox, QStringLiteral("availability"), tr("Availability")},
    };
    auto *form = new QGridLayout;
    int row = 0;
    for (const auto &[check, field, name, label] : rows) {
        check->setObjectName(name + QStringLiteral("Check"));
        check->setAccessibleName(tr("Change %1").arg(label));
        check->setToolTip(tr("Unchecked: the %1 of each asset stays as it is.").arg(label.toLower()));
        field->setObjectName(name + QStringLiteral("Box"));
        field->setAccessibleName(tr("New value of %1").arg(label.toLower()));
        field->setEnabled(false);
        form->addWidget(check, row, 0);
        form->addWidget(field, row, 1);
        ++row;
        connect(check, &QCheckBox::toggled, field, &QWidget::setEnabled);
        auto *combo = static_cast<QComboBox *>(field);
        connect(check, &QCheckBox::toggled, this, [this, combo](bool on) {
            if (on) {
                // Typing then replaces "(none)" or the current choice.
                combo->setFocus();
                if (combo->isEditable())
                    combo->lineEdit()->selectAll();
            }
            updatePreview();
        });
        connect(combo, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updatePreview);
        connect(combo, &QComboBox::editTextChanged, this, &BulkEditDialog::updatePreview);
    }
    form->setColumnStretch(1, 1);

    for (const QString &value : Asset::editableStatuses())
        m_statusBox->addItem(Asset::statusText(value), value);
    for (const QString &value : Asset::editableAvailabilities())
        m_availabilityBox->addItem(Asset::availabilityText(value), value);

    m_lookupStatusLabel->setObjectName(QStringLiteral("lookupStatusLabel"));
    m_lookupStatusLabel->setWordWrap(true);
    connect(m_lookups, &LookupCache::loaded, this, [this](const QString &companyId) {
        if (companyId == m_companyId)
            fillLookups();
    });
    connect(m_lookups, &LookupCache::failed, this,
            [this](const QString &companyId, LookupKind kind, const ApiError &error) {
        if (companyId == m_companyId)
            m_lookupStatusLabel->setText(tr("The list of %1 could not be loaded: %2")
                                             .arg(LookupCache::displayName(kind), error.message()));
    });
    for (LookupKind kind : {LookupKind::Location, LookupKind::Custodian, LookupKind::CostCenter})
        m_lookups->load(m_companyId, kind);
    fillLookups();

    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setAccessibleName(tr("Preview"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_previewList->setObjectName(QStringLiteral("previewList"));
    m_previewList->setAccessibleName(tr("Assets that cannot be changed"));
    m_previewList->setRootIsDecorated(false);
    m_previewList->setHeaderLabels({tr("Code"), tr("Name"), tr("Reason")});
    m_previewList->hide();

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Assets done"));
    m_progress->setFormat(tr("%v of %m assets"));
    m_progress->hide();
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Progress"));
    m_statusLabel->setWordWrap(true);

    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setAccessibleName(tr("Results"));
    m_resultsView->setModel(m_update);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setWordWrap(false);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->verticalHeader()->setDefaultSectionSize(m_resultsView->fontMetrics().height() + 6);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->setColumnWidth(BulkAssetUpdate::CodeColumn, 110);
    m_resultsView->setColumnWidth(BulkAssetUpdate::NameColumn, 220);
    m_resultsView->setColumnWidth(BulkAssetUpdate::OutcomeColumn, 100);
    m_resultsView->hide();
    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_detailsLabel->setAccessibleName(tr("Message of the chosen asset"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsLabel->hide();
    // The message column is narrow, so the current row's message is shown in full below the list.
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
        const QString message =
            current.isValid() ? m_update->index(current.row(), BulkAssetUpdate::MessageColumn).data().toString()
                              : QString();
        m_detailsLabel->setText(message.isEmpty() ? QString()
                                                  : tr("%1: %2", "asset code: message")
                                                        .arg(m_update->entry(current.row()).code, message));
        m_detailsLabel->setVisible(!message.isEmpty());
    });

    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_cancelRunButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("Reads each failed or not started asset again and writes it once more"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    for (QPushButton *button : {m_applyButton, m_cancelRunButton, m_retryButton, m_copyButton, m_exportButton})
        m_buttons->addButton(button, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addLayout(form);
    layout->addWidget(m_lookupStatusLabel);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewList, 3);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_resultsView, 6);
    layout->addWidget(m_detailsLabel);
    // Takes the free space while the lists are hidden, so the form stays together.
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void BulkEditDialog::fillLookups()
{
    // Inactive locations cannot receive assets, so they are not offered.
    QVector<LookupItem> activeLocations;
    for (const LookupItem &item : m_lookups->items(m_companyId, LookupKind::Location)) {
        if (item.raw.value(QLatin1String("isActive")).toBool(true))
            activeLocations.append(item);
    }
    m_locationBox->setItems(activeLocations);
    m_custodianBox->setItems(m_lookups->items(m_companyId, LookupKind::Custodian));
    m_costCenterBox->setItems(m_lookups->items(m_companyId, LookupKind::CostCenter));
    bool loaded = true;
    for (LookupKind kind : {LookupKind::Location, LookupKind::Custodian, LookupKind::CostCenter})
        loaded = loaded && m_lookups->isLoaded(m_companyId, kind);
    m_lookupStatusLabel->setText(loaded ? QString() : tr("Loading the lists…"));
    m_lookupStatusLabel->setVisible(!loaded);
}

AssetChange BulkEditDialog::change() const
{
    AssetChange change;
    if (m_locationCheck->isChecked())
        change.location = chosenLink(m_locationBox);
    if (m_custodianCheck->isChecked())
        change.custodian = chosenLink(m_custodianBox);
    if (m_costCenterCheck->isChecked())
        change.costCenter = chosenLink(m_costCenterBox);
    if (m_statusCheck->isChecked())
        change.status = m_statusBox->currentData().toString();
    if (m_availabilityCheck->isChecked())
        change.availability = m_availabilityBox->currentData().toString();
    return change;
}

QString BulkEditDialog::previewText() const
{
    return m_previewLabel->text();
}

QString BulkEditDialog::statusText() const
{
    return m_statusLabel->text();
}

QString BulkEditDialog::detailsText() const
{
    return m_detailsLabel->text();
}

QString BulkEditDialog::unmatchedLookupMessage() const
{
    const QList<std::pair<const QCheckBox *, const LookupComboBox *>> boxes = {
        {m_locationCheck, m_locationBox}, {m_custodianCheck, m_custodianBox}, {m_costCenterCheck, m_costCenterBox}};
    for (const auto &[check, box] : boxes) {
        if (!check->isChecked() || !box->hasUnmatchedText())
            continue;
        const int candidates = box->candidateCount();
        return candidates > 1
            ? tr("\"%1\" matches %n entries. Choose one from the list.", nullptr, candidates).arg(box->currentText())
            : tr("No entry matches \"%1\". Choose one from the list, or \"(none)\" to clear the field.")
                  .arg(box->currentText());
    }
    return QString();
}

void BulkEditDialog::updatePreview()
{
    if (m_update->entryCount() > 0)
        return; // the results list has replaced the preview
    const AssetChange current = change();
    m_previewList->clear();
    if (current.isEmpty()) {
        m_previewLabel->setText(tr("Check at least one field to change."));
        m_previewList->hide();
        m_applyButton->setText(tr("&Apply"));
        updateButtons();
        return;
    }
    const QString unmatched = unmatchedLookupMessage();
    if (!unmatched.isEmpty()) {
        m_previewLabel->setText(unmatched);
        m_previewList->hide();
        updateButtons();
        return;
    }

    const AssetChangePreview preview = AssetChangePreview::compute(m_assets, current);
    QStringList parts;
    parts << (preview.toChange.isEmpty() ? tr("No asset needs this change.")
                                         : tr("%n asset(s) will be changed.", nullptr, int(preview.toChange.size())));
    if (!preview.alreadySet.isEmpty())
        parts << tr("%n asset(s) already have these values.", nullptr, int(preview.alreadySet.size()));
    if (!preview.rejected.isEmpty())
        parts << tr("%n asset(s) cannot be changed:", nullptr, int(preview.rejected.size()));
    m_previewLabel->setText(parts.join(QLatin1Char(' ')));
    for (const auto &[asset, reason] : preview.rejected)
        new QTreeWidgetItem(m_previewList, {asset.assetCode, asset.name, reason});
    m_previewList->resizeColumnToContents(0);
    m_previewList->resizeColumnToContents(1);
    m_previewList->setColumnWidth(1, qMin(m_previewList->columnWidth(1), 260));
    m_previewList->setVisible(!preview.rejected.isEmpty());
    m_applyButton->setText(tr("&Apply to %n asset(s)", nullptr, int(preview.toChange.size())));
    m_applyButton->setProperty("assetsToChange", int(preview.toChange.size()));
    updateButtons();
}

void BulkEditDialog::updateButtons()
{
    const bool started = m_update->entryCount() > 0;
    const bool running = m_update->isRunning();
    const AssetChange current = change();
    m_applyButton->setVisible(!started);
    m_applyButton->setEnabled(!current.isEmpty() && unmatchedLookupMessage().isEmpty()
                              && m_applyButton->property("assetsToChange").toInt() > 0);
    m_cancelRunButton->setVisible(running);
    m_cancelRunButton->setEnabled(running && !m_update->isCancelled());
    m_retryButton->setVisible(started && !running && m_update->retryableCount() > 0);
    m_copyButton->setVisible(started);
    m_copyButton->setEnabled(!running);
    m_exportButton->setVisible(started);
    m_exportButton->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_progress->setVisible(running);
}

void BulkEditDialog::apply()
{
    if (m_update->entryCount() > 0)
        return;
    updatePreview();
    if (!m_applyButton->isEnabled())
        return;
    // Typed text that names one record is shown as that record, so the form
    // shows what was applied.
    for (LookupComboBox *box : {m_locationBox, m_custodianBox, m_costCenterBox})
        box->setCurrentRecord(box->currentRecordId(), box->currentRecordText());
    for (QWidget *widget : std::initializer_list<QWidget *>{m_locationCheck, m_locationBox, m_custodianCheck,
                                                            m_custodianBox, m_costCenterCheck, m_costCenterBox,
                                                            m_statusCheck, m_statusBox, m_availabilityCheck,
                                                            m_availabilityBox})
        widget->setEnabled(false);
    m_previewList->hide();
    m_previewLabel->hide();
    m_resultsView->show();
    m_statusLabel->setText(tr("Reading each asset and saving the change…"));
    m_update->start(m_assets, change());
    updateButtons();
    m_resultsView->setFocus();
}

void BulkEditDialog::showRunSummary()
{
    QString summary = tr("Done: %1 changed, %2 unchanged, %3 failed, %4 skipped.")
                          .arg(m_update->count(BulkAssetUpdate::Outcome::Changed))
                          .arg(m_update->count(BulkAssetUpdate::Outcome::Unchanged))
                          .arg(m_update->count(BulkAssetUpdate::Outcome::Failed))
                          .arg(m_update->count(BulkAssetUpdate::Outcome::Skipped));
    if (const int notStarted = m_update->count(BulkAssetUpdate::Outcome::NotStarted); notStarted > 0)
        summary += QLatin1Char(' ') + tr("%n asset(s) were not started because the changes were cancelled.",
                                         nullptr, notStarted);
    if (m_update->retryableCount() > 0)
        summary += QLatin1Char(' ') + tr("\"Retry failed\" runs those assets again.");
    m_statusLabel->setText(summary);
    updateButtons();
    // The first asset that failed, was skipped or was not started becomes the
    // current row, so its message shows in full.
    for (int row = 0; row < m_update->rowCount(); ++row) {
        const auto outcome = m_update->entry(row).outcome;
        if (outcome == BulkAssetUpdate::Outcome::Failed || outcome == BulkAssetUpdate::Outcome::Skipped
            || outcome == BulkAssetUpdate::Outcome::NotStarted) {
            m_resultsView->setCurrentIndex(m_update->index(row, 0));
            m_resultsView->scrollTo(m_update->index(row, 0));
            break;
        }
    }
}

void BulkEditDialog::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export the results"), folder, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("resultsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("bulk-change-results.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &BulkEditDialog::exportResults);
    dialog->open();
}

void BulkEditDialog::exportResults(const QString &path)
{
    const QByteArray csv = m_update->toCsv(CsvOptions::forLocale(QLocale()));
    m_statusLabel->setText(tr("Saving the results to %1…").arg(path));
    QPointer<BulkEditDialog> guard(this);
    QThreadPool::globalInstance()->start([guard, path, csv] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            error = file.errorString() + QLatin1Char('.');
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, path, error] {
                if (guard)
                    Q_EMIT guard->exported(path, error);
            },
            Qt::QueuedConnection);
    });
}

void BulkEditDialog::reject()
{
    if (m_update->isRunning()) {
        m_statusLabel->setText(tr("Changes are being saved. Press \"Cancel changes\" to start no further asset, "
                                  "then close when the ones in progress have finished."));
        return;
    }
    if (m_update->entryCount() == 0 && !change().isEmpty()) {
        MessageBox::ask(this, QMessageBox::Question, tr("Close without changing?"),
                        tr("The new values have not been applied to the selected assets. Close anyway?"),
                        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Cancel,
                        [this](QMessageBox::StandardButton answer) {
                            if (answer == QMessageBox::Close)
                                QDialog::reject();
                        });
        return;
    }
    QDialog::reject();
}

} // namespace Activo
