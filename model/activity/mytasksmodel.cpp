#include "mytasksmodel.h"

#include "crm/userservice.h"
#include "store/timestamps.h"
#include "taskservice.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace {

// The rows of "My tasks": open, live tasks of one assignee (the partial index task_open_by_assignee).
const QString kBase =
    QStringLiteral(" FROM task t WHERE t.assignee = ? AND t.status = 'open' AND t.deleted_at IS NULL");

} // namespace

MyTasksModel::MyTasksModel(DatabasePtr db, QString actor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_assignee(m_actor)
    , m_pages(64)
{
    connect(m_db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("task") || entity == QLatin1String("deal") ||
            entity == QLatin1String("contact") || entity == QLatin1String("company"))
            scheduleRefresh();
    });
    refresh();
}

void MyTasksModel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void MyTasksModel::setAssignee(const QString &login)
{
    m_assignee = login.isEmpty() ? m_actor : login;
    refresh();
}

QString MyTasksModel::rangeOf(int group, QVariantList *binds) const
{
    switch (TaskBucket(group)) {
    case TaskBucket::Overdue:
        *binds << m_now;
        return QStringLiteral(" AND t.due_at < ?");
    case TaskBucket::Today:
        *binds << m_now << m_tomorrow;
        return QStringLiteral(" AND t.due_at >= ? AND t.due_at < ?");
    case TaskBucket::Upcoming:
        *binds << m_tomorrow;
        return QStringLiteral(" AND t.due_at >= ?");
    case TaskBucket::NoDueDate:
        return QStringLiteral(" AND t.due_at IS NULL");
    }
    return {};
}

void MyTasksModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_lastError.clear();
    for (int &c : m_counts)
        c = 0;
    const TaskService::Bounds bounds = TaskService::boundsAt(Timestamps::now());
    m_now = bounds.now;
    m_tomorrow = bounds.tomorrow;
    m_allowed = true;
    if (m_assignee != m_actor) {
        const Result<User> user = UserService(m_db, m_actor).current();
        if (!user || !user->seesAllDeals()) {
            m_allowed = false;
            m_lastError = user
                              ? tr("A sales manager sees their own tasks, not those of “%1”.").arg(m_assignee)
                              : user.error().message;
        }
    }
    if (m_allowed) {
        QSqlDatabase db = m_db->connection();
        for (int g = 0; g < kGroups && m_lastError.isEmpty(); ++g) {
            QVariantList binds{m_assignee};
            const QString range = rangeOf(g, &binds);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*)") + kBase + range);
            for (const QVariant &b : std::as_const(binds))
                q.addBindValue(b);
            if (!q.exec() || !q.next())
                m_lastError = tr("Reading the tasks failed: %1").arg(q.lastError().text());
            else
                m_counts[g] = int(q.value(0).toLongLong());
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit queryFailed(m_lastError);
}

const MyTasksModel::Row *MyTasksModel::rowAt(int group, int row) const
{
    if (group < 0 || group >= kGroups || row < 0 || row >= m_counts[group])
        return nullptr;
    const int pageNo = row / kPageSize;
    const qint64 key = qint64(group) << 40 | pageNo;
    if (Page *page = m_pages.object(key))
        return row % kPageSize < page->size() ? &page->at(row % kPageSize) : nullptr;
    QVariantList binds{m_assignee};
    const QString range = rangeOf(group, &binds);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
                  "SELECT t.id, t.title, t.due_at, t.priority, t.deal_id, t.contact_id, t.company_id, "
                  "(SELECT title FROM deal WHERE id = t.deal_id), "
                  "(SELECT trim(given_name || ' ' || family_name) FROM contact WHERE id = t.contact_id), "
                  "(SELECT name FROM company WHERE id = t.company_id)") +
              kBase + range + QStringLiteral(" ORDER BY t.due_at, t.id LIMIT ? OFFSET ?"));
    binds << kPageSize << pageNo * kPageSize;
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = tr("Reading the tasks failed: %1").arg(q.lastError().text());
        return nullptr;
    }
    auto *page = new Page;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.due = Timestamps::fromText(q.value(2).toString());
        r.priority = q.value(3).toInt();
        const std::pair<const char *, int> related[] = {{"deal", 4}, {"contact", 5}, {"company", 6}};
        QStringList names;
        for (const auto &[entity, column] : related) {
            const qint64 id = q.value(column).toLongLong();
            if (id <= 0)
                continue;
            if (r.relatedId == 0) {
                r.relatedEntity = QString::fromLatin1(entity);
                r.relatedId = id;
            }
            const QString name = q.value(column + 3).toString();
            if (!name.isEmpty())
                names << name;
        }
        r.related = names.join(QStringLiteral(" · "));
        page->append(r);
    }
    const bool complete = row % kPageSize < page->size();
    const Row *result = complete ? &page->at(row % kPageSize) : nullptr;
    m_pages.insert(key, page);
    return result;
}

