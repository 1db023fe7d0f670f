#include "processmapstore.h"

#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnwriter.h"
#include "crm/userservice.h"
#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("process_map");
constexpr int kMaxNameLength = 200;

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(
        StoreError::Code::Sql,
        ProcessMapStore::tr("Reading or saving the route map failed; nothing was changed."),
        q.lastError().text());
}

const QString kMapColumns = QStringLiteral(
    "SELECT m.id, m.name, m.pipeline_id, m.created_at, m.updated_at, m.deleted_at, "
    "(SELECT max(version) FROM process_map_version v WHERE v.map_id = m.id) FROM process_map m ");

ProcessMap mapFrom(const QSqlQuery &q)
{
    ProcessMap m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.pipelineId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    m.createdAt = q.value(3).toString();
    m.updatedAt = q.value(4).toString();
    m.deletedAt = q.value(5).toString();
    m.latestVersion = q.value(6).toInt();
    return m;
}

// A null QString binds as SQL NULL; the comment column wants text.
QString commentText(const QString &comment)
{
    const QString text = comment.trimmed();
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ProcessMapStore::ProcessMapStore(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Result<QByteArray> ProcessMapStore::normalisedXml(const QByteArray &xml)
{
    BpmnReadResult read = BpmnReader::read(xml);
    if (!read.readable || read.hasErrors()) {
        for (const BpmnDiagnostic &d : std::as_const(read.diagnostics)) {
            if (d.severity != BpmnDiagnostic::Severity::Error)
                continue;
            if (d.line > 0) {
                return StoreError::invalid(tr("The route map cannot be saved: line %1, column %2: %3")
                                               .arg(d.line)
                                               .arg(d.column)
                                               .arg(d.message));
            }
            return StoreError::invalid(tr("The route map cannot be saved: %1").arg(d.message));
        }
        return StoreError::invalid(tr("The route map cannot be saved: it is not a BPMN 2.0 document."));
    }
    return BpmnWriter::toByteArray(read.document);
}

bool ProcessMapStore::canEdit() const
{
    QSqlDatabase db = m_db->connection();
    const Result<User> actor = UserService::actingIn(db, m_actor);
    return actor && actor->editsPipelines();
}

Status ProcessMapStore::requireEditor(QSqlDatabase &db) const
{
    const Result<User> actor = UserService::actingIn(db, m_actor);
    if (!actor)
        return actor.error();
    if (!actor->editsPipelines()) {
        return StoreError::make(
            StoreError::Code::Denied,
            tr("Only a process owner or an administrator changes route maps; “%1” is not one.").arg(m_actor));
    }
    return okStatus();
}

Result<ProcessMap> ProcessMapStore::mapIn(QSqlDatabase &db, qint64 id) const
{
    QSqlQuery q(db);
    q.prepare(kMapColumns + QStringLiteral("WHERE m.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no route map with the id %1.").arg(id));
    return mapFrom(q);
}

Result<QList<ProcessMap>> ProcessMapStore::maps(bool trashed) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    if (!q.exec(kMapColumns +
                (trashed ? QStringLiteral("WHERE m.deleted_at IS NOT NULL ")
                         : QStringLiteral("WHERE m.deleted_at IS NULL ")) +
                QStringLiteral("ORDER BY m.name COLLATE NOCASE, m.id")))
        return sqlError(q);
    QList<ProcessMap> result;
    while (q.next())
        result.append(mapFrom(q));
    return result;
}

Result<ProcessMap> ProcessMapStore::map(qint64 id) const
{
    QSqlDatabase db = m_db->connection();
    return mapIn(db, id);
}

Result<ProcessMap> ProcessMapStore::mapNamed(const QString &name) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(kMapColumns + QStringLiteral("WHERE m.name = ? COLLATE NOCASE AND m.deleted_at IS NULL"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no route map named “%1”.").arg(name.trimmed()));
    return mapFrom(q);
}

Result<QList<ProcessMapVersion>> ProcessMapStore::versions(qint64 mapId) const
{
    QSqlDatabase db = m_db->connection();
    if (Result<ProcessMap> m = mapIn(db, mapId); !m)
        return m.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, comment, saved_at, saved_by FROM process_map_version "
                             "WHERE map_id = ? ORDER BY version DESC"));
    q.addBindValue(mapId);
    if (!q.exec())
        return sqlError(q);
    QList<ProcessMapVersion> result;
    while (q.next()) {
        ProcessMapVersion v;
        v.mapId = mapId;
        v.version = q.value(0).toInt();
        v.comment = q.value(1).toString();
        v.savedAt = q.value(2).toString();
        v.savedBy = q.value(3).toString();
        result.append(v);
    }
    return result;
}

