#include "noteservice.h"

#include "recordaccess.h"
#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("note");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            NoteService::tr("Reading or saving the note failed; nothing was changed."),
                            q.lastError().text());
}

Note noteFrom(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.entity = q.value(1).toString();
    n.entityId = q.value(2).toLongLong();
    n.body = q.value(3).toString();
    n.author = q.value(4).toString();
    n.createdAt = Timestamps::fromText(q.value(5).toString());
    n.updatedAt = Timestamps::fromText(q.value(6).toString());
    return n;
}

const QString kSelect =
    QStringLiteral("SELECT id, entity, entity_id, body, author, created_at, updated_at FROM note ");

} // namespace

NoteService::NoteService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Status NoteService::checkBody(const QString &body) const
{
    if (body.trimmed().isEmpty())
        return StoreError::invalid(tr("A note needs some text."));
    if (const QString p = TextCheck::problem(tr("The note"), body, 50000, true); !p.isEmpty())
        return StoreError::invalid(p);
    return okStatus();
}

Result<qint64> NoteService::add(const QString &entity, qint64 recordId, const QString &body)
{
    if (Status s = checkBody(body); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    if (Status s = RecordAccess::check(db, *user, entity, recordId); !s)
        return s.error();
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO note (entity, entity_id, body, author, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(body.trimmed());
    q.addBindValue(user->login);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            EventLog::append(db, QStringLiteral("note.added"), kEntity, id, m_actor,
                             {{QStringLiteral("entity"), entity}, {QStringLiteral("entity_id"), recordId}});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Result<Note> NoteService::editable(QSqlDatabase &db, qint64 id)
{
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no note with the id %1.").arg(id));
    const Note n = noteFrom(q);
    if (Status s = RecordAccess::check(db, *user, n.entity, n.entityId); !s)
        return s.error();
    if (!user->seesAllDeals() && n.author != user->login)
        return StoreError::make(StoreError::Code::Denied,
                                tr("The note %1 was written by “%2”; a sales manager changes only their own "
                                   "notes.")
                                    .arg(id)
                                    .arg(n.author));
    return n;
}

Result<Note> NoteService::get(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no note with the id %1.").arg(id));
    const Note n = noteFrom(q);
    if (Status s = RecordAccess::check(db, *user, n.entity, n.entityId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

Status NoteService::update(qint64 id, const QString &body)
{
    if (Status s = checkBody(body); !s)
        return s;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<Note> n = editable(db, id);
    if (!n)
        return n.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE note SET body = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(body.trimmed());
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = EventLog::append(
            db, QStringLiteral("note.updated"), kEntity, id, m_actor,
            {{QStringLiteral("entity"), n->entity}, {QStringLiteral("entity_id"), n->entityId}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}

Status NoteService::remove(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<Note> n = editable(db, id);
    if (!n)
        return n.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE note SET deleted_at = ? WHERE id = ?"));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = EventLog::append(
            db, QStringLiteral("note.deleted"), kEntity, id, m_actor,
            {{QStringLiteral("entity"), n->entity}, {QStringLiteral("entity_id"), n->entityId}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}

Result<QList<Note>> NoteService::forRecord(const QString &entity, qint64 recordId, int limit, int offset)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    if (Status s = RecordAccess::check(db, *user, entity, recordId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE entity = ? AND entity_id = ? AND deleted_at IS NULL "
                                       "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q);
    QList<Note> notes;
    while (q.next())
        notes.append(noteFrom(q));
    return notes;
}
