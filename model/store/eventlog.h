#pragma once

#include "storeerror.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The outbox: services append a domain event in the same transaction as the change it describes.
struct DomainEvent
{
    qint64 id = 0;
    QString occurredAt;
    QString type;
    QString entity;
    qint64 entityId = 0;
    QString actor;
    QJsonObject payload;
};

class EventLog
{
public:
    static Status append(QSqlDatabase &db, const QString &type, const QString &entity, qint64 entityId,
                         const QString &actor, const QJsonObject &payload = {});
    // Events after afterId, oldest first (for handlers and tests).
    static Result<QList<DomainEvent>> since(QSqlDatabase &db, qint64 afterId, int limit = 1000);
    static qint64 lastId(QSqlDatabase &db);
};
