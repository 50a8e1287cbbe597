#pragma once

#include "ExportDialog.h"
#include "ListExportTarget.h"
#include "RecordContext.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMainWindow;
class QPrinter;
#include <QProgressDialog>
class QTableView;

namespace Activo {

class AppSettings;
class AssetListModel;
class ExportJob;
class RecordListPage;

// The File menu's Export…, Export as PDF… and Print… for whichever list
// the main window shows. The window supplies the list through a target
// provider. Each action calls it when triggered, so the export always takes
// the list, search and columns on screen at that moment.
class ListExporter : public QObject
{
    Q_OBJECT

public:
    using TargetProvider = std::function<ListExportTarget()>;

    // `window` parents the dialogs; a QMainWindow also shows the outcome in
    // its status bar, any other window through setStatusHandler().
    ListExporter(QWidget *window, AppSettings *settings);
    void setStatusHandler(std::function<void(const QString &)> handler) { m_statusHandler = std::move(handler); }
    ~ListExporter() override;

    void setTargetProvider(TargetProvider provider) { m_provider = std::move(provider); }
    // Enables the actions; the window calls it when a company is chosen or gone.
    void setAvailable(bool available);

    QAction *exportAction() const { return m_exportAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *printAction() const { return m_printAction; }

    // Opens the export dialog with `format` chosen, or the format of the last
    // export when it is empty; nullptr without a list to export.
    ExportDialog *openExportDialog(std::optional<ExportDialog::Format> format);
    // Shows the print dialog; printing starts when the user accepts it.
    void print();
    // Prints the current list on `printer`, as print() does after its dialog.
    ExportJob *printTo(std::unique_ptr<QPrinter> printer);

    ExportDialog *exportDialog() const { return m_dialog; }
    QProgressDialog *printProgress() const { return m_printProgress; }

    // The logical indexes of the columns that `table` shows, left to right.
    static QVector<int> visibleColumns(const QTableView *table);
    // The asset register as `table` shows it.
    static ListExportTarget registerTarget(ApiClient *client, AssetListModel *model, const QTableView *table,
                                           const QString &companyName);
    // A list of the navigation as its page shows it.
    static ListExportTarget pageTarget(RecordListPage *page, const RecordContext &context,
                                       const QString &companyName);

private:
    ListExportTarget currentTarget() const;
    void showStatusMessage(const QString &text);

    QWidget *m_window;
    std::function<void(const QString &)> m_statusHandler;
    AppSettings *m_settings;
    TargetProvider m_provider;
    QAction *m_exportAction;
    QAction *m_exportPdfAction;
    QAction *m_printAction;
    QPointer<ExportDialog> m_dialog;
    QPointer<ExportJob> m_printJob;
    QPointer<QProgressDialog> m_printProgress;
};

} // namespace Activo
