#pragma once

#include "ConnectionPage.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Activo {

class LanguagePage;

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
    void showConnectionPage(const QString &reason);

private:
    void save();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    ConnectionPage *m_connectionPage;
    LanguagePage *m_languagePage;
};

} // namespace Activo
