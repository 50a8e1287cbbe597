#include "ImportWizard.h"

#include "import/CsvFileLoader.h"
#include "import/ImportRunner.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Activo {

namespace {

// Data lines shown in the file preview.
constexpr int kPreviewRows = 10;

} // namespace

ImportWizard::ImportWizard(ApiClient *client, LookupCache *lookups, AppSettings *settings, const QString &companyId,
                           const QString &companyName, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_lookups(lookups)
    , m_settings(settings)
    , m_companyId(companyId)
    , m_companyName(companyName)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Assets from CSV — %1").arg(companyName));
    setAccessibleName(tr("Import assets from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setMinimumSize(760, 560);

    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(FormatPageId, new ImportFormatPage(this));
    setPage(DryRunPageId, new ImportDryRunPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    setPage(ReportPageId, new ImportReportPage(this));
    setStartId(FilePageId);
}

ImportWizard::~ImportWizard() = default;

QLabel *ImportWizard::createStatusLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void ImportWizard::setDocument(const QString &path, const CsvDocument &document)
{
    m_filePath = path;
    m_document = document;
}

bool ImportWizard::isImporting() const
{
    return m_runner && m_runner->isRunning();
}

void ImportWizard::reject()
{
    // Closing the wizard would drop the replies of writes in flight, so Cancel
    // (and Escape) first stops the import and lets those lines finish.
    if (isImporting()) {
        if (auto *runPage = qobject_cast<ImportRunPage *>(page(RunPageId)))
            runPage->cancelImport();
        return;
    }
    QWizard::reject();
}

// ---------------------------------------------------------------------------

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWizardPage(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_separatorBox(new QComboBox(this))
    , m_statusLabel(ImportWizard::createStatusLabel(this, QStringLiteral("fileStatusLabel"), tr("File status")))
    , m_preview(new QTableWidget(this))
    , m_loader(new CsvFileLoader(this))
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("A CSV file with a header line and one asset per line, as Excel or another spreadsheet saves "
                   "it. Existing assets are matched by their code and updated; new codes create assets."));

    m_pathEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_pathEdit->setAccessibleName(tr("File to import"));
    m_pathEdit->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAccessibleName(tr("Browse for the file"));

    m_separatorBox->setObjectName(QStringLiteral("separatorBox"));
    m_separatorBox->setAccessibleName(tr("Separator"));
    m_separatorBox->addItem(tr("Comma (,)"), QChar(u','));
    m_separatorBox->addItem(tr("Semicolon (;)"), QChar(u';'));
    m_separatorBox->addItem(tr("Tab"), QChar(u'\t'));
    m_separatorBox->setEnabled(false);

    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("Preview of the first lines"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_preview->verticalHeader()->setVisible(false);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(m_separatorBox);
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_preview);

    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(separatorLabel, m_separatorBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    // Enter reads the file again even under the same name, after the user
    // corrected it; leaving the field reads it only when the name changed.
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &ImportFilePage::loadFile);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_pathEdit->text().trimmed() != m_loadedPath && !m_loader->isLoading())
            loadFile();
    });
    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] {
        m_valid = false;
        Q_EMIT completeChanged();
    });
    connect(m_separatorBox, qOverload<int>(&QComboBox::activated), this, [this] {
        m_loader->load(m_loadedPath, m_separatorBox->currentData().value<QChar>());
        m_statusLabel->setText(tr("Reading the file…"));
    });
    connect(m_loader, &CsvFileLoader::loaded, this, &ImportFilePage::handleLoaded);
}

ImportWizard *ImportFilePage::importWizard() const
{
    return qobject_cast<ImportWizard *>(wizard());
}

bool ImportFilePage::isComplete() const
{
    return m_valid && !m_loader->isLoading();
}

bool ImportFilePage::isLoading() const
{
    return m_loader->isLoading();
}

void ImportFilePage::browse()
{
    const QString start = m_pathEdit->text().trimmed().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_pathEdit->text().trimmed()).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Import from"), start,
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_pathEdit->setText(QDir::toNativeSeparators(file));
        loadFile();
    });
    dialog->open();
}

void ImportFilePage::loadFile()
{
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    m_valid = false;
    Q_EMIT completeChanged();
    if (path.isEmpty()) {
        m_statusLabel->setText(tr("Enter the path of the file to import, or choose it with Browse."));
        return;
    }
    m_statusLabel->setText(tr("Reading the file…"));
    // A new file gets its separator detected again.
    m_loader->load(path);
}

