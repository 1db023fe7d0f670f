#pragma once

#include "crm/pipeline.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The funnel dashboard's questions and answers (see FunnelQuery).

// How a deal is counted in the stage bands.
enum class FunnelMode
{
    Current, // in the stage it is in now (Won and Lost are bands too)
    Reached, // in the furthest stage it has ever reached and in every stage before it
};

// Which deals of a pipeline are counted. Empty lists and invalid dates select everything.
struct FunnelFilter
{
    enum class Period
    {
        Created,      // the deal was created in the period
        StageEntered, // the deal entered the stage it is in now in the period
    };

    qint64 pipelineId = 0;
    Period period = Period::Created;
    QDate from; // inclusive, UTC days
    QDate to;   // inclusive
    QStringList owners;
    QStringList sources;

    bool operator==(const FunnelFilter &o) const
    {
        return pipelineId == o.pipelineId && period == o.period && from == o.from && to == o.to &&
               owners == o.owners && sources == o.sources;
    }
    bool operator!=(const FunnelFilter &o) const { return !(*this == o); }
};

// Amounts in minor units per currency code.
using FunnelAmounts = QMap<QString, qint64>;

// One band: an open stage, Won or Lost.
struct FunnelStage
{
    qint64 stageId = 0;
    QString name;
    QString colour;
    Stage::Kind kind = Stage::Kind::Open;

    qint64 current = 0; // deals in it now
    FunnelAmounts currentAmount;
    qint64 reached = 0; // deals that reached it or a later stage (Won: that were ever won); 0 for Lost
    FunnelAmounts reachedAmount;

    // Finished stays in the stage (from the stage history), in days; -1 when there was none.
    qint64 stays = 0;
    double averageDays = -1;
    double medianDays = -1;

    qint64 lostHere = 0; // deals lost while in this stage (now lost)
    FunnelAmounts lostHereAmount;
};

struct FunnelLostReason
{
    qint64 reasonId = 0; // 0: no reason recorded
    QString name;
    qint64 deals = 0;
    FunnelAmounts amount;
};

struct FunnelMonth
{
    QDate month; // the first day of the month (UTC) the deals were won in
    qint64 deals = 0;
    FunnelAmounts amount;
};

struct FunnelManager
{
    QString login;
    QString name;
    qint64 deals = 0;
    FunnelAmounts amount;
    qint64 won = 0;
    FunnelAmounts wonAmount;
    qint64 lost = 0;

    double winRate() const { return won + lost > 0 ? double(won) / double(won + lost) : -1; }
    double conversion() const { return deals > 0 ? double(won) / double(deals) : -1; }
};

struct FunnelReport
{
    FunnelFilter filter;
    qint64 pipelineId = 0;
    QString pipelineName;
    QString mainCurrency; // the database's default currency: what amounts are shown in first

    QList<FunnelStage> stages; // the open stages in order, then Won, then Lost
    qint64 deals = 0;          // every deal in the filter
    FunnelAmounts amount;

    QList<FunnelLostReason> lostByReason; // most deals first
    QList<FunnelMonth> revenueByMonth;    // oldest first
    QList<FunnelManager> managers;        // by login

    int openStageCount() const { return int(stages.size()) - 2; }
    int wonIndex() const { return int(stages.size()) - 2; }
    int lostIndex() const { return int(stages.size()) - 1; }
    qint64 won() const { return stages.isEmpty() ? 0 : stages.at(wonIndex()).current; }
    qint64 lost() const { return stages.isEmpty() ? 0 : stages.at(lostIndex()).current; }
    // Won of the closed deals (won + lost); -1 when none is closed.
    double winRate() const { return won() + lost() > 0 ? double(won()) / double(won() + lost()) : -1; }

    // The deals of a band in a mode; the Lost band has none in Reached mode.
    qint64 count(int index, FunnelMode mode) const;
    FunnelAmounts amountOf(int index, FunnelMode mode) const;
    // Conversions come from the reached counts (what share of the deals that reached the stage before
    // went on to this one) in both modes: only the history knows progress. -1 when undefined (Lost, or
    // nothing in the stage compared with).
    double conversionFromPrevious(int index) const;
    double conversionFromFirst(int index) const;
};

// The deals behind one number of the dashboard.
struct FunnelCell
{
    enum class Kind
    {
        All,         // every deal in the filter
        Stage,       // a band (stageId: an open stage, Won or Lost) in mode
        LostReason,  // lost now with reasonId (0: none)
        LostAtStage, // lost now, while in stageId
        StayedIn,    // with a finished stay in stageId (the time-in-stage figures)
        WonInMonth,  // won now, closed in month
        Manager,     // owned by owner
        ManagerWon,  // owned by owner, won now
        ManagerLost, // owned by owner, lost now
    };

    Kind kind = Kind::All;
    FunnelMode mode = FunnelMode::Current;
    qint64 stageId = 0;
    qint64 reasonId = 0;
    QDate month;
    QString owner;
};
