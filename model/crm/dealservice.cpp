#include "dealservice.h"

#include "activity/recordaccess.h"
#include "customfieldservice.h"
#include "dealsearchhits.h"
#include "lineitemmath.h"
#include "pipelineservice.h"
#include "store/eventlog.h"
#include "store/money.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"
#include "userservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("deal");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            DealService::tr("Reading or saving the deal failed; nothing was changed."),
                            q.lastError().text());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(Timestamps::dateToText(date)) : QVariant(QMetaType(QMetaType::QString));
}

// Appends the owner restriction of a sales manager to a WHERE clause: his own deals and those shared with
// him (record_share). Without shares the plain owner condition keeps the index deal_by_owner usable.
// alias: the table with the deal's id and owner ("d", or a search's matches).
void restrictTo(QSqlDatabase &db, const User &user, QString *where, QVariantList *binds,
                const QString &alias = QStringLiteral("d"))
{
    if (user.seesAllDeals())
        return;
    QSqlQuery shared(db);
    shared.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM record_share WHERE login = ? AND entity = 'deal')"));
    shared.addBindValue(user.login);
    if (shared.exec() && shared.next() && shared.value(0).toBool()) {
        *where += QStringLiteral(" AND (%1.owner = ? OR %1.id IN (SELECT record_id FROM record_share WHERE "
                                 "login = ? AND entity = 'deal'))")
                      .arg(alias);
        binds->append(user.login);
        binds->append(user.login);
        return;
    }
    *where += QStringLiteral(" AND %1.owner = ?").arg(alias);
    binds->append(user.login);
}

} // namespace

DealService::DealService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

QString DealService::viaName(StageChangeVia via)
{
    switch (via) {
    case StageChangeVia::User:
        return QStringLiteral("user");
    case StageChangeVia::Robot:
        return QStringLiteral("robot");
    case StageChangeVia::Import:
        return QStringLiteral("import");
    }
    return {};
}

Result<User> DealService::acting(QSqlDatabase &db) const
{
    return UserService::actingIn(db, m_actor);
}

StoreError DealService::check(const Deal &d) const
{
    if (const QString p = TextCheck::nameProblem(tr("The title"), d.title); !p.isEmpty())
        return StoreError::invalid(p);
    if (d.title.trimmed().isEmpty())
        return StoreError::invalid(tr("A deal needs a title."));
    if (const QString p = TextCheck::problem(tr("The source"), d.source); !p.isEmpty())
        return StoreError::invalid(p);
    if (!d.currency.isEmpty() && !Money::isCurrencyCode(d.currency))
        return StoreError::invalid(tr("“%1” is not a currency code such as EUR or RON.").arg(d.currency));
    if (d.probability > 100 || d.probability < -1)
        return StoreError::invalid(tr("A probability is between 0 and 100 %."));
    return {};
}

Status DealService::notify(QSqlDatabase &db, const QString &type, qint64 id, const QJsonObject &payload)
{
    return EventLog::append(db, type, kEntity, id, m_actor, payload);
}

Result<Deal> DealService::readIn(QSqlDatabase &db, qint64 id, const User &user, bool inTrash) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, title, pipeline_id, stage_id, amount_minor, currency, amount_from_items, contact_id, "
        "company_id, owner, expected_close, probability, source, lost_reason_id, stage_entered_at, "
        "closed_at, "
        "created_at, updated_at FROM deal WHERE id = ? AND (deleted_at IS NULL) = ?"));
    q.addBindValue(id);
    q.addBindValue(inTrash ? 0 : 1);
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        return StoreError::notFound(inTrash ? tr("There is no deal with the id %1 in the trash.").arg(id)
                                            : tr("There is no deal with the id %1.").arg(id));
    }
    Deal d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.pipelineId = q.value(2).toLongLong();
    d.stageId = q.value(3).toLongLong();
    d.amountMinor = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.amountFromItems = q.value(6).toBool();
    d.contactId = q.value(7).toLongLong();
    d.companyId = q.value(8).toLongLong();
    d.owner = q.value(9).toString();
    d.expectedClose = Timestamps::dateFromText(q.value(10).toString());
    d.probability = q.value(11).isNull() ? -1 : q.value(11).toInt();
    d.source = q.value(12).toString();
    d.lostReasonId = q.value(13).toLongLong();
    d.stageEnteredAt = Timestamps::fromText(q.value(14).toString());
    d.closedAt = Timestamps::fromText(q.value(15).toString());
    d.createdAt = Timestamps::fromText(q.value(16).toString());
    d.updatedAt = Timestamps::fromText(q.value(17).toString());
    const auto sharedWith = [&db, id](const QString &login) {
        QSqlQuery share(db);
        share.prepare(QStringLiteral(
            "SELECT 1 FROM record_share WHERE entity = 'deal' AND record_id = ? AND login = ?"));
        share.addBindValue(id);
        share.addBindValue(login);
        return share.exec() && share.next();
    };
    if (!user.seesAllDeals() && d.owner != user.login && !sharedWith(user.login)) {
        return StoreError::make(
            StoreError::Code::Denied,
            tr("The deal %1 belongs to “%2”; a sales manager sees and changes only their own "
               "deals and those shared with them.")
                .arg(id)
                .arg(d.owner));
    }
    return d;
}

