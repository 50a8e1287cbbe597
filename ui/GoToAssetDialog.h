#pragma once

#include <QDialog>
#include <QPointer>
#include <QUuid>

class QLabel;
class QLineEdit;

namespace Activo {

class ApiClient;
class ApiJob;

// "Go to asset" (Ctrl+L): an asset code or RFID EPC, typed or read by a
// barcode or RFID scanner that ends with Enter, opens that asset. The
// server's search finds candidates. Only an exact match of the code
// (ignoring case) or of the EPC is taken, so a partial code cannot open
// the wrong asset. When nothing matches, the text stays selected so the
// next scan replaces it.
class GoToAssetDialog : public QDialog
{
    Q_OBJECT

public:
    GoToAssetDialog(ApiClient *client, QString companyId, QWidget *parent = nullptr);
    ~GoToAssetDialog() override;

    QLineEdit *codeEdit() const { return m_edit; }
    QString messageText() const;
    // Looks up the text of the field.
    void lookUp();

Q_SIGNALS:
    void assetFound(const QUuid &assetId);

private:
    void handleReply(ApiJob *job, const QString &wanted);
    void showMessage(const QString &text);

    ApiClient *m_client;
    QString m_companyId;
    QLineEdit *m_edit;
    QLabel *m_message;
    QPointer<ApiJob> m_job;
};

} // namespace Activo