Result<ProcessMapVersion> ProcessMapStore::read(qint64 mapId, int version) const
{
    QSqlDatabase db = m_db->connection();
    Result<ProcessMap> m = mapIn(db, mapId);
    if (!m)
        return m.error();
    const int wanted = version > 0 ? version : m->latestVersion;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT comment, saved_at, saved_by, xml FROM process_map_version "
                             "WHERE map_id = ? AND version = ?"));
    q.addBindValue(mapId);
    q.addBindValue(wanted);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("The route map “%1” has no version %2.").arg(m->name).arg(wanted));
    ProcessMapVersion v;
    v.mapId = mapId;
    v.version = wanted;
    v.comment = q.value(0).toString();
    v.savedAt = q.value(1).toString();
    v.savedBy = q.value(2).toString();
    v.xml = q.value(3).toString().toUtf8();
    return v;
}

StoreError ProcessMapStore::checkName(QSqlDatabase &db, const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return StoreError::invalid(tr("A route map needs a name."));
    if (trimmed.size() > kMaxNameLength)
        return StoreError::invalid(tr("A route map name has at most %1 characters.").arg(kMaxNameLength));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM process_map WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND id <> ?"));
    q.addBindValue(trimmed);
    q.addBindValue(exceptId);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return StoreError::invalid(
            tr("There is already a route map named “%1”; choose another name.").arg(trimmed));
    return {};
}

