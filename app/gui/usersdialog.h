#pragma once

#include "store/database.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class UserTableModel;
template<typename T>
class QFutureWatcher;
struct User;

// Tools › Users: the team. Administrators add users, edit their name and role, disable and enable them,
// set or remove their password and mark absences; everybody else sees the list and may set their own
// password. The services enforce the same rules (the last administrator stays one, nobody disables
// himself); the dialog only keeps buttons that cannot work switched off and says why a change failed.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(DatabasePtr db, QString actor, QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *activeButton() const { return m_active; }
    QPushButton *passwordButton() const { return m_password; }
    QPushButton *awayButton() const { return m_away; }
    // True while a password is being hashed off the GUI thread.
    bool isBusy() const;

    void selectLogin(const QString &login);
    QString selectedLogin() const;

    // The buttons' actions; each opens its small dialog (modal) and applies what it gives.
    void addUser();
    void editSelected();
    void toggleActive();
    void passwordOfSelected();
    void awayOfSelected();

    void done(int result) override; // not while a password is being saved

private:
    bool actorManagesUsers() const;
    bool selected(User *user) const;
    void updateButtons();
    void updateWarning();
    // Runs a change as the acting user and shows its error; true when it worked.
    bool apply(const QString &title, const std::function<Status()> &change);
    // The same for slow changes (password hashing), off the GUI thread; the dialog waits meanwhile.
    void applyInBackground(const QString &title, const QString &busyText, const QString &selectAfter,
                           const std::function<Status(const DatabasePtr &db)> &change);

    DatabasePtr m_db;
    QString m_actor;
    UserTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_away = nullptr;
    QString m_reselect;
    QFutureWatcher<Status> *m_work = nullptr;
    QString m_workTitle;
};
