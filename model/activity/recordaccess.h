#pragma once

#include "crm/user.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

// Who may see and change a contact, company or deal: everyone but a sales manager sees every record; a
// sales manager sees the records he owns and those shared with him (record_share). The services of
// model/ call these checks inside their transactions, so a refusal changes nothing.
namespace RecordAccess {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("RecordAccess", text);
}

// "contact", "company" or "deal".
bool isRecordEntity(const QString &entity);
// The translated name of an entity for messages ("contact", ...).
QString entityLabel(const QString &entity);

// The acting user (see UserService::actingIn): refused when the login is no active user.
Result<User> actingIn(QSqlDatabase &db, const QString &login);

// Ok when the live record exists and the user may see and change it; NotFound or Denied (saying why)
// otherwise.
Status check(QSqlDatabase &db, const User &user, const QString &entity, qint64 id);

// For services that act for logins which need not be users (the contact and company services): refused
// only when login is a sales manager of this database and the record (owned by owner) is neither his nor
// shared with him.
Status checkLogin(QSqlDatabase &db, const QString &login, const QString &entity, qint64 id,
                  const QString &owner);

// The SQL condition (over the table aliased alias) that keeps the records of entity a user may see,
// "1" for everyone but sales managers. The bound values are appended to binds.
QString visibleCondition(const User &user, const QString &entity, const QString &alias, QVariantList *binds);

} // namespace RecordAccess
