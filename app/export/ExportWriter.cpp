#include "export/ExportWriter.h"

#include <QDir>
#include <QFileInfo>

namespace Activo {

ExportWriter::~ExportWriter() = default;

void ExportWriter::reportProgress(qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(done, total);
}

ExportFile::ExportFile(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

bool ExportFile::open(QString *error)
{
    const QFileInfo folder(QFileInfo(m_path).absolutePath());
    if (!folder.exists()) {
        *error = tr("The folder %1 does not exist, so %2 could not be created. Choose another folder and export "
                    "again.")
                     .arg(QDir::toNativeSeparators(folder.filePath()), QDir::toNativeSeparators(m_path));
        return false;
    }
    if (QFileInfo(m_path).isDir()) {
        *error = tr("%1 is a folder. Choose a file name and export again.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be created: %2. Choose a folder you can write to, such as your Documents "
                    "folder, and export again.")
                     .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    return true;
}

bool ExportFile::commit(QString *error)
{
    if (m_file.commit())
        return true;
    *error = writeError(m_file.errorString());
    return false;
}

void ExportFile::discard()
{
    if (!m_file.isOpen())
        return;
    // After cancelWriting(), commit() removes the temporary file and leaves the target alone.
    m_file.cancelWriting();
    m_file.commit();
}

QString ExportFile::writeError(const QString &reason) const
{
    return tr("%1 could not be written: %2. No file was saved. Check that the disk has free space and that the "
              "file is not open in another program, then export again.")
        .arg(QDir::toNativeSeparators(m_path), reason);
}

} // namespace Activo
