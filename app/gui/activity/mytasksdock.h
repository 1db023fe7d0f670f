#pragma once

#include "store/database.h"

#include <QDockWidget>

class MyTasksPage;
class ReminderWatcher;
class QMessageBox;
struct Task;

// The main window's "My tasks" area (a dock: View › My Tasks) and the reminders that pop up while the app
// runs. Asks the window to open the record a task or reminder relates to.
class MyTasksDock : public QDockWidget
{
    Q_OBJECT
public:
    MyTasksDock(DatabasePtr db, QWidget *parent = nullptr);

    void setDatabase(DatabasePtr db);
    MyTasksPage *page() const { return m_page; }
    ReminderWatcher *reminders() const { return m_reminders; }
    // The reminder boxes now shown (non-modal, one per task).
    QList<QMessageBox *> reminderBoxes() const;

    // Shows the activities of a deal in a window of their own (until the deal card takes this over).
    static void openDealActivities(const DatabasePtr &db, qint64 dealId, QWidget *parent);

signals:
    void openRecordRequested(const QString &entity, qint64 id);

private:
    void showReminder(const Task &task);

    DatabasePtr m_db;
    MyTasksPage *m_page = nullptr;
    ReminderWatcher *m_reminders = nullptr;
};
