#include "AssetEditorDialog.h"
#include "ui_AssetEditorDialog.h"

#include "DateLineEdit.h"
#include "LookupComboBox.h"
#include "MessageBox.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Logging.h"
#include "api/Page.h"
#include "models/AssetPayload.h"
#include "models/LocaleFormat.h"
#include "models/LookupCache.h"

#include <QKeySequence>
#include <QLocale>
#include <QRegularExpression>
#include <QShortcut>
#include <QUrlQuery>

namespace Activo {

namespace {

void addEnumValue(QComboBox *box, const QString &value, const QString &text)
{
    box->addItem(text, value);
}

void selectEnumValue(QComboBox *box, const QString &value)
{
    if (value.isEmpty()) {
        box->setCurrentIndex(0);
        return;
    }
    int index = box->findData(value);
    if (index < 0) {
        // A value this client does not know is kept and shown as the server sent it.
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QString enumValue(const QComboBox *box)
{
    return box->currentData().toString();
}

} // namespace

AssetEditorDialog::AssetEditorDialog(ApiClient *client, LookupCache *lookups, QString companyId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssetEditorDialog>())
    , m_client(client)
    , m_lookups(lookups)
    , m_companyId(std::move(companyId))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->saveErrorPanel->hide();
    m_ui->saveErrorPanel->setRetryVisible(false);
    const auto updateLifeSuffix = [this](int months) {
        m_ui->usefulLifeSpin->setSuffix(tr(" month(s)", "suffix of the useful life in months", months));
    };
    connect(m_ui->usefulLifeSpin, qOverload<int>(&QSpinBox::valueChanged), this, updateLifeSuffix);
    updateLifeSuffix(m_ui->usefulLifeSpin->value());
    for (int field = int(Field::Code); field <= int(Field::Availability); ++field) {
        QLabel *label = errorLabel(Field(field));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    clearErrors();
    setUpEnumerations();
    setUpLookups();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &AssetEditorDialog::save);
    connect(m_ui->saveAndNewButton, &QPushButton::clicked, this, &AssetEditorDialog::saveAndNew);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AssetEditorDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &AssetEditorDialog::save);
    auto *saveNewShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(saveNewShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->saveAndNewButton->isVisible())
            saveAndNew();
    });

    const auto changed = [this] { markModified(); };
    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->nameEdit})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->acquisitionCostEdit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->salvageValueEdit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->acquisitionDateEdit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->usefulLifeSpin, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    for (QComboBox *box : {static_cast<QComboBox *>(m_ui->categoryBox), static_cast<QComboBox *>(m_ui->locationBox),
                           static_cast<QComboBox *>(m_ui->costCenterBox), static_cast<QComboBox *>(m_ui->custodianBox),
                           static_cast<QComboBox *>(m_ui->depreciationBookBox), m_ui->depreciationMethodBox,
                           m_ui->statusBox, m_ui->availabilityBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
        connect(box, &QComboBox::editTextChanged, this, changed);
    }
}

AssetEditorDialog::~AssetEditorDialog()
{
    if (m_job)
        m_job->abort();
}

void AssetEditorDialog::setUpEnumerations()
{
    m_ui->depreciationMethodBox->addItem(QString(), QString());
    addEnumValue(m_ui->depreciationMethodBox, QStringLiteral("StraightLine"),
                 Asset::depreciationMethodText(QStringLiteral("StraightLine")));

    m_ui->statusBox->addItem(QString(), QString());
    for (const QString &value : Asset::editableStatuses())
        addEnumValue(m_ui->statusBox, value, Asset::statusText(value));

    m_ui->availabilityBox->addItem(QString(), QString());
    for (const QString &value : Asset::editableAvailabilities())
        addEnumValue(m_ui->availabilityBox, value, Asset::availabilityText(value));
}

