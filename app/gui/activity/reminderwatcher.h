#pragma once

#include "activity/activity.h"
#include "store/database.h"

#include <QObject>

class QTimer;

// Checks every 30 seconds, while the app runs, for reminders of the acting user that are due and not yet
// shown, with a query that reads only the partial index task_reminder (unshown reminders), so it is cheap
// on the GUI thread. Each due reminder is marked as shown and then announced once.
class ReminderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ReminderWatcher(DatabasePtr db, QObject *parent = nullptr);
    void setDatabase(DatabasePtr db);
    // Checks now (the timer calls it).
    void check();
    QTimer *timer() const { return m_timer; }

signals:
    void reminderDue(const Task &task);

private:
    DatabasePtr m_db;
    QTimer *m_timer = nullptr;
};
