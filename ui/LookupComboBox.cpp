#include "LookupComboBox.h"

#include "models/Asset.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Activo {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;
} // namespace

LookupComboBox::LookupComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    QCompleter *matcher = completer();
    matcher->setFilterMode(Qt::MatchContains);
    matcher->setCaseSensitivity(Qt::CaseInsensitive);
    matcher->setCompletionMode(QCompleter::PopupCompletion);
    addItem(tr("(none)"));
}

void LookupComboBox::setItems(const QVector<LookupItem> &items)
{
    const QUuid current = currentRecordId();
    const QString currentText = currentRecordText();
    const bool unmatched = hasUnmatchedText();
    const QString typed = lineEdit() ? lineEdit()->text() : QString();

    clear();
    addItem(tr("(none)"));
    for (const LookupItem &item : items) {
        Json::Link link{item.id, item.code, item.name};
        addItem(linkText(link));
        setItemData(count() - 1, item.id, kIdRole);
        setItemData(count() - 1, item.code, kCodeRole);
    }

    if (unmatched)
        setEditText(typed);
    else
        setCurrentRecord(current, currentText);
}

int LookupComboBox::findRecord(const QUuid &id) const
{
    for (int i = 1; i < count(); ++i) {
        if (itemData(i, kIdRole).value<QUuid>() == id)
            return i;
    }
    return -1;
}

void LookupComboBox::setCurrentRecord(const QUuid &id, const QString &fallbackText)
{
    if (id.isNull()) {
        setCurrentIndex(0);
        return;
    }
    int index = findRecord(id);
    if (index < 0) {
        addItem(fallbackText.isEmpty() ? id.toString(QUuid::WithoutBraces) : fallbackText);
        index = count() - 1;
        setItemData(index, id, kIdRole);
    }
    setCurrentIndex(index);
}

int LookupComboBox::matchTypedText() const
{
    const QString typed = currentText().trimmed();
    if (typed.isEmpty())
        return 0;
    if (currentIndex() >= 0 && itemText(currentIndex()) == currentText())
        return currentIndex();
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).compare(typed, Qt::CaseInsensitive) == 0
            || itemData(i, kCodeRole).toString().compare(typed, Qt::CaseInsensitive) == 0)
            return i;
    }
    // Part of a code or name that only one record contains is a clear choice too.
    int found = -1;
    for (int i = 1; i < count(); ++i) {
        if (itemText(i).contains(typed, Qt::CaseInsensitive)) {
            if (found >= 0)
                return -1;
            found = i;
        }
    }
    return found;
}

int LookupComboBox::candidateCount() const
{
    const QString typed = currentText().trimmed();
    int candidates = 0;
    for (int i = 1; i < count(); ++i) {
        if (itemText(i).contains(typed, Qt::CaseInsensitive))
            ++candidates;
    }
    return candidates;
}

QUuid LookupComboBox::currentRecordId() const
{
    const int index = matchTypedText();
    return index > 0 ? itemData(index, kIdRole).value<QUuid>() : QUuid();
}

QString LookupComboBox::currentRecordText() const
{
    const int index = matchTypedText();
    return index > 0 ? itemText(index) : QString();
}

bool LookupComboBox::hasUnmatchedText() const
{
    return matchTypedText() < 0;
}

} // namespace Activo