void AssetEditorDialog::setUpLookups()
{
    connect(m_lookups, &LookupCache::loaded, this, [this](const QString &companyId) {
        if (companyId == m_companyId)
            fillLookups();
    });
    connect(m_lookups, &LookupCache::failed, this,
            [this](const QString &companyId, LookupKind kind, const ApiError &error) {
        if (companyId != m_companyId)
            return;
        m_ui->lookupStatusLabel->setText(tr("The list of %1 could not be loaded: %2")
                                             .arg(LookupCache::displayName(kind), error.message()));
    });
    connect(m_ui->refreshListsButton, &QPushButton::clicked, this, [this] {
        m_ui->lookupStatusLabel->setText(tr("Loading the lists…"));
        for (LookupKind kind : LookupCache::allKinds())
            m_lookups->refresh(m_companyId, kind);
    });
    for (LookupKind kind : LookupCache::allKinds())
        m_lookups->load(m_companyId, kind);
    fillLookups();
}

void AssetEditorDialog::fillLookups()
{
    const bool wasModified = m_modified;
    m_loading = true;
    m_ui->categoryBox->setItems(m_lookups->items(m_companyId, LookupKind::Category));
    m_ui->locationBox->setItems(m_lookups->items(m_companyId, LookupKind::Location));
    m_ui->costCenterBox->setItems(m_lookups->items(m_companyId, LookupKind::CostCenter));
    m_ui->custodianBox->setItems(m_lookups->items(m_companyId, LookupKind::Custodian));
    m_ui->depreciationBookBox->setItems(m_lookups->items(m_companyId, LookupKind::DepreciationBook));
    m_loading = false;
    m_modified = wasModified;

    bool allLoaded = true;
    for (LookupKind kind : {LookupKind::Category, LookupKind::Location, LookupKind::CostCenter, LookupKind::Custodian,
                            LookupKind::DepreciationBook})
        allLoaded = allLoaded && m_lookups->isLoaded(m_companyId, kind);
    m_ui->lookupStatusLabel->setText(allLoaded ? QString() : tr("Loading the lists…"));
}

void AssetEditorDialog::startNew(const Asset *previous)
{
    m_isNew = true;
    Asset blank;
    blank.depreciationMethod = QStringLiteral("StraightLine");
    blank.status = QStringLiteral("Active");
    blank.availability = QStringLiteral("Available");
    blank.acquisitionDate = QDate::currentDate();
    blank.usefulLifeMonths = 60;
    if (previous) {
        blank.category = previous->category;
        blank.location = previous->location;
        blank.acquisitionDate = previous->acquisitionDate;
        blank.depreciationBook = previous->depreciationBook;
        blank.costCenter = previous->costCenter;
    }
    m_original = Asset();
    showAsset(blank);
    setWindowTitle(tr("New asset"));
    m_ui->headingLabel->setText(tr("New asset"));
    m_ui->saveAndNewButton->show();
    m_ui->codeEdit->setFocus();
}

void AssetEditorDialog::startEdit(const QUuid &assetId)
{
    m_isNew = false;
    m_ui->saveAndNewButton->hide();
    m_ui->pages->setCurrentWidget(m_ui->loadingPage);
    setSaving(true, tr("Loading…"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = m_client->get(QStringLiteral("/assets/") + assetId.toString(QUuid::WithoutBraces), query);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_job = nullptr;
        setSaving(false);
        QString error;
        const std::optional<Asset> asset =
            finished->succeeded() && finished->json().isObject()
                ? Asset::fromJson(finished->json().object(), &error)
                : std::nullopt;
        if (!asset) {
            m_ui->saveErrorPanel->setError(tr("The asset could not be loaded for editing."),
                                           finished->succeeded() ? finished->badResponseError(error)
                                                                 : finished->error());
            m_ui->saveErrorPanel->show();
            m_ui->saveButton->setEnabled(false);
            return;
        }
        m_original = *asset;
        showAsset(*asset);
        setWindowTitle(tr("Edit asset %1").arg(asset->assetCode));
        m_ui->headingLabel->setText(tr("Edit asset %1").arg(asset->assetCode));
        m_ui->nameEdit->setFocus();
    });
    m_job = job;
    job->start();
}

QJsonObject AssetEditorDialog::typedTexts() const
{
    return QJsonObject{{QStringLiteral("acquisitionCost"), m_ui->acquisitionCostEdit->text()},
                       {QStringLiteral("salvageValue"), m_ui->salvageValueEdit->text()},
                       {QStringLiteral("acquisitionDate"), m_ui->acquisitionDateEdit->text()}};
}

