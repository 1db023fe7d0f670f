#include "timeline.h"

#include "crm/usernames.h"
#include "recordaccess.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/displaytime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql, Timeline::tr("Reading the timeline failed."),
                            q.lastError().text());
}

QString duration(int seconds)
{
    if (seconds < 60)
        return Timeline::tr("%1 s").arg(seconds);
    return Timeline::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

QString ActivityFormat::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return DisplayTime::dateTime(utc);
}

QString TimelineEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Note:
        return QStringLiteral("note");
    case Kind::Task:
        return QStringLiteral("task");
    case Kind::Call:
        return QStringLiteral("call");
    case Kind::StageChange:
        return QStringLiteral("stage");
    case Kind::Event:
        return QStringLiteral("event");
    }
    return {};
}

Timeline::Timeline(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

QString Timeline::describeEvent(const QString &type, const QString &payloadJson, const UserNames *names)
{
    const auto person = [names](const QString &login) { return names ? names->of(login) : login; };
    const QJsonObject p = QJsonDocument::fromJson(payloadJson.toUtf8()).object();
    const QString action = type.section(u'.', 1);
    if (action == QLatin1String("created"))
        return tr("Created");
    if (action == QLatin1String("updated")) {
        QStringList fields;
        for (const QJsonValue &v : p.value(QStringLiteral("changed")).toArray())
            fields.append(v.toString());
        if (p.contains(QStringLiteral("line_items")))
            return tr("Line items changed (%1)").arg(p.value(QStringLiteral("line_items")).toInt());
        return fields.isEmpty() ? tr("Changed") : tr("Changed: %1").arg(fields.join(QStringLiteral(", ")));
    }
    if (action == QLatin1String("shared"))
        return tr("Shared with %1").arg(person(p.value(QStringLiteral("login")).toString()));
    if (action == QLatin1String("unshared"))
        return tr("No longer shared with %1").arg(person(p.value(QStringLiteral("login")).toString()));
    if (action == QLatin1String("trashed") || action == QLatin1String("deleted"))
        return tr("Moved to the trash");
    if (action == QLatin1String("restored"))
        return tr("Restored from the trash");
    return type;
}

Result<QList<TimelineEntry>> Timeline::page(const QString &entity, qint64 recordId, int offset, int limit)
{
    if (offset < 0 || limit < 1)
        return StoreError::invalid(
            tr("A timeline page needs an offset of 0 or more and a limit of 1 or more."));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db); // one snapshot for the whole page
    if (!tx.isActive())
        return tx.beginError();
    Result<User> user = RecordAccess::actingIn(db, m_actor);
    if (!user)
        return user.error();
    if (Status s = RecordAccess::check(db, *user, entity, recordId); !s)
        return s.error();
    const int bound = offset + limit;
    QVariantList binds;
    QStringList parts;
    // Columns: kind, id, at, actor, title, detail, state, extra, and the deal (stage changes) or contact
    // (calls) an entry leads to.
    parts << QStringLiteral(
        "SELECT * FROM (SELECT 0 AS kind, id, created_at AS at, author AS actor, '' AS title, "
        "body AS detail, '' AS state, 0 AS extra, 0 AS rel FROM note WHERE entity = ? AND entity_id = ? "
        "AND deleted_at IS NULL ORDER BY created_at DESC LIMIT ?)");
    binds << entity << recordId << bound;
    // The column names come from the checked entity.
    parts << QStringLiteral(
                 "SELECT * FROM (SELECT 1, id, coalesce(completed_at, created_at) AS at, created_by, title, "
                 "description, status, due_at, 0 FROM task WHERE %1_id = ? AND deleted_at IS NULL "
                 "ORDER BY at DESC LIMIT ?)")
                 .arg(entity);
    binds << recordId << bound;
    parts << QStringLiteral(
                 "SELECT * FROM (SELECT 2, id, started_at, user_login, direction, notes, outcome, "
                 "duration_s || ' ' || phone, contact_id FROM call WHERE %1_id = ? AND deleted_at IS NULL "
                 "ORDER BY started_at DESC LIMIT ?)")
                 .arg(entity);
    binds << recordId << bound;
    QString deals;
    if (entity == QLatin1String("deal")) {
        deals = QStringLiteral("h.deal_id = ?");
        binds << recordId;
    } else {
        deals = QStringLiteral(
                    "h.deal_id IN (SELECT d.id FROM deal d WHERE d.%1_id = ? AND d.deleted_at IS NULL AND ")
                    .arg(entity);
        binds << recordId;
        deals += RecordAccess::visibleCondition(*user, QStringLiteral("deal"), QStringLiteral("d"), &binds) +
                 QStringLiteral(")");
    }
    parts << QStringLiteral(
                 "SELECT * FROM (SELECT 3, h.id, h.at, h.actor, coalesce(fs.name, ''), ts.name, h.via, "
                 "(SELECT title FROM deal WHERE id = h.deal_id), h.deal_id FROM deal_stage_history h "
                 "LEFT JOIN stage fs ON fs.id = h.from_stage_id JOIN stage ts ON ts.id = h.to_stage_id "
                 "WHERE ") +
                 deals + QStringLiteral(" ORDER BY h.at DESC, h.id DESC LIMIT ?)");
    binds << bound;
    // The stage history tells the stage changes; the events tell the rest.
    parts << QStringLiteral(
        "SELECT * FROM (SELECT 4, id, occurred_at, actor, type, payload, type, 0, 0 FROM event "
        "WHERE entity = ? AND entity_id = ? AND type <> 'deal.stage_changed' "
        "ORDER BY id DESC LIMIT ?)");
    binds << entity << recordId << bound;
    QSqlQuery q(db);
    q.prepare(parts.join(QStringLiteral(" UNION ALL ")) +
              QStringLiteral(" ORDER BY 3 DESC, 1 DESC, 2 DESC LIMIT ? OFFSET ?"));
    binds << limit << offset;
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q);
    const UserNames names(db);
    QList<TimelineEntry> entries;
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind(q.value(0).toInt());
        e.id = q.value(1).toLongLong();
        e.at = Timestamps::fromText(q.value(2).toString());
        e.actor = q.value(3).toString();
        e.actorName = names.of(e.actor);
        const QString title = q.value(4).toString();
        const QString detail = q.value(5).toString();
        e.state = q.value(6).toString();
        const QString extra = q.value(7).toString();
        const qint64 related = q.value(8).toLongLong();
        switch (e.kind) {
        case TimelineEntry::Kind::Note:
            e.title = tr("Note");
            e.detail = detail;
            break;
        case TimelineEntry::Kind::Task:
            e.title = e.state == QLatin1String("done")        ? tr("Task done: %1").arg(title)
                      : e.state == QLatin1String("cancelled") ? tr("Task cancelled: %1").arg(title)
                                                              : tr("Task: %1").arg(title);
            e.detail = detail;
            if (e.state == QLatin1String("open") && !extra.isEmpty() && extra != QLatin1String("0")) {
                const QString due = ActivityFormat::dateTime(Timestamps::fromText(extra));
                e.detail = detail.isEmpty() ? tr("Due %1").arg(due) : tr("Due %1 — %2").arg(due, detail);
            }
            break;
        case TimelineEntry::Kind::Call: {
            const bool in = title == QLatin1String("in");
            const bool missed = e.state == QLatin1String("missed");
            const int seconds = extra.section(u' ', 0, 0).toInt();
            const QString phone = extra.section(u' ', 1);
            if (missed)
                e.title = in ? tr("Missed incoming call %1").arg(phone)
                             : tr("Unanswered outgoing call %1").arg(phone);
            else
                e.title = in ? tr("Incoming call %1, %2").arg(phone, duration(seconds))
                             : tr("Outgoing call %1, %2").arg(phone, duration(seconds));
            e.detail = detail;
            if (related > 0 && entity != QLatin1String("contact")) {
                e.relatedEntity = QStringLiteral("contact");
                e.relatedId = related;
            }
            break;
        }
        case TimelineEntry::Kind::StageChange:
            e.title = title.isEmpty() ? tr("Placed in stage %1").arg(detail)
                                      : tr("Stage: %1 → %2").arg(title, detail);
            if (entity != QLatin1String("deal")) {
                e.title = tr("%1 — %2").arg(extra, e.title);
                e.relatedEntity = QStringLiteral("deal");
                e.relatedId = related;
            }
            e.detail = e.state == QLatin1String("user") ? QString() : tr("by %1").arg(e.state);
            break;
        case TimelineEntry::Kind::Event:
            e.title = describeEvent(title, detail, &names);
            break;
        }
        entries.append(e);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return entries;
}
