#include "userservice.h"

#include "passwordhash.h"
#include "store/eventlog.h"
#include "store/systemuser.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("user");
const int kMaxPasswordLength = 1024;

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            UserService::tr("Reading or saving users failed; nothing was changed."),
                            q.lastError().text());
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(Timestamps::toText(t)) : QVariant(QMetaType(QMetaType::QString));
}

const QString kSelect = QStringLiteral("SELECT id, login, display_name, role, active, password_hash <> '', "
                                       "away_from, away_until FROM app_user ");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    User::roleFromName(q.value(3).toString(), &u.role);
    u.active = q.value(4).toBool();
    u.hasPassword = q.value(5).toBool();
    u.awayFrom = Timestamps::fromText(q.value(6).toString());
    u.awayUntil = Timestamps::fromText(q.value(7).toString());
    if (!u.awayFrom.isValid() || !u.awayUntil.isValid())
        u.awayFrom = u.awayUntil = QDateTime();
    return u;
}

Result<User> findIn(QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(UserService::tr("There is no user “%1”.").arg(login));
    return userFrom(q);
}

Status updateRow(QSqlDatabase &db, qint64 id, const QString &assignments, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE app_user SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    return okStatus();
}

QString passwordProblem(const QString &password)
{
    if (password.size() < UserService::kMinPasswordLength) {
        return UserService::tr("A password needs at least %n character(s).", nullptr,
                               UserService::kMinPasswordLength);
    }
    if (password.size() > kMaxPasswordLength)
        return UserService::tr("A password has at most %n character(s).", nullptr, kMaxPasswordLength);
    if (password.contains(QChar(0)) || password.contains(u'\n') || password.contains(u'\r'))
        return UserService::tr("A password cannot contain a line break or a NUL character.");
    return {};
}

} // namespace

QString User::roleName(Role role)
{
    switch (role) {
    case Role::SalesManager:
        return QStringLiteral("sales_manager");
    case Role::ProcessOwner:
        return QStringLiteral("process_owner");
    case Role::Director:
        return QStringLiteral("director");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

bool User::roleFromName(const QString &name, Role *role)
{
    for (Role r : allRoles()) {
        if (roleName(r) == name) {
            *role = r;
            return true;
        }
    }
    return false;
}

UserService::UserService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Result<QList<User>> UserService::list() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(kSelect + QStringLiteral("ORDER BY login")))
        return sqlError(q);
    QList<User> users;
    while (q.next())
        users.append(userFrom(q));
    return users;
}

Result<User> UserService::byLogin(const QString &login) const
{
    QSqlDatabase db = m_db->connection();
    return findIn(db, login);
}

Status UserService::bootstrapIn(QSqlDatabase &db)
{
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)")) || !any.next())
        return sqlError(any);
    if (any.value(0).toBool())
        return okStatus();
    const QString login = SystemUser::login();
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO app_user (login, display_name, role, created_at) VALUES (?, ?, ?, ?)"));
    ins.addBindValue(login);
    ins.addBindValue(login);
    ins.addBindValue(User::roleName(User::Role::Administrator));
    ins.addBindValue(Timestamps::nowText());
    if (!ins.exec())
        return sqlError(ins);
    return EventLog::append(db, QStringLiteral("user.created"), kEntity, ins.lastInsertId().toLongLong(),
                            login,
                            {{QStringLiteral("login"), login},
                             {QStringLiteral("role"), User::roleName(User::Role::Administrator)},
                             {QStringLiteral("reason"), QStringLiteral("single-user database")}});
}

Result<User> UserService::actingIn(QSqlDatabase &db, const QString &login)
{
    if (Status s = bootstrapIn(db); !s)
        return s.error();
    Result<User> user = findIn(db, login);
    if (!user && user.error().code == StoreError::Code::NotFound) {
        return StoreError::make(
            StoreError::Code::Denied,
            tr("“%1” is not a user of this database; an administrator can add them.").arg(login));
    }
    if (user && !user->active) {
        return StoreError::make(
            StoreError::Code::Denied,
            tr("The user “%1” is disabled; an administrator can enable them.").arg(login));
    }
    return user;
}