void AssetEditorDialog::startFromDraft(const Asset &asset, bool isNew, const QJsonObject &typed)
{
    m_isNew = isNew;
    m_original = asset;
    showAsset(asset);
    // Text that was not a valid amount or date yet comes back as typed.
    if (typed.contains(QLatin1String("acquisitionCost")))
        m_ui->acquisitionCostEdit->setText(typed.value(QLatin1String("acquisitionCost")).toString());
    if (typed.contains(QLatin1String("salvageValue")))
        m_ui->salvageValueEdit->setText(typed.value(QLatin1String("salvageValue")).toString());
    if (typed.contains(QLatin1String("acquisitionDate")))
        m_ui->acquisitionDateEdit->setText(typed.value(QLatin1String("acquisitionDate")).toString());
    m_modified = true;
    setWindowTitle(isNew ? tr("New asset") : tr("Edit asset %1").arg(asset.assetCode));
    m_ui->headingLabel->setText(tr("This form was restored from an unsaved draft. Check the values, then save."));
    m_ui->saveAndNewButton->setVisible(isNew);
}

void AssetEditorDialog::showAsset(const Asset &asset)
{
    m_loading = true;
    const QLocale locale;
    const auto money = [&locale](const std::optional<Money> &value) {
        return value ? value->toString(locale) : QString();
    };
    m_ui->codeEdit->setText(asset.assetCode);
    m_ui->nameEdit->setText(asset.name);
    m_ui->categoryBox->setCurrentRecord(asset.category.id, linkText(asset.category));
    m_ui->locationBox->setCurrentRecord(asset.location.id, linkText(asset.location));
    m_ui->costCenterBox->setCurrentRecord(asset.costCenter.id, linkText(asset.costCenter));
    m_ui->custodianBox->setCurrentRecord(asset.custodian.id, linkText(asset.custodian));
    m_ui->depreciationBookBox->setCurrentRecord(asset.depreciationBook.id, linkText(asset.depreciationBook));
    m_ui->acquisitionDateEdit->setDate(asset.acquisitionDate);
    m_ui->acquisitionCostEdit->setAmount(asset.acquisitionCost);
    m_ui->salvageValueEdit->setAmount(asset.salvageValue);
    m_ui->usefulLifeSpin->setValue(asset.usefulLifeMonths.value_or(60));
    selectEnumValue(m_ui->depreciationMethodBox, asset.depreciationMethod);
    selectEnumValue(m_ui->statusBox, asset.status);
    selectEnumValue(m_ui->availabilityBox, asset.availability);
    const bool disposed = asset.status == u"Disposed";
    const bool checkedOut = asset.availability == u"CheckedOut";
    m_ui->statusBox->setEnabled(!disposed);
    m_ui->availabilityBox->setEnabled(!disposed && !checkedOut);
    if (disposed)
        m_ui->statusBox->setToolTip(tr("A disposed asset stays disposed; its status cannot be changed here."));
    if (checkedOut && !disposed)
        m_ui->availabilityBox->setToolTip(tr("Checked out: use Asset › Check in to make it available again."));
    m_ui->accumulatedDepreciationEdit->setText(money(asset.accumulatedDepreciation));
    m_ui->netBookValueEdit->setText(money(asset.netBookValue));
    m_ui->pages->setCurrentWidget(m_ui->formPage);
    m_ui->saveButton->setEnabled(true);
    clearErrors();
    m_loading = false;
    m_modified = false;
}

void AssetEditorDialog::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    Q_EMIT edited();
}

