#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUuid>
#include <QVector>

#include <functional>

namespace Activo {

// Unsaved asset forms kept on disk, so that a crash, a kill or a failed save
// loses nothing. One small JSON file per form in a folder of the user's
// application data. Files are read and written on a worker thread; callbacks
// run on the calling thread.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    struct Draft
    {
        QString id;        // names the file; one per open form
        QUrl baseUrl;      // the server the form belongs to
        QString companyId;
        QUuid assetId;     // null for a new asset
        QJsonObject asset; // the form's contents, shaped like an API asset
        QJsonObject typed; // field texts as typed, which may not be valid yet
        QDateTime savedAt; // UTC
    };

    // Drafts live in `directory`; it is created when the first draft is written.
    explicit DraftStore(QString directory, QObject *parent = nullptr);
    ~DraftStore() override;

    // The folder for drafts under the platform's application data location.
    static QString defaultDirectory();
    static QString newDraftId();

    QString directory() const { return m_directory; }

    // Writes the draft, replacing an earlier one with the same id. Writes are
    // atomic (QSaveFile), so a kill during a write leaves the previous version.
    void save(const Draft &draft);
    void remove(const QString &id);

    using ListCallback = std::function<void(const QVector<Draft> &drafts)>;
    // Reads the drafts of one company on one server, newest first. Files that
    // cannot be read are skipped with a warning.
    void list(const QUrl &baseUrl, const QString &companyId, QObject *context, ListCallback done) const;

    // Blocks until every write and removal issued so far has finished. For
    // shutdown and tests; never called from an event handler.
    void waitForWrites() const;

private:
    QString m_directory;
};

} // namespace Activo