void ImportFilePage::handleLoaded(const QString &path, const CsvDocument &document)
{
    m_loadedPath = QDir::toNativeSeparators(path);
    m_valid = document.isValid();
    m_separatorBox->setEnabled(!document.header.isEmpty());
    m_separatorBox->setCurrentIndex(qMax(0, m_separatorBox->findData(document.separator)));
    fillPreview(document);

    if (!document.isValid()) {
        m_statusLabel->setText(document.error);
    } else {
        QString text = tr("%n asset lines.", nullptr, int(document.rows.size())) + QLatin1Char(' ');
        if (document.encoding == CsvEncoding::Windows1252) {
            text += tr("The file is not valid UTF-8, so it was read as %1. If accented letters look wrong in the "
                       "preview, save the file from the spreadsheet as \"CSV UTF-8\".")
                        .arg(CsvReader::encodingName(document.encoding));
        } else {
            text += tr("Read as %1.").arg(CsvReader::encodingName(document.encoding));
        }
        m_statusLabel->setText(text);
        if (ImportWizard *owner = importWizard())
            owner->setDocument(path, document);
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::fillPreview(const CsvDocument &document)
{
    m_preview->clear();
    const int rows = int(qMin<qsizetype>(document.rows.size(), kPreviewRows));
    int columns = int(document.header.size());
    for (int row = 0; row < rows; ++row)
        columns = qMax(columns, int(document.rows.at(row).cells.size()));
    m_preview->setColumnCount(columns + 1);
    m_preview->setRowCount(rows);
    QStringList labels{tr("Line")};
    for (int column = 0; column < columns; ++column)
        labels << document.header.value(column);
    m_preview->setHorizontalHeaderLabels(labels);
    for (int row = 0; row < rows; ++row) {
        const CsvRecord &record = document.rows.at(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(QString::number(record.line)));
        for (int column = 0; column < record.cells.size(); ++column)
            m_preview->setItem(row, column + 1, new QTableWidgetItem(record.cells.at(column)));
    }
    m_preview->resizeColumnsToContents();
}

// ---------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new QFormLayout)
    , m_statusLabel(ImportWizard::createStatusLabel(this, QStringLiteral("mappingStatusLabel"), tr("Column mapping status")))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the asset field that each column fills. Lookups (category, location, cost center, "
                   "custodian, depreciation book) are matched by code, or by name when no code matches. Empty "
                   "cells leave an existing asset's value as it is."));

    auto *content = new QWidget;
    content->setLayout(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingArea"));
    scroll->setAccessibleName(tr("Columns of the file"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_statusLabel);
}

ImportWizard *ImportMappingPage::importWizard() const
{
    return qobject_cast<ImportWizard *>(wizard());
}

void ImportMappingPage::initializePage()
{
    ImportWizard *owner = importWizard();
    const QString key = owner->filePath() + QLatin1Char('\n') + ImportFields::headerSignature(owner->document().header);
    // Coming back to this page with the same file keeps the user's choices.
    if (key != m_builtFor) {
        m_builtFor = key;
        rebuild();
    }
    updateMapping();
}

void ImportMappingPage::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();

    ImportWizard *owner = importWizard();
    const CsvDocument &document = owner->document();
    QVector<ImportField> mapping = ImportFields::guessMapping(document.header);
    const QStringList stored = owner->settings()->importMapping(ImportFields::headerSignature(document.header));
    if (stored.size() == document.header.size()) {
        for (qsizetype column = 0; column < stored.size(); ++column)
            mapping[column] = ImportFields::fromKey(stored.at(column));
    }

    for (qsizetype column = 0; column < document.header.size(); ++column) {
        QString sample;
        for (const CsvRecord &record : document.rows) {
            if (column < record.cells.size() && !record.cells.at(column).trimmed().isEmpty()) {
                sample = record.cells.at(column).trimmed();
                break;
            }
        }
        const QString header = document.header.at(column).isEmpty() ? tr("Column %1").arg(column + 1)
                                                                    : document.header.at(column);
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("fieldBox%1").arg(column));
        box->setAccessibleName(tr("Field for column %1").arg(header));
        box->addItem(ImportFields::label(ImportField::None), int(ImportField::None));
        for (const ImportField field : ImportFields::all())
            box->addItem(ImportFields::label(field), int(field));
        box->setCurrentIndex(box->findData(int(mapping.value(column, ImportField::None))));
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportMappingPage::updateMapping);

        QString labelText = header.toHtmlEscaped();
        if (!sample.isEmpty())
            labelText += QStringLiteral("<br><small>") + tr("e.g. %1").arg(sample.left(40).toHtmlEscaped())
                + QStringLiteral("</small>");
        auto *label = new QLabel(labelText);
        label->setTextFormat(Qt::RichText);
        label->setBuddy(box);
        m_form->addRow(label, box);
        m_boxes.append(box);
    }
}

