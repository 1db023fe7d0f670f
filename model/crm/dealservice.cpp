#include "dealservice.h"

#include "lineitemmath.h"
#include "pipelineservice.h"
#include "store/eventlog.h"
#include "store/money.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"
#include "userservice.h"

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

// Appends the owner restriction of a sales manager to a WHERE clause.
void restrictTo(const User &user, QString *where, QVariantList *binds)
{
    if (user.seesAllDeals())
        return;
    *where += QStringLiteral(" AND d.owner = ?");
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
    if (d.title.trimmed().isEmpty())
        return StoreError::invalid(tr("A deal needs a title."));
    if (const QString p = TextCheck::problem(tr("The title"), d.title); !p.isEmpty())
        return StoreError::invalid(p);
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

Result<Deal> DealService::readIn(QSqlDatabase &db, qint64 id, const User &user) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, title, pipeline_id, stage_id, amount_minor, currency, amount_from_items, contact_id, "
        "company_id, owner, expected_close, probability, source, lost_reason_id, stage_entered_at, "
        "closed_at, "
        "created_at, updated_at FROM deal WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no deal with the id %1.").arg(id));
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
    if (!user.seesAllDeals() && d.owner != user.login) {
        return StoreError::make(
            StoreError::Code::Denied,
            tr("The deal %1 belongs to “%2”; a sales manager sees and changes only their own "
               "deals.")
                .arg(id)
                .arg(d.owner));
    }
    return d;
}

Result<qint64> DealService::create(const Deal &in)
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

Status DealService::update(const Deal &d)
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
    const QString owner = d.owner.isEmpty() ? old->owner : d.owner;
    if (!user->seesAllDeals() && owner != user->login)
        return StoreError::make(StoreError::Code::Denied,
                                tr("A sales manager cannot give a deal away; a director can."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deal SET title = ?, amount_minor = CASE WHEN ? THEN amount_minor ELSE ? END, currency = ?, "
        "amount_from_items = ?, contact_id = ?, company_id = ?, owner = ?, expected_close = ?, probability = "
        "?, "
        "source = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.amountFromItems ? 1 : 0);
    q.addBindValue(d.amountMinor);
    q.addBindValue(d.currency.isEmpty() ? old->currency : d.currency.toUpper());
    q.addBindValue(d.amountFromItems ? 1 : 0);
    q.addBindValue(idOrNull(d.contactId));
    q.addBindValue(idOrNull(d.companyId));
    q.addBindValue(owner);
    q.addBindValue(dateOrNull(d.expectedClose));
    q.addBindValue(d.probability < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(d.probability));
    q.addBindValue(TextCheck::notNull(d.source.trimmed()));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(d.id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = notify(db, QStringLiteral("deal.updated"), d.id,
                          {{QStringLiteral("title"), d.title.trimmed()}, {QStringLiteral("owner"), owner}});
        !s) {
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
    if (stage->kind == Stage::Kind::Lost) {
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
        "UPDATE deal SET stage_id = ?, lost_reason_id = ?, stage_entered_at = ?, closed_at = ?, "
        "updated_at = ? WHERE id = ?"));
    q.addBindValue(stageId);
    q.addBindValue(idOrNull(stage->kind == Stage::Kind::Lost ? lostReasonId : 0));
    q.addBindValue(now);
    q.addBindValue(stage->kind == Stage::Kind::Open ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(now));
    q.addBindValue(now);
    q.addBindValue(dealId);
    if (!q.exec())
        return sqlError(q);
    QSqlQuery h(db);
    h.prepare(
        QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, actor, via) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    h.addBindValue(dealId);
    h.addBindValue(deal->stageId);
    h.addBindValue(stageId);
    h.addBindValue(now);
    h.addBindValue(m_actor);
    h.addBindValue(viaName(via));
    if (!h.exec())
        return sqlError(h);
    QJsonObject payload{{QStringLiteral("from_stage_id"), deal->stageId},
                        {QStringLiteral("to_stage_id"), stageId},
                        {QStringLiteral("via"), viaName(via)}};
    if (stage->kind == Stage::Kind::Lost)
        payload.insert(QStringLiteral("lost_reason_id"), lostReasonId);
    if (Status s = notify(db, QStringLiteral("deal.stage_changed"), dealId, payload); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {dealId});
    return okStatus();
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
        "SELECT id, product_id, name, quantity_milli, unit_price_minor, discount_bp, total_minor "
        "FROM deal_line_item WHERE deal_id = ? ORDER BY position, id"));
    q.addBindValue(dealId);
    if (!q.exec())
        return sqlError(q);
    QList<LineItem> items;
    while (q.next()) {
        items.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt(),
                      q.value(6).toLongLong()});
    }
    return items;
}

Status DealService::setLineItems(qint64 dealId, const QList<LineItem> &itemsIn)
{
    QList<LineItem> items = itemsIn;
    qint64 sum = 0;
    for (LineItem &item : items) {
        if (item.name.trimmed().isEmpty())
            return StoreError::invalid(tr("A line item needs a name."));
        const std::optional<qint64> total =
            LineItemMath::total(item.quantityMilli, item.unitPriceMinor, item.discountBp);
        if (!total)
            return StoreError::invalid(tr("The line item “%1” needs a quantity above 0, a discount between 0 "
                                          "and 100 % and a total that "
                                          "fits.")
                                           .arg(item.name));
        item.totalMinor = *total;
        if (__builtin_add_overflow(sum, *total, &sum))
            return StoreError::invalid(tr("The line items add up to more than can be stored."));
    }
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
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM deal_line_item WHERE deal_id = ?"));
    del.addBindValue(dealId);
    if (!del.exec())
        return sqlError(del);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO deal_line_item (deal_id, product_id, name, quantity_milli, "
                               "unit_price_minor, discount_bp, "
                               "total_minor, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
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
        if (!ins.exec())
            return sqlError(ins);
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
    if (Status s = notify(db, QStringLiteral("deal.updated"), dealId,
                          {{QStringLiteral("line_items"), int(items.size())},
                           {QStringLiteral("line_items_total_minor"), sum}});
        !s) {
        return s;
    }
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
    QString where = QStringLiteral("d.deleted_at IS NULL");
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
    if (!filter.search.trimmed().isEmpty()) {
        QString pattern = filter.search.trimmed();
        pattern.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        where += QStringLiteral(" AND d.title LIKE ? ESCAPE '\\'");
        binds->append(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    }
    restrictTo(*user, &where, binds);
    return where;
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
