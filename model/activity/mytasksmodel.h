#pragma once

#include "activity.h"
#include "store/database.h"

#include <QAbstractItemModel>
#include <QCache>

// "My tasks": the open tasks of one assignee in four groups (top-level rows) — overdue, today, upcoming and
// without a due date — each in due order. Counts come from the partial index task_open_by_assignee; rows are
// read a page at a time when shown, so 100,000 tasks open as fast as ten. Checking a task (Qt::CheckStateRole
// on column 0) completes it through TaskService as the acting user.
class MyTasksModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DueColumn,
        PriorityColumn,
        RelatedColumn,
        ColumnCount
    };
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        BucketRole,        // TaskBucket of a group or a task
        DueRole,           // QDateTime (UTC)
        RelatedEntityRole, // "deal", "contact", "company" or empty
        RelatedIdRole,     // qint64
        PriorityRole,      // 0..2
    };
    static constexpr int kPageSize = 128;

    // actor: who looks (and completes); the assignee is the actor unless setAssignee says otherwise.
    MyTasksModel(DatabasePtr db, QString actor, QObject *parent = nullptr);

    // A director may look at another user's tasks; a sales manager is refused (lastError()).
    void setAssignee(const QString &login);
    QString assignee() const { return m_assignee; }
    // Re-reads the counts against the current time and drops the cached pages.
    void refresh();
    QString lastError() const { return m_lastError; }
    int count(TaskBucket bucket) const { return m_counts[int(bucket)]; }
    // The index of a task (invalid when it is not in the model's pages already read).
    QModelIndex groupIndex(TaskBucket bucket) const { return index(int(bucket), 0); }
    qint64 taskIdAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void queryFailed(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QDateTime due;
        int priority = 1;
        QString relatedEntity;
        qint64 relatedId = 0;
        QString related;
    };
    using Page = QList<Row>;
    static constexpr int kGroups = 4;

    const Row *rowAt(int group, int row) const;
    QString rangeOf(int group, QVariantList *binds) const;
    void scheduleRefresh();

    DatabasePtr m_db;
    QString m_actor;
    QString m_assignee;
    QString m_now; // the bounds of the groups, as stored text, fixed at refresh()
    QString m_tomorrow;
    int m_counts[kGroups] = {0, 0, 0, 0};
    bool m_allowed = true;
    bool m_refreshPending = false;
    mutable QCache<qint64, Page> m_pages;
    mutable QString m_lastError;
};