Result<qint64> DealService::create(const Deal &in, const QVariantMap &custom, const QList<LineItem> &items)
{
    if (StoreError e = check(in); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    Deal d = in;
    if (d.owner.isEmpty())
        d.owner = user->login;
    if (!user->seesAllDeals() && d.owner != user->login) {
        return StoreError::make(StoreError::Code::Denied,
                                tr("A sales manager creates deals of their own, not of “%1”.").arg(d.owner));
    }
    Result<QList<Stage>> stages = PipelineService::stagesIn(db, d.pipelineId);
    if (!stages)
        return stages.error();
    if (stages->isEmpty())
        return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(d.pipelineId));
    if (d.stageId == 0)
        d.stageId = stages->first().id;
    const auto stage =
        std::find_if(stages->cbegin(), stages->cend(), [&](const Stage &s) { return s.id == d.stageId; });
    if (stage == stages->cend() || stage->kind != Stage::Kind::Open)
        return StoreError::invalid(tr("A new deal starts in an open stage of its pipeline."));
    if (d.currency.isEmpty())
        d.currency = m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO deal (title, pipeline_id, stage_id, amount_minor, currency, amount_from_items, "
        "contact_id, "
        "company_id, owner, expected_close, probability, source, stage_entered_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.pipelineId);
    q.addBindValue(d.stageId);
    q.addBindValue(d.amountFromItems ? 0 : d.amountMinor);
    q.addBindValue(d.currency.toUpper());
    q.addBindValue(d.amountFromItems ? 1 : 0);
    q.addBindValue(idOrNull(d.contactId));
    q.addBindValue(idOrNull(d.companyId));
    q.addBindValue(d.owner);
    q.addBindValue(dateOrNull(d.expectedClose));
    q.addBindValue(d.probability < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(d.probability));
    q.addBindValue(TextCheck::notNull(d.source.trimmed()));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery h(db);
    h.prepare(
        QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, actor, via) "
                       "VALUES (?, NULL, ?, ?, ?, 'user')"));
    h.addBindValue(id);
    h.addBindValue(d.stageId);
    h.addBindValue(now);
    h.addBindValue(m_actor);
    if (!h.exec())
        return sqlError(h);
    if (Status s = notify(db, QStringLiteral("deal.created"), id,
                          {{QStringLiteral("title"), d.title.trimmed()},
                           {QStringLiteral("pipeline_id"), d.pipelineId},
                           {QStringLiteral("stage_id"), d.stageId},
                           {QStringLiteral("owner"), d.owner}});
        !s) {
        return s.error();
    }
    if (!custom.isEmpty()) {
        if (Status s = CustomFieldService::writeValues(db, kEntity, id, custom); !s)
            return s.error();
    }
    if (!items.isEmpty()) {
        if (Status s = writeItemsIn(db, id, items); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Result<Deal> DealService::get(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db); // the acting user may be created on first use
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    Result<Deal> d = readIn(db, id, *user);
    if (Status s = tx.commit(); !s)
        return s.error();
    return d;
}

Result<Deal> DealService::getInTrash(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    Result<Deal> d = readIn(db, id, *user, true);
    if (Status s = tx.commit(); !s)
        return s.error();
    return d;
}

Status DealService::update(const Deal &d, const QVariantMap &custom)
{
    if (StoreError e = check(d); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    Result<Deal> old = readIn(db, d.id, *user);
    if (!old)
        return old.error();
    if (Status s = updateIn(db, *user, *old, d, custom); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {d.id});
    return okStatus();
}

Status DealService::updateIn(QSqlDatabase &db, const User &user, const Deal &old, const Deal &d,
                             const QVariantMap &custom)
{
    const QString owner = d.owner.isEmpty() ? old.owner : d.owner;
    if (!user.seesAllDeals() && owner != old.owner) // a shared deal keeps its owner
        return StoreError::make(StoreError::Code::Denied,
                                tr("A sales manager cannot give a deal away; a director can."));
    if (owner != old.owner) {
        QSqlQuery known(db);
        known.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ? AND active = 1"));
        known.addBindValue(owner);
        if (!known.exec())
            return sqlError(known);
        if (!known.next())
            return StoreError::invalid(tr("The owner “%1” is not an active user.").arg(owner));
    }
    qint64 lostReasonId = old.lostReasonId;
    if (d.lostReasonId > 0 && d.lostReasonId != old.lostReasonId) {
        Result<Stage> stage = PipelineService::stageIn(db, old.stageId);
        if (!stage)
            return stage.error();
        if (stage->kind != Stage::Kind::Lost)
            return StoreError::invalid(tr("Only a lost deal has a lost reason."));
        QSqlQuery reason(db);
        reason.prepare(QStringLiteral("SELECT 1 FROM lost_reason WHERE id = ? AND active = 1"));
        reason.addBindValue(d.lostReasonId);
        if (!reason.exec())
            return sqlError(reason);
        if (!reason.next())
            return StoreError::invalid(tr("The lost reason is not one of the active reasons."));
        lostReasonId = d.lostReasonId;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deal SET title = ?, amount_minor = CASE WHEN ? THEN amount_minor ELSE ? END, currency = ?, "
        "amount_from_items = ?, contact_id = ?, company_id = ?, owner = ?, expected_close = ?, probability = "
        "?, "
        "source = ?, lost_reason_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.amountFromItems ? 1 : 0);
    q.addBindValue(d.amountMinor);
    q.addBindValue(d.currency.isEmpty() ? old.currency : d.currency.toUpper());
    q.addBindValue(d.amountFromItems ? 1 : 0);
    q.addBindValue(idOrNull(d.contactId));
    q.addBindValue(idOrNull(d.companyId));
    q.addBindValue(owner);
    q.addBindValue(dateOrNull(d.expectedClose));
    q.addBindValue(d.probability < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(d.probability));
    q.addBindValue(TextCheck::notNull(d.source.trimmed()));
    q.addBindValue(idOrNull(lostReasonId));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(d.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("787")) // SQLITE_CONSTRAINT_FOREIGNKEY
            return StoreError::invalid(tr("The contact or company of the deal no longer exists."));
        return sqlError(q);
    }
    if (d.amountFromItems && !old.amountFromItems) {
        // From now on the amount is the sum of the line items.
        QSqlQuery sum(db);
        sum.prepare(QStringLiteral("UPDATE deal SET amount_minor = (SELECT coalesce(sum(total_minor), 0) "
                                   "FROM deal_line_item WHERE deal_id = ?) WHERE id = ?"));
        sum.addBindValue(d.id);
        sum.addBindValue(d.id);
        if (!sum.exec())
            return sqlError(sum);
    }
    if (Status s = CustomFieldService::writeValues(db, kEntity, d.id, custom); !s)
        return s;
    QJsonObject payload{{QStringLiteral("title"), d.title.trimmed()}, {QStringLiteral("owner"), owner}};
    if (!custom.isEmpty())
        payload.insert(QStringLiteral("custom"), QJsonArray::fromStringList(custom.keys()));
    return notify(db, QStringLiteral("deal.updated"), d.id, payload);
}

Result<QVariantMap> DealService::customValues(qint64 dealId)
{
    if (Result<Deal> d = get(dealId); !d)
        return d.error();
    QSqlDatabase db = m_db->connection();
    return CustomFieldService::readValues(db, kEntity, dealId);
}

Status DealService::save(const Edit &edit)
{
    const Deal &d = edit.deal;
    if (StoreError e = check(d); e.isError())
        return e;
    QList<LineItem> items = edit.items;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    Result<Deal> old = readIn(db, d.id, *user);
    if (!old)
        return old.error();
    Deal current = *old;
    if (d.stageId > 0 && d.stageId != old->stageId) {
        Result<Stage> stage = PipelineService::stageIn(db, d.stageId);
        if (!stage)
            return stage.error();
        if (stage->pipelineId != old->pipelineId && stage->kind != Stage::Kind::Open)
            return StoreError::invalid(tr("A deal enters another pipeline in one of its open stages."));
        if (Status s = moveIn(db, *old, *stage, StageChangeVia::User, d.lostReasonId); !s)
            return s;
        current.stageId = stage->id;
        current.pipelineId = stage->pipelineId;
        current.lostReasonId = stage->kind == Stage::Kind::Lost ? d.lostReasonId : 0;
    }
    Deal fields = d;
    if (current.stageId != old->stageId)
        fields.lostReasonId = 0; // set by the move
    if (Status s = updateIn(db, *user, current, fields, edit.custom); !s)
        return s;
    if (edit.itemsChanged) {
        if (Status s = writeItemsIn(db, d.id, edit.items); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {d.id});
    return okStatus();
}

Status DealService::moveToStage(qint64 dealId, qint64 stageId, StageChangeVia via, qint64 lostReasonId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    User user;
    if (via == StageChangeVia::User) {
        Result<User> acting = this->acting(db);
        if (!acting)
            return acting.error();
        user = *acting;
    } else {
        user.login = m_actor;
        user.role = User::Role::Administrator;
    }
    Result<Deal> deal = readIn(db, dealId, user);
    if (!deal)
        return deal.error();
    Result<Stage> stage = PipelineService::stageIn(db, stageId);
    if (!stage)
        return stage.error();
    if (stage->pipelineId != deal->pipelineId)
        return StoreError::invalid(tr("The stage “%1” is not in the deal's pipeline.").arg(stage->name));
    if (stage->id == deal->stageId)
        return okStatus();
    if (Status s = moveIn(db, *deal, *stage, via, lostReasonId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {dealId});
    return okStatus();
}

Status DealService::moveToPipeline(qint64 dealId, qint64 stageId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    Result<Deal> deal = readIn(db, dealId, *user);
    if (!deal)
        return deal.error();
    Result<Stage> stage = PipelineService::stageIn(db, stageId);
    if (!stage)
        return stage.error();
    if (stage->id == deal->stageId)
        return okStatus();
    if (stage->pipelineId != deal->pipelineId && stage->kind != Stage::Kind::Open)
        return StoreError::invalid(tr("A deal enters another pipeline in one of its open stages."));
    if (Status s = moveIn(db, *deal, *stage, StageChangeVia::User, 0); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {dealId});
    return okStatus();
}

Status DealService::moveIn(QSqlDatabase &db, const Deal &deal, const Stage &stage, StageChangeVia via,
                           qint64 lostReasonId)
{
    if (stage.kind == Stage::Kind::Lost) {
        QSqlQuery reason(db);
        reason.prepare(QStringLiteral("SELECT 1 FROM lost_reason WHERE id = ? AND active = 1"));
        reason.addBindValue(lostReasonId);
        if (!reason.exec())
            return sqlError(reason);
        if (!reason.next())
            return StoreError::invalid(tr("A lost deal needs the reason it was lost."));
    }
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deal SET pipeline_id = ?, stage_id = ?, lost_reason_id = ?, stage_entered_at = ?, "
        "closed_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(stage.pipelineId);
    q.addBindValue(stage.id);
    q.addBindValue(idOrNull(stage.kind == Stage::Kind::Lost ? lostReasonId : 0));
    q.addBindValue(now);
    q.addBindValue(stage.kind == Stage::Kind::Open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(now));
    q.addBindValue(now);
    q.addBindValue(deal.id);
    if (!q.exec())
        return sqlError(q);
    QSqlQuery h(db);
    h.prepare(
        QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, actor, via) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    h.addBindValue(deal.id);
    h.addBindValue(deal.stageId);
    h.addBindValue(stage.id);
    h.addBindValue(now);
    h.addBindValue(m_actor);
    h.addBindValue(viaName(via));
    if (!h.exec())
        return sqlError(h);
    QJsonObject payload{{QStringLiteral("from_stage_id"), deal.stageId},
                        {QStringLiteral("to_stage_id"), stage.id},
                        {QStringLiteral("via"), viaName(via)}};
    if (stage.pipelineId != deal.pipelineId) {
        payload.insert(QStringLiteral("from_pipeline_id"), deal.pipelineId);
        payload.insert(QStringLiteral("to_pipeline_id"), stage.pipelineId);
    }
    if (stage.kind == Stage::Kind::Lost)
        payload.insert(QStringLiteral("lost_reason_id"), lostReasonId);
    return notify(db, QStringLiteral("deal.stage_changed"), deal.id, payload);
}

Result<QList<StageChange>> DealService::history(qint64 dealId)
{
    if (Result<Deal> d = get(dealId); !d)
        return d.error();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, from_stage_id, to_stage_id, at, actor, via FROM deal_stage_history "
                             "WHERE deal_id = ? ORDER BY id"));
    q.addBindValue(dealId);
    if (!q.exec())
        return sqlError(q);
    QList<StageChange> changes;
    while (q.next()) {
        StageChange c;
        c.id = q.value(0).toLongLong();
        c.dealId = dealId;
        c.fromStageId = q.value(1).toLongLong();
        c.toStageId = q.value(2).toLongLong();
        c.at = Timestamps::fromText(q.value(3).toString());
        c.actor = q.value(4).toString();
        const QString via = q.value(5).toString();
        c.via = via == QLatin1String("robot")    ? StageChangeVia::Robot
                : via == QLatin1String("import") ? StageChangeVia::Import
                                                 : StageChangeVia::User;
        changes.append(c);
    }
    return changes;
}

Result<QList<LineItem>> DealService::lineItems(qint64 dealId)
{
    if (Result<Deal> d = get(dealId); !d)
        return d.error();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT li.id, li.product_id, li.name, li.quantity_milli, li.unit_price_minor, li.discount_bp, "
        "li.total_minor, coalesce(li.unit, p.unit, ''), coalesce(li.tax_bp, p.tax_bp, 0) "
        "FROM deal_line_item li LEFT JOIN product p ON p.id = li.product_id "
        "WHERE li.deal_id = ? ORDER BY li.position, li.id"));
    q.addBindValue(dealId);
    if (!q.exec())
        return sqlError(q);
    QList<LineItem> items;
    while (q.next()) {
        items.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt(),
                      q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toInt()});
    }
    return items;
}