Asset AssetEditorDialog::currentAsset() const
{
    Asset asset = m_original;
    asset.assetCode = m_ui->codeEdit->text().trimmed();
    asset.name = m_ui->nameEdit->text().trimmed();
    const auto link = [](const LookupComboBox *box) {
        Json::Link result;
        result.id = box->currentRecordId();
        const QString text = box->currentRecordText();
        const int separator = text.indexOf(QStringLiteral(" — "));
        result.code = separator >= 0 ? text.left(separator) : QString();
        result.name = separator >= 0 ? text.mid(separator + 3) : text;
        return result;
    };
    asset.category = link(m_ui->categoryBox);
    asset.location = link(m_ui->locationBox);
    asset.costCenter = link(m_ui->costCenterBox);
    asset.custodian = link(m_ui->custodianBox);
    asset.depreciationBook = link(m_ui->depreciationBookBox);
    asset.acquisitionDate = m_ui->acquisitionDateEdit->parseResult().date;
    asset.acquisitionCost = m_ui->acquisitionCostEdit->parseResult().value;
    asset.salvageValue = m_ui->salvageValueEdit->parseResult().value;
    asset.usefulLifeMonths = m_ui->usefulLifeSpin->value();
    asset.depreciationMethod = enumValue(m_ui->depreciationMethodBox);
    asset.status = enumValue(m_ui->statusBox);
    asset.availability = enumValue(m_ui->availabilityBox);
    return asset;
}

QWidget *AssetEditorDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Code: return m_ui->codeEdit;
    case Field::Name: return m_ui->nameEdit;
    case Field::Category: return m_ui->categoryBox;
    case Field::Location: return m_ui->locationBox;
    case Field::CostCenter: return m_ui->costCenterBox;
    case Field::Custodian: return m_ui->custodianBox;
    case Field::DepreciationBook: return m_ui->depreciationBookBox;
    case Field::AcquisitionDate: return m_ui->acquisitionDateEdit;
    case Field::AcquisitionCost: return m_ui->acquisitionCostEdit;
    case Field::SalvageValue: return m_ui->salvageValueEdit;
    case Field::UsefulLife: return m_ui->usefulLifeSpin;
    case Field::Method: return m_ui->depreciationMethodBox;
    case Field::Status: return m_ui->statusBox;
    case Field::Availability: return m_ui->availabilityBox;
    }
    return nullptr;
}

QLabel *AssetEditorDialog::errorLabel(Field field) const
{
    switch (field) {
    case Field::Code: return m_ui->codeError;
    case Field::Name: return m_ui->nameError;
    case Field::Category: return m_ui->categoryError;
    case Field::Location: return m_ui->locationError;
    case Field::CostCenter: return m_ui->costCenterError;
    case Field::Custodian: return m_ui->custodianError;
    case Field::DepreciationBook: return m_ui->depreciationBookError;
    case Field::AcquisitionDate: return m_ui->acquisitionDateError;
    case Field::AcquisitionCost: return m_ui->acquisitionCostError;
    case Field::SalvageValue: return m_ui->salvageValueError;
    case Field::UsefulLife: return m_ui->usefulLifeError;
    case Field::Method: return m_ui->depreciationMethodError;
    case Field::Status: return m_ui->statusError;
    case Field::Availability: return m_ui->availabilityError;
    }
    return nullptr;
}

void AssetEditorDialog::clearErrors()
{
    for (int field = int(Field::Code); field <= int(Field::Availability); ++field) {
        QLabel *label = errorLabel(Field(field));
        label->clear();
        label->hide();
    }
    m_ui->saveErrorPanel->hide();
}

void AssetEditorDialog::setFieldError(Field field, const QString &message)
{
    QLabel *label = errorLabel(field);
    label->setText(message);
    label->show();
    QWidget *widget = fieldWidget(field);
    widget->setFocus();
    m_ui->formScroll->ensureWidgetVisible(widget);
}

