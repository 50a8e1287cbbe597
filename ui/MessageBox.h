#pragma once

#include <QMessageBox>

#include <functional>

namespace Activo::MessageBox {

using Callback = std::function<void(QMessageBox::StandardButton answer)>;

// Asks a question in a window-modal message box without a nested event loop;
// `done` runs with the button the user chose (Escape gives `escapeAnswer`).
void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         QMessageBox::StandardButton escapeAnswer, Callback done);

// Makes the next ask() return `answer` at once, without showing a box. For tests.
void setNextAnswer(QMessageBox::StandardButton answer);

} // namespace Activo::MessageBox
