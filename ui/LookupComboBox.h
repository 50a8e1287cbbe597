#pragma once

#include "models/LookupCache.h"

#include <QComboBox>

class QStandardItemModel;

namespace Activo {

// A searchable choice of one master-data record, shown as "code — name".
// Typing filters the list on any part of the code or the name. The first
// entry, "(none)", clears the link.
class LookupComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LookupComboBox(QWidget *parent = nullptr);

    // Replaces the choices and keeps the current record selected when it is among them.
    void setItems(const QVector<LookupItem> &items);

    // Selects the record with `id`. A record that is not in the list (not
    // loaded yet, or inactive) is added with `fallbackText` so it is not lost.
    void setCurrentRecord(const QUuid &id, const QString &fallbackText);

    // The chosen record, or a null id for "(none)" and for typed text that matches no record.
    QUuid currentRecordId() const;
    // "code — name" of the chosen record.
    QString currentRecordText() const;
    // True when the typed text matches no record, so the choice is unclear.
    bool hasUnmatchedText() const;
    // How many records contain the typed text in their code or name.
    int candidateCount() const;

private:
    int findRecord(const QUuid &id) const;
    int matchTypedText() const;
};

} // namespace Activo