bool AssetEditorDialog::validate()
{
    clearErrors();
    // Checked from the bottom up, so the focus ends on the first field in error.
    bool valid = true;
    const auto fail = [&valid, this](Field field, const QString &message) {
        setFieldError(field, message);
        valid = false;
    };

    const MoneyParser::Result salvage = m_ui->salvageValueEdit->parseResult();
    const MoneyParser::Result cost = m_ui->acquisitionCostEdit->parseResult();
    if (!salvage.error.isEmpty())
        fail(Field::SalvageValue, salvage.error);
    else if (salvage.value && cost.value && salvage.value->cents() > cost.value->cents())
        fail(Field::SalvageValue, tr("The salvage value cannot be greater than the acquisition cost (%1).")
                                      .arg(cost.value->toString(QLocale())));
    if (!cost.error.isEmpty())
        fail(Field::AcquisitionCost, cost.error);
    else if (!cost.value)
        fail(Field::AcquisitionCost, tr("Enter the acquisition cost."));

    const DateLineEdit::Result date = m_ui->acquisitionDateEdit->parseResult();
    if (!date.error.isEmpty())
        fail(Field::AcquisitionDate, date.error);
    else if (!date.date.isValid())
        fail(Field::AcquisitionDate, tr("Enter the acquisition date."));

    const std::initializer_list<std::pair<Field, const LookupComboBox *>> lookups = {
        {Field::DepreciationBook, m_ui->depreciationBookBox}, {Field::Custodian, m_ui->custodianBox},
        {Field::CostCenter, m_ui->costCenterBox}, {Field::Location, m_ui->locationBox},
        {Field::Category, m_ui->categoryBox}};
    for (const auto &[field, box] : lookups) {
        if (box->hasUnmatchedText()) {
            const int candidates = box->candidateCount();
            fail(field, candidates > 1
                            ? tr("\"%1\" matches %n entries. Choose one from the list.", nullptr, candidates)
                                  .arg(box->currentText())
                            : tr("No entry matches \"%1\". Choose one from the list, or \"(none)\".")
                                  .arg(box->currentText()));
        }
    }

    if (m_ui->nameEdit->text().trimmed().isEmpty())
        fail(Field::Name, tr("Enter a name."));
    if (m_ui->codeEdit->text().trimmed().isEmpty())
        fail(Field::Code, tr("Enter an asset code, for example LAP-0042."));
    return valid;
}

void AssetEditorDialog::save()
{
    if (m_job || m_ui->pages->currentWidget() != m_ui->formPage)
        return;
    m_newAfterSave = false;
    send();
}

void AssetEditorDialog::saveAndNew()
{
    if (m_job || !m_isNew || m_ui->pages->currentWidget() != m_ui->formPage)
        return;
    m_newAfterSave = true;
    send();
}

void AssetEditorDialog::retryAfterNewKey()
{
    if (!m_retryAfterKey || m_job)
        return;
    m_retryAfterKey = false;
    send();
}

void AssetEditorDialog::send()
{
    if (!validate())
        return;
    const Asset asset = currentAsset();
    m_sentAsset = asset;
    const QByteArray body = AssetPayload::toJson(asset);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = m_isNew ? m_client->sendJson("POST", QStringLiteral("/assets"), query, body)
                          : m_client->sendJson("PUT", QStringLiteral("/assets/") + m_original.id.toString(QUuid::WithoutBraces),
                                               query, body);
    connect(job, &ApiJob::finished, this, &AssetEditorDialog::handleSaveReply);
    m_job = job;
    setSaving(true, tr("Saving…"));
    job->start();
}

void AssetEditorDialog::handleSaveReply(ApiJob *job)
{
    m_job = nullptr;
    if (job->succeeded()) {
        QString error;
        const std::optional<Asset> asset =
            job->json().isObject() ? Asset::fromJson(job->json().object(), &error) : std::nullopt;
        if (asset) {
            finishSave(*asset, m_isNew);
            return;
        }
        // Saved, but the reply does not describe the asset, so an error replaces a guessed row.
        setSaving(false);
        QString reason = tr("the asset was saved, but the reply does not contain it. Refresh the register to see it.");
        if (!error.isEmpty())
            reason += QLatin1Char(' ') + error;
        showSaveError(job->badResponseError(reason));
        return;
    }

    const ApiError &error = job->error();
    const bool noAnswer = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Proxy
            || error.kind == ApiError::Kind::Timeout;
    if (noAnswer) {
        confirmLostSave(error);
        return;
    }
    setSaving(false);
    showSaveError(error);
}

