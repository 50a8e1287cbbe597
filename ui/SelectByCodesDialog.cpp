#include "SelectByCodesDialog.h"

#include "bulk/AssetCodeLookup.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Activo {

SelectByCodesDialog::SelectByCodesDialog(ApiClient *client, QString companyId, QWidget *parent)
    : QDialog(parent)
    , m_companyId(std::move(companyId))
    , m_lookup(new AssetCodeLookup(client, m_companyId, this))
    , m_introLabel(new QLabel(this))
    , m_codesEdit(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_messageLabel(new QLabel(this))
    , m_missingEdit(new QPlainTextEdit(this))
    , m_selectButton(new QPushButton(tr("&Select"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("selectByCodesDialog"));
    setWindowTitle(tr("Select by codes"));
    setAccessibleName(windowTitle());
    setAttribute(Qt::WA_DeleteOnClose);
    resize(520, 480);

    m_introLabel->setText(tr("&Paste or type asset codes, one per line or separated by commas, semicolons, tabs "
                             "or spaces. Case does not matter, and repeated codes count once."));
    m_introLabel->setWordWrap(true);
    m_introLabel->setBuddy(m_codesEdit);
    m_codesEdit->setObjectName(QStringLiteral("codesEdit"));
    m_codesEdit->setAccessibleName(tr("Asset codes"));
    m_codesEdit->setTabChangesFocus(true);
    m_codesEdit->setPlaceholderText(tr("FUR-0011\nLAP-0042\nVEH-0003"));

    m_progress->setObjectName(QStringLiteral("lookupProgress"));
    m_progress->setAccessibleName(tr("Codes looked up"));
    m_progress->setFormat(tr("%v of %m codes"));
    m_progress->hide();

    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setAccessibleName(tr("Result"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageLabel->hide();

    m_missingEdit->setObjectName(QStringLiteral("missingEdit"));
    m_missingEdit->setAccessibleName(tr("Codes not found"));
    m_missingEdit->setReadOnly(true);
    m_missingEdit->setTabChangesFocus(true);
    m_missingEdit->hide();

    m_selectButton->setObjectName(QStringLiteral("selectButton"));
    m_selectButton->setDefault(true);
    m_buttons->addButton(m_selectButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_codesEdit, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_missingEdit, 1);
    layout->addWidget(m_buttons);

    connect(m_selectButton, &QPushButton::clicked, this, &SelectByCodesDialog::lookUp);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lookup, &AssetCodeLookup::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_lookup, &AssetCodeLookup::finished, this, &SelectByCodesDialog::showResults);
    m_codesEdit->setFocus();
}

SelectByCodesDialog::~SelectByCodesDialog() = default;

QString SelectByCodesDialog::messageText() const
{
    return m_messageLabel->text();
}

QString SelectByCodesDialog::missingText() const
{
    return m_missingEdit->toPlainText();
}

bool SelectByCodesDialog::isLookingUp() const
{
    return m_lookup->isRunning();
}

void SelectByCodesDialog::lookUp()
{
    const QStringList codes = AssetCodeLookup::parseCodes(m_codesEdit->toPlainText());
    m_missingEdit->clear();
    m_missingEdit->hide();
    m_messageLabel->show();
    if (codes.isEmpty()) {
        m_messageLabel->setText(tr("Paste or type at least one asset code, for example FUR-0011."));
        m_codesEdit->setFocus();
        return;
    }
    m_messageLabel->setText(tr("Looking up %n code(s)…", nullptr, int(codes.size())));
    setBusy(true);
    m_lookup->start(codes);
}

void SelectByCodesDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_selectButton->setEnabled(!busy);
    m_codesEdit->setReadOnly(busy);
}

void SelectByCodesDialog::showResults()
{
    setBusy(false);
    const QVector<Asset> found = m_lookup->foundAssets();
    QStringList missing;
    int notFound = 0;
    for (const AssetCodeLookup::Result &result : m_lookup->results()) {
        if (result.kind == AssetCodeLookup::Result::Kind::Found)
            continue;
        if (result.kind == AssetCodeLookup::Result::Kind::NotFound)
            ++notFound;
        missing << tr("%1: %2", "code: reason").arg(result.code, result.message);
    }
    const int codes = int(m_lookup->results().size());
    // When nothing is found, the selection the user had stays as it was.
    if (!found.isEmpty())
        Q_EMIT assetsFound(found);
    if (missing.isEmpty()) {
        m_messageLabel->setText(tr("Every code was found. %n asset(s) are selected in the register.", nullptr,
                                   int(found.size())));
        accept();
        return;
    }
    QString text = found.isEmpty()
        ? tr("No asset has any of the %n code(s), so the selection is unchanged.", nullptr, codes)
        : tr("%1 of %n code(s) were found, and those assets are selected in the register.", nullptr, codes)
              .arg(codes - int(missing.size()));
    if (notFound == int(missing.size()))
        text += QLatin1Char(' ') + tr("These codes match no asset. Check them against the register:");
    else
        text += QLatin1Char(' ') + tr("These codes were not found or could not be looked up:");
    m_messageLabel->setText(text);
    m_missingEdit->setPlainText(missing.join(QLatin1Char('\n')));
    m_missingEdit->show();
    m_missingEdit->setFocus();
}

} // namespace Activo
