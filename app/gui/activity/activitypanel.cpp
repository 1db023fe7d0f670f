#include "activitypanel.h"

#include "activity/callservice.h"
#include "activity/noteservice.h"
#include "activity/taskservice.h"
#include "activity/timelinemodel.h"
#include "activitydialogs.h"
#include "crm/usernames.h"
#include "guiutil.h"
#include "sharedialog.h"
#include "store/timestamps.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSqlQuery>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kListLimit = 500;
constexpr int kIdRole = Qt::UserRole + 1;

// A timeline entry in three lines: the title in bold, when and who in grey, then the detail.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect r = opt.rect.adjusted(6, 3, -6, -3);
        const QStringList lines = index.data().toString().split(QLatin1Char('\n'));
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics fm(opt.font);
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QVariant foreground = index.data(Qt::ForegroundRole);
        QColor text =
            selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
        if (!selected && foreground.canConvert<QColor>())
            text = foreground.value<QColor>();
        int y = r.top();
        for (int i = 0; i < lines.size(); ++i) {
            painter->setFont(i == 0 ? bold : opt.font);
            painter->setPen(i == 1 && !selected ? opt.palette.color(QPalette::PlaceholderText) : text);
            const QRect line(r.left(), y, r.width(), fm.height());
            painter->drawText(
                line, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(painter->font()).elidedText(lines.at(i), Qt::ElideRight, r.width()));
            y += fm.height();
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int lines = int(index.data().toString().count(QLatin1Char('\n'))) + 1;
        return {option.rect.width(), lines * option.fontMetrics.height() + 8};
    }
};

QString when(const QDateTime &utc)
{
    return ActivityFormat::dateTime(utc);
}
} // namespace

struct ActivityPanel::Private
{
    DatabasePtr db;
    QString entity;
    qint64 recordId = 0;
    QString actor;
    QLabel *error = nullptr;
    QPushButton *addTask = nullptr;
    QPushButton *logCall = nullptr;
    QPushButton *addNote = nullptr;
    QPushButton *share = nullptr;
    QTabWidget *tabs = nullptr;
    QListView *timeline = nullptr;
    TimelineModel *timelineModel = nullptr;
    QTreeWidget *tasks = nullptr;
    QTreeWidget *calls = nullptr;
    QListWidget *notes = nullptr;
    bool reloadPending = false;
    bool filling = false;
};

