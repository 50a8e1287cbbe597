#include "NetworkPage.h"

#include "settings/AppSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Activo {

NetworkPage::NetworkPage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_timeout(new QSpinBox(this))
{
    setAccessibleName(tr("Network settings"));
    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setRange(AppSettings::MinimumTimeoutSeconds, AppSettings::MaximumTimeoutSeconds);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_timeout->setValue(settings->requestTimeoutSeconds());
    m_timeout->setAccessibleName(tr("Request time-out in seconds"));
    auto *label = new QLabel(tr("Request &time-out:"), this);
    label->setBuddy(m_timeout);

    auto *hint = new QLabel(tr("A request that receives nothing from the server for this long stops with a message "
                               "that names it. A read is then tried once more; a save never is. From %1 to %2 "
                               "seconds; the default is %3. The new value applies to the next request.")
                                .arg(AppSettings::MinimumTimeoutSeconds)
                                .arg(AppSettings::MaximumTimeoutSeconds)
                                .arg(AppSettings::DefaultTimeoutSeconds),
                            this);
    hint->setObjectName(QStringLiteral("timeoutHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    // A number of seconds needs no more room than its own.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(label, m_timeout);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
}

bool NetworkPage::apply()
{
    if (m_timeout->value() == m_settings->requestTimeoutSeconds())
        return false;
    m_settings->setRequestTimeoutSeconds(m_timeout->value());
    return true;
}

} // namespace Activo