Result<qint64> ProcessMapStore::create(const QString &name, const QByteArray &xml, const QString &comment,
                                       qint64 pipelineId)
{
    Result<QByteArray> text = normalisedXml(xml);
    if (!text)
        return text.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st.error();
    if (StoreError e = checkName(db, name, 0); e.isError())
        return e;
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO process_map (name, pipeline_id, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(nullableId(pipelineId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        if (pipelineId > 0)
            return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(pipelineId));
        return sqlError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery v(db);
    v.prepare(
        QStringLiteral("INSERT INTO process_map_version (map_id, version, xml, comment, saved_at, saved_by) "
                       "VALUES (?, 1, ?, ?, ?, ?)"));
    v.addBindValue(id);
    v.addBindValue(QString::fromUtf8(*text));
    v.addBindValue(commentText(comment));
    v.addBindValue(now);
    v.addBindValue(m_actor);
    if (!v.exec())
        return sqlError(v);
    if (Status st =
            EventLog::append(db, QStringLiteral("process_map.created"), kEntity, id, m_actor,
                             {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("version"), 1}});
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    notify(id);
    return id;
}

Result<int> ProcessMapStore::save(qint64 mapId, const QByteArray &xml, const QString &comment)
{
    Result<QByteArray> text = normalisedXml(xml);
    if (!text)
        return text.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st.error();
    Result<ProcessMap> m = mapIn(db, mapId);
    if (!m)
        return m.error();
    if (!m->deletedAt.isEmpty())
        return StoreError::invalid(
            tr("The route map “%1” is in the trash; restore it before saving.").arg(m->name));
    const int version = m->latestVersion + 1;
    const QString now = Timestamps::nowText();
    QSqlQuery v(db);
    v.prepare(
        QStringLiteral("INSERT INTO process_map_version (map_id, version, xml, comment, saved_at, saved_by) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    v.addBindValue(mapId);
    v.addBindValue(version);
    v.addBindValue(QString::fromUtf8(*text));
    v.addBindValue(commentText(comment));
    v.addBindValue(now);
    v.addBindValue(m_actor);
    if (!v.exec())
        return sqlError(v);
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE process_map SET updated_at = ? WHERE id = ?"));
    u.addBindValue(now);
    u.addBindValue(mapId);
    if (!u.exec())
        return sqlError(u);
    if (Status st = EventLog::append(db, QStringLiteral("process_map.saved"), kEntity, mapId, m_actor,
                                     {{QStringLiteral("version"), version}});
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    notify(mapId);
    return version;
}

Status ProcessMapStore::rename(qint64 mapId, const QString &name)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st;
    Result<ProcessMap> m = mapIn(db, mapId);
    if (!m)
        return m.error();
    if (m->name == name.trimmed())
        return okStatus();
    if (StoreError e = checkName(db, name, mapId); e.isError())
        return e;
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE process_map SET name = ?, updated_at = ? WHERE id = ?"));
    u.addBindValue(name.trimmed());
    u.addBindValue(Timestamps::nowText());
    u.addBindValue(mapId);
    if (!u.exec())
        return sqlError(u);
    if (Status st =
            EventLog::append(db, QStringLiteral("process_map.renamed"), kEntity, mapId, m_actor,
                             {{QStringLiteral("from"), m->name}, {QStringLiteral("to"), name.trimmed()}});
        !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    notify(mapId);
    return okStatus();
}

Status ProcessMapStore::setPipeline(qint64 mapId, qint64 pipelineId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st;
    if (Result<ProcessMap> m = mapIn(db, mapId); !m)
        return m.error();
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE process_map SET pipeline_id = ?, updated_at = ? WHERE id = ?"));
    u.addBindValue(nullableId(pipelineId));
    u.addBindValue(Timestamps::nowText());
    u.addBindValue(mapId);
    if (!u.exec())
        return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(pipelineId));
    if (Status st = EventLog::append(db, QStringLiteral("process_map.pipeline_changed"), kEntity, mapId,
                                     m_actor, {{QStringLiteral("pipeline_id"), pipelineId}});
        !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    notify(mapId);
    return okStatus();
}

Status ProcessMapStore::setTrashed(qint64 mapId, bool trashed)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st;
    Result<ProcessMap> m = mapIn(db, mapId);
    if (!m)
        return m.error();
    if (m->deletedAt.isEmpty() != trashed)
        return okStatus(); // already there
    if (!trashed) {
        if (StoreError e = checkName(db, m->name, mapId); e.isError()) {
            return StoreError::invalid(tr("The route map “%1” cannot be restored: another map has its name "
                                          "now. Rename that one first.")
                                           .arg(m->name));
        }
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE process_map SET deleted_at = ? WHERE id = ?"));
    u.addBindValue(trashed ? QVariant(Timestamps::nowText()) : QVariant(QMetaType(QMetaType::QString)));
    u.addBindValue(mapId);
    if (!u.exec())
        return sqlError(u);
    if (Status st = EventLog::append(
            db, trashed ? QStringLiteral("process_map.trashed") : QStringLiteral("process_map.restored"),
            kEntity, mapId, m_actor);
        !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    notify(mapId);
    return okStatus();
}

Status ProcessMapStore::moveToTrash(qint64 mapId)
{
    return setTrashed(mapId, true);
}

Status ProcessMapStore::restore(qint64 mapId)
{
    return setTrashed(mapId, false);
}

void ProcessMapStore::notify(qint64 mapId) const
{
    emit m_db->notifier()->changed(kEntity, {mapId});
}