ActivityPanel::ActivityPanel(DatabasePtr db, const QString &entity, qint64 recordId, QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    setObjectName(QStringLiteral("activityPanel"));
    d->db = std::move(db);
    d->entity = entity;
    d->recordId = recordId;
    d->actor = GuiUtil::actor();

    auto *title = new QLabel(tr("<b>Activities</b>"), this);
    d->addTask = new QPushButton(tr("Add &Task…"), this);
    d->addTask->setObjectName(QStringLiteral("addTask"));
    d->logCall = new QPushButton(tr("&Log Call…"), this);
    d->logCall->setObjectName(QStringLiteral("logCall"));
    d->addNote = new QPushButton(tr("Add N&ote…"), this);
    d->addNote->setObjectName(QStringLiteral("addNote"));
    connect(d->addTask, &QPushButton::clicked, this, &ActivityPanel::addTask);
    connect(d->logCall, &QPushButton::clicked, this, &ActivityPanel::logCall);
    connect(d->addNote, &QPushButton::clicked, this, &ActivityPanel::addNote);
    d->share = new QPushButton(tr("S&hare…"), this);
    d->share->setObjectName(QStringLiteral("share"));
    d->share->setToolTip(tr("Let other users see and change this record"));
    connect(d->share, &QPushButton::clicked, this, [this] {
        ShareDialog dialog(d->db, d->entity, d->recordId, this);
        dialog.exec();
    });
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(d->addTask);
    header->addWidget(d->logCall);
    header->addWidget(d->addNote);
    header->addWidget(d->share);

    d->error = new QLabel(this);
    d->error->setObjectName(QStringLiteral("error"));
    d->error->setWordWrap(true);
    d->error->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    d->error->hide();

    d->tabs = new QTabWidget(this);
    d->timelineModel = new TimelineModel(d->db, d->actor, this);
    d->timeline = new QListView(d->tabs);
    d->timeline->setObjectName(QStringLiteral("timeline"));
    d->timeline->setModel(d->timelineModel);
    d->timeline->setItemDelegate(new TimelineDelegate(d->timeline));
    d->timeline->setWordWrap(true);
    d->timeline->setAlternatingRowColors(true);
    d->timeline->setUniformItemSizes(false);
    d->timeline->setSpacing(2);
    d->timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(d->timeline, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString related = index.data(TimelineModel::RelatedEntityRole).toString();
        const qint64 id = index.data(TimelineModel::RelatedIdRole).toLongLong();
        if (!related.isEmpty() && id > 0)
            emit openRecordRequested(related, id);
    });
    connect(d->timelineModel, &TimelineModel::queryFailed, this, [this](const QString &message) {
        d->error->setText(message);
        d->error->show();
    });

    d->tasks = new QTreeWidget(d->tabs);
    d->tasks->setObjectName(QStringLiteral("tasks"));
    d->tasks->setRootIsDecorated(false);
    d->tasks->setHeaderLabels({tr("Task"), tr("Due"), tr("Assignee"), tr("Priority")});
    d->tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    d->tasks->header()->setStretchLastSection(false);
    connect(d->tasks, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (d->filling || column != 0)
            return;
        const qint64 id = item->data(0, kIdRole).toLongLong();
        TaskService service(d->db, d->actor);
        const Status s = item->checkState(0) == Qt::Checked ? service.complete(id) : service.reopen(id);
        if (!s) {
            d->error->setText(s.error().message);
            d->error->show();
        }
        // Not now: the item that changed is still in use by its tree; a refused change is undone then.
        QTimer::singleShot(0, this, [this, s] {
            reload();
            if (!s) {
                d->error->setText(s.error().message);
                d->error->show();
            }
        });
    });
    connect(d->tasks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        TaskService service(d->db, d->actor);
        const Result<Task> task = service.get(item->data(0, kIdRole).toLongLong());
        if (!task) {
            d->error->setText(task.error().message);
            d->error->show();
            return;
        }
        TaskDialog dialog(*task, this);
        while (dialog.exec() == QDialog::Accepted) {
            const Status s = service.update(dialog.task());
            if (s)
                break;
            dialog.showError(s.error().message);
        }
    });

    d->calls = new QTreeWidget(d->tabs);
    d->calls->setObjectName(QStringLiteral("calls"));
    d->calls->setRootIsDecorated(false);
    d->calls->setHeaderLabels({tr("When"), tr("Call"), tr("Number"), tr("Duration"), tr("By"), tr("Notes")});
    d->calls->header()->setStretchLastSection(true);

    d->notes = new QListWidget(d->tabs);
    d->notes->setObjectName(QStringLiteral("notes"));
    d->notes->setWordWrap(true);
    d->notes->setAlternatingRowColors(true);
    connect(d->notes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        NoteService service(d->db, d->actor);
        const qint64 id = item->data(kIdRole).toLongLong();
        const Result<Note> note = service.get(id);
        if (!note)
            return;
        NoteDialog dialog(note->body, this);
        while (dialog.exec() == QDialog::Accepted) {
            const Status s = service.update(id, dialog.body());
            if (s)
                break;
            dialog.showError(s.error().message);
        }
    });

    d->tabs->addTab(d->timeline, tr("Timeline"));
    d->tabs->addTab(d->tasks, tr("Tasks"));
    d->tabs->addTab(d->calls, tr("Calls"));
    d->tabs->addTab(d->notes, tr("Notes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(d->error);
    layout->addWidget(d->tabs, 1);

    connect(d->db->notifier(), &ChangeNotifier::changed, this, [this](const QString &changed) {
        if (changed != QLatin1String("task") && changed != QLatin1String("call") &&
            changed != QLatin1String("note"))
            return;
        if (d->reloadPending)
            return;
        d->reloadPending = true;
        QTimer::singleShot(0, this, [this] {
            d->reloadPending = false;
            reload();
        });
    });
    if (d->recordId <= 0) {
        for (QPushButton *b : {d->addTask, d->logCall, d->addNote, d->share})
            b->setEnabled(false);
        d->error->setText(tr("Save the record first; then tasks, calls and notes can be added."));
        d->error->setStyleSheet(QString());
        d->error->show();
        return;
    }
    d->timelineModel->setRecord(d->entity, d->recordId);
    reload();
}

ActivityPanel::~ActivityPanel()
{
    delete d;
}

void ActivityPanel::reload()
{
    if (d->recordId <= 0)
        return;
    d->error->hide();
    const auto fail = [this](const StoreError &e) {
        d->error->setText(e.message);
        d->error->show();
        for (QPushButton *b : {d->addTask, d->logCall, d->addNote})
            b->setEnabled(e.code != StoreError::Code::Denied && e.code != StoreError::Code::NotFound);
    };
    // People by their full names (the records store logins).
    const UserNames names(d->db->connection());
    d->filling = true;
    d->tasks->clear();
    const Result<QList<Task>> tasks =
        TaskService(d->db, d->actor).forRecord(d->entity, d->recordId, kListLimit);
    if (tasks) {
        const QDateTime now = Timestamps::now();
        for (const Task &t : *tasks) {
            auto *item = new QTreeWidgetItem(d->tasks);
            item->setData(0, kIdRole, t.id);
            item->setText(0, t.title);
            item->setToolTip(0, t.description.isEmpty() ? t.title : t.description);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, t.status == Task::Status::Open ? Qt::Unchecked : Qt::Checked);
            item->setText(1, when(t.dueAt));
            if (t.status == Task::Status::Open && TaskService::bucketOf(t.dueAt, now) == TaskBucket::Overdue)
                item->setForeground(1, QColor(0xb0, 0x20, 0x20));
            if (t.status != Task::Status::Open) {
                QFont f = item->font(0);
                f.setStrikeOut(true);
                item->setFont(0, f);
            }
            item->setText(2, names.of(t.assignee));
            item->setText(3, t.priority == 2 ? tr("High") : t.priority == 0 ? tr("Low") : tr("Normal"));
        }
    } else {
        fail(tasks.error());
    }
    d->filling = false;
    d->tabs->setTabText(1, tasks ? tr("Tasks (%1)").arg(tasks->size()) : tr("Tasks"));

    d->calls->clear();
    const Result<QList<Call>> calls =
        CallService(d->db, d->actor).forRecord(d->entity, d->recordId, kListLimit);
    if (calls) {
        for (const Call &c : *calls) {
            auto *item = new QTreeWidgetItem(d->calls);
            item->setData(0, kIdRole, c.id);
            item->setText(0, when(c.startedAt));
            const bool in = c.direction == Call::Direction::In;
            const bool missed = c.outcome == Call::Outcome::Missed;
            item->setText(1, missed ? (in ? tr("Missed, incoming") : tr("Unanswered, outgoing"))
                                    : (in ? tr("Incoming") : tr("Outgoing")));
            if (missed)
                item->setForeground(1, QColor(0xb0, 0x20, 0x20));
            item->setText(2, c.phone);
            item->setText(
                3, missed ? QString()
                          : tr("%1:%2").arg(c.durationS / 60).arg(c.durationS % 60, 2, 10, QLatin1Char('0')));
            item->setText(4, names.of(c.userLogin));
            item->setText(5, c.notes);
        }
        for (int i = 0; i < 5; ++i)
            d->calls->resizeColumnToContents(i);
    } else {
        fail(calls.error());
    }
    d->tabs->setTabText(2, calls ? tr("Calls (%1)").arg(calls->size()) : tr("Calls"));

    d->notes->clear();
    const Result<QList<Note>> notes =
        NoteService(d->db, d->actor).forRecord(d->entity, d->recordId, kListLimit);
    if (notes) {
        for (const Note &n : *notes) {
            auto *item = new QListWidgetItem(n.body + QStringLiteral("\n— ") + names.of(n.author) +
                                                 QStringLiteral(", ") + when(n.createdAt),
                                             d->notes);
            item->setData(kIdRole, n.id);
        }
    } else {
        fail(notes.error());
    }
    d->tabs->setTabText(3, notes ? tr("Notes (%1)").arg(notes->size()) : tr("Notes"));
    d->timelineModel->refresh();
}

