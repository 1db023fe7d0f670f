#include "reminderwatcher.h"

#include "activity/taskservice.h"
#include "guiutil.h"

#include <QTimer>

ReminderWatcher::ReminderWatcher(DatabasePtr db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ReminderWatcher::check);
    m_timer->start();
    QTimer::singleShot(2000, this, &ReminderWatcher::check); // soon after the start, not during it
}

void ReminderWatcher::setDatabase(DatabasePtr db)
{
    m_db = std::move(db);
}

void ReminderWatcher::check()
{
    if (!m_db)
        return;
    TaskService service(m_db, GuiUtil::actor());
    const Result<QList<Task>> due = service.dueReminders();
    if (!due)
        return;
    for (const Task &t : *due) {
        if (service.markReminded(t.id))
            emit reminderDue(t);
    }
}
