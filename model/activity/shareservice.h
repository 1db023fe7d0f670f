#pragma once

#include "store/database.h"

// Shares a contact, company or deal with another user, so that a sales manager sees and changes it
// besides his own records. The record's owner and every role but sales manager may share and unshare.
// Events: record.shared, record.unshared (entity: the record's); notifies the record's entity.
class ShareService
{
    Q_DECLARE_TR_FUNCTIONS(ShareService)

public:
    ShareService(DatabasePtr db, QString actor);

    Status share(const QString &entity, qint64 recordId, const QString &login);
    Status unshare(const QString &entity, qint64 recordId, const QString &login);
    // The logins the record is shared with, sorted.
    Result<QStringList> sharedWith(const QString &entity, qint64 recordId);

private:
    Status change(const QString &entity, qint64 recordId, const QString &login, bool add);

    DatabasePtr m_db;
    QString m_actor;
};