void ImportMappingPage::updateMapping()
{
    QVector<ImportField> mapping;
    for (const QComboBox *box : std::as_const(m_boxes))
        mapping.append(ImportField(box->currentData().toInt()));
    importWizard()->setMapping(mapping);
    m_statusLabel->setText(problem());
    Q_EMIT completeChanged();
}

QString ImportMappingPage::problem() const
{
    const QVector<ImportField> &mapping = importWizard()->mapping();
    const QStringList &header = importWizard()->document().header;
    for (const ImportField field : ImportFields::all()) {
        QStringList columns;
        for (qsizetype column = 0; column < mapping.size(); ++column) {
            if (mapping.at(column) == field)
                columns << header.value(column);
        }
        if (columns.size() > 1) {
            return tr("%1 is chosen for %n columns (%2). Choose it for one column only.", nullptr,
                      int(columns.size()))
                .arg(ImportFields::label(field), columns.join(QStringLiteral(", ")));
        }
    }
    if (!mapping.contains(ImportField::AssetCode))
        return tr("Choose the column with the asset code: lines are matched to assets by it.");
    if (!mapping.contains(ImportField::Name))
        return tr("No column fills the name, so only existing assets can be updated; lines with new codes will be "
                  "rejected.");
    return QString();
}

bool ImportMappingPage::isComplete() const
{
    const QVector<ImportField> &mapping = importWizard()->mapping();
    if (!mapping.contains(ImportField::AssetCode))
        return false;
    for (const ImportField field : ImportFields::all()) {
        if (mapping.count(field) > 1)
            return false;
    }
    return true;
}

bool ImportMappingPage::validatePage()
{
    ImportWizard *owner = importWizard();
    QStringList keys;
    for (const ImportField field : owner->mapping())
        keys << ImportFields::key(field);
    owner->settings()->setImportMapping(ImportFields::headerSignature(owner->document().header), keys);
    return true;
}

// ---------------------------------------------------------------------------

ImportFormatPage::ImportFormatPage(QWidget *parent)
    : QWizardPage(parent)
    , m_numberBox(new QComboBox(this))
    , m_dateBox(new QComboBox(this))
    , m_sampleLabel(ImportWizard::createStatusLabel(this, QStringLiteral("formatSampleLabel"), tr("How the first values read")))
{
    setTitle(tr("Numbers and Dates"));
    setSubTitle(tr("Say how the file writes amounts and dates. The choice is made from the file's values where "
                   "they decide it, and from your system's settings where they do not."));

    m_numberBox->setObjectName(QStringLiteral("numberFormatBox"));
    m_numberBox->setAccessibleName(tr("Number format"));
    m_numberBox->addItem(tr("%1 (decimal point)").arg(ImportFormat::numberExample(NumberConvention::PointDecimal)),
                         int(NumberConvention::PointDecimal));
    m_numberBox->addItem(tr("%1 (decimal comma)").arg(ImportFormat::numberExample(NumberConvention::CommaDecimal)),
                         int(NumberConvention::CommaDecimal));
    m_numberBox->addItem(tr("As the system writes them: %1")
                             .arg(ImportFormat::numberExample(NumberConvention::SystemLocale, QLocale())),
                         int(NumberConvention::SystemLocale));

    m_dateBox->setObjectName(QStringLiteral("dateFormatBox"));
    m_dateBox->setAccessibleName(tr("Date format"));
    for (const DateConvention convention : {DateConvention::IsoDate, DateConvention::DayMonthYear,
                                            DateConvention::MonthDayYear, DateConvention::DayMonthYearDot}) {
        m_dateBox->addItem(tr("%1 (for example %2)")
                               .arg(ImportFormat::datePattern(convention), ImportFormat::dateExample(convention)),
                           int(convention));
    }

    auto *form = new QFormLayout;
    auto *numberLabel = new QLabel(tr("N&umbers:"), this);
    numberLabel->setBuddy(m_numberBox);
    auto *dateLabel = new QLabel(tr("&Dates:"), this);
    dateLabel->setBuddy(m_dateBox);
    form->addRow(numberLabel, m_numberBox);
    form->addRow(dateLabel, m_dateBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sampleLabel);
    layout->addStretch(1);

    connect(m_numberBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportFormatPage::updateFormat);
    connect(m_dateBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportFormatPage::updateFormat);
}