Status DealService::setLineItems(qint64 dealId, const QList<LineItem> &items)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    Result<Deal> deal = readIn(db, dealId, *user);
    if (!deal)
        return deal.error();
    if (Status s = writeItemsIn(db, dealId, items); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {dealId});
    return okStatus();
}

namespace {

// The total of an item, or why it has none; names the item by its row (1-based) when it has no name.
StoreError computeTotal(LineItem *item, int row)
{
    if (item->name.trimmed().isEmpty())
        return StoreError::invalid(DealService::tr("The line item %1 needs a name.").arg(row));
    if (const QString p = TextCheck::problem(DealService::tr("The line item name"), item->name, 300);
        !p.isEmpty())
        return StoreError::invalid(p);
    if (const QString p = TextCheck::problem(DealService::tr("The unit"), item->unit, 30); !p.isEmpty())
        return StoreError::invalid(p);
    if (item->taxBp < 0 || item->taxBp > 10000)
        return StoreError::invalid(
            DealService::tr("The tax rate of “%1” is between 0 and 100 %.").arg(item->name.trimmed()));
    if (item->unitPriceMinor < 0)
        return StoreError::invalid(
            DealService::tr("The unit price of “%1” cannot be negative.").arg(item->name.trimmed()));
    const std::optional<qint64> total =
        LineItemMath::total(item->quantityMilli, item->unitPriceMinor, item->discountBp);
    if (!total)
        return StoreError::invalid(DealService::tr("The line item “%1” needs a quantity above 0, a discount "
                                                   "between 0 and 100 % and a total that fits.")
                                       .arg(item->name.trimmed()));
    item->totalMinor = *total;
    return {};
}

} // namespace

