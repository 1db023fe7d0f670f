#pragma once

#include "pipeline.h"
#include "store/database.h"

// Pipelines and their stages. Everybody reads them; process owners and administrators edit them.
class PipelineService
{
    Q_DECLARE_TR_FUNCTIONS(PipelineService)

public:
    PipelineService(DatabasePtr db, QString actor);

    // Every pipeline with its live stages, in order.
    Result<QList<Pipeline>> pipelines() const;
    Result<Pipeline> pipeline(qint64 id) const;
    Result<Pipeline> pipelineNamed(const QString &name) const; // case-insensitive
    Result<QList<LostReason>> lostReasons() const;

    // A new pipeline after the others, with one open stage ("New") and the outcomes Won and Lost.
    Result<qint64> addPipeline(const QString &name);
    Status renamePipeline(qint64 pipelineId, const QString &name);

    // A new open stage, placed after the open stages when position < 0. Returns its id.
    Result<qint64> addStage(qint64 pipelineId, const Stage &stage);
    // Name, colour, probability and checkpoint of an existing stage.
    Status updateStage(const Stage &stage);
    // The open stages of a pipeline in their new order (all of them).
    Status reorderStages(qint64 pipelineId, const QList<qint64> &openStageIds);
    // Deletes an open stage. Its deals move to targetStageId in the same transaction, each with a stage
    // history row and a deal.stage_changed event; without a target a stage with deals is refused. The last
    // open stage of a pipeline stays (new deals start in one).
    Status deleteStage(qint64 stageId, qint64 targetStageId = 0);

    // Inside the caller's transaction.
    static Result<Stage> stageIn(QSqlDatabase &db, qint64 stageId);
    static Result<QList<Stage>> stagesIn(QSqlDatabase &db, qint64 pipelineId);

private:
    StoreError checkStage(const Stage &stage) const;
    Status requireEditor(QSqlDatabase &db) const;
    Status changed(QSqlDatabase &db, qint64 pipelineId, const QString &what, qint64 stageId);

    DatabasePtr m_db;
    QString m_actor;
};
