#include "ExportDialog.h"
#include "ui_ExportDialog.h"

#include "Icons.h"
#include "MessageBox.h"
#include "TablePrintout.h"

#include "export/ExportRowSource.h"
#include "export/XlsxWriter.h"
#include "settings/AppSettings.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QStandardPaths>

namespace Activo {

namespace {

QString defaultFolder(const AppSettings *settings)
{
    const QString saved = settings ? settings->exportChoices().folder : QString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString formatKey(ExportDialog::Format format)
{
    switch (format) {
    case ExportDialog::Format::Csv: return QStringLiteral("csv");
    case ExportDialog::Format::Xlsx: return QStringLiteral("xlsx");
    case ExportDialog::Format::Pdf: return QStringLiteral("pdf");
    }
    return QString();
}

} // namespace

ExportDialog::ExportDialog(ListExportTarget target, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_target(std::move(target))
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1").arg(m_target.info.title));

    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setIcon(Icons::themed(QStringLiteral("export")));
    m_exportButton->setAccessibleName(tr("Export"));
    m_exportButton->setDefault(true);
    m_copyButton = m_ui->buttonBox->addButton(tr("Copy &details"), QDialogButtonBox::ActionRole);
    QPushButton *copyButton = m_copyButton;
    copyButton->setObjectName(QStringLiteral("copyDetailsButton"));
    copyButton->setIcon(Icons::themed(QStringLiteral("copy")));
    copyButton->setAccessibleName(tr("Copy details"));
    copyButton->setToolTip(tr("Copy a description of the failed request for support. The API key is not included."));
    copyButton->setAutoDefault(false);
    copyButton->hide();
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));
    cancelButton->setAutoDefault(false);

    // The Export button starts the export; it does not close the dialog.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            QGuiApplication::clipboard()->setText(m_job->apiError().details());
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->formatCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ExportDialog::updateFormatChoices);
    // Typing a name that ends in .csv, .xlsx or .pdf chooses that format.
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString suffix = QFileInfo(text.trimmed()).suffix().toLower();
        for (Format candidate : {Format::Csv, Format::Xlsx, Format::Pdf}) {
            if (suffix == extension(candidate) && isFormatOffered(candidate))
                setFormat(candidate);
        }
    });

    fillChoices();
    m_ui->progressBar->hide();
    m_ui->statusLabel->hide();
    // The dialog grows when the progress bar or a message appears, and starts without room for them.
    m_ui->mainLayout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(width(), minimumSizeHint().height());
}

ExportDialog::~ExportDialog()
{
    // A running export is cancelled and its worker stopped before the widgets go.
    delete m_job;
}

QString ExportDialog::extension(Format format)
{
    return formatKey(format);
}

QString ExportDialog::defaultBaseName(const ExportInfo &info)
{
    QStringList parts{info.title};
    if (!info.company.isEmpty())
        parts << info.company;
    parts << QDate::currentDate().toString(Qt::ISODate);
    QString name = parts.join(QStringLiteral(" - "));
    for (QChar &c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = u'-';
    }
    return name.trimmed();
}

void ExportDialog::fillChoices()
{
    const AppSettings::ExportChoices saved = m_settings ? m_settings->exportChoices() : AppSettings::ExportChoices{};

    m_ui->formatCombo->addItem(tr("CSV (comma-separated values)"), QVariant::fromValue(Format::Csv));
    if (XlsxExportWriter::isAvailable())
        m_ui->formatCombo->addItem(tr("Excel workbook (.xlsx)"), QVariant::fromValue(Format::Xlsx));
    m_ui->formatCombo->addItem(tr("PDF document"), QVariant::fromValue(Format::Pdf));

    m_ui->separatorCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_ui->separatorCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_ui->separatorCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->decimalCombo->addItem(tr("Point: 1234.56"), QStringLiteral("."));
    m_ui->decimalCombo->addItem(tr("Comma: 1234,56"), QStringLiteral(","));

    const CsvOptions localeOptions = CsvOptions::forLocale(QLocale());
    const QString separator = saved.csvSeparator.isEmpty() ? QString(localeOptions.separator) : saved.csvSeparator;
    const QString decimalPoint = saved.csvDecimalPoint.isEmpty() ? QString(localeOptions.decimalPoint)
                                                                 : saved.csvDecimalPoint;
    m_ui->separatorCombo->setCurrentIndex(qMax(0, m_ui->separatorCombo->findData(separator)));
    m_ui->decimalCombo->setCurrentIndex(qMax(0, m_ui->decimalCombo->findData(decimalPoint)));

    Format format = XlsxExportWriter::isAvailable() ? Format::Xlsx : Format::Csv;
    for (Format candidate : {Format::Csv, Format::Xlsx, Format::Pdf}) {
        if (saved.format == formatKey(candidate) && isFormatOffered(candidate))
            format = candidate;
    }
    m_ui->pathEdit->setText(QDir::toNativeSeparators(
        QDir(defaultFolder(m_settings)).filePath(defaultBaseName(m_target.info) + u'.' + extension(format))));
    setFormat(format);
    updateFormatChoices();

    QStringList summary{m_target.info.company.isEmpty()
                            ? m_target.info.title
                            : m_target.info.title + QStringLiteral(" · ") + m_target.info.company};
    if (!m_target.info.search.isEmpty())
        summary << tr("Search: “%1”").arg(m_target.info.search);
    if (m_target.expectedRows >= 0)
        summary << tr("%Ln matching row(s)", nullptr, int(qMin<qint64>(m_target.expectedRows, INT_MAX)));
    summary << tr("%n visible column(s), in their order on screen", nullptr, int(m_target.titles.size()));
    m_ui->summaryLabel->setText(summary.join(u'\n'));
}

