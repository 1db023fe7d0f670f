#include "taskservice.h"

#include "recordaccess.h"
#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("task");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            TaskService::tr("Reading or saving the task failed; nothing was changed."),
                            q.lastError().text());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(Timestamps::toText(t)) : QVariant(QMetaType(QMetaType::QString));
}

QJsonObject payloadOf(const Task &t)
{
    QJsonObject o{{QStringLiteral("title"), t.title.trimmed()},
                  {QStringLiteral("assignee"), t.assignee},
                  {QStringLiteral("priority"), t.priority}};
    if (t.dueAt.isValid())
        o.insert(QStringLiteral("due_at"), Timestamps::toText(t.dueAt));
    if (t.dealId > 0)
        o.insert(QStringLiteral("deal_id"), t.dealId);
    if (t.contactId > 0)
        o.insert(QStringLiteral("contact_id"), t.contactId);
    if (t.companyId > 0)
        o.insert(QStringLiteral("company_id"), t.companyId);
    return o;
}

} // namespace

QString Task::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool Task::statusFromName(const QString &name, Status *status)
{
    for (Status s : {Status::Open, Status::Done, Status::Cancelled}) {
        if (statusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

TaskService::TaskService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

QString TaskService::selectColumns()
{
    return QStringLiteral("t.id, t.title, t.description, t.due_at, t.assignee, t.deal_id, t.contact_id, "
                          "t.company_id, t.priority, t.status, t.remind_at, t.reminded_at, t.completed_at, "
                          "t.created_by, t.created_at, t.updated_at");
}

Task TaskService::taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.description = q.value(2).toString();
    t.dueAt = Timestamps::fromText(q.value(3).toString());
    t.assignee = q.value(4).toString();
    t.dealId = q.value(5).toLongLong();
    t.contactId = q.value(6).toLongLong();
    t.companyId = q.value(7).toLongLong();
    t.priority = q.value(8).toInt();
    Task::statusFromName(q.value(9).toString(), &t.status);
    t.remindAt = Timestamps::fromText(q.value(10).toString());
    t.remindedAt = Timestamps::fromText(q.value(11).toString());
    t.completedAt = Timestamps::fromText(q.value(12).toString());
    t.createdBy = q.value(13).toString();
    t.createdAt = Timestamps::fromText(q.value(14).toString());
    t.updatedAt = Timestamps::fromText(q.value(15).toString());
    return t;
}

Result<Task> TaskService::readIn(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + selectColumns() +
              QStringLiteral(" FROM task t WHERE t.id = ? AND t.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no task with the id %1.").arg(id));
    return taskFrom(q);
}

QString TaskService::visibleCondition(const User &user, QVariantList *binds)
{
    if (user.seesAllDeals())
        return QStringLiteral("1");
    QString where = QStringLiteral("(t.assignee = ? OR t.created_by = ?");
    binds->append(user.login);
    binds->append(user.login);
    for (const char *entity : {"deal", "contact", "company"}) {
        const QString e = QString::fromLatin1(entity);
        where += QStringLiteral(" OR t.%1_id IN (SELECT r.id FROM %1 r WHERE ").arg(e) +
                 RecordAccess::visibleCondition(user, e, QStringLiteral("r"), binds) + QStringLiteral(")");
    }
    return where + QStringLiteral(")");
}

Status TaskService::checkTask(const Task &t) const
{
    if (t.title.trimmed().isEmpty())
        return StoreError::invalid(tr("A task needs a title."));
    if (const QString p = TextCheck::problem(tr("The task's title"), t.title, 500); !p.isEmpty())
        return StoreError::invalid(p);
    if (const QString p = TextCheck::problem(tr("The task's description"), t.description, 20000, true);
        !p.isEmpty())
        return StoreError::invalid(p);
    if (t.priority < 0 || t.priority > 2)
        return StoreError::invalid(
            tr("A task's priority is 0 (low), 1 (normal) or 2 (high), not %1.").arg(t.priority));
    if (t.remindAt.isValid() && t.dueAt.isValid() && t.remindAt > t.dueAt.addDays(1))
        return StoreError::invalid(
            tr("The reminder of “%1” is more than a day after its due time.").arg(t.title.trimmed()));
    return okStatus();
}

// The records a task relates to must exist and be visible to the acting user.
Status TaskService::relatedAllowed(QSqlDatabase &db, const User &user, const Task &t) const
{
    const std::pair<const char *, qint64> related[] = {
        {"deal", t.dealId}, {"contact", t.contactId}, {"company", t.companyId}};
    for (const auto &[entity, id] : related) {
        if (id <= 0)
            continue;
        if (Status s = RecordAccess::check(db, user, QString::fromLatin1(entity), id); !s)
            return s;
    }
    return okStatus();
}

Status TaskService::mayTouch(QSqlDatabase &db, const User &user, const Task &t) const
{
    if (user.seesAllDeals() || t.assignee == user.login || t.createdBy == user.login)
        return okStatus();
    const std::pair<const char *, qint64> related[] = {
        {"deal", t.dealId}, {"contact", t.contactId}, {"company", t.companyId}};
    for (const auto &[entity, id] : related) {
        if (id > 0 && RecordAccess::check(db, user, QString::fromLatin1(entity), id).ok())
            return okStatus();
    }
    return StoreError::make(StoreError::Code::Denied,
                            tr("The task %1 is assigned to “%2”; a sales manager sees and changes only their "
                               "own tasks and those of records they may see.")
                                .arg(t.id)
                                .arg(t.assignee));
}

Result<qint64> TaskService::create(const Task &in)
{
    if (Status s = checkTask(in); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    Task t = in;
    t.assignee = t.assignee.trimmed().isEmpty() ? user->login : t.assignee.trimmed();
    if (!user->seesAllDeals() && t.assignee != user->login)
        return StoreError::make(
            StoreError::Code::Denied,
            tr("A sales manager assigns tasks to themselves, not to “%1”.").arg(t.assignee));
    if (t.assignee != user->login) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ? AND active = 1"));
        u.addBindValue(t.assignee);
        if (!u.exec())
            return sqlError(u);
        if (!u.next())
            return StoreError::invalid(
                tr("There is no active user “%1” to assign the task to.").arg(t.assignee));
    }
    if (Status s = relatedAllowed(db, *user, t); !s)
        return s.error();
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO task (title, description, due_at, assignee, deal_id, contact_id, "
                             "company_id, priority, status, remind_at, created_by, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"));
    q.addBindValue(t.title.trimmed());
    q.addBindValue(TextCheck::notNull(t.description));
    q.addBindValue(timeOrNull(t.dueAt));
    q.addBindValue(t.assignee);
    q.addBindValue(idOrNull(t.dealId));
    q.addBindValue(idOrNull(t.contactId));
    q.addBindValue(idOrNull(t.companyId));
    q.addBindValue(t.priority);
    q.addBindValue(timeOrNull(t.remindAt));
    q.addBindValue(user->login);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = EventLog::append(db, QStringLiteral("task.created"), kEntity, id, m_actor, payloadOf(t));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Result<Task> TaskService::get(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db); // the acting user may be created on first use
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    Result<Task> t = readIn(db, id);
    if (!t)
        return t.error();
    if (Status s = mayTouch(db, *user, *t); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return t;
}

Status TaskService::update(const Task &in)
{
    if (Status s = checkTask(in); !s)
        return s;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    Result<Task> old = readIn(db, in.id);
    if (!old)
        return old.error();
    if (Status s = mayTouch(db, *user, *old); !s)
        return s;
    Task t = in;
    t.assignee = t.assignee.trimmed().isEmpty() ? old->assignee : t.assignee.trimmed();
    if (!user->seesAllDeals() && t.assignee != old->assignee && t.assignee != user->login)
        return StoreError::make(
            StoreError::Code::Denied,
            tr("A sales manager cannot hand a task to “%1”; a director can.").arg(t.assignee));
    if (t.assignee != old->assignee) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ? AND active = 1"));
        u.addBindValue(t.assignee);
        if (!u.exec())
            return sqlError(u);
        if (!u.next())
            return StoreError::invalid(
                tr("There is no active user “%1” to assign the task to.").arg(t.assignee));
    }
    if (Status s = relatedAllowed(db, *user, t); !s)
        return s;
    // A reminder moved to another time fires again.
    const bool remindAgain = t.remindAt != old->remindAt;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE task SET title = ?, description = ?, due_at = ?, assignee = ?, deal_id = ?, "
                       "contact_id = ?, company_id = ?, priority = ?, remind_at = ?, "
                       "reminded_at = CASE WHEN ? THEN NULL ELSE reminded_at END, updated_at = ? "
                       "WHERE id = ?"));
    q.addBindValue(t.title.trimmed());
    q.addBindValue(TextCheck::notNull(t.description));
    q.addBindValue(timeOrNull(t.dueAt));
    q.addBindValue(t.assignee);
    q.addBindValue(idOrNull(t.dealId));
    q.addBindValue(idOrNull(t.contactId));
    q.addBindValue(idOrNull(t.companyId));
    q.addBindValue(t.priority);
    q.addBindValue(timeOrNull(t.remindAt));
    q.addBindValue(remindAgain ? 1 : 0);
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(t.id);
    if (!q.exec())
        return sqlError(q);
    QJsonArray changed;
    const auto note = [&](const char *field, bool differs) {
        if (differs)
            changed.append(QLatin1String(field));
    };
    note("title", old->title != t.title.trimmed());
    note("description", old->description != t.description);
    note("due_at", old->dueAt != t.dueAt);
    note("assignee", old->assignee != t.assignee);
    note("deal_id", old->dealId != t.dealId);
    note("contact_id", old->contactId != t.contactId);
    note("company_id", old->companyId != t.companyId);
    note("priority", old->priority != t.priority);
    note("remind_at", remindAgain);
    QJsonObject payload = payloadOf(t);
    payload.insert(QStringLiteral("changed"), changed);
    if (Status s = EventLog::append(db, QStringLiteral("task.updated"), kEntity, t.id, m_actor, payload); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {t.id});
    return okStatus();
}

