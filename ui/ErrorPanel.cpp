#include "ErrorPanel.h"

#include "Icons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Activo {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_requestId(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_copyButton(new QPushButton(Icons::themed(QStringLiteral("copy")), tr("Copy &details"), this))
{
    setObjectName(QStringLiteral("errorPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Error"));

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("errorHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Error message"));

    m_requestId->setObjectName(QStringLiteral("errorRequestId"));
    m_requestId->setTextFormat(Qt::PlainText);
    m_requestId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_requestId->setAccessibleName(tr("Request id"));

    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setIcon(Icons::themed(QStringLiteral("refresh")));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_copyButton->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copyButton->setAccessibleName(tr("Copy details"));
    m_copyButton->setToolTip(tr("Copy a description of the failed request for support. The API key is not included."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(m_requestId);
    layout->addLayout(buttons);

    connect(m_retryButton, &QPushButton::clicked, this, &ErrorPanel::retryRequested);
    connect(m_copyButton, &QPushButton::clicked, this, &ErrorPanel::copyDetails);
}

void ErrorPanel::setError(const QString &heading, const ApiError &error)
{
    m_error = error;
    m_heading->setText(heading);
    m_message->setText(error.message());
    m_requestId->setText(error.requestId.isEmpty() ? tr("The server sent no request id.")
                                                   : tr("Request id: %1").arg(error.requestId));
    m_requestId->setVisible(error.httpStatus != 0 || !error.requestId.isEmpty());
    m_copyButton->setVisible(true);
    m_copyButton->setText(tr("Copy &details"));
}

void ErrorPanel::setError(const QString &heading, const ApiError &error, const QString &message)
{
    setError(heading, error);
    m_message->setText(message);
}

void ErrorPanel::setMessage(const QString &heading, const QString &message)
{
    m_error = ApiError();
    m_heading->setText(heading);
    m_message->setText(message);
    m_requestId->setVisible(false);
    m_copyButton->setVisible(false);
}

void ErrorPanel::setRetryVisible(bool visible)
{
    m_retryButton->setVisible(visible);
}

void ErrorPanel::setRetryText(const QString &text)
{
    m_retryButton->setText(text);
    m_retryButton->setAccessibleName(QString(text).remove(QLatin1Char('&')));
}

void ErrorPanel::copyDetails()
{
    QGuiApplication::clipboard()->setText(m_error.details());
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_copyButton->setText(tr("Copy &details")); });
}

} // namespace Activo
