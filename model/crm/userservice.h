#pragma once

#include "store/database.h"
#include "user.h"

// The users of the database and the one acting now. A database without users is a single-user one:
// the operating-system user becomes its administrator on first use, so nobody needs to log in.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    // actor: the login of who is acting (the CLI's --as, the GUI's chosen user).
    UserService(DatabasePtr db, QString actor);

    Result<QList<User>> list() const;
    Result<User> byLogin(const QString &login) const;
    // The acting user, refused (Denied) when the login is not an active user.
    Result<User> current();
    // Administrators only.
    Result<qint64> create(const User &user);
    Status update(const User &user);

    // Inside the caller's transaction: the acting user (see current()).
    static Result<User> actingIn(QSqlDatabase &db, const QString &login);

private:
    static Status bootstrapIn(QSqlDatabase &db);
    Result<User> requireAdministrator(QSqlDatabase &db) const;

    DatabasePtr m_db;
    QString m_actor;
};
