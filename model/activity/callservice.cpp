#include "callservice.h"

#include "recordaccess.h"
#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("call");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            CallService::tr("Reading or saving the call failed; nothing was changed."),
                            q.lastError().text());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kSelect = QStringLiteral("SELECT id, direction, outcome, phone, normalized, contact_id, "
                                       "company_id, deal_id, user_login, started_at, "
                                       "duration_s, notes, created_at FROM call ");

Call callFrom(const QSqlQuery &q)
{
    Call c;
    c.id = q.value(0).toLongLong();
    c.direction = q.value(1).toString() == QLatin1String("out") ? Call::Direction::Out : Call::Direction::In;
    c.outcome =
        q.value(2).toString() == QLatin1String("missed") ? Call::Outcome::Missed : Call::Outcome::Answered;
    c.phone = q.value(3).toString();
    c.normalized = q.value(4).toString();
    c.contactId = q.value(5).toLongLong();
    c.companyId = q.value(6).toLongLong();
    c.dealId = q.value(7).toLongLong();
    c.userLogin = q.value(8).toString();
    c.startedAt = Timestamps::fromText(q.value(9).toString());
    c.durationS = q.value(10).toInt();
    c.notes = q.value(11).toString();
    c.createdAt = Timestamps::fromText(q.value(12).toString());
    return c;
}

// The contact (and its company) whose phone has these national digits, visible to the user.
Result<std::pair<qint64, qint64>> matchIn(QSqlDatabase &db, const User &user, const QString &key)
{
    if (key.isEmpty())
        return std::pair<qint64, qint64>(0, 0);
    QVariantList binds{key};
    const QString visible =
        RecordAccess::visibleCondition(user, QStringLiteral("contact"), QStringLiteral("c"), &binds);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.company_id FROM contact_channel ch JOIN contact c ON c.id = "
                             "ch.contact_id WHERE ch.digits_rev = ? AND c.deleted_at IS NULL AND ") +
              visible + QStringLiteral(" ORDER BY c.id LIMIT 1"));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return std::pair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
    // No contact: a company's switchboard number.
    QVariantList companyBinds{key};
    const QString companyVisible =
        RecordAccess::visibleCondition(user, QStringLiteral("company"), QStringLiteral("co"), &companyBinds);
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT co.id FROM company_channel ch JOIN company co ON co.id = ch.company_id "
                             "WHERE ch.digits_rev = ? AND co.deleted_at IS NULL AND ") +
              companyVisible + QStringLiteral(" ORDER BY co.id LIMIT 1"));
    for (const QVariant &b : std::as_const(companyBinds))
        c.addBindValue(b);
    if (!c.exec())
        return sqlError(c);
    if (c.next())
        return std::pair<qint64, qint64>(0, c.value(0).toLongLong());
    return std::pair<qint64, qint64>(0, 0);
}

} // namespace

CallService::CallService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_phones(m_db->setting(QStringLiteral("phone.default_region"), PhoneNumbers::defaultRegionFromLocale()))
{}

Result<qint64> CallService::matchContact(const QString &phone)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    const Result<std::pair<qint64, qint64>> m = matchIn(db, *user, m_phones.indexKey(phone));
    if (!m)
        return m.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m->first;
}

