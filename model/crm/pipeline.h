#pragma once

#include <QList>
#include <QString>

// A stage of a pipeline: an open step of the work, or one of the two closing outcomes.
struct Stage
{
    enum class Kind
    {
        Open,
        Won,
        Lost,
    };

    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    Kind kind = Kind::Open;
    QString colour = QStringLiteral("#808080"); // #rrggbb
    int probability = 0;                        // win probability, 0-100
    int checkpointDays = 0;                     // 0: no checkpoint
    int position = 0;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

struct Pipeline
{
    qint64 id = 0;
    QString name;
    int position = 0;
    QList<Stage> stages; // open stages in order, then Won, then Lost

    const Stage *stageNamed(const QString &stageName) const; // case-insensitive
    const Stage *stageById(qint64 id) const;
    const Stage *outcome(Stage::Kind kind) const;
};

struct LostReason
{
    qint64 id = 0;
    QString name;
    bool active = true;
};
