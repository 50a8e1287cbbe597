#include "import/CsvFileLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace Activo {

CsvFileLoader::CsvFileLoader(QObject *parent)
    : QObject(parent)
{
}

CsvDocument CsvFileLoader::readFile(const QString &path, QChar separator)
{
    CsvDocument document;
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        document.error = CsvReader::tr("The file \"%1\" could not be opened: %2. Check the name, or choose the file "
                                       "with Browse.")
                             .arg(QDir::toNativeSeparators(path),
                                  QFileInfo(path).isDir() ? CsvReader::tr("it is a folder") : file.errorString());
        return document;
    }
    if (file.size() > maxFileBytes) {
        document.error = CsvReader::tr("The file \"%1\" is larger than %2 MB. Split it into smaller files and import "
                                       "them one after another.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(maxFileBytes / (1024 * 1024));
        return document;
    }
    return CsvReader::read(file.readAll(), separator);
}

void CsvFileLoader::load(const QString &path, QChar separator)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    QPointer<CsvFileLoader> self(this);
    QThreadPool::globalInstance()->start([self, generation, path, separator] {
        const CsvDocument document = readFile(path, separator);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, path, document] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_loading = false;
                Q_EMIT self->loaded(path, document);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Activo
