#pragma once

#include "store/database.h"
#include "user.h"

#include <functional>

// The outcome of giving a user's password at start (GUI) or with --as (CLI).
struct SignInResult
{
    enum class Outcome
    {
        Accepted,
        WrongPassword,
        Locked, // too many wrong passwords lately: not even checked; try again at retryAt
    };
    Outcome outcome = Outcome::Accepted;
    int failures = 0;  // wrong passwords in a row, this one included
    QDateTime retryAt; // when a wait has begun (or goes on): the first moment the next try is heard
};

// The users of the database and the one acting now. A database without users is a single-user one:
// the operating-system user becomes its administrator on first use, so nobody needs to log in.
//
// Administrators add users, change roles, disable and enable them, mark absences and set or remove
// passwords; everybody may set or remove their own password. The last active administrator can be
// neither disabled nor demoted. Passwords are kept only as Argon2id hashes (PasswordHash).
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    // Wrong passwords allowed before signing in as that user waits, and the longest wait.
    static constexpr int kFreeFailures = 3;
    static constexpr int kMaxLockSeconds = 15 * 60;
    static constexpr int kMinPasswordLength = 8;

    // actor: the login of who is acting (the CLI's --as, the GUI's chosen user).
    UserService(DatabasePtr db, QString actor);

    Result<QList<User>> list() const;
    Result<User> byLogin(const QString &login) const;
    // The acting user, refused (Denied) when the login is not an active user.
    Result<User> current();

    // Administrators only. A non-empty password is set with the new user.
    Result<qint64> create(const User &user, const QString &password = {});
    // Name, role and active flag of the user with user.id.
    Status update(const User &user);
    Status setDisplayName(const QString &login, const QString &name);
    Status setRole(const QString &login, User::Role role);
    Status setActive(const QString &login, bool active);
    // An absence from `from` up to (not including) `until`; replaces the previous one.
    Status setAway(const QString &login, const QDateTime &from, const QDateTime &until);
    Status clearAway(const QString &login);
    // Administrators for anybody, everybody for themselves. clearPassword lets the user start without.
    Status setPassword(const QString &login, const QString &password);
    Status clearPassword(const QString &login);

    // Active and not away at `at`. NotFound for a login that is no user. Needs no particular role.
    Result<bool> isAvailable(const QString &login, const QDateTime &at) const;

    // Checks the password of `login` (any caller: this is how one becomes the actor). Denied when the
    // login is no active user. A user without a password is accepted whatever is given. A few wrong
    // passwords in a row make the next attempts wait (lockSecondsAfter), counted in the database so
    // that a new process waits too; the right password clears the count. Slow on purpose (Argon2id):
    // the GUI calls it off its thread.
    Result<SignInResult> signIn(const QString &login, const QString &password);
    // How long signing in waits after that many wrong passwords in a row (0 for the first few).
    static int lockSecondsAfter(int failures);

    // Inside the caller's transaction: the acting user (see current()).
    static Result<User> actingIn(QSqlDatabase &db, const QString &login);

private:
    using Change = std::function<Status(QSqlDatabase &db, const User &target)>;
    // Checks that the actor may change `login` (an administrator; or the user himself when
    // selfAllowed), runs change in one transaction and tells the views after the commit.
    Status modify(const QString &login, bool selfAllowed, const Change &change);
    static Status bootstrapIn(QSqlDatabase &db);
    Result<User> requireAdministrator(QSqlDatabase &db) const;
    static Status keepAnAdministrator(QSqlDatabase &db, const User &target, User::Role role, bool active);
    Status writePasswordHash(const QString &login, const QByteArray &hash);

    DatabasePtr m_db;
    QString m_actor;
};
