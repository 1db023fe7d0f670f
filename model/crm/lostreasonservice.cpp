#include "lostreasonservice.h"

#include "store/eventlog.h"
#include "store/transaction.h"
#include "text/textcheck.h"
#include "userservice.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("lost_reason");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            LostReasonService::tr("Reading or saving the lost reasons failed; nothing was "
                                                  "changed."),
                            q.lastError().text());
}

bool isUniqueViolation(const QSqlQuery &q)
{
    return q.lastError().nativeErrorCode() == QLatin1String("2067"); // SQLITE_CONSTRAINT_UNIQUE
}

} // namespace

LostReasonService::LostReasonService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Status LostReasonService::requireEditor(QSqlDatabase &db) const
{
    Result<User> actor = UserService::actingIn(db, m_actor);
    if (!actor)
        return actor.error();
    if (!actor->editsPipelines()) {
        return StoreError::make(
            StoreError::Code::Denied,
            tr("Only a process owner or an administrator edits the lost reasons; “%1” is not one.")
                .arg(m_actor));
    }
    return okStatus();
}

StoreError LostReasonService::checkName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return StoreError::invalid(tr("A lost reason needs a name."));
    if (const QString p = TextCheck::problem(tr("The lost reason"), name, 200); !p.isEmpty())
        return StoreError::invalid(p);
    return {};
}

Status LostReasonService::changed(QSqlDatabase &db, const QString &type, qint64 id, const QString &name)
{
    return EventLog::append(db, type, kEntity, id, m_actor, {{QStringLiteral("name"), name}});
}

Result<QList<LostReason>> LostReasonService::list(bool activeOnly) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, name, active FROM lost_reason %1 ORDER BY position, id")
                    .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()))) {
        return sqlError(q);
    }
    QList<LostReason> reasons;
    while (q.next())
        reasons.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return reasons;
}

Result<qint64> LostReasonService::add(const QString &name)
{
    if (StoreError e = checkName(name); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = requireEditor(db); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO lost_reason (name, position, active) "
                             "VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM lost_reason), 1)"));
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return StoreError::invalid(tr("There is already a lost reason “%1”.").arg(name.trimmed()));
        return sqlError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = changed(db, QStringLiteral("lost_reason.created"), id, name.trimmed()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Status LostReasonService::rename(qint64 id, const QString &name)
{
    if (StoreError e = checkName(name); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = requireEditor(db); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE lost_reason SET name = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(id);
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return StoreError::invalid(tr("There is already a lost reason “%1”.").arg(name.trimmed()));
        return sqlError(q);
    }
    if (q.numRowsAffected() == 0)
        return StoreError::notFound(tr("There is no lost reason with the id %1.").arg(id));
    if (Status s = changed(db, QStringLiteral("lost_reason.updated"), id, name.trimmed()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}

Status LostReasonService::setActive(qint64 id, bool active)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = requireEditor(db); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE lost_reason SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return StoreError::notFound(tr("There is no lost reason with the id %1.").arg(id));
    if (Status s = EventLog::append(db, QStringLiteral("lost_reason.updated"), kEntity, id, m_actor,
                                    {{QStringLiteral("active"), active}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}

Status LostReasonService::reorder(const QList<qint64> &ids)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = requireEditor(db); !s)
        return s;
    QSqlQuery all(db);
    if (!all.exec(QStringLiteral("SELECT id FROM lost_reason ORDER BY id")))
        return sqlError(all);
    QList<qint64> existing;
    while (all.next())
        existing.append(all.value(0).toLongLong());
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    if (sorted != existing)
        return StoreError::invalid(tr("A new order must list every lost reason once."));
    QSqlQuery pos(db);
    pos.prepare(QStringLiteral("UPDATE lost_reason SET position = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        pos.addBindValue(i);
        pos.addBindValue(ids.at(i));
        if (!pos.exec())
            return sqlError(pos);
    }
    if (Status s = EventLog::append(db, QStringLiteral("lost_reason.reordered"), kEntity, 0, m_actor); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {});
    return okStatus();
}

Result<qint64> LostReasonService::usage(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM deal WHERE lost_reason_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Status LostReasonService::remove(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = requireEditor(db); !s)
        return s;
    QSqlQuery name(db);
    name.prepare(QStringLiteral("SELECT name, (SELECT count(*) FROM deal WHERE lost_reason_id = ?) "
                                "FROM lost_reason WHERE id = ?"));
    name.addBindValue(id);
    name.addBindValue(id);
    if (!name.exec())
        return sqlError(name);
    if (!name.next())
        return StoreError::notFound(tr("There is no lost reason with the id %1.").arg(id));
    const qint64 used = name.value(1).toLongLong();
    if (used > 0) {
        return StoreError::invalid(tr("%n lost deal(s) name the reason “%1”; make it inactive instead, so "
                                      "that it is no longer offered.",
                                      nullptr, int(used))
                                       .arg(name.value(0).toString()));
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM lost_reason WHERE id = ?"));
    del.addBindValue(id);
    if (!del.exec())
        return sqlError(del);
    if (Status s = changed(db, QStringLiteral("lost_reason.deleted"), id, name.value(0).toString()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}
