#include "MoneyLineEdit.h"

#include <QLocale>

namespace Activo {

MoneyLineEdit::MoneyLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("for example %1").arg(MoneyParser::format(Money::fromCents(123456), QLocale())));
    connect(this, &QLineEdit::editingFinished, this, &MoneyLineEdit::reformat);
}

void MoneyLineEdit::setAmount(const std::optional<Money> &amount)
{
    setText(amount ? MoneyParser::format(*amount, QLocale()) : QString());
}

MoneyParser::Result MoneyLineEdit::parseResult() const
{
    return MoneyParser::parse(text(), QLocale(), m_allowNegative);
}

void MoneyLineEdit::reformat()
{
    const MoneyParser::Result result = parseResult();
    if (result.value) {
        const QString formatted = MoneyParser::format(*result.value, QLocale());
        if (formatted != text())
            setText(formatted);
    }
}

} // namespace Activo
