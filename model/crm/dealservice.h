#pragma once

#include "deal.h"
#include "pipeline.h"
#include "recordtrash.h"
#include "store/database.h"
#include "user.h"

#include <QVariantMap>

// Deals: the write path (create, update, stage moves, line items) and the permission checks. Every write
// appends its event in the same transaction and notifies "deal" after the commit.
class DealService
{
    Q_DECLARE_TR_FUNCTIONS(DealService)

public:
    // actor: the login of the acting user; what they may do follows from their role.
    DealService(DatabasePtr db, QString actor);

    // A new deal with its custom values and line items, all in one transaction (what a new deal's card
    // saves); refused as a whole.
    Result<qint64> create(const Deal &deal, const QVariantMap &custom = {},
                          const QList<LineItem> &items = {});
    Result<Deal> get(qint64 id);
    // A deal in the trash (NotFound for a live one), refused as get is.
    Result<Deal> getInTrash(qint64 id);
    // Everything but the stage (see moveToStage) and the amount while it follows the line items, and the
    // custom fields of deals given (key → value; an empty value clears the field, keys not given stay).
    // The lost reason of a lost deal may be changed (to an active reason).
    Status update(const Deal &deal, const QVariantMap &custom = {});
    Result<QVariantMap> customValues(qint64 dealId);

    // What the deal card saves, all in one transaction: the fields and custom values, a move to another
    // stage or pipeline (with its history row and event) when deal.stageId differs, and the line items
    // when itemsChanged. Refused as a whole: a bad field, item or stage changes nothing.
    struct Edit
    {
        Deal deal;
        QVariantMap custom;
        bool itemsChanged = false;
        QList<LineItem> items;
    };
    Status save(const Edit &edit);
    // Moves a deal to a stage of its pipeline: the deal, one stage history row and a deal.stage_changed
    // event in one transaction. The Lost stage needs a lost reason. Robot and import moves are made by
    // trusted code and record the actor as given without a user check.
    Status moveToStage(qint64 dealId, qint64 stageId, StageChangeVia via = StageChangeVia::User,
                       qint64 lostReasonId = 0);
    // Moves a deal to an open stage of another pipeline (or a stage of its own), with a history row.
    Status moveToPipeline(qint64 dealId, qint64 stageId);
    Result<QList<StageChange>> history(qint64 dealId);

    Result<QList<LineItem>> lineItems(qint64 dealId);
    // Replaces the line items (totals computed here); the deal amount follows them when amountFromItems.
    Status setLineItems(qint64 dealId, const QList<LineItem> &items);
    // One line item at a time (the total is computed here); the deal amount follows when amountFromItems.
    Result<qint64> addLineItem(qint64 dealId, const LineItem &item);
    Status updateLineItem(qint64 dealId, const LineItem &item);
    Status removeLineItem(qint64 dealId, qint64 itemId);

    // The trash. A deal in the trash leaves the board, the lists and the funnel, and its open tasks and its
    // calls go with it (they leave My Tasks, reminders and every timeline); restoring brings back exactly
    // what went with it, and deleting it for good removes its tasks, calls, line items, stage history,
    // notes and custom values. A sales manager does this only to the deals he may change (his own and
    // those shared with him). All deals of one call change in one transaction, each with its event
    // (deal.trashed, deal.restored, deal.purged). Deals already where they were asked to go are skipped;
    // purge deletes only deals that are in the trash.
    Status moveToTrash(const QList<qint64> &ids);
    Status restore(const QList<qint64> &ids);
    Status purge(const QList<qint64> &ids);

    // The deals the acting user may see (filter.trash: those in the trash).
    Result<qint64> count(const DealFilter &filter);
    Result<QList<DealSummary>> list(const DealFilter &filter, int limit);

    static QString viaName(StageChangeVia via);

    // The WHERE clause (over deal d) of the deals matching filter that the acting user may see: what lists,
    // counts and the board models read.
    Result<QString> visibleWhere(QSqlDatabase &db, const DealFilter &filter, QVariantList *binds);

    // The same deals for the board: FROM and WHERE clauses with the deal as d and, as keys, the alias
    // whose pipeline_id, stage_id, currency, amount_minor and id the board sorts and groups by. Without a
    // search the keys are the deal's own ("d"); with one they are those of the search's table of matches
    // ("k"), read first and in board order and joined to their deals, so that counts and a column's first
    // cards cost what the search found, not what the pipeline holds.
    // The WHERE clause reads the keys' alias alone, so keysFrom (without the deal's row) is enough for
    // counting and for choosing a page of ids.
    struct BoardSql
    {
        QString from;
        QString keysFrom;
        QString where;
        QVariantList binds;
        QString keys = QStringLiteral("d");
    };
    Result<BoardSql> boardSql(QSqlDatabase &db, const DealFilter &filter);

private:
    RecordTrash trash() const;
    Status trashNotified(const Status &status) const;
    Result<User> acting(QSqlDatabase &db) const;
    // The live deal, refused when the acting user may not see or change it.
    Result<Deal> readIn(QSqlDatabase &db, qint64 id, const User &user, bool inTrash = false) const;
    StoreError check(const Deal &deal) const;
    // Inside the caller's transaction, for a deal read by readIn.
    Status updateIn(QSqlDatabase &db, const User &user, const Deal &old, const Deal &deal,
                    const QVariantMap &custom);
    Status moveIn(QSqlDatabase &db, const Deal &deal, const Stage &stage, StageChangeVia via,
                  qint64 lostReasonId);
    Status writeItemsIn(QSqlDatabase &db, qint64 dealId, QList<LineItem> items);
    Status itemsChangedIn(QSqlDatabase &db, qint64 dealId, const QJsonObject &payload);
    Status notify(QSqlDatabase &db, const QString &type, qint64 id, const QJsonObject &payload);

    DatabasePtr m_db;
    QString m_actor;
};
