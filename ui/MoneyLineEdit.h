#pragma once

#include "models/Money.h"
#include "models/MoneyParser.h"

#include <QLineEdit>

#include <optional>

namespace Activo {

// An amount typed the way the user's locale writes numbers. When editing
// finishes, valid input is shown back in the locale's format, so the user
// sees what was understood; invalid input stays as typed.
class MoneyLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyLineEdit(QWidget *parent = nullptr);

    void setAmount(const std::optional<Money> &amount);
    // The parsed amount and the reason when the text is not an amount. An
    // empty field has no amount and no error.
    MoneyParser::Result parseResult() const;

    void setAllowNegative(bool allow) { m_allowNegative = allow; }

private:
    void reformat();

    bool m_allowNegative = false;
};

} // namespace Activo