Result<User> UserService::current()
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = actingIn(db, m_actor);
    if (!user)
        return user;
    if (Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Result<User> UserService::requireAdministrator(QSqlDatabase &db) const
{
    Result<User> actor = actingIn(db, m_actor);
    if (actor && !actor->managesUsers()) {
        return StoreError::make(StoreError::Code::Denied,
                                tr("Only an administrator manages users; “%1” is not one.").arg(m_actor));
    }
    return actor;
}

Status UserService::keepAnAdministrator(QSqlDatabase &db, const User &target, User::Role role, bool active)
{
    const bool staysAdministrator = role == User::Role::Administrator && active;
    if (staysAdministrator || !target.active || target.role != User::Role::Administrator)
        return okStatus();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'administrator' AND active = 1 "
                             "AND id <> ?"));
    q.addBindValue(target.id);
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() > 0)
        return okStatus();
    return StoreError::invalid(tr("“%1” is the last active administrator and must stay one; make another "
                                  "user an administrator first.")
                                   .arg(target.login));
}

Status UserService::modify(const QString &login, bool selfAllowed, const Change &change)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> actor = actingIn(db, m_actor);
    if (!actor)
        return actor.error();
    const bool self = actor->login == login;
    if (!actor->managesUsers() && !(selfAllowed && self)) {
        return StoreError::make(StoreError::Code::Denied,
                                tr("Only an administrator manages users; “%1” is not one.").arg(m_actor));
    }
    const Result<User> target = findIn(db, login);
    if (!target)
        return target.error();
    if (Status s = change(db, *target); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {target->id});
    return okStatus();
}

Result<qint64> UserService::create(const User &u, const QString &password)
{
    const QString login = u.login.trimmed();
    if (login.isEmpty())
        return StoreError::invalid(tr("A user needs a login."));
    if (const QString p = TextCheck::problem(tr("The login"), login, 100); !p.isEmpty())
        return StoreError::invalid(p);
    if (const QString p = TextCheck::problem(tr("The name"), u.displayName); !p.isEmpty())
        return StoreError::invalid(p);
    QByteArray hash;
    if (!password.isEmpty()) {
        if (const QString p = passwordProblem(password); !p.isEmpty())
            return StoreError::invalid(p);
        hash = PasswordHash::hash(password);
        if (hash.isEmpty())
            return StoreError::invalid(
                tr("The password could not be hashed (out of memory?); no user was added."));
    }
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Result<User> admin = requireAdministrator(db); !admin)
        return admin.error();
    if (findIn(db, login))
        return StoreError::invalid(tr("There is already a user “%1”.").arg(login));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO app_user (login, display_name, role, active, created_at, "
                             "password_hash, away_from, away_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(u.displayName.trimmed().isEmpty() ? login : u.displayName.trimmed());
    q.addBindValue(User::roleName(u.role));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(TextCheck::notNull(QString::fromLatin1(hash)));
    q.addBindValue(timeOrNull(u.hasAbsence() ? u.awayFrom : QDateTime()));
    q.addBindValue(timeOrNull(u.hasAbsence() ? u.awayUntil : QDateTime()));
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = EventLog::append(db, QStringLiteral("user.created"), kEntity, id, m_actor,
                                    {{QStringLiteral("login"), login},
                                     {QStringLiteral("role"), User::roleName(u.role)},
                                     {QStringLiteral("active"), u.active},
                                     {QStringLiteral("has_password"), !hash.isEmpty()}});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Status UserService::update(const User &u)
{
    if (const QString p = TextCheck::problem(tr("The name"), u.displayName); !p.isEmpty())
        return StoreError::invalid(p);
    QString login;
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT login FROM app_user WHERE id = ?"));
        q.addBindValue(u.id);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return StoreError::notFound(tr("There is no user with the id %1.").arg(u.id));
        login = q.value(0).toString();
    }
    return modify(login, false, [&](QSqlDatabase &db, const User &target) -> Status {
        if (Status s = keepAnAdministrator(db, target, u.role, u.active); !s)
            return s;
        if (!u.active && target.active && target.login == m_actor)
            return StoreError::invalid(tr("You cannot disable yourself; another administrator can."));
        const QString name = u.displayName.trimmed().isEmpty() ? target.login : u.displayName.trimmed();
        if (Status s = updateRow(db, target.id, QStringLiteral("display_name = ?, role = ?, active = ?"),
                                 {name, User::roleName(u.role), u.active ? 1 : 0});
            !s) {
            return s;
        }
        return EventLog::append(db, QStringLiteral("user.updated"), kEntity, target.id, m_actor,
                                {{QStringLiteral("login"), target.login},
                                 {QStringLiteral("display_name"), name},
                                 {QStringLiteral("role"), User::roleName(u.role)},
                                 {QStringLiteral("active"), u.active}});
    });
}