void ActivityPanel::addTask()
{
    Task t;
    if (d->entity == QLatin1String("deal"))
        t.dealId = d->recordId;
    else if (d->entity == QLatin1String("contact"))
        t.contactId = d->recordId;
    else
        t.companyId = d->recordId;
    if (d->entity != QLatin1String("company")) {
        // The deal's or contact's company (and the deal's contact) come along, so the task shows there too.
        QSqlQuery q(d->db->connection());
        q.prepare(d->entity == QLatin1String("deal")
                      ? QStringLiteral("SELECT contact_id, company_id FROM deal WHERE id = ?")
                      : QStringLiteral("SELECT NULL, company_id FROM contact WHERE id = ?"));
        q.addBindValue(d->recordId);
        if (q.exec() && q.next()) {
            if (d->entity == QLatin1String("deal"))
                t.contactId = q.value(0).toLongLong();
            t.companyId = q.value(1).toLongLong();
        }
    }
    TaskDialog dialog(t, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<qint64> id = TaskService(d->db, d->actor).create(dialog.task());
        if (id) {
            d->tabs->setCurrentWidget(d->tasks);
            return;
        }
        dialog.showError(id.error().message);
    }
}

void ActivityPanel::logCall()
{
    Call c;
    c.direction = Call::Direction::Out;
    if (d->entity == QLatin1String("deal"))
        c.dealId = d->recordId;
    else if (d->entity == QLatin1String("contact"))
        c.contactId = d->recordId;
    else
        c.companyId = d->recordId;
    // The record's first phone number, as the one most likely dialled.
    QSqlQuery q(d->db->connection());
    q.prepare(
        d->entity == QLatin1String("company")
            ? QStringLiteral("SELECT value FROM company_channel WHERE company_id = ? AND kind = 'phone' "
                             "ORDER BY position LIMIT 1")
        : d->entity == QLatin1String("contact")
            ? QStringLiteral("SELECT value FROM contact_channel WHERE contact_id = ? AND kind = 'phone' "
                             "ORDER BY position LIMIT 1")
            : QStringLiteral(
                  "SELECT ch.value, d.contact_id, d.company_id FROM deal d LEFT JOIN contact_channel ch "
                  "ON ch.contact_id = d.contact_id AND ch.kind = 'phone' WHERE d.id = ? "
                  "ORDER BY ch.position LIMIT 1"));
    q.addBindValue(d->recordId);
    if (q.exec() && q.next()) {
        c.phone = q.value(0).toString();
        if (d->entity == QLatin1String("deal")) {
            c.contactId = q.value(1).toLongLong();
            c.companyId = q.value(2).toLongLong();
        }
    }
    CallDialog dialog(c, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<qint64> id = CallService(d->db, d->actor).record(dialog.call());
        if (id) {
            d->tabs->setCurrentWidget(d->calls);
            return;
        }
        dialog.showError(id.error().message);
    }
}

void ActivityPanel::addNote()
{
    NoteDialog dialog(QString(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<qint64> id = NoteService(d->db, d->actor).add(d->entity, d->recordId, dialog.body());
        if (id) {
            d->tabs->setCurrentWidget(d->notes);
            return;
        }
        dialog.showError(id.error().message);
    }
}
