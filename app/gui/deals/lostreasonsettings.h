#pragma once

#include "store/database.h"

#include <QWidget>

class QListWidget;
class QPushButton;

// Settings › Lost Reasons: the reasons offered when a deal is lost. Process owners and administrators add,
// rename, reorder, deactivate and delete them (a reason lost deals name can only be deactivated).
class LostReasonSettingsPage : public QWidget
{
    Q_OBJECT

public:
    LostReasonSettingsPage(DatabasePtr db, QWidget *parent = nullptr);

    QListWidget *reasonList() const { return m_list; }
    bool canEdit() const { return m_canEdit; }
    qint64 currentReasonId() const;

    void addReason();
    void renameReason();
    void moveReason(int delta);
    void toggleActive();
    void deleteReason();
    void reload(qint64 select = 0);

private:
    void updateButtons();

    DatabasePtr m_db;
    QString m_actor;
    bool m_canEdit = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_delete = nullptr;
};