Status UserService::setDisplayName(const QString &login, const QString &name)
{
    if (const QString p = TextCheck::problem(tr("The name"), name); !p.isEmpty())
        return StoreError::invalid(p);
    return modify(login, false, [&](QSqlDatabase &db, const User &target) -> Status {
        User changed = target;
        changed.displayName = name.trimmed().isEmpty() ? target.login : name.trimmed();
        if (Status s = updateRow(db, target.id, QStringLiteral("display_name = ?"), {changed.displayName});
            !s) {
            return s;
        }
        return EventLog::append(
            db, QStringLiteral("user.updated"), kEntity, target.id, m_actor,
            {{QStringLiteral("login"), target.login}, {QStringLiteral("display_name"), changed.displayName}});
    });
}

Status UserService::setRole(const QString &login, User::Role role)
{
    return modify(login, false, [&](QSqlDatabase &db, const User &target) -> Status {
        if (target.role == role)
            return okStatus();
        if (Status s = keepAnAdministrator(db, target, role, target.active); !s)
            return s;
        if (Status s = updateRow(db, target.id, QStringLiteral("role = ?"), {User::roleName(role)}); !s)
            return s;
        return EventLog::append(db, QStringLiteral("user.updated"), kEntity, target.id, m_actor,
                                {{QStringLiteral("login"), target.login},
                                 {QStringLiteral("role"), User::roleName(role)},
                                 {QStringLiteral("previous_role"), User::roleName(target.role)}});
    });
}

Status UserService::setActive(const QString &login, bool active)
{
    return modify(login, false, [&](QSqlDatabase &db, const User &target) -> Status {
        if (target.active == active)
            return okStatus();
        if (Status s = keepAnAdministrator(db, target, target.role, active); !s)
            return s;
        if (!active && target.login == m_actor)
            return StoreError::invalid(tr("You cannot disable yourself; another administrator can."));
        if (Status s = updateRow(db, target.id, QStringLiteral("active = ?"), {active ? 1 : 0}); !s)
            return s;
        return EventLog::append(
            db, QStringLiteral("user.updated"), kEntity, target.id, m_actor,
            {{QStringLiteral("login"), target.login}, {QStringLiteral("active"), active}});
    });
}

Status UserService::setAway(const QString &login, const QDateTime &from, const QDateTime &until)
{
    if (!from.isValid() || !until.isValid())
        return StoreError::invalid(tr("An absence needs the time it begins and the time it ends."));
    if (until <= from) {
        return StoreError::invalid(tr("The absence would end (%1) before it begins (%2).")
                                       .arg(Timestamps::toText(until), Timestamps::toText(from)));
    }
    return modify(login, false, [&](QSqlDatabase &db, const User &target) -> Status {
        if (Status s = updateRow(db, target.id, QStringLiteral("away_from = ?, away_until = ?"),
                                 {Timestamps::toText(from), Timestamps::toText(until)});
            !s) {
            return s;
        }
        return EventLog::append(db, QStringLiteral("user.away_changed"), kEntity, target.id, m_actor,
                                {{QStringLiteral("login"), target.login},
                                 {QStringLiteral("away_from"), Timestamps::toText(from)},
                                 {QStringLiteral("away_until"), Timestamps::toText(until)}});
    });
}

Status UserService::clearAway(const QString &login)
{
    return modify(login, false, [&](QSqlDatabase &db, const User &target) -> Status {
        if (!target.hasAbsence())
            return okStatus();
        if (Status s = updateRow(db, target.id, QStringLiteral("away_from = NULL, away_until = NULL"), {});
            !s)
            return s;
        return EventLog::append(db, QStringLiteral("user.away_changed"), kEntity, target.id, m_actor,
                                {{QStringLiteral("login"), target.login},
                                 {QStringLiteral("away_from"), QJsonValue()},
                                 {QStringLiteral("away_until"), QJsonValue()}});
    });
}

