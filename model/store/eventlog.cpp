#include "eventlog.h"

#include "timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Status EventLog::append(QSqlDatabase &db, const QString &type, const QString &entity, qint64 entityId,
                        const QString &actor, const QJsonObject &payload)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO event (occurred_at, type, entity, entity_id, actor, payload) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(type);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(actor.isEmpty() ? QStringLiteral("unknown") : actor);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return StoreError::make(StoreError::Code::Sql,
                                QCoreApplication::translate("EventLog",
                                                            "Recording the change (%1) failed; nothing was "
                                                            "changed.")
                                    .arg(type),
                                q.lastError().text());
    }
    return okStatus();
}

Result<QList<DomainEvent>> EventLog::since(QSqlDatabase &db, qint64 afterId, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, occurred_at, type, entity, entity_id, actor, payload FROM event "
                             "WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return StoreError::make(StoreError::Code::Sql, QStringLiteral("event"), q.lastError().text());
    QList<DomainEvent> events;
    while (q.next()) {
        DomainEvent e;
        e.id = q.value(0).toLongLong();
        e.occurredAt = q.value(1).toString();
        e.type = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.actor = q.value(5).toString();
        e.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        events.append(e);
    }
    return events;
}

qint64 EventLog::lastId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM event")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}
