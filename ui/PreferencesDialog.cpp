#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "Icons.h"
#include "LanguagePage.h"
#include "NetworkPage.h"

#include <QPushButton>

namespace Activo {

PreferencesDialog::PreferencesDialog(const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_connectionPage(new ConnectionPage(services, this))
    , m_languagePage(new LanguagePage(services.settings, this))
    , m_networkPage(new NetworkPage(services.settings, this))
{
    m_ui->setupUi(this);
    m_connectionPage->setObjectName(QStringLiteral("connectionPage"));
    m_ui->pages->addWidget(m_connectionPage);
    auto *item = new QListWidgetItem(Icons::themed(QStringLiteral("preferences")), tr("Connection"), m_ui->pageList);
    item->setData(Qt::AccessibleTextRole, tr("Connection"));
    m_languagePage->setObjectName(QStringLiteral("languagePage"));
    m_ui->pages->addWidget(m_languagePage);
    auto *languageItem = new QListWidgetItem(Icons::themed(QStringLiteral("language")), tr("Language"), m_ui->pageList);
    languageItem->setData(Qt::AccessibleTextRole, tr("Language"));
    m_networkPage->setObjectName(QStringLiteral("networkPage"));
    m_ui->pages->addWidget(m_networkPage);
    auto *networkItem = new QListWidgetItem(Icons::themed(QStringLiteral("network")), tr("Network"), m_ui->pageList);
    networkItem->setData(Qt::AccessibleTextRole, tr("Network"));
    m_ui->pageList->setCurrentRow(0);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The pages were built before the list, so their fields stood ahead of it
    // in the focus chain and Tab never reached the list. The chain is laid
    // out again: the list, each page's fields in their own order, the buttons.
    QWidget *previous = m_ui->pageList;
    for (QWidget *page : {static_cast<QWidget *>(m_connectionPage), static_cast<QWidget *>(m_languagePage),
                          static_cast<QWidget *>(m_networkPage)}) {
        QList<QWidget *> fields;
        for (QWidget *widget = page->nextInFocusChain(); widget != page && page->isAncestorOf(widget);
             widget = widget->nextInFocusChain()) {
            if (widget->focusPolicy() & Qt::TabFocus)
                fields << widget;
        }
        for (QWidget *field : std::as_const(fields)) {
            setTabOrder(previous, field);
            previous = field;
        }
    }
    setTabOrder(previous, m_ui->buttonBox);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::showConnectionPage(const QString &reason)
{
    m_ui->pageList->setCurrentRow(0);
    m_connectionPage->setReason(reason);
}

void PreferencesDialog::save()
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    m_languagePage->apply();
    if (m_networkPage->apply())
        Q_EMIT networkSettingsChanged();
    m_connectionPage->apply([this, ok](bool saved) {
        ok->setEnabled(true);
        if (saved)
            accept();
    });
}

} // namespace Activo