qint64 MyTasksModel::taskIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return 0;
    const Row *r = rowAt(int(index.internalId()) - 1, index.row());
    return r ? r->id : 0;
}

QModelIndex MyTasksModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < kGroups ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_counts[parent.row()])
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MyTasksModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int MyTasksModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroups;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_counts[parent.row()];
}

int MyTasksModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MyTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case DueColumn:
        return tr("Due");
    case PriorityColumn:
        return tr("Priority");
    case RelatedColumn:
        return tr("Related to");
    default:
        return {};
    }
}

Qt::ItemFlags MyTasksModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TitleColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant MyTasksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const TaskBucket bucket = TaskBucket(index.row());
        if (role == BucketRole)
            return int(bucket);
        if (index.column() != TitleColumn)
            return {};
        if (role == Qt::DisplayRole) {
            const int n = m_counts[index.row()];
            switch (bucket) {
            case TaskBucket::Overdue:
                return tr("Overdue (%1)").arg(QLocale().toString(n));
            case TaskBucket::Today:
                return tr("Today (%1)").arg(QLocale().toString(n));
            case TaskBucket::Upcoming:
                return tr("Upcoming (%1)").arg(QLocale().toString(n));
            case TaskBucket::NoDueDate:
                return tr("No due date (%1)").arg(QLocale().toString(n));
            }
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && bucket == TaskBucket::Overdue && m_counts[0] > 0)
            return QColor(0xb0, 0x20, 0x20);
        return {};
    }
    const int group = int(index.internalId()) - 1;
    const Row *r = rowAt(group, index.row());
    if (!r)
        return {};
    switch (role) {
    case TaskIdRole:
        return r->id;
    case BucketRole:
        return group;
    case DueRole:
        return r->due;
    case RelatedEntityRole:
        return r->relatedEntity;
    case RelatedIdRole:
        return r->relatedId;
    case PriorityRole:
        return r->priority;
    case Qt::CheckStateRole:
        return index.column() == TitleColumn ? QVariant(Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && group == int(TaskBucket::Overdue))
            return QColor(0xb0, 0x20, 0x20);
        return {};
    case Qt::FontRole:
        if (index.column() == TitleColumn && r->priority == 2) {
            QFont bold;
            bold.setBold(true); // high priority stands out even when the priority column is hidden
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            // Everything about the task, for a narrow list that shows only its title and due time.
            QString tip = r->title;
            if (r->priority == 2)
                tip += QLatin1Char('\n') + tr("High priority");
            if (!r->related.isEmpty())
                tip += QLatin1Char('\n') + tr("Related to: %1").arg(r->related);
            return tip;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r->title;
        case DueColumn:
            // Today's tasks by their time; the others by date and time.
            if (group == int(TaskBucket::Today))
                return QLocale().toString(r->due.toLocalTime().time(), QStringLiteral("HH:mm"));
            // This year's dates without the year: the column stays narrow.
            if (r->due.toLocalTime().date().year() == QDate::currentDate().year())
                return QLocale().toString(r->due.toLocalTime(), QStringLiteral("d MMM HH:mm"));
            return ActivityFormat::dateTime(r->due);
        case PriorityColumn:
            return r->priority == 2 ? tr("High") : r->priority == 0 ? tr("Low") : tr("Normal");
        case RelatedColumn:
            return r->related;
        default:
            return {};
        }
    default:
        return {};
    }
}

bool MyTasksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.internalId() == 0 || index.column() != TitleColumn)
        return false;
    if (value.toInt() != Qt::Checked)
        return false;
    const qint64 id = taskIdAt(index);
    if (id <= 0)
        return false;
    const Status s = TaskService(m_db, m_actor).complete(id);
    if (!s) {
        m_lastError = s.error().message;
        emit queryFailed(m_lastError);
        return false;
    }
    // The notifier's "task" change refreshes the model (queued), so the task leaves its group.
    return true;
}
