#include "recordtrash.h"

#include "activity/recordaccess.h"
#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            RecordTrash::tr("Changing the trash failed; nothing was changed."),
                            q.lastError().text());
}

Status runStep(const RecordTrash::Step &step, QSqlDatabase &db, qint64 id)
{
    return step ? step(db, id) : okStatus();
}

} // namespace

RecordTrash::RecordTrash(DatabasePtr db, QString entity, QString actor, Steps steps)
    : m_db(std::move(db))
    , m_entity(std::move(entity))
    , m_actor(std::move(actor))
    , m_steps(std::move(steps))
{}

Status RecordTrash::finish(QSqlDatabase &db, const QList<qint64> &changed)
{
    Q_UNUSED(db);
    if (!changed.isEmpty())
        emit m_db->notifier()->changed(m_entity, changed);
    return okStatus();
}

Status RecordTrash::checkAccess(QSqlDatabase &db, qint64 id) const
{
    if (m_steps.access)
        return m_steps.access(db, id);
    if (m_entity != QLatin1String("contact"))
        return okStatus(); // companies are everybody's to see (their people are not)
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT owner FROM contact WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return okStatus(); // nothing to change
    return RecordAccess::checkLogin(db, m_actor, m_entity, id, q.value(0).toString());
}

Status RecordTrash::setTrashed(const QList<qint64> &ids, bool trashed)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    q.prepare(
        trashed
            ? QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL").arg(m_entity)
            : QStringLiteral("UPDATE %1 SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at "
                             "IS NOT NULL")
                  .arg(m_entity));
    const QString now = Timestamps::nowText();
    const QString type = m_entity + (trashed ? QStringLiteral(".trashed") : QStringLiteral(".restored"));
    QList<qint64> changed;
    for (qint64 id : ids) {
        if (Status s = checkAccess(db, id); !s)
            return s; // nothing of this call is kept
        q.bindValue(0, now);
        q.bindValue(1, id);
        if (!q.exec())
            return sqlError(q);
        if (q.numRowsAffected() == 0)
            continue; // already where it was asked to go
        if (Status s = runStep(trashed ? m_steps.afterTrash : m_steps.afterRestore, db, id); !s)
            return s;
        if (Status s = EventLog::append(db, type, m_entity, id, m_actor); !s)
            return s;
        changed.append(id);
    }
    if (Status s = tx.commit(); !s)
        return s;
    return finish(db, changed);
}

Status RecordTrash::purge(const QList<qint64> &ids)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery inTrash(db);
    inTrash.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NOT NULL").arg(m_entity));
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_entity));
    const QString type = m_entity + QStringLiteral(".purged");
    QList<qint64> changed;
    for (qint64 id : ids) {
        if (Status s = checkAccess(db, id); !s)
            return s; // nothing of this call is kept
        inTrash.bindValue(0, id);
        if (!inTrash.exec())
            return sqlError(inTrash);
        const bool found = inTrash.next();
        inTrash.finish();
        if (!found)
            continue;
        if (Status s = runStep(m_steps.beforePurge, db, id); !s)
            return s;
        del.bindValue(0, id);
        if (!del.exec())
            return sqlError(del);
        if (Status s = runStep(m_steps.afterPurge, db, id); !s)
            return s;
        if (Status s = EventLog::append(db, type, m_entity, id, m_actor); !s)
            return s;
        changed.append(id);
    }
    if (Status s = tx.commit(); !s)
        return s;
    return finish(db, changed);
}
