#pragma once

#include "deal.h"
#include "store/database.h"
#include "user.h"

// Deals: the write path (create, update, stage moves, line items) and the permission checks. Every write
// appends its event in the same transaction and notifies "deal" after the commit.
class DealService
{
    Q_DECLARE_TR_FUNCTIONS(DealService)

public:
    // actor: the login of the acting user; what they may do follows from their role.
    DealService(DatabasePtr db, QString actor);

    Result<qint64> create(const Deal &deal);
    Result<Deal> get(qint64 id);
    // Everything but the stage (see moveToStage) and the amount while it follows the line items.
    Status update(const Deal &deal);
    // Moves a deal to a stage of its pipeline: the deal, one stage history row and a deal.stage_changed
    // event in one transaction. The Lost stage needs a lost reason. Robot and import moves are made by
    // trusted code and record the actor as given without a user check.
    Status moveToStage(qint64 dealId, qint64 stageId, StageChangeVia via = StageChangeVia::User,
                       qint64 lostReasonId = 0);
    Result<QList<StageChange>> history(qint64 dealId);

    Result<QList<LineItem>> lineItems(qint64 dealId);
    // Replaces the line items (totals computed here); the deal amount follows them when amountFromItems.
    Status setLineItems(qint64 dealId, const QList<LineItem> &items);

    // The deals the acting user may see.
    Result<qint64> count(const DealFilter &filter);
    Result<QList<DealSummary>> list(const DealFilter &filter, int limit);

    static QString viaName(StageChangeVia via);

    // The WHERE clause (over deal d) of the deals matching filter that the acting user may see: what lists,
    // counts and the board models read.
    Result<QString> visibleWhere(QSqlDatabase &db, const DealFilter &filter, QVariantList *binds);

private:
    Result<User> acting(QSqlDatabase &db) const;
    // The live deal, refused when the acting user may not see or change it.
    Result<Deal> readIn(QSqlDatabase &db, qint64 id, const User &user) const;
    StoreError check(const Deal &deal) const;
    Status notify(QSqlDatabase &db, const QString &type, qint64 id, const QJsonObject &payload);

    DatabasePtr m_db;
    QString m_actor;
};