Status DealService::writeItemsIn(QSqlDatabase &db, qint64 dealId, QList<LineItem> items)
{
    qint64 sum = 0;
    for (int i = 0; i < items.size(); ++i) {
        if (StoreError e = computeTotal(&items[i], i + 1); e.isError())
            return e;
        if (__builtin_add_overflow(sum, items.at(i).totalMinor, &sum))
            return StoreError::invalid(tr("The line items add up to more than can be stored."));
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM deal_line_item WHERE deal_id = ?"));
    del.addBindValue(dealId);
    if (!del.exec())
        return sqlError(del);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO deal_line_item (deal_id, product_id, name, quantity_milli, "
                               "unit_price_minor, discount_bp, total_minor, position, unit, tax_bp) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < items.size(); ++i) {
        const LineItem &item = items.at(i);
        ins.addBindValue(dealId);
        ins.addBindValue(idOrNull(item.productId));
        ins.addBindValue(item.name.trimmed());
        ins.addBindValue(item.quantityMilli);
        ins.addBindValue(item.unitPriceMinor);
        ins.addBindValue(item.discountBp);
        ins.addBindValue(item.totalMinor);
        ins.addBindValue(i);
        ins.addBindValue(TextCheck::notNull(item.unit.trimmed()));
        ins.addBindValue(item.taxBp);
        if (!ins.exec())
            return sqlError(ins);
    }
    return itemsChangedIn(
        db, dealId,
        {{QStringLiteral("line_items"), int(items.size())}, {QStringLiteral("line_items_total_minor"), sum}});
}

Status DealService::itemsChangedIn(QSqlDatabase &db, qint64 dealId, const QJsonObject &payload)
{
    // The sum is read back with the overflow check in C++: SQLite's sum() fails on overflow.
    QSqlQuery totals(db);
    totals.prepare(QStringLiteral("SELECT total_minor FROM deal_line_item WHERE deal_id = ?"));
    totals.addBindValue(dealId);
    if (!totals.exec())
        return sqlError(totals);
    qint64 sum = 0;
    while (totals.next()) {
        if (__builtin_add_overflow(sum, totals.value(0).toLongLong(), &sum))
            return StoreError::invalid(tr("The line items add up to more than can be stored."));
    }
    QSqlQuery upd(db);
    upd.prepare(
        QStringLiteral("UPDATE deal SET amount_minor = CASE WHEN amount_from_items THEN ? ELSE amount_minor "
                       "END, updated_at = ? WHERE id = ?"));
    upd.addBindValue(sum);
    upd.addBindValue(Timestamps::nowText());
    upd.addBindValue(dealId);
    if (!upd.exec())
        return sqlError(upd);
    QJsonObject event = payload;
    event.insert(QStringLiteral("line_items_total_minor"), sum);
    return notify(db, QStringLiteral("deal.updated"), dealId, event);
}

Result<qint64> DealService::addLineItem(qint64 dealId, const LineItem &in)
{
    LineItem item = in;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    if (Result<Deal> deal = readIn(db, dealId, *user); !deal)
        return deal.error();
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*), coalesce(max(position), -1) + 1 FROM deal_line_item "
                                 "WHERE deal_id = ?"));
    count.addBindValue(dealId);
    if (!count.exec() || !count.next())
        return sqlError(count);
    if (StoreError e = computeTotal(&item, count.value(0).toInt() + 1); e.isError())
        return e;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO deal_line_item (deal_id, product_id, name, quantity_milli, "
                               "unit_price_minor, discount_bp, total_minor, position, unit, tax_bp) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(dealId);
    ins.addBindValue(idOrNull(item.productId));
    ins.addBindValue(item.name.trimmed());
    ins.addBindValue(item.quantityMilli);
    ins.addBindValue(item.unitPriceMinor);
    ins.addBindValue(item.discountBp);
    ins.addBindValue(item.totalMinor);
    ins.addBindValue(count.value(1).toInt());
    ins.addBindValue(TextCheck::notNull(item.unit.trimmed()));
    ins.addBindValue(item.taxBp);
    if (!ins.exec())
        return sqlError(ins);
    const qint64 id = ins.lastInsertId().toLongLong();
    if (Status s = itemsChangedIn(db, dealId, {{QStringLiteral("line_item_added"), id}}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {dealId});
    return id;
}

Status DealService::updateLineItem(qint64 dealId, const LineItem &in)
{
    LineItem item = in;
    if (StoreError e = computeTotal(&item, 1); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    if (Result<Deal> deal = readIn(db, dealId, *user); !deal)
        return deal.error();
    QSqlQuery upd(db);
    upd.prepare(QStringLiteral("UPDATE deal_line_item SET product_id = ?, name = ?, quantity_milli = ?, "
                               "unit_price_minor = ?, discount_bp = ?, total_minor = ?, unit = ?, tax_bp = ? "
                               "WHERE id = ? AND deal_id = ?"));
    upd.addBindValue(idOrNull(item.productId));
    upd.addBindValue(item.name.trimmed());
    upd.addBindValue(item.quantityMilli);
    upd.addBindValue(item.unitPriceMinor);
    upd.addBindValue(item.discountBp);
    upd.addBindValue(item.totalMinor);
    upd.addBindValue(TextCheck::notNull(item.unit.trimmed()));
    upd.addBindValue(item.taxBp);
    upd.addBindValue(item.id);
    upd.addBindValue(dealId);
    if (!upd.exec())
        return sqlError(upd);
    if (upd.numRowsAffected() == 0)
        return StoreError::notFound(tr("The deal %1 has no line item %2.").arg(dealId).arg(item.id));
    if (Status s = itemsChangedIn(db, dealId, {{QStringLiteral("line_item_updated"), item.id}}); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {dealId});
    return okStatus();
}

Status DealService::removeLineItem(qint64 dealId, qint64 itemId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    if (Result<Deal> deal = readIn(db, dealId, *user); !deal)
        return deal.error();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM deal_line_item WHERE id = ? AND deal_id = ?"));
    del.addBindValue(itemId);
    del.addBindValue(dealId);
    if (!del.exec())
        return sqlError(del);
    if (del.numRowsAffected() == 0)
        return StoreError::notFound(tr("The deal %1 has no line item %2.").arg(dealId).arg(itemId));
    if (Status s = itemsChangedIn(db, dealId, {{QStringLiteral("line_item_removed"), itemId}}); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {dealId});
    return okStatus();
}

Result<QString> DealService::visibleWhere(QSqlDatabase &db, const DealFilter &filter, QVariantList *binds)
{
    Transaction tx(db); // the acting user may be created on first use
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    // The trash as a list of ids read from its own small index (deal_in_trash): written as a plain
    // condition, pages ordered by id walked the whole table (1.2 s at a million deals, 0.01 s so).
    QString where = filter.trash
                        ? QStringLiteral("d.id IN (SELECT id FROM deal WHERE deleted_at IS NOT NULL)")
                        : QStringLiteral("d.deleted_at IS NULL");
    if (filter.pipelineId > 0) {
        where += QStringLiteral(" AND d.pipeline_id = ?");
        binds->append(filter.pipelineId);
    }
    if (filter.stageId > 0) {
        where += QStringLiteral(" AND d.stage_id = ?");
        binds->append(filter.stageId);
    }
    if (!filter.owner.isEmpty()) {
        where += QStringLiteral(" AND d.owner = ?");
        binds->append(filter.owner);
    }
    if (DealSearchHits::matchesNothing(filter.search)) {
        where += QStringLiteral(" AND 0");
    } else if (!filter.search.trimmed().isEmpty()) {
        // Every word starts a word of the title, or of the contact's name, company or e-mail (the contact
        // list's full-text search); found once per search into a temporary table.
        const Result<QString> hits = DealSearchHits::tableFor(db, filter.search);
        if (!hits)
            return hits.error();
        where += QStringLiteral(" AND d.id IN (SELECT id FROM %1)").arg(*hits);
    }
    restrictTo(db, *user, &where, binds);
    return where;
}

Result<DealService::BoardSql> DealService::boardSql(QSqlDatabase &db, const DealFilter &filter)
{
    BoardSql sql;
    if (filter.search.trimmed().isEmpty() || DealSearchHits::matchesNothing(filter.search)) {
        const Result<QString> where = visibleWhere(db, filter, &sql.binds);
        if (!where)
            return where.error();
        sql.from = sql.keysFrom = QStringLiteral("deal d");
        sql.where = *where;
        return sql;
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = acting(db);
    if (!user)
        return user.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    const Result<QString> hits = DealSearchHits::tableFor(db, filter.search);
    if (!hits)
        return hits.error();
    // The matches are live deals with their pipeline, stage, amount and owner as they are now (the table
    // is made again after any write), so the conditions read them alone. CROSS JOIN: SQLite keeps the
    // matches as the outer loop, in the order of their board index.
    sql.keys = QStringLiteral("k");
    sql.keysFrom = QStringLiteral("%1 k").arg(*hits);
    sql.from = QStringLiteral("%1 k CROSS JOIN deal d ON d.id = k.id").arg(*hits);
    sql.where = QStringLiteral("1");
    if (filter.pipelineId > 0) {
        sql.where += QStringLiteral(" AND k.pipeline_id = ?");
        sql.binds.append(filter.pipelineId);
    }
    if (filter.stageId > 0) {
        sql.where += QStringLiteral(" AND k.stage_id = ?");
        sql.binds.append(filter.stageId);
    }
    if (!filter.owner.isEmpty()) {
        sql.where += QStringLiteral(" AND k.owner = ?");
        sql.binds.append(filter.owner);
    }
    restrictTo(db, *user, &sql.where, &sql.binds, sql.keys);
    return sql;
}

Result<qint64> DealService::count(const DealFilter &filter)
{
    QSqlDatabase db = m_db->connection();
    QVariantList binds;
    const Result<QString> where = visibleWhere(db, filter, &binds);
    if (!where)
        return where.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM deal d WHERE ") + *where);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<QList<DealSummary>> DealService::list(const DealFilter &filter, int limit)
{
    QSqlDatabase db = m_db->connection();
    QVariantList binds;
    const Result<QString> where = visibleWhere(db, filter, &binds);
    if (!where)
        return where.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "SELECT d.id, d.title, p.name, s.name, d.amount_minor, d.currency, d.owner FROM deal d "
                  "JOIN pipeline p ON p.id = d.pipeline_id JOIN stage s ON s.id = d.stage_id WHERE ") +
              *where + QStringLiteral(" ORDER BY d.id LIMIT ?"));
    binds.append(limit);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q);
    QList<DealSummary> rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                     q.value(6).toString()});
    }
    return rows;
}

