#pragma once

#include "models/Asset.h"

#include <QDialog>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Activo {

class ApiClient;
class AssetCodeLookup;

// "Select by codes…": the user pastes asset codes, for example a column
// copied from a spreadsheet, and the assets with exactly those codes become
// the register's selection. Codes that match no asset are listed with the
// reason, and the pasted text stays as it was.
class SelectByCodesDialog : public QDialog
{
    Q_OBJECT

public:
    SelectByCodesDialog(ApiClient *client, QString companyId, QWidget *parent = nullptr);
    ~SelectByCodesDialog() override;

    QPlainTextEdit *codesEdit() const { return m_codesEdit; }
    QPushButton *selectButton() const { return m_selectButton; }
    QString messageText() const;
    // One line per code that was not found or could not be looked up.
    QString missingText() const;
    bool isLookingUp() const;

    // Looks up the codes in the text field.
    void lookUp();

Q_SIGNALS:
    // The lookup ended and found `assets`, at least one. The dialog stays
    // open when some codes were not found.
    void assetsFound(const QVector<Activo::Asset> &assets);

private:
    void showResults();
    void setBusy(bool busy);

    QString m_companyId;
    AssetCodeLookup *m_lookup;
    QLabel *m_introLabel;
    QPlainTextEdit *m_codesEdit;
    QProgressBar *m_progress;
    QLabel *m_messageLabel;
    QPlainTextEdit *m_missingEdit;
    QPushButton *m_selectButton;
    QDialogButtonBox *m_buttons;
};

} // namespace Activo
