#include "recordaccess.h"

#include "crm/userservice.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RecordAccess {

bool isRecordEntity(const QString &entity)
{
    return entity == QLatin1String("contact") || entity == QLatin1String("company") ||
           entity == QLatin1String("deal");
}

QString entityLabel(const QString &entity)
{
    if (entity == QLatin1String("contact"))
        return tr("contact");
    if (entity == QLatin1String("company"))
        return tr("company");
    if (entity == QLatin1String("deal"))
        return tr("deal");
    return entity;
}

Result<User> actingIn(QSqlDatabase &db, const QString &login)
{
    return UserService::actingIn(db, login);
}

Status check(QSqlDatabase &db, const User &user, const QString &entity, qint64 id)
{
    if (!isRecordEntity(entity))
        return StoreError::invalid(
            tr("“%1” is not a record kind; use contact, company or deal.").arg(entity));
    QSqlQuery q(db);
    // The table name comes from the fixed list above, never from the caller's text.
    q.prepare(QStringLiteral("SELECT owner, EXISTS (SELECT 1 FROM record_share WHERE entity = ? AND "
                             "record_id = ? AND login = ?) FROM %1 WHERE id = ? AND deleted_at IS NULL")
                  .arg(entity));
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(user.login);
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::make(StoreError::Code::Sql, tr("Reading the %1 failed.").arg(entityLabel(entity)),
                                q.lastError().text());
    if (!q.next())
        return StoreError::notFound(tr("There is no %1 with the id %2.").arg(entityLabel(entity)).arg(id));
    if (user.seesAllDeals())
        return okStatus();
    const QString owner = q.value(0).toString();
    if (owner == user.login || q.value(1).toBool())
        return okStatus();
    return StoreError::make(StoreError::Code::Denied,
                            tr("The %1 %2 belongs to “%3” and is not shared with “%4”; a sales manager sees "
                               "and changes only their own records and those shared with them.")
                                .arg(entityLabel(entity))
                                .arg(id)
                                .arg(owner, user.login));
}

Status checkLogin(QSqlDatabase &db, const QString &login, const QString &entity, qint64 id,
                  const QString &owner)
{
    if (owner == login)
        return okStatus();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT role = 'sales_manager', EXISTS (SELECT 1 FROM record_share WHERE entity = ? AND "
        "record_id = ? AND login = ?) FROM app_user WHERE login = ? AND active = 1"));
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(login);
    q.addBindValue(login);
    if (!q.exec())
        return StoreError::make(StoreError::Code::Sql, tr("Reading the %1 failed.").arg(entityLabel(entity)),
                                q.lastError().text());
    if (!q.next() || !q.value(0).toBool() || q.value(1).toBool())
        return okStatus();
    return StoreError::make(StoreError::Code::Denied,
                            tr("The %1 %2 belongs to “%3” and is not shared with “%4”; a sales manager sees "
                               "and changes only their own records and those shared with them.")
                                .arg(entityLabel(entity))
                                .arg(id)
                                .arg(owner, login));
}

QString visibleCondition(const User &user, const QString &entity, const QString &alias, QVariantList *binds)
{
    if (user.seesAllDeals())
        return QStringLiteral("1");
    binds->append(user.login);
    binds->append(entity);
    binds->append(user.login);
    return QStringLiteral("(%1.owner = ? OR %1.id IN (SELECT record_id FROM record_share WHERE entity = ? "
                          "AND login = ?))")
        .arg(alias);
}

} // namespace RecordAccess
