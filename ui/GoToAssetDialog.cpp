#include "GoToAssetDialog.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Json.h"
#include "api/Page.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Activo {

GoToAssetDialog::GoToAssetDialog(ApiClient *client, QString companyId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_companyId(std::move(companyId))
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("goToAssetDialog"));
    setWindowTitle(tr("Go to asset"));
    setAccessibleName(windowTitle());

    m_edit->setObjectName(QStringLiteral("codeEdit"));
    m_edit->setAccessibleName(tr("Asset code or RFID EPC"));
    m_edit->setPlaceholderText(tr("Type or scan, then press Enter"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 36);
    m_edit->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("Asset &code or EPC:"), this);
    label->setBuddy(m_edit);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToAssetDialog::lookUp);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(label, m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_edit->setFocus();
}

GoToAssetDialog::~GoToAssetDialog()
{
    if (m_job)
        m_job->abort();
}

QString GoToAssetDialog::messageText() const
{
    return m_message->text();
}

void GoToAssetDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // A longer message needs more height than the dialog had.
    adjustSize();
}

void GoToAssetDialog::lookUp()
{
    // Scanners may add spaces or a line break around what they read.
    const QString wanted = m_edit->text().trimmed();
    if (wanted.isEmpty()) {
        showMessage(tr("Type an asset code or an RFID EPC, or scan one."));
        return;
    }
    if (m_job)
        m_job->abort();
    showMessage(tr("Looking up “%1”…").arg(wanted));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("companyId"), m_companyId);
    query.addQueryItem(QStringLiteral("search"), wanted);
    query.addQueryItem(QStringLiteral("skip"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("50"));
    ApiJob *job = m_client->get(QStringLiteral("/assets"), query);
    connect(job, &ApiJob::finished, this, [this, wanted](ApiJob *finished) { handleReply(finished, wanted); });
    m_job = job;
    job->start();
}

void GoToAssetDialog::handleReply(ApiJob *job, const QString &wanted)
{
    m_job = nullptr;
    if (!job->succeeded()) {
        showMessage(tr("The asset could not be looked up: %1").arg(job->error().message()));
        return;
    }
    Page page;
    QString error;
    if (!Page::parse(job->json(), 0, &page, &error)) {
        showMessage(tr("The asset could not be looked up: %1").arg(job->badResponseError(error).message()));
        return;
    }
    QUuid byCode;
    QUuid byEpc;
    for (const QJsonValue &value : std::as_const(page.items)) {
        const QJsonObject asset = value.toObject();
        const QUuid id = Json::uuid(asset.value(QLatin1String("id")));
        if (id.isNull())
            continue;
        if (byCode.isNull()
            && Json::string(asset, QLatin1String("assetCode")).compare(wanted, Qt::CaseInsensitive) == 0)
            byCode = id;
        if (byEpc.isNull() && Json::string(asset, QLatin1String("epc")).compare(wanted, Qt::CaseInsensitive) == 0)
            byEpc = id;
    }
    const QUuid found = byCode.isNull() ? byEpc : byCode;
    if (found.isNull()) {
        showMessage(page.items.isEmpty()
                        ? tr("No asset has the code or EPC “%1”. Check it and try again.").arg(wanted)
                        : tr("No asset has exactly the code or EPC “%1”; %Ln asset(s) only contain it. Use the "
                             "register's search to see them.",
                             nullptr, int(page.items.size()))
                              .arg(wanted));
        m_edit->selectAll();
        m_edit->setFocus();
        return;
    }
    Q_EMIT assetFound(found);
    accept();
}

} // namespace Activo
