#include "pipelineservice.h"

#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"
#include "userservice.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("pipeline");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(
        StoreError::Code::Sql,
        PipelineService::tr("Reading or saving the pipeline failed; nothing was changed."),
        q.lastError().text());
}

const QString kStageColumns = QStringLiteral(
    "SELECT id, pipeline_id, name, kind, colour, probability, checkpoint_days, position FROM stage ");

Stage stageFrom(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.pipelineId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.kind = Stage::kindFromName(q.value(3).toString());
    s.colour = q.value(4).toString();
    s.probability = q.value(5).toInt();
    s.checkpointDays = q.value(6).isNull() ? 0 : q.value(6).toInt();
    s.position = q.value(7).toInt();
    return s;
}

} // namespace

QString Stage::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Open:
        return QStringLiteral("open");
    case Kind::Won:
        return QStringLiteral("won");
    case Kind::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

Stage::Kind Stage::kindFromName(const QString &name)
{
    if (name == QLatin1String("won"))
        return Kind::Won;
    if (name == QLatin1String("lost"))
        return Kind::Lost;
    return Kind::Open;
}

const Stage *Pipeline::stageNamed(const QString &stageName) const
{
    for (const Stage &s : stages) {
        if (s.name.compare(stageName.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const Stage *Pipeline::stageById(qint64 stageId) const
{
    for (const Stage &s : stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

const Stage *Pipeline::outcome(Stage::Kind kind) const
{
    for (const Stage &s : stages) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

PipelineService::PipelineService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Result<Stage> PipelineService::stageIn(QSqlDatabase &db, qint64 stageId)
{
    QSqlQuery q(db);
    q.prepare(kStageColumns + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no stage with the id %1.").arg(stageId));
    return stageFrom(q);
}

Result<QList<Stage>> PipelineService::stagesIn(QSqlDatabase &db, qint64 pipelineId)
{
    QSqlQuery q(db);
    q.prepare(kStageColumns + QStringLiteral("WHERE pipeline_id = ? AND deleted_at IS NULL "
                                             "ORDER BY kind <> 'open', kind = 'lost', position, id"));
    q.addBindValue(pipelineId);
    if (!q.exec())
        return sqlError(q);
    QList<Stage> stages;
    while (q.next())
        stages.append(stageFrom(q));
    return stages;
}

Result<QList<Pipeline>> PipelineService::pipelines() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, position FROM pipeline ORDER BY position, id")))
        return sqlError(q);
    QList<Pipeline> result;
    while (q.next()) {
        Pipeline p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.position = q.value(2).toInt();
        result.append(p);
    }
    for (Pipeline &p : result) {
        Result<QList<Stage>> stages = stagesIn(db, p.id);
        if (!stages)
            return stages.error();
        p.stages = *stages;
    }
    return result;
}

Result<Pipeline> PipelineService::pipeline(qint64 id) const
{
    Result<QList<Pipeline>> all = pipelines();
    if (!all)
        return all.error();
    for (const Pipeline &p : *all) {
        if (p.id == id)
            return p;
    }
    return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(id));
}

Result<Pipeline> PipelineService::pipelineNamed(const QString &name) const
{
    Result<QList<Pipeline>> all = pipelines();
    if (!all)
        return all.error();
    for (const Pipeline &p : *all) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return StoreError::notFound(tr("There is no pipeline “%1”.").arg(name));
}

Result<QList<LostReason>> PipelineService::lostReasons() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, name, active FROM lost_reason ORDER BY position, id")))
        return sqlError(q);
    QList<LostReason> reasons;
    while (q.next())
        reasons.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return reasons;
}

StoreError PipelineService::checkStage(const Stage &s) const
{
    if (s.name.trimmed().isEmpty())
        return StoreError::invalid(tr("A stage needs a name."));
    if (const QString p = TextCheck::problem(tr("The stage name"), s.name, 200); !p.isEmpty())
        return StoreError::invalid(p);
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(s.colour).hasMatch())
        return StoreError::invalid(tr("A stage colour is written #rrggbb, not “%1”.").arg(s.colour));
    if (s.probability < 0 || s.probability > 100)
        return StoreError::invalid(tr("A win probability is between 0 and 100 %."));
    if (s.checkpointDays < 0)
        return StoreError::invalid(tr("A checkpoint is a number of days, 1 or more (0 for none)."));
    return {};
}

Status PipelineService::requireEditor(QSqlDatabase &db) const
{
    Result<User> actor = UserService::actingIn(db, m_actor);
    if (!actor)
        return actor.error();
    if (!actor->editsPipelines()) {
        return StoreError::make(
            StoreError::Code::Denied,
            tr("Only a process owner or an administrator edits pipelines; “%1” is not one.").arg(m_actor));
    }
    return okStatus();
}

Status PipelineService::changed(QSqlDatabase &db, qint64 pipelineId, const QString &what, qint64 stageId)
{
    return EventLog::append(db, QStringLiteral("pipeline.changed"), kEntity, pipelineId, m_actor,
                            {{QStringLiteral("change"), what}, {QStringLiteral("stage_id"), stageId}});
}

Result<qint64> PipelineService::addPipeline(const QString &name)
{
    if (name.trimmed().isEmpty())
        return StoreError::invalid(tr("A pipeline needs a name."));
    if (const QString p = TextCheck::problem(tr("The pipeline name"), name, 200); !p.isEmpty())
        return StoreError::invalid(p);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st.error();
    QSqlQuery clash(db);
    clash.prepare(QStringLiteral("SELECT 1 FROM pipeline WHERE lower(name) = lower(?)"));
    clash.addBindValue(name.trimmed());
    if (!clash.exec())
        return sqlError(clash);
    if (clash.next())
        return StoreError::invalid(tr("There is already a pipeline “%1”.").arg(name.trimmed()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO pipeline (name, position) "
                             "SELECT ?, coalesce(max(position), -1) + 1 FROM pipeline"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery stages(db);
    stages.prepare(
        QStringLiteral("INSERT INTO stage (pipeline_id, name, kind, colour, probability, position) VALUES "
                       "(?, ?, 'open', '#4e79a7', 10, 0), (?, ?, 'won', '#2e7d32', 100, 100), (?, ?, 'lost', "
                       "'#c62828', 0, 101)"));
    for (const QString &stageName : {tr("New"), tr("Won"), tr("Lost")}) {
        stages.addBindValue(id);
        stages.addBindValue(stageName);
    }
    if (!stages.exec())
        return sqlError(stages);
    if (Status st = changed(db, id, QStringLiteral("pipeline_added"), 0); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Status PipelineService::renamePipeline(qint64 pipelineId, const QString &name)
{
    if (name.trimmed().isEmpty())
        return StoreError::invalid(tr("A pipeline needs a name."));
    if (const QString p = TextCheck::problem(tr("The pipeline name"), name, 200); !p.isEmpty())
        return StoreError::invalid(p);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st;
    QSqlQuery clash(db);
    clash.prepare(QStringLiteral("SELECT 1 FROM pipeline WHERE id <> ? AND lower(name) = lower(?)"));
    clash.addBindValue(pipelineId);
    clash.addBindValue(name.trimmed());
    if (!clash.exec())
        return sqlError(clash);
    if (clash.next())
        return StoreError::invalid(tr("There is already a pipeline “%1”.").arg(name.trimmed()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE pipeline SET name = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(pipelineId);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(pipelineId));
    if (Status st = changed(db, pipelineId, QStringLiteral("pipeline_renamed"), 0); !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    emit m_db->notifier()->changed(kEntity, {pipelineId});
    return okStatus();
}

Result<qint64> PipelineService::addStage(qint64 pipelineId, const Stage &s)
{
    if (StoreError e = checkStage(s); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st.error();
    Result<QList<Stage>> stages = stagesIn(db, pipelineId);
    if (!stages)
        return stages.error();
    if (stages->isEmpty())
        return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(pipelineId));
    QList<qint64> open;
    for (const Stage &existing : std::as_const(*stages)) {
        if (existing.name.compare(s.name.trimmed(), Qt::CaseInsensitive) == 0)
            return StoreError::invalid(tr("The pipeline already has a stage “%1”.").arg(existing.name));
        if (existing.kind == Stage::Kind::Open)
            open.append(existing.id);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO stage (pipeline_id, name, colour, probability, checkpoint_days, position) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(pipelineId);
    q.addBindValue(s.name.trimmed());
    q.addBindValue(s.colour.toLower());
    q.addBindValue(s.probability);
    q.addBindValue(s.checkpointDays > 0 ? QVariant(s.checkpointDays) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(0);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    open.insert(s.position < 0 || s.position > open.size() ? open.size() : s.position, id);
    QSqlQuery pos(db);
    pos.prepare(QStringLiteral("UPDATE stage SET position = ? WHERE id = ?"));
    for (int i = 0; i < open.size(); ++i) {
        pos.addBindValue(i);
        pos.addBindValue(open.at(i));
        if (!pos.exec())
            return sqlError(pos);
    }
    if (Status st = changed(db, pipelineId, QStringLiteral("stage_added"), id); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    emit m_db->notifier()->changed(QStringLiteral("stage"), {id});
    return id;
}

Status PipelineService::updateStage(const Stage &s)
{
    if (StoreError e = checkStage(s); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st;
    Result<Stage> old = stageIn(db, s.id);
    if (!old)
        return old.error();
    QSqlQuery clash(db);
    clash.prepare(
        QStringLiteral("SELECT 1 FROM stage WHERE pipeline_id = ? AND id <> ? AND deleted_at IS NULL "
                       "AND lower(name) = lower(?)"));
    clash.addBindValue(old->pipelineId);
    clash.addBindValue(s.id);
    clash.addBindValue(s.name.trimmed());
    if (!clash.exec())
        return sqlError(clash);
    if (clash.next())
        return StoreError::invalid(tr("The pipeline already has a stage “%1”.").arg(s.name.trimmed()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE stage SET name = ?, colour = ?, probability = ?, checkpoint_days = ? WHERE id = ?"));
    q.addBindValue(s.name.trimmed());
    q.addBindValue(s.colour.toLower());
    q.addBindValue(s.probability);
    q.addBindValue(s.checkpointDays > 0 ? QVariant(s.checkpointDays) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(s.id);
    if (!q.exec())
        return sqlError(q);
    if (Status st = changed(db, old->pipelineId, QStringLiteral("stage_updated"), s.id); !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    emit m_db->notifier()->changed(QStringLiteral("stage"), {s.id});
    return okStatus();
}

Status PipelineService::reorderStages(qint64 pipelineId, const QList<qint64> &openStageIds)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st;
    Result<QList<Stage>> stages = stagesIn(db, pipelineId);
    if (!stages)
        return stages.error();
    QList<qint64> open;
    for (const Stage &s : std::as_const(*stages)) {
        if (s.kind == Stage::Kind::Open)
            open.append(s.id);
    }
    QList<qint64> sortedNew = openStageIds;
    std::sort(sortedNew.begin(), sortedNew.end());
    std::sort(open.begin(), open.end());
    if (sortedNew != open)
        return StoreError::invalid(tr("A new order must list every open stage of the pipeline once."));
    QSqlQuery pos(db);
    pos.prepare(QStringLiteral("UPDATE stage SET position = ? WHERE id = ?"));
    for (int i = 0; i < openStageIds.size(); ++i) {
        pos.addBindValue(i);
        pos.addBindValue(openStageIds.at(i));
        if (!pos.exec())
            return sqlError(pos);
    }
    if (Status st = changed(db, pipelineId, QStringLiteral("stages_reordered"), 0); !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    emit m_db->notifier()->changed(QStringLiteral("stage"), {});
    return okStatus();
}

Status PipelineService::deleteStage(qint64 stageId, qint64 targetStageId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status st = requireEditor(db); !st)
        return st;
    Result<Stage> stage = stageIn(db, stageId);
    if (!stage)
        return stage.error();
    if (stage->kind != Stage::Kind::Open)
        return StoreError::invalid(tr("Won and Lost close every pipeline; they cannot be deleted."));
    QSqlQuery others(db);
    others.prepare(QStringLiteral("SELECT count(*) FROM stage WHERE pipeline_id = ? AND kind = 'open' AND "
                                  "deleted_at IS NULL AND id <> ?"));
    others.addBindValue(stage->pipelineId);
    others.addBindValue(stageId);
    if (!others.exec() || !others.next())
        return sqlError(others);
    if (others.value(0).toLongLong() == 0) {
        return StoreError::invalid(
            tr("“%1” is the last open stage of its pipeline; new deals start in an open stage, so add "
               "another one first.")
                .arg(stage->name));
    }
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM deal WHERE stage_id = ?"));
    count.addBindValue(stageId);
    if (!count.exec() || !count.next())
        return sqlError(count);
    const qint64 deals = count.value(0).toLongLong();
    if (deals > 0) {
        if (targetStageId == 0) {
            return StoreError::invalid(
                tr("The stage “%1” still has %n deal(s); move them first or choose the "
                   "stage they move to.",
                   nullptr, int(deals))
                    .arg(stage->name));
        }
        Result<Stage> target = stageIn(db, targetStageId);
        if (!target)
            return target.error();
        if (target->pipelineId != stage->pipelineId || target->id == stageId ||
            target->kind == Stage::Kind::Lost) {
            return StoreError::invalid(
                tr("The deals of a deleted stage move to another stage of the same pipeline (not Lost, which "
                   "needs a reason for each)."));
        }
        const QString now = Timestamps::nowText();
        // History and events first: they read the deals still in the old stage.
        QSqlQuery history(db);
        history.prepare(QStringLiteral(
            "INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, actor, via) "
            "SELECT id, stage_id, ?, ?, ?, 'user' FROM deal WHERE stage_id = ? ORDER BY id"));
        history.addBindValue(targetStageId);
        history.addBindValue(now);
        history.addBindValue(m_actor);
        history.addBindValue(stageId);
        QSqlQuery events(db);
        events.prepare(QStringLiteral(
            "INSERT INTO event (occurred_at, type, entity, entity_id, actor, payload) "
            "SELECT ?, 'deal.stage_changed', 'deal', id, ?, json_object('from_stage_id', stage_id, "
            "'to_stage_id', ?, 'via', 'user', 'reason', 'stage_deleted') FROM deal WHERE stage_id = ? ORDER "
            "BY id"));
        events.addBindValue(now);
        events.addBindValue(m_actor);
        events.addBindValue(targetStageId);
        events.addBindValue(stageId);
        QSqlQuery move(db);
        move.prepare(
            QStringLiteral("UPDATE deal SET stage_id = ?, stage_entered_at = ?, updated_at = ?, "
                           "closed_at = CASE WHEN ? = 'open' THEN NULL ELSE ? END WHERE stage_id = ?"));
        move.addBindValue(targetStageId);
        move.addBindValue(now);
        move.addBindValue(now);
        move.addBindValue(Stage::kindName(target->kind));
        move.addBindValue(now);
        move.addBindValue(stageId);
        for (QSqlQuery *q : {&history, &events, &move}) {
            if (!q->exec())
                return sqlError(*q);
        }
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("UPDATE stage SET deleted_at = ? WHERE id = ?"));
    del.addBindValue(Timestamps::nowText());
    del.addBindValue(stageId);
    if (!del.exec())
        return sqlError(del);
    if (Status st = changed(db, stage->pipelineId, QStringLiteral("stage_deleted"), stageId); !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    emit m_db->notifier()->changed(QStringLiteral("stage"), {stageId});
    if (deals > 0)
        emit m_db->notifier()->changed(QStringLiteral("deal"), {});
    return okStatus();
}
