#pragma once

#include "activity.h"
#include "store/database.h"

// Notes on contacts, companies and deals. Adding needs the record to be visible to the acting user;
// editing and deleting a note is for its author and for every role but sales manager. Events: note.added,
// note.updated, note.deleted (entity "note"); notifies "note" after the commit.
class NoteService
{
    Q_DECLARE_TR_FUNCTIONS(NoteService)

public:
    NoteService(DatabasePtr db, QString actor);

    Result<qint64> add(const QString &entity, qint64 recordId, const QString &body);
    Result<Note> get(qint64 id);
    Status update(qint64 id, const QString &body);
    Status remove(qint64 id);
    // Newest first.
    Result<QList<Note>> forRecord(const QString &entity, qint64 recordId, int limit, int offset = 0);

private:
    Status checkBody(const QString &body) const;
    Result<Note> editable(QSqlDatabase &db, qint64 id);

    DatabasePtr m_db;
    QString m_actor;
};
