#pragma once

#include "api/ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Activo {

// Shows one failed request: a heading, the plain-language message, the
// request id, and the buttons Retry and "Copy details" (the support text,
// which never contains the API key).
class ErrorPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void setError(const QString &heading, const ApiError &error);
    // Shows `message` in place of the error's own text; "Copy details" still copies the error.
    void setError(const QString &heading, const ApiError &error, const QString &message);
    // A message without a failed request behind it (no request id, nothing to copy).
    void setMessage(const QString &heading, const QString &message);
    void setRetryVisible(bool visible);
    // Labels the retry button for another action, e.g. "Open Preferences…".
    void setRetryText(const QString &text);
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void retryRequested();

private:
    void copyDetails();

    ApiError m_error;
    QLabel *m_heading;
    QLabel *m_message;
    QLabel *m_requestId;
    QPushButton *m_retryButton;
    QPushButton *m_copyButton;
};

} // namespace Activo