bool ExportDialog::isFormatOffered(Format format) const
{
    return m_ui->formatCombo->findData(QVariant::fromValue(format)) >= 0;
}

void ExportDialog::setFormat(Format format)
{
    const int index = m_ui->formatCombo->findData(QVariant::fromValue(format));
    if (index >= 0)
        m_ui->formatCombo->setCurrentIndex(index);
}

ExportDialog::Format ExportDialog::format() const
{
    return m_ui->formatCombo->currentData().value<Format>();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::filePath() const
{
    return resolvedPath();
}

CsvOptions ExportDialog::csvOptions() const
{
    CsvOptions options;
    const QString separator = m_ui->separatorCombo->currentData().toString();
    const QString decimalPoint = m_ui->decimalCombo->currentData().toString();
    if (!separator.isEmpty())
        options.separator = separator.front();
    if (!decimalPoint.isEmpty())
        options.decimalPoint = decimalPoint.front();
    return options;
}

QString ExportDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ExportDialog::updateFormatChoices()
{
    const bool csv = format() == Format::Csv;
    m_ui->separatorLabel->setVisible(csv);
    m_ui->separatorCombo->setVisible(csv);
    m_ui->decimalLabel->setVisible(csv);
    m_ui->decimalCombo->setVisible(csv);

    // The file name follows the format when it ends in one of the known extensions.
    QString path = m_ui->pathEdit->text().trimmed();
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (Format candidate : {Format::Csv, Format::Xlsx, Format::Pdf}) {
        if (suffix == extension(candidate) && candidate != format()) {
            path.chop(suffix.size());
            path += extension(format());
            m_ui->pathEdit->setText(path);
            break;
        }
    }
}

QString ExportDialog::resolvedPath() const
{
    QString text = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    if (text.isEmpty())
        return QString();
    if (text == u'~' || text.startsWith(QLatin1String("~/")))
        text = QDir::homePath() + text.mid(1);
    // A bare file name goes to the folder of the last export.
    if (QFileInfo(text).isRelative())
        text = QDir(defaultFolder(m_settings)).filePath(text);
    if (QFileInfo(text).suffix().isEmpty() && !QFileInfo(text).isDir())
        text += u'.' + extension(format());
    return QDir::cleanPath(text);
}

void ExportDialog::browse()
{
    const Format chosen = format();
    QString filter;
    switch (chosen) {
    case Format::Csv: filter = tr("CSV files (*.csv)"); break;
    case Format::Xlsx: filter = tr("Excel workbooks (*.xlsx)"); break;
    case Format::Pdf: filter = tr("PDF files (*.pdf)"); break;
    }
    const QString current = resolvedPath();
    auto *dialog = new QFileDialog(this, tr("Export to"), QFileInfo(current).absolutePath(), filter);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(extension(chosen));
    dialog->selectFile(QFileInfo(current).fileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        setFilePath(file);
        // The file dialog has asked about replacing an existing file already.
        m_confirmedPath = resolvedPath();
    });
    dialog->open();
}

void ExportDialog::startExport()
{
    if (m_job && m_job->isRunning())
        return;
    const QString path = resolvedPath();
    if (path.isEmpty()) {
        showStatus(tr("Enter the name of the file to export to, or choose one with Browse."), true);
        m_ui->pathEdit->setFocus();
        return;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isDir() && path != m_confirmedPath) {
        MessageBox::ask(this, QMessageBox::Question, tr("Replace the file?"),
                        tr("%1 already exists. Replace it with this export?").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::No,
                        [this, path](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                run(path);
        });
        return;
    }
    run(path);
}

