#pragma once

#include "crm/user.h"
#include "store/database.h"

#include <QDialog>

class QComboBox;

// "Who is working?" at start. A database with several users asks which of them is at the keyboard,
// offering the operating-system login first; a database with one user or none needs no choice. The
// chosen login is the actor of every change and its role's permissions apply (GuiUtil::actor()).
class UserChooser : public QDialog
{
    Q_OBJECT

public:
    UserChooser(const QList<User> &users, const QString &preferred, QWidget *parent = nullptr);

    QString selectedLogin() const;
    void selectLogin(const QString &login);

    // The active users of the database, in login order; empty on an error.
    static QList<User> activeUsers(const DatabasePtr &db);
    // Sets GuiUtil::actor() for this database: the given login (--user, which must be an active
    // user), or the user's choice when there are several. False when the choice was cancelled or the
    // given login is not a user (after saying so).
    static bool chooseFor(const DatabasePtr &db, const QString &requested, QWidget *parent);

    static QString roleText(User::Role role);

private:
    QComboBox *m_users = nullptr;
};
