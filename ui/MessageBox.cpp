#include "MessageBox.h"

#include <QPointer>
#include <QTimer>

namespace Activo::MessageBox {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         QMessageBox::StandardButton escapeAnswer, Callback done)
{
    if (g_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [guard, answer, done = std::move(done)] {
            if (guard)
                done(answer);
        });
        return;
    }

    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setDefaultButton(defaultButton);
    if (QAbstractButton *escape = box->button(escapeAnswer))
        box->setEscapeButton(escape);
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)](int) {
        QAbstractButton *clicked = box->clickedButton();
        done(clicked ? box->standardButton(clicked) : QMessageBox::Cancel);
    });
    box->open();
}

} // namespace Activo::MessageBox