QStringList AssetEditorDialog::differingFields(const Asset &stored, const Asset &sent)
{
    QStringList fields;
    const auto check = [&fields](bool same, const char *name) {
        if (!same)
            fields << QLatin1String(name);
    };
    check(stored.assetCode.compare(sent.assetCode, Qt::CaseInsensitive) == 0, "assetCode");
    check(stored.name == sent.name, "name");
    check(stored.category.id == sent.category.id, "categoryId");
    check(stored.location.id == sent.location.id, "locationId");
    check(stored.costCenter.id == sent.costCenter.id, "costCenterId");
    check(stored.custodian.id == sent.custodian.id, "custodianId");
    check(stored.depreciationBook.id == sent.depreciationBook.id, "depreciationBookId");
    // A value left empty may come back as the server's default (an amount of
    // zero, a default status), so only values that were sent are compared.
    const auto cents = [](const std::optional<Money> &amount) { return amount ? amount->cents() : 0; };
    check(!sent.acquisitionDate.isValid() || stored.acquisitionDate == sent.acquisitionDate, "acquisitionDate");
    check(cents(stored.acquisitionCost) == cents(sent.acquisitionCost), "acquisitionCost");
    check(cents(stored.salvageValue) == cents(sent.salvageValue), "salvageValue");
    check(!sent.usefulLifeMonths || stored.usefulLifeMonths == sent.usefulLifeMonths, "usefulLifeMonths");
    check(sent.status.isEmpty() || stored.status == sent.status, "status");
    check(sent.availability.isEmpty() || stored.availability == sent.availability, "availability");
    check(sent.depreciationMethod.isEmpty() || stored.depreciationMethod == sent.depreciationMethod,
          "depreciationMethod");
    return fields;
}

void AssetEditorDialog::confirmLostSave(const ApiError &error)
{
    // The write may have been stored before the connection broke. Sending it
    // again could make a duplicate, so the server is asked what it holds: an
    // asset with this code and exactly the values sent counts as saved.
    setSaving(true, tr("The server did not answer. Checking whether the asset was saved…"));
    const Asset sent = m_sentAsset;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    ApiJob *job = nullptr;
    if (m_isNew) {
        query.addQueryItem(QStringLiteral("search"), sent.assetCode);
        query.addQueryItem(QStringLiteral("skip"), QStringLiteral("0"));
        query.addQueryItem(QStringLiteral("take"), QString::number(PageCursor::maxTake));
        job = m_client->get(QStringLiteral("/assets"), query);
    } else {
        job = m_client->get(QStringLiteral("/assets/") + m_original.id.toString(QUuid::WithoutBraces), query);
    }
    connect(job, &ApiJob::finished, this, [this, error, sent](ApiJob *finished) {
        handleConfirmReply(finished, error, sent);
    });
    m_job = job;
    job->start();
}

void AssetEditorDialog::handleConfirmReply(ApiJob *job, const ApiError &originalError, const Asset &sent)
{
    m_job = nullptr;
    setSaving(false);

    QVector<Asset> candidates;
    bool readable = job->succeeded();
    if (readable && m_isNew) {
        Page page;
        QString parseError;
        readable = Page::parse(job->json(), 0, &page, &parseError);
        for (const QJsonValue &value : std::as_const(page.items)) {
            if (const std::optional<Asset> asset = Asset::fromJson(value.toObject(), nullptr))
                candidates.append(*asset);
        }
    } else if (readable) {
        const std::optional<Asset> asset =
            job->json().isObject() ? Asset::fromJson(job->json().object(), nullptr) : std::nullopt;
        readable = asset.has_value();
        if (asset)
            candidates.append(*asset);
    }

    const QString heading = tr("The asset was not saved.");
    if (!readable) {
        m_ui->saveErrorPanel->setError(heading, originalError,
                                       tr("No reply came from the server, and Activo Desk "
                                          "could not check whether the asset was saved. Search the register for "
                                          "%1 before saving again.")
                                           .arg(sent.assetCode));
        m_ui->saveErrorPanel->show();
        return;
    }

    for (const Asset &candidate : std::as_const(candidates)) {
        const QStringList differences = differingFields(candidate, sent);
        if (differences.isEmpty()) {
            finishSave(candidate, m_isNew);
            return;
        }
        qCInfo(lcUi).noquote() << "asset" << candidate.assetCode << "on the server differs from the lost save in"
                               << differences.join(QStringLiteral(", "));
    }

    QString message;
    if (m_isNew) {
        const auto sameCode = std::find_if(candidates.cbegin(), candidates.cend(), [&sent](const Asset &candidate) {
            return candidate.assetCode.compare(sent.assetCode, Qt::CaseInsensitive) == 0;
        });
        message = sameCode == candidates.cend()
            ? tr("No reply came from the server. No asset with the code %1 exists, so nothing "
                 "was created. Save again.")
                  .arg(sent.assetCode)
            : tr("No reply came from the server. An asset with the code %1 exists (%2), but "
                 "its values are not the ones you entered, so it is another asset. Nothing of yours was created: "
                 "choose another code and save again.")
                  .arg(sameCode->assetCode, sameCode->name);
    } else {
        message = tr("No reply came from the server, and the server still has the old "
                     "values. Save again.");
    }
    m_ui->saveErrorPanel->setError(heading, originalError, message);
    m_ui->saveErrorPanel->show();
}