Result<qint64> CallService::record(const Call &in)
{
    Call c = in;
    c.phone = c.phone.trimmed();
    if (c.phone.isEmpty() && c.contactId <= 0 && c.companyId <= 0)
        return StoreError::invalid(tr("A call needs a phone number or the contact or company it was with."));
    if (const QString p = TextCheck::problem(tr("The phone number"), c.phone, 100); !p.isEmpty())
        return StoreError::invalid(p);
    if (!c.phone.isEmpty() && PhoneNumbers::digitsOf(c.phone).isEmpty())
        return StoreError::invalid(tr("“%1” is not a phone number: it has no digits.").arg(c.phone));
    if (const QString p = TextCheck::problem(tr("The call's notes"), c.notes, 20000, true); !p.isEmpty())
        return StoreError::invalid(p);
    if (c.durationS < 0)
        return StoreError::invalid(tr("A call cannot last less than 0 seconds (%1 given).").arg(c.durationS));
    if (c.outcome == Call::Outcome::Missed && c.durationS > 0)
        return StoreError::invalid(tr("A missed call has no duration (%1 s given).").arg(c.durationS));
    if (!c.startedAt.isValid())
        c.startedAt = Timestamps::now();
    if (c.startedAt > Timestamps::now().addSecs(60))
        return StoreError::invalid(tr("A call cannot start in the future (%1).")
                                       .arg(c.startedAt.toLocalTime().toString(Qt::ISODate)));

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    c.userLogin = c.userLogin.trimmed().isEmpty() ? user->login : c.userLogin.trimmed();
    if (!user->seesAllDeals() && c.userLogin != user->login)
        return StoreError::make(
            StoreError::Code::Denied,
            tr("A sales manager records their own calls, not those of “%1”.").arg(c.userLogin));
    const std::pair<const char *, qint64> related[] = {
        {"deal", c.dealId}, {"contact", c.contactId}, {"company", c.companyId}};
    for (const auto &[entity, id] : related) {
        if (id <= 0)
            continue;
        if (Status s = RecordAccess::check(db, *user, QString::fromLatin1(entity), id); !s)
            return s.error();
    }
    const PhoneNumbers::Parsed parsed = m_phones.parse(c.phone);
    c.normalized = parsed.valid ? parsed.e164 : PhoneNumbers::digitsOf(c.phone);
    bool matched = false;
    if (c.contactId <= 0 && c.companyId <= 0 && !c.phone.isEmpty()) {
        const Result<std::pair<qint64, qint64>> m =
            matchIn(db, *user, PhoneNumbers::reversed(parsed.nationalDigits));
        if (!m)
            return m.error();
        c.contactId = m->first;
        c.companyId = m->second;
        matched = c.contactId > 0 || c.companyId > 0;
    } else if (c.contactId > 0 && c.companyId <= 0) {
        QSqlQuery co(db);
        co.prepare(QStringLiteral("SELECT company_id FROM contact WHERE id = ?"));
        co.addBindValue(c.contactId);
        if (!co.exec())
            return sqlError(co);
        if (co.next())
            c.companyId = co.value(0).toLongLong();
    }
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO call (direction, outcome, phone, normalized, contact_id, company_id, "
                       "deal_id, user_login, started_at, duration_s, notes, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Call::directionName(c.direction));
    q.addBindValue(Call::outcomeName(c.outcome));
    q.addBindValue(TextCheck::notNull(c.phone));
    q.addBindValue(TextCheck::notNull(c.normalized));
    q.addBindValue(idOrNull(c.contactId));
    q.addBindValue(idOrNull(c.companyId));
    q.addBindValue(idOrNull(c.dealId));
    q.addBindValue(c.userLogin);
    q.addBindValue(Timestamps::toText(c.startedAt));
    q.addBindValue(c.durationS);
    q.addBindValue(TextCheck::notNull(c.notes));
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject payload{{QStringLiteral("direction"), Call::directionName(c.direction)},
                        {QStringLiteral("outcome"), Call::outcomeName(c.outcome)},
                        {QStringLiteral("phone"), c.normalized},
                        {QStringLiteral("user"), c.userLogin},
                        {QStringLiteral("duration_s"), c.durationS},
                        {QStringLiteral("matched_by_number"), matched}};
    if (c.contactId > 0)
        payload.insert(QStringLiteral("contact_id"), c.contactId);
    if (c.companyId > 0)
        payload.insert(QStringLiteral("company_id"), c.companyId);
    if (c.dealId > 0)
        payload.insert(QStringLiteral("deal_id"), c.dealId);
    const QString type =
        c.outcome == Call::Outcome::Missed ? QStringLiteral("call.missed") : QStringLiteral("call.recorded");
    if (Status s = EventLog::append(db, type, kEntity, id, m_actor, payload); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Result<Call> CallService::get(qint64 id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no call with the id %1.").arg(id));
    const Call c = callFrom(q);
    if (!user->seesAllDeals() && c.userLogin != user->login) {
        const std::pair<const char *, qint64> related[] = {
            {"deal", c.dealId}, {"contact", c.contactId}, {"company", c.companyId}};
        bool visible = false;
        for (const auto &[entity, rid] : related)
            visible =
                visible || (rid > 0 && RecordAccess::check(db, *user, QString::fromLatin1(entity), rid).ok());
        if (!visible)
            return StoreError::make(
                StoreError::Code::Denied,
                tr("The call %1 was taken by “%2”; a sales manager sees only their own calls "
                   "and those of records they may see.")
                    .arg(id)
                    .arg(c.userLogin));
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<QList<Call>> CallService::forRecord(const QString &entity, qint64 recordId, int limit, int offset)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    if (Status s = RecordAccess::check(db, *user, entity, recordId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(kSelect +
              QStringLiteral("WHERE %1_id = ? AND deleted_at IS NULL ORDER BY started_at DESC, id DESC "
                             "LIMIT ? OFFSET ?")
                  .arg(entity));
    q.addBindValue(recordId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q);
    QList<Call> calls;
    while (q.next())
        calls.append(callFrom(q));
    return calls;
}
