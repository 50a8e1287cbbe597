#include "LanguagePage.h"
#include "ui_LanguagePage.h"

#include "Translations.h"
#include "models/LocaleFormat.h"
#include "models/Money.h"
#include "settings/AppSettings.h"

#include <QDate>

namespace Activo {

LanguagePage::LanguagePage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LanguagePage>())
    , m_settings(settings)
    , m_started(settings->language())
{
    m_ui->setupUi(this);
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    // The C locale of a bare system has no language name.
    m_ui->languageBox->addItem(systemLanguage.isEmpty() ? tr("System language")
                                                        : tr("System language (%1)").arg(systemLanguage),
                               QString());
    // Each language is named in itself, so it can be found by someone who does not read the current one.
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageBox->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    const int index = m_ui->languageBox->findData(m_started);
    m_ui->languageBox->setCurrentIndex(index < 0 ? 0 : index);
    connect(m_ui->languageBox, &QComboBox::currentIndexChanged, this, &LanguagePage::updateHint);
    updateHint();
}

LanguagePage::~LanguagePage() = default;

void LanguagePage::updateHint()
{
    const QString chosen = m_ui->languageBox->currentData().toString();
    const QLocale locale = localeForLanguage(chosen);
    QString hint = tr("Amounts and dates will look like %1 and %2.")
                       .arg(Money::fromCents(123456789).toString(locale),
                            LocaleFormat::shortDate(QDate(2026, 1, 31), locale));
    if (chosen != m_started)
        hint += QLatin1Char(' ') + tr("The new language applies the next time Activo Desk starts.");
    m_ui->languageHintLabel->setText(hint);
}

bool LanguagePage::apply()
{
    const QString chosen = m_ui->languageBox->currentData().toString();
    m_settings->setLanguage(chosen);
    return chosen != m_started;
}

} // namespace Activo
