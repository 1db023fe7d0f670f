#include "shareservice.h"

#include "recordaccess.h"
#include "store/eventlog.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            ShareService::tr("Reading or saving the sharing failed; nothing was changed."),
                            q.lastError().text());
}

} // namespace

ShareService::ShareService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Status ShareService::change(const QString &entity, qint64 recordId, const QString &loginIn, bool add)
{
    const QString login = loginIn.trimmed();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    if (Status s = RecordAccess::check(db, *user, entity, recordId); !s)
        return s;
    QSqlQuery owner(db);
    owner.prepare(QStringLiteral("SELECT owner FROM %1 WHERE id = ?").arg(entity));
    owner.addBindValue(recordId);
    if (!owner.exec() || !owner.next())
        return sqlError(owner);
    if (!user->seesAllDeals() && owner.value(0).toString() != user->login)
        return StoreError::make(StoreError::Code::Denied,
                                tr("Only the owner of the %1 %2 (“%3”) or a director shares it.")
                                    .arg(RecordAccess::entityLabel(entity))
                                    .arg(recordId)
                                    .arg(owner.value(0).toString()));
    QSqlQuery u(db);
    u.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ?"));
    u.addBindValue(login);
    if (!u.exec())
        return sqlError(u);
    if (!u.next())
        return StoreError::invalid(tr("There is no user “%1” to share with.").arg(login));
    QSqlQuery q(db);
    q.prepare(
        add ? QStringLiteral("INSERT OR IGNORE INTO record_share (entity, record_id, login) VALUES (?, ?, ?)")
            : QStringLiteral("DELETE FROM record_share WHERE entity = ? AND record_id = ? AND login = ?"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return okStatus(); // already so
    if (Status s =
            EventLog::append(db, add ? QStringLiteral("record.shared") : QStringLiteral("record.unshared"),
                             entity, recordId, m_actor, {{QStringLiteral("login"), login}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(entity, {recordId});
    return okStatus();
}

Status ShareService::share(const QString &entity, qint64 recordId, const QString &login)
{
    return change(entity, recordId, login, true);
}

Status ShareService::unshare(const QString &entity, qint64 recordId, const QString &login)
{
    return change(entity, recordId, login, false);
}

Result<QStringList> ShareService::sharedWith(const QString &entity, qint64 recordId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    if (Status s = RecordAccess::check(db, *user, entity, recordId); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT login FROM record_share WHERE entity = ? AND record_id = ? ORDER BY login"));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    if (!q.exec())
        return sqlError(q);
    QStringList logins;
    while (q.next())
        logins.append(q.value(0).toString());
    if (Status s = tx.commit(); !s)
        return s.error();
    return logins;
}
