#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LanguagePage;
}

namespace Activo {

class AppSettings;

// The Language page of Preferences: the system's language, English or
// Spanish. Money, numbers and dates follow the chosen language with the
// system's country. The choice applies at the next start.
class LanguagePage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguagePage(AppSettings *settings, QWidget *parent = nullptr);
    ~LanguagePage() override;

    // Stores the choice; returns true when it differs from the one in use.
    bool apply();

private:
    void updateHint();

    std::unique_ptr<Ui::LanguagePage> m_ui;
    AppSettings *m_settings;
    QString m_started;
};

} // namespace Activo
