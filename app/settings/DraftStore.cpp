#include "settings/DraftStore.h"

#include "api/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

namespace Activo {

namespace {

constexpr int kFormatVersion = 1;

// Writes and removals go through one single-threaded pool, so they happen in
// the order they were issued.
QThreadPool &writerPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(1);
        return created;
    }();
    return *pool;
}

QString fileFor(const QString &directory, const QString &id)
{
    return directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

QByteArray encode(const DraftStore::Draft &draft)
{
    QJsonObject object;
    object.insert(QLatin1String("version"), kFormatVersion);
    object.insert(QLatin1String("baseUrl"), draft.baseUrl.toString());
    object.insert(QLatin1String("companyId"), draft.companyId);
    object.insert(QLatin1String("assetId"),
                  draft.assetId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(draft.assetId.toString(QUuid::WithoutBraces)));
    object.insert(QLatin1String("savedAt"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("asset"), draft.asset);
    object.insert(QLatin1String("typed"), draft.typed);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool decode(const QByteArray &bytes, const QString &id, DraftStore::Draft *draft)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.value(QLatin1String("version")).toInt() != kFormatVersion || !object.value(QLatin1String("asset")).isObject())
        return false;
    draft->id = id;
    draft->baseUrl = QUrl(object.value(QLatin1String("baseUrl")).toString());
    draft->companyId = object.value(QLatin1String("companyId")).toString();
    draft->assetId = QUuid::fromString(object.value(QLatin1String("assetId")).toString());
    draft->savedAt = QDateTime::fromString(object.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    draft->asset = object.value(QLatin1String("asset")).toObject();
    draft->typed = object.value(QLatin1String("typed")).toObject();
    return draft->baseUrl.isValid() && !draft->companyId.isEmpty();
}

} // namespace

DraftStore::DraftStore(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{
}

DraftStore::~DraftStore() = default;

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::newDraftId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void DraftStore::save(const Draft &draft)
{
    const QString directory = m_directory;
    const QString path = fileFor(directory, draft.id);
    const QByteArray bytes = encode(draft);
    writerPool().start([directory, path, bytes] {
        if (!QDir().mkpath(directory)) {
            qCWarning(lcSettings).noquote() << "could not create the drafts folder" << directory;
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            qCWarning(lcSettings).noquote() << "could not write the draft" << path << file.errorString();
    });
}

void DraftStore::remove(const QString &id)
{
    const QString path = fileFor(m_directory, id);
    writerPool().start([path] {
        if (QFile::exists(path) && !QFile::remove(path))
            qCWarning(lcSettings).noquote() << "could not remove the draft" << path;
    });
}

void DraftStore::list(const QUrl &baseUrl, const QString &companyId, QObject *context, ListCallback done) const
{
    const QString directory = m_directory;
    QPointer<QObject> guard(context);
    writerPool().start([directory, baseUrl, companyId, guard, done = std::move(done)] {
        QVector<Draft> drafts;
        const QDir folder(directory);
        const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &name : names) {
            QFile file(folder.filePath(name));
            Draft draft;
            if (!file.open(QIODevice::ReadOnly) || !decode(file.readAll(), name.chopped(5), &draft)) {
                qCWarning(lcSettings).noquote() << "skipped an unreadable draft" << file.fileName();
                continue;
            }
            if (draft.baseUrl == baseUrl && draft.companyId == companyId)
                drafts.append(draft);
        }
        std::sort(drafts.begin(), drafts.end(),
                  [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard, [guard, drafts, done] {
                if (guard)
                    done(drafts);
            },
            Qt::QueuedConnection);
    });
}

void DraftStore::waitForWrites() const
{
    writerPool().waitForDone();
}

} // namespace Activo