ImportWizard *ImportFormatPage::importWizard() const
{
    return qobject_cast<ImportWizard *>(wizard());
}

QStringList ImportFormatPage::samples(const QVector<ImportField> &fields) const
{
    const ImportWizard *owner = importWizard();
    QStringList values;
    for (qsizetype column = 0; column < owner->mapping().size(); ++column) {
        if (!fields.contains(owner->mapping().at(column)))
            continue;
        for (const CsvRecord &record : owner->document().rows) {
            if (column < record.cells.size() && !record.cells.at(column).trimmed().isEmpty())
                values << record.cells.at(column).trimmed();
        }
    }
    return values;
}

void ImportFormatPage::initializePage()
{
    ImportWizard *owner = importWizard();
    QStringList keys;
    for (const ImportField field : owner->mapping())
        keys << ImportFields::key(field);
    const QString key = owner->filePath() + QLatin1Char('\n') + keys.join(QLatin1Char(','));
    // Guess again only for another file or mapping, so a choice survives Back.
    if (key != m_guessedFor) {
        m_guessedFor = key;
        const QLocale system;
        const QStringList amounts = samples({ImportField::AcquisitionCost, ImportField::SalvageValue});
        NumberConvention numbers = ImportFormat::guessNumbers(amounts, NumberConvention::SystemLocale);
        if (numbers == NumberConvention::SystemLocale && owner->document().separator == u';'
            && system.decimalPoint() != QLatin1String(","))
            numbers = NumberConvention::CommaDecimal; // ';' files come from decimal-comma spreadsheets
        const DateConvention dates = ImportFormat::guessDates(
            samples({ImportField::AcquisitionDate}), ImportFormat::dateConventionOf(system));
        m_numberBox->setCurrentIndex(m_numberBox->findData(int(numbers)));
        m_dateBox->setCurrentIndex(m_dateBox->findData(int(dates)));
    }
    updateFormat();
}

void ImportFormatPage::updateFormat()
{
    const ImportFormat format(NumberConvention(m_numberBox->currentData().toInt()),
                              DateConvention(m_dateBox->currentData().toInt()), QLocale());
    importWizard()->setFormat(format);

    // The first values of each amount and date column, as they will be read.
    QStringList lines;
    const ImportWizard *owner = importWizard();
    const QLocale display;
    for (qsizetype column = 0; column < owner->mapping().size(); ++column) {
        const ImportField field = owner->mapping().at(column);
        const bool amount = field == ImportField::AcquisitionCost || field == ImportField::SalvageValue;
        if (!amount && field != ImportField::AcquisitionDate)
            continue;
        QStringList readings;
        for (const CsvRecord &record : owner->document().rows) {
            const QString text = column < record.cells.size() ? record.cells.at(column).trimmed() : QString();
            if (text.isEmpty())
                continue;
            QString reading;
            if (amount) {
                const MoneyParser::Result result = format.readAmount(text);
                reading = result.isValid() ? result.value->toString(display) : tr("not readable");
            } else {
                QString error;
                const QDate date = format.readDate(text, &error);
                reading = date.isValid() ? display.toString(date, QLocale::LongFormat) : tr("not readable");
            }
            const QString readingText = tr("%1 → %2").arg(text, reading);
            if (!readings.contains(readingText))
                readings << readingText;
            if (readings.size() == 3)
                break;
        }
        if (!readings.isEmpty())
            lines << tr("%1: %2").arg(ImportFields::label(field), readings.join(QStringLiteral(", ")));
    }
    m_sampleLabel->setText(lines.isEmpty() ? tr("No column holds amounts or dates.")
                                           : tr("The first values read as:") + QLatin1Char('\n')
                                                 + lines.join(QLatin1Char('\n')));
}

} // namespace Activo