RecordTrash DealService::trash() const
{
    RecordTrash::Steps steps;
    const QString actor = m_actor;
    steps.access = [actor](QSqlDatabase &db, qint64 id) -> Status {
        Result<User> user = UserService::actingIn(db, actor);
        if (!user)
            return user.error();
        if (user->seesAllDeals())
            return okStatus();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT owner, EXISTS (SELECT 1 FROM record_share WHERE entity = 'deal' AND "
                                 "record_id = deal.id AND login = ?) FROM deal WHERE id = ?"));
        q.addBindValue(user->login);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        if (!q.next() || q.value(0).toString() == user->login || q.value(1).toBool())
            return okStatus(); // nothing to change, or his to change
        return StoreError::make(
            StoreError::Code::Denied,
            tr("The deal %1 belongs to “%2”; a sales manager moves to the trash, restores and deletes only "
               "their own deals and those shared with them.")
                .arg(id)
                .arg(q.value(0).toString()));
    };
    // Its tasks and calls leave every list with it; the mark tells them from those deleted by themselves.
    steps.afterTrash = [](QSqlDatabase &db, qint64 id) -> Status {
        const QString now = Timestamps::nowText();
        QSqlQuery tasks(db);
        tasks.prepare(QStringLiteral("UPDATE task SET deleted_at = ?, updated_at = ?, trashed_with_deal = 1 "
                                     "WHERE deal_id = ? AND deleted_at IS NULL"));
        tasks.addBindValue(now);
        tasks.addBindValue(now);
        tasks.addBindValue(id);
        if (!tasks.exec())
            return sqlError(tasks);
        QSqlQuery calls(db);
        calls.prepare(QStringLiteral("UPDATE call SET deleted_at = ?, trashed_with_deal = 1 "
                                     "WHERE deal_id = ? AND deleted_at IS NULL"));
        calls.addBindValue(now);
        calls.addBindValue(id);
        return calls.exec() ? okStatus() : Status(sqlError(calls));
    };
    steps.afterRestore = [](QSqlDatabase &db, qint64 id) -> Status {
        QSqlQuery tasks(db);
        tasks.prepare(
            QStringLiteral("UPDATE task SET deleted_at = NULL, updated_at = ?, trashed_with_deal = 0 "
                           "WHERE deal_id = ? AND trashed_with_deal = 1"));
        tasks.addBindValue(Timestamps::nowText());
        tasks.addBindValue(id);
        if (!tasks.exec())
            return sqlError(tasks);
        QSqlQuery calls(db);
        calls.prepare(QStringLiteral("UPDATE call SET deleted_at = NULL, trashed_with_deal = 0 "
                                     "WHERE deal_id = ? AND trashed_with_deal = 1"));
        calls.addBindValue(id);
        return calls.exec() ? okStatus() : Status(sqlError(calls));
    };
    // Tasks, line items and the stage history go by the foreign keys' cascade, notes, shares and custom
    // values by the trigger deal_purge_related; calls would only lose their deal, so they go here.
    steps.beforePurge = [](QSqlDatabase &db, qint64 id) -> Status {
        QSqlQuery calls(db);
        calls.prepare(QStringLiteral("DELETE FROM call WHERE deal_id = ? AND trashed_with_deal = 1"));
        calls.addBindValue(id);
        return calls.exec() ? okStatus() : Status(sqlError(calls));
    };
    return RecordTrash(m_db, kEntity, m_actor, steps);
}

Status DealService::trashNotified(const Status &status) const
{
    if (status) {
        // Lists of tasks and timelines show what went or came back with the deals.
        emit m_db->notifier()->changed(QStringLiteral("task"), {});
        emit m_db->notifier()->changed(QStringLiteral("call"), {});
    }
    return status;
}

Status DealService::moveToTrash(const QList<qint64> &ids)
{
    return trashNotified(trash().moveToTrash(ids));
}

Status DealService::restore(const QList<qint64> &ids)
{
    return trashNotified(trash().restore(ids));
}

Status DealService::purge(const QList<qint64> &ids)
{
    return trashNotified(trash().purge(ids));
}
