#include "userservice.h"

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

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            UserService::tr("Reading or saving users failed; nothing was changed."),
                            q.lastError().text());
}

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    User::roleFromName(q.value(3).toString(), &u.role);
    u.active = q.value(4).toBool();
    return u;
}

const QString kSelect = QStringLiteral("SELECT id, login, display_name, role, active FROM app_user ");

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
    for (Role r : {Role::SalesManager, Role::ProcessOwner, Role::Director, Role::Administrator}) {
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
    if (user && !user->active)
        return StoreError::make(StoreError::Code::Denied, tr("The user “%1” is deactivated.").arg(login));
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

Result<qint64> UserService::create(const User &u)
{
    const QString login = u.login.trimmed();
    if (login.isEmpty())
        return StoreError::invalid(tr("A user needs a login."));
    if (const QString p = TextCheck::problem(tr("The login"), login); !p.isEmpty())
        return StoreError::invalid(p);
    if (const QString p = TextCheck::problem(tr("The name"), u.displayName); !p.isEmpty())
        return StoreError::invalid(p);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Result<User> admin = requireAdministrator(db); !admin)
        return admin.error();
    if (findIn(db, login))
        return StoreError::invalid(tr("There is already a user “%1”.").arg(login));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO app_user (login, display_name, role, active, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(u.displayName.trimmed().isEmpty() ? login : u.displayName.trimmed());
    q.addBindValue(User::roleName(u.role));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(Timestamps::nowText());
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = EventLog::append(
            db, QStringLiteral("user.created"), kEntity, id, m_actor,
            {{QStringLiteral("login"), login}, {QStringLiteral("role"), User::roleName(u.role)}});
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
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> admin = requireAdministrator(db);
    if (!admin)
        return admin.error();
    if (u.id == admin->id && (u.role != User::Role::Administrator || !u.active))
        return StoreError::invalid(tr("You cannot take away your own administrator rights."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE app_user SET display_name = ?, role = ?, active = ? WHERE id = ?"));
    q.addBindValue(TextCheck::notNull(u.displayName.trimmed()));
    q.addBindValue(User::roleName(u.role));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(u.id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return StoreError::notFound(tr("There is no user with the id %1.").arg(u.id));
    if (Status s = EventLog::append(
            db, QStringLiteral("user.updated"), kEntity, u.id, m_actor,
            {{QStringLiteral("role"), User::roleName(u.role)}, {QStringLiteral("active"), u.active}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {u.id});
    return okStatus();
}
