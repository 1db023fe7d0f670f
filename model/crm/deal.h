#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// How a stage change came about; stored in the stage history.
enum class StageChangeVia
{
    User,
    Robot,
    Import,
};

struct Deal
{
    qint64 id = 0;
    QString title;
    qint64 pipelineId = 0;
    qint64 stageId = 0; // 0 on create: the pipeline's first stage
    qint64 amountMinor = 0;
    QString currency; // empty on create: the database's default currency
    bool amountFromItems = false;
    qint64 contactId = 0;
    qint64 companyId = 0;
    QString owner; // login; empty on create: the acting user
    QDate expectedClose;
    int probability = -1; // -1: the stage's
    QString source;
    qint64 lostReasonId = 0;
    QDateTime stageEnteredAt;
    QDateTime closedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct LineItem
{
    qint64 id = 0;
    qint64 productId = 0;
    QString name;
    qint64 quantityMilli = 1000; // thousandths: 1500 = 1.5
    qint64 unitPriceMinor = 0;
    int discountBp = 0;    // hundredths of a percent: 250 = 2.5%
    qint64 totalMinor = 0; // computed by the service: the net amount, after the discount, before tax
    QString unit;          // as the product had it when the line was made ("pcs", "h", "m²")
    int taxBp = 0;         // the tax rate on top of the total, hundredths of a percent: 1900 = 19%
};

struct StageChange
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 fromStageId = 0; // 0 for the first placement
    qint64 toStageId = 0;
    QDateTime at;
    QString actor;
    StageChangeVia via = StageChangeVia::User;
};

// What deal lists and counts select; empty fields select everything.
struct DealFilter
{
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString owner;
    QString search;     // text the title contains (case-insensitive for Latin letters)
    bool trash = false; // the deals in the trash instead of the live ones
};

// A row of a deal list, with the names resolved.
struct DealSummary
{
    qint64 id = 0;
    QString title;
    QString pipeline;
    QString stage;
    qint64 amountMinor = 0;
    QString currency;
    QString owner;
};