Status TaskService::setStatus(qint64 id, Task::Status status)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    Result<Task> t = readIn(db, id);
    if (!t)
        return t.error();
    if (Status s = mayTouch(db, *user, *t); !s)
        return s;
    if (t->status == status)
        return okStatus(); // already so: nothing to record
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE task SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Task::statusName(status));
    q.addBindValue(status == Task::Status::Done ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    const QString type = status == Task::Status::Done   ? QStringLiteral("task.completed")
                         : status == Task::Status::Open ? QStringLiteral("task.reopened")
                                                        : QStringLiteral("task.cancelled");
    if (Status s = EventLog::append(db, type, kEntity, id, m_actor,
                                    {{QStringLiteral("title"), t->title},
                                     {QStringLiteral("assignee"), t->assignee},
                                     {QStringLiteral("from"), Task::statusName(t->status)}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}

Status TaskService::complete(qint64 id)
{
    return setStatus(id, Task::Status::Done);
}

Status TaskService::reopen(qint64 id)
{
    return setStatus(id, Task::Status::Open);
}

Status TaskService::remove(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    Result<Task> t = readIn(db, id);
    if (!t)
        return t.error();
    if (Status s = mayTouch(db, *user, *t); !s)
        return s;
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE task SET deleted_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = EventLog::append(db, QStringLiteral("task.deleted"), kEntity, id, m_actor,
                                    {{QStringLiteral("title"), t->title}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}

TaskService::Bounds TaskService::boundsAt(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDateTime tomorrow = local.date().addDays(1).startOfDay();
    return {Timestamps::toText(now), Timestamps::toText(tomorrow)};
}

TaskBucket TaskService::bucketOf(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return TaskBucket::NoDueDate;
    if (due < now)
        return TaskBucket::Overdue;
    if (due < now.toLocalTime().date().addDays(1).startOfDay())
        return TaskBucket::Today;
    return TaskBucket::Upcoming;
}

Result<QList<Task>> TaskService::list(const Filter &filter)
{
    if (filter.limit < 1)
        return StoreError::invalid(tr("A task list needs a limit of at least 1."));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db); // the acting user may be created on first use
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    const QString assignee = filter.assignee.isEmpty() ? user->login : filter.assignee;
    if (!user->seesAllDeals() && assignee != user->login)
        return StoreError::make(StoreError::Code::Denied,
                                tr("A sales manager sees their own tasks, not those of “%1”.").arg(assignee));
    // Dated tasks in due order read the index task_open_by_assignee (no sort); undated ones follow.
    const QString base =
        QStringLiteral("SELECT ") + selectColumns() +
        QStringLiteral(" FROM task t WHERE t.assignee = ? AND t.status = 'open' AND t.deleted_at IS NULL");
    QList<Task> tasks;
    for (const bool dated : {true, false}) {
        if (!dated && (filter.overdueOnly || tasks.size() >= filter.limit))
            break;
        QSqlQuery q(db);
        q.prepare(base +
                  (dated ? (filter.overdueOnly ? QStringLiteral(" AND t.due_at < ?")
                                               : QStringLiteral(" AND t.due_at >= ''"))
                         : QStringLiteral(" AND t.due_at IS NULL")) +
                  QStringLiteral(" ORDER BY t.due_at, t.id LIMIT ?"));
        q.addBindValue(assignee);
        if (dated && filter.overdueOnly)
            q.addBindValue(Timestamps::nowText());
        q.addBindValue(filter.limit - int(tasks.size()));
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            tasks.append(taskFrom(q));
    }
    return tasks;
}

Result<QList<Task>> TaskService::forRecord(const QString &entity, qint64 recordId, int limit)
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
    // The column name comes from the checked entity, never from free text.
    q.prepare(QStringLiteral("SELECT ") + selectColumns() +
              QStringLiteral(" FROM task t WHERE t.%1_id = ? AND t.deleted_at IS NULL "
                             "ORDER BY t.status <> 'open', t.due_at IS NULL, t.due_at, t.id LIMIT ?")
                  .arg(entity));
    q.addBindValue(recordId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<Task> tasks;
    while (q.next())
        tasks.append(taskFrom(q));
    return tasks;
}

Result<QList<Task>> TaskService::dueReminders(int limit)
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    // The partial index task_reminder holds only reminders not yet shown: this reads a handful of rows.
    q.prepare(QStringLiteral("SELECT ") + selectColumns() +
              QStringLiteral(" FROM task t INDEXED BY task_reminder WHERE t.remind_at IS NOT NULL AND "
                             "t.reminded_at IS NULL AND t.status = 'open' AND t.deleted_at IS NULL AND "
                             "t.remind_at <= ? AND t.assignee = ? ORDER BY t.remind_at LIMIT ?"));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(m_actor);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<Task> tasks;
    while (q.next())
        tasks.append(taskFrom(q));
    return tasks;
}

Status TaskService::markReminded(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<Task> t = readIn(db, id);
    if (!t)
        return t.error();
    if (t->assignee != m_actor)
        return StoreError::make(StoreError::Code::Denied,
                                tr("The reminder of task %1 is for “%2”.").arg(id).arg(t->assignee));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE task SET reminded_at = ? WHERE id = ?"));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {id});
    return okStatus();
}