void AssetEditorDialog::finishSave(const Asset &asset, bool created)
{
    setSaving(false);
    m_modified = false;
    Q_EMIT saved(asset, created);
    if (m_newAfterSave) {
        m_newAfterSave = false;
        startNew(&asset);
        m_ui->savingLabel->setText(tr("Saved %1. Enter the next asset.").arg(asset.assetCode));
        return;
    }
    accept();
}

bool AssetEditorDialog::mentionsField(const QString &message, const QString &jsonName)
{
    const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(jsonName)),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(message).hasMatch();
}

void AssetEditorDialog::showSaveError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Unauthorized) {
        // The main window prompts for a new key, and the save is repeated once it is stored.
        m_retryAfterKey = true;
        m_ui->saveErrorPanel->setMessage(tr("The asset was not saved."),
                                         tr("The server rejected the API key. Paste a valid key in the "
                                            "Preferences window and press OK. The asset is then saved again."));
        m_ui->saveErrorPanel->show();
        return;
    }

    if (error.kind == ApiError::Kind::Validation && !error.serverMessage.isEmpty()) {
        static const std::initializer_list<std::pair<const char *, Field>> fields = {
            {"assetCode", Field::Code}, {"categoryId", Field::Category}, {"locationId", Field::Location},
            {"costCenterId", Field::CostCenter}, {"custodianId", Field::Custodian},
            {"depreciationBookId", Field::DepreciationBook}, {"acquisitionDate", Field::AcquisitionDate},
            {"acquisitionCost", Field::AcquisitionCost}, {"salvageValue", Field::SalvageValue},
            {"usefulLifeMonths", Field::UsefulLife}, {"depreciationMethod", Field::Method},
            {"status", Field::Status}, {"availability", Field::Availability}, {"name", Field::Name}};
        for (const auto &[jsonName, field] : fields) {
            if (mentionsField(error.serverMessage, QLatin1String(jsonName))) {
                setFieldError(field, error.serverMessage);
                return;
            }
        }
    }
    m_ui->saveErrorPanel->setError(tr("The asset was not saved."), error);
    m_ui->saveErrorPanel->show();
}

void AssetEditorDialog::setSaving(bool saving, const QString &status)
{
    m_ui->saveButton->setEnabled(!saving);
    m_ui->saveAndNewButton->setEnabled(!saving);
    m_ui->savingLabel->setText(status);
}

void AssetEditorDialog::reject()
{
    if (m_job && m_ui->pages->currentWidget() == m_ui->formPage) {
        // Closing now would leave the user unsure whether the asset was saved.
        m_ui->savingLabel->setText(tr("Saving… Wait for the server's answer before closing."));
        return;
    }
    if (!m_modified) {
        Q_EMIT closedWithoutSaving();
        QDialog::reject();
        return;
    }
    MessageBox::ask(this, QMessageBox::Question, tr("Discard changes?"),
                    tr("The changes to this asset have not been saved. Discard them?"),
                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Cancel,
                    [this](QMessageBox::StandardButton answer) {
                        if (answer != QMessageBox::Discard)
                            return;
                        if (m_job)
                            m_job->abort();
                        m_modified = false;
                        Q_EMIT closedWithoutSaving();
                        QDialog::reject();
                    });
}

} // namespace Activo
