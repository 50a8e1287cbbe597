#pragma once

#include <QWidget>

class QSpinBox;

namespace Activo {

class AppSettings;

// The Network page of Preferences: how long a request may receive nothing
// before it stops with a message.
class NetworkPage : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPage(AppSettings *settings, QWidget *parent = nullptr);

    // Stores the time-out; returns true when it changed.
    bool apply();
    QSpinBox *timeoutBox() const { return m_timeout; }

private:
    AppSettings *m_settings;
    QSpinBox *m_timeout;
};

} // namespace Activo
