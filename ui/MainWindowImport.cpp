#include "MainWindow.h"

#include "Icons.h"
#include "ImportWizard.h"
#include "ListExporter.h"
#include "ui_MainWindow.h"
#include "models/AssetListModel.h"

#include <QAction>
#include <QComboBox>

// File › Import assets from CSV, kept apart from MainWindow.cpp.

namespace Activo {

void MainWindow::setUpImport()
{
    m_importAction = new QAction(Icons::themed(QStringLiteral("import")), tr("&Import Assets from CSV…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setToolTip(tr("Create and update assets from a CSV file"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_ui->fileMenu->insertAction(m_exporter->exportAction(), m_importAction);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importAssets);

    const auto updateEnabled = [this] { m_importAction->setEnabled(!currentCompanyId().isEmpty()); };
    connect(m_companyBox, &QComboBox::currentIndexChanged, this, updateEnabled);
    updateEnabled();
}

ImportWizard *MainWindow::importAssets()
{
    const QString companyId = currentCompanyId();
    if (companyId.isEmpty())
        return nullptr;
    // One import at a time per window; the open wizard keeps its choices.
    if (m_importWizard && m_importWizard->companyId() == companyId) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    if (m_importWizard && !m_importWizard->isImporting())
        m_importWizard->close();

    auto *wizard = new ImportWizard(m_client, m_lookups, m_services.settings, companyId,
                                    m_companyBox->currentText(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, [this](const QString &importedCompany) {
        if (importedCompany == currentCompanyId())
            m_assetModel->reload();
    });
    m_importWizard = wizard;
    wizard->show();
    return wizard;
}

} // namespace Activo