std::unique_ptr<ExportWriter> ExportDialog::createWriter(const QString &path) const
{
    switch (format()) {
    case Format::Csv: return std::make_unique<CsvExportWriter>(path, csvOptions());
    case Format::Xlsx: return std::make_unique<XlsxExportWriter>(path, QLocale());
    case Format::Pdf: return std::make_unique<PdfExportWriter>(path, QLocale());
    }
    return nullptr;
}

void ExportDialog::run(const QString &path)
{
    if (m_job && m_job->isRunning())
        return;
    if (!m_target.isValid()) {
        showStatus(tr("There is nothing to export. Choose a company and a list first."), true);
        return;
    }
    delete m_job;
    ExportInfo info = m_target.info;
    info.created = QDateTime::currentDateTime();
    m_job = new ExportJob(m_target.createSource(), createWriter(path), info, this);
    m_job->setObjectName(QStringLiteral("exportJob"));
    connect(m_job, &ExportJob::progress, this, &ExportDialog::showProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::handleFinished);
    m_runningPath = path;
    m_copyButton->hide();
    setRunning(true);
    showStatus(tr("Reading rows from the server…"), false);
    m_job->start();
}

void ExportDialog::showProgress(ExportJob::Phase phase, qint64 done, qint64 total)
{
    QProgressBar *bar = m_ui->progressBar;
    if (total > 0) {
        // QProgressBar counts in int; a register of 100,000 rows fits easily.
        bar->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        bar->setValue(int(qMin(done, total)));
    } else {
        bar->setRange(0, 0);
    }
    if (phase == ExportJob::Phase::Reading) {
        showStatus(total > 0 ? tr("Reading rows from the server: %L1 of %L2…").arg(done).arg(total)
                             : tr("Reading rows from the server…"),
                   false);
    } else if (total > 0) {
        showStatus(tr("Drawing page %L1 of %L2…").arg(done).arg(total), false);
    } else {
        showStatus(tr("Writing %1…").arg(QFileInfo(m_runningPath).fileName()), false);
    }
}

void ExportDialog::handleFinished(ExportJob::Outcome outcome)
{
    setRunning(false);
    switch (outcome) {
    case ExportJob::Outcome::Succeeded: {
        if (m_settings) {
            AppSettings::ExportChoices choices;
            choices.folder = QFileInfo(m_runningPath).absolutePath();
            choices.format = formatKey(format());
            // A separator or decimal mark equal to the language's default is
            // not stored, so that it follows a later change of language.
            const CsvOptions localeOptions = CsvOptions::forLocale(QLocale());
            if (csvOptions().separator != localeOptions.separator)
                choices.csvSeparator = QString(csvOptions().separator);
            if (csvOptions().decimalPoint != localeOptions.decimalPoint)
                choices.csvDecimalPoint = QString(csvOptions().decimalPoint);
            m_settings->setExportChoices(choices);
        }
        showStatus(tr("Saved %Ln row(s) to %1.", nullptr, int(qMin<qint64>(m_job->rowCount(), INT_MAX)))
                       .arg(QDir::toNativeSeparators(m_runningPath)),
                   false);
        Q_EMIT exported(m_runningPath, m_job->rowCount(), m_job->skippedCount());
        accept();
        break;
    }
    case ExportJob::Outcome::Cancelled:
        showStatus(tr("The export was cancelled. No file was saved."), false);
        break;
    case ExportJob::Outcome::Failed:
        showStatus(m_job->errorString(), true);
        if (m_job->apiError().isError())
            m_copyButton->show();
        m_ui->statusLabel->setFocus();
        break;
    }
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *input : {static_cast<QWidget *>(m_ui->formatCombo), static_cast<QWidget *>(m_ui->separatorCombo),
                           static_cast<QWidget *>(m_ui->decimalCombo), static_cast<QWidget *>(m_ui->pathEdit),
                           static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_exportButton)}) {
        input->setEnabled(!running);
    }
    m_ui->progressBar->setVisible(running);
    if (running) {
        m_ui->progressBar->setRange(0, 0);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    }
}

void ExportDialog::showStatus(const QString &text, bool isError)
{
    QFont font = m_ui->statusLabel->font();
    font.setBold(isError);
    m_ui->statusLabel->setFont(font);
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleDescription(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void ExportDialog::reject()
{
    // The first Cancel stops a running export and shows the outcome. The next one closes the dialog.
    if (m_job && m_job->isRunning()) {
        showStatus(tr("Cancelling the export…"), false);
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Activo
