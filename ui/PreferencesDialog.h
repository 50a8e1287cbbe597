#pragma once

#include "ConnectionPage.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Activo {

class LanguagePage;
class NetworkPage;

// Preferences, one page per topic. OK saves every page; the dialog closes
// only when saving succeeded, so nothing typed is lost to a failed save.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Services &services, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    ConnectionPage *connectionPage() const { return m_connectionPage; }
    LanguagePage *languagePage() const { return m_languagePage; }
    NetworkPage *networkPage() const { return m_networkPage; }
    void showConnectionPage(const QString &reason);

Q_SIGNALS:
    // OK stored a new request time-out.
    void networkSettingsChanged();

private:
    void save();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    ConnectionPage *m_connectionPage;
    LanguagePage *m_languagePage;
    NetworkPage *m_networkPage;
};

} // namespace Activo
