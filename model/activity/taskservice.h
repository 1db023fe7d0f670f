#pragma once

#include "activity.h"
#include "crm/user.h"
#include "store/database.h"

// Tasks: create, update, complete, reopen, delete; the lists of "My tasks" and the due reminders. Every
// write checks the acting user's permission, appends its event (task.created, task.updated,
// task.completed, task.reopened, task.deleted) in the same transaction and notifies "task" after the commit.
//
// A sales manager assigns tasks to himself only; he sees and changes the tasks assigned to him, made by
// him, or related to a record he may see (RecordAccess). Every other role sees and changes every task.
class TaskService
{
    Q_DECLARE_TR_FUNCTIONS(TaskService)

public:
    TaskService(DatabasePtr db, QString actor);

    Result<qint64> create(const Task &task);
    Result<Task> get(qint64 id);
    // Everything but the status (see complete, reopen). A new reminder time makes it fire again.
    Status update(const Task &task);
    Status complete(qint64 id);
    Status reopen(qint64 id);
    // Moves the task to the trash (deleted_at); it leaves every list.
    Status remove(qint64 id);

    struct Filter
    {
        QString assignee; // empty: the acting user
        bool overdueOnly = false;
        int limit = 1000;
    };
    // Open tasks of one assignee by due time (undated last). A sales manager lists only his own.
    Result<QList<Task>> list(const Filter &filter);
    // The open tasks related to a record, due first, then the done ones; refused when the record is not
    // visible to the acting user.
    Result<QList<Task>> forRecord(const QString &entity, qint64 recordId, int limit);

    // The bucket bounds for now: [overdue < now <= today < tomorrow <= upcoming], as stored text.
    struct Bounds
    {
        QString now;
        QString tomorrow; // the start of the next local day
    };
    static Bounds boundsAt(const QDateTime &now);
    static TaskBucket bucketOf(const QDateTime &due, const QDateTime &now);

    // The open tasks of the acting user whose reminder is due and not yet shown, oldest first.
    Result<QList<Task>> dueReminders(int limit = 20);
    // Records that the reminder was shown, so that it does not fire again.
    Status markReminded(qint64 id);

    // The SQL condition over task t (and its bound values) of the tasks the user may see.
    static QString visibleCondition(const User &user, QVariantList *binds);
    static Result<Task> readIn(QSqlDatabase &db, qint64 id);
    static QString selectColumns(); // "t.id, t.title, ..." in the order taskFrom reads them
    static Task taskFrom(const class QSqlQuery &q);

private:
    Status checkTask(const Task &task) const;
    Status mayTouch(QSqlDatabase &db, const User &user, const Task &task) const;
    Status relatedAllowed(QSqlDatabase &db, const User &user, const Task &task) const;
    Status setStatus(qint64 id, Task::Status status);

    DatabasePtr m_db;
    QString m_actor;
};
