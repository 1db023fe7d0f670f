#pragma once

#include "store/database.h"

#include <QWidget>

class MyTasksModel;
class QLabel;
class QTreeView;

// "My tasks": the acting user's open tasks grouped overdue / today / upcoming / no due date. Space or a
// click on the check box completes a task; Enter or a double click opens the record it relates to.
class MyTasksPage : public QWidget
{
    Q_OBJECT
public:
    MyTasksPage(DatabasePtr db, QWidget *parent = nullptr);

    void setDatabase(DatabasePtr db);
    MyTasksModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Completes the current task (Space).
    void completeCurrent();
    // Opens a dialog for a new task of the acting user.
    void newTask();
    // Open tasks in all groups.
    int openTaskCount() const;
    // Wide enough for the title, due time, priority and related record side by side.
    QSize sizeHint() const override { return {440, 400}; }

signals:
    void openRecordRequested(const QString &entity, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateSummary();
    // A narrow list (the dock beside a record list) gives the titles the room: the priority and the
    // related record go to the title's tooltip (high priority stays bold).
    void fitColumns();

    DatabasePtr m_db;
    MyTasksModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
};