Status UserService::writePasswordHash(const QString &login, const QByteArray &hash)
{
    return modify(login, true, [&](QSqlDatabase &db, const User &target) -> Status {
        if (hash.isEmpty() && !target.hasPassword)
            return okStatus();
        // A new password also ends a wait that wrong guesses started.
        if (Status s =
                updateRow(db, target.id,
                          QStringLiteral("password_hash = ?, failed_logins = 0, login_locked_until = NULL"),
                          {TextCheck::notNull(QString::fromLatin1(hash))});
            !s) {
            return s;
        }
        return EventLog::append(
            db, QStringLiteral("user.password_changed"), kEntity, target.id, m_actor,
            {{QStringLiteral("login"), target.login}, {QStringLiteral("has_password"), !hash.isEmpty()}});
    });
}

Status UserService::setPassword(const QString &login, const QString &password)
{
    if (const QString p = passwordProblem(password); !p.isEmpty())
        return StoreError::invalid(p);
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        return StoreError::invalid(
            tr("The password could not be hashed (out of memory?); nothing was changed."));
    return writePasswordHash(login, hash);
}

Status UserService::clearPassword(const QString &login)
{
    return writePasswordHash(login, QByteArray());
}

Result<bool> UserService::isAvailable(const QString &login, const QDateTime &at) const
{
    const Result<User> user = byLogin(login);
    if (!user)
        return user.error();
    return user->isAvailableAt(at.toUTC());
}

int UserService::lockSecondsAfter(int failures)
{
    if (failures < kFreeFailures)
        return 0;
    const int doublings = qMin(failures - kFreeFailures, 10);
    return qMin(10 << doublings, kMaxLockSeconds);
}

Result<SignInResult> UserService::signIn(const QString &login, const QString &password)
{
    QSqlDatabase db = m_db->connection();
    QByteArray stored;
    QDateTime lockedUntil;
    {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT active, password_hash, login_locked_until FROM app_user WHERE login = ?"));
        q.addBindValue(login);
        if (!q.exec())
            return sqlError(q);
        if (!q.next()) {
            return StoreError::make(StoreError::Code::Denied,
                                    tr("“%1” is not a user of this database.").arg(login));
        }
        if (!q.value(0).toBool()) {
            return StoreError::make(
                StoreError::Code::Denied,
                tr("The user “%1” is disabled; an administrator can enable them.").arg(login));
        }
        stored = q.value(1).toString().toLatin1();
        lockedUntil = Timestamps::fromText(q.value(2).toString());
    }
    SignInResult result;
    if (stored.isEmpty())
        return result;
    const QDateTime now = Timestamps::now();
    if (lockedUntil.isValid() && now < lockedUntil) {
        result.outcome = SignInResult::Outcome::Locked;
        result.retryAt = lockedUntil;
        return result;
    }
    // The slow part runs outside any transaction, so that others may write meanwhile.
    const bool right = PasswordHash::verify(stored, password);
    const QByteArray rehashed =
        right && PasswordHash::needsRehash(stored) ? PasswordHash::hash(password) : QByteArray();

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, failed_logins FROM app_user WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 id = q.value(0).toLongLong();
    if (right) {
        Status s = updateRow(db, id, QStringLiteral("failed_logins = 0, login_locked_until = NULL"), {});
        if (s && !rehashed.isEmpty())
            s = updateRow(db, id, QStringLiteral("password_hash = ?"), {QString::fromLatin1(rehashed)});
        if (!s)
            return s.error();
    } else {
        result.outcome = SignInResult::Outcome::WrongPassword;
        result.failures = q.value(1).toInt() + 1;
        const int wait = lockSecondsAfter(result.failures);
        if (wait > 0)
            result.retryAt = now.addSecs(wait);
        if (Status s = updateRow(db, id, QStringLiteral("failed_logins = ?, login_locked_until = ?"),
                                 {result.failures, timeOrNull(result.retryAt)});
            !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}
