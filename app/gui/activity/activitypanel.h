#pragma once

#include "store/database.h"

#include <QWidget>

class QLabel;
class QListView;
class QTabWidget;
class QTableView;
class TimelineModel;
class RecordTasksModel;

// The activities of one record (a contact, company or deal): its open and done tasks, its calls,
// its notes and the whole timeline, newest first, with "Add task", "Log call" and "Add note".
// Writes go through the activity services as the database's current user, so a sales manager
// is refused what he may not change (the refusal is shown, nothing is written).
// Embed it in any record card: new ActivityPanel(db, "deal", dealId, this).
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    ActivityPanel(DatabasePtr db, const QString &entity /* "contact"|"company"|"deal" */, qint64 recordId,
                  QWidget *parent = nullptr);
    ~ActivityPanel() override;

    // Re-reads tasks and the timeline (for instance after the record itself changed).
    void reload();

    // For tests and for the hosting card: the dialogs these buttons open are modal.
    void addTask();
    void logCall();
    void addNote();

signals:
    // The user asked to open a related record from the timeline (entity, id).
    void openRecordRequested(const QString &entity, qint64 recordId);

private:
    struct Private;
    Private *d;
};
