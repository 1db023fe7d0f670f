#include "activitygenerator.h"

#include "store/sqlitebulk.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ActivityGenerator", text);
}

// h: a per-deal pseudo-random number from the deal id and the seed (Knuth's multiplicative hash).
const char *const kSource =
    "WITH src AS (SELECT d.id, d.owner, d.contact_id, d.company_id, d.closed_at, d.created_at, "
    "(d.id * 2654435761 + ?3) % 4294967291 AS h FROM deal d WHERE d.id >= ?1 AND d.id < ?2 AND d.deleted_at "
    "IS NULL) ";

const char *const kTasks =
    "INSERT INTO task (title, description, due_at, assignee, deal_id, contact_id, company_id, priority, "
    "status, "
    "remind_at, reminded_at, completed_at, created_by, created_at, updated_at) "
    "SELECT title, '', due_at, owner, id, contact_id, company_id, priority, status, remind_at, "
    "CASE WHEN remind_at < ?5 THEN remind_at END, CASE WHEN status = 'done' THEN coalesce(closed_at, "
    "created_at) END, "
    "owner, created_at, created_at FROM ("
    "SELECT id, owner, contact_id, company_id, closed_at, created_at, "
    "CASE (h / 7) % 10 WHEN 0 THEN 'Call back' WHEN 1 THEN 'Send the commercial proposal' "
    "WHEN 2 THEN 'Prepare the contract' WHEN 3 THEN 'Meeting at the client''s office' WHEN 4 THEN 'Send the "
    "invoice' "
    "WHEN 5 THEN 'Check the payment' WHEN 6 THEN 'Agree on the delivery date' WHEN 7 THEN 'Demo of the "
    "product' "
    "WHEN 8 THEN 'Ask for feedback' ELSE 'Confirm the technical details' END AS title, "
    "strftime('%Y-%m-%dT%H:%M:00.000Z', ?4 + (((h / 101) % 60) - 14) * 86400 + (8 + (h / 7919) % 10) * 3600 "
    "+ ((h / 13) % 4) * 900, 'unixepoch') AS due_at, "
    "(h / 3) % 3 AS priority, "
    "CASE WHEN closed_at IS NOT NULL OR (h / 11) % 100 < 12 THEN 'done' ELSE 'open' END AS status, "
    "CASE WHEN closed_at IS NULL AND (h / 17) % 5 = 0 THEN strftime('%Y-%m-%dT%H:%M:00.000Z', ?4 + (((h / "
    "101) % 60) "
    "- 14) * 86400 + (8 + (h / 7919) % 10) * 3600 + ((h / 13) % 4) * 900 - 1800, 'unixepoch') END AS "
    "remind_at "
    "FROM src WHERE h % 100 < 30)";

const char *const kCalls =
    "INSERT INTO call (direction, outcome, phone, normalized, contact_id, company_id, deal_id, user_login, "
    "started_at, duration_s, notes, created_at) "
    "SELECT s.direction, s.outcome, coalesce(ch.value, ''), coalesce(ch.normalized, ''), s.contact_id, "
    "s.company_id, "
    "s.id, s.owner, s.started_at, CASE WHEN s.outcome = 'missed' THEN 0 ELSE 20 + (s.h / 41) % 900 END, "
    "s.notes, "
    "s.started_at FROM ("
    "SELECT id, owner, contact_id, company_id, h, "
    "CASE WHEN (h / 31) % 3 = 0 THEN 'out' ELSE 'in' END AS direction, "
    "CASE WHEN (h / 37) % 100 < 20 THEN 'missed' ELSE 'answered' END AS outcome, "
    "substr(created_at, 1, 11) || printf('%02d:%02d:%02d.000Z', 8 + (h / 29) % 10, (h / 59) % 60, (h / 61) % "
    "60) "
    "AS started_at, "
    "CASE (h / 43) % 6 WHEN 0 THEN 'Asked for a discount' WHEN 1 THEN 'Wants the offer by e-mail' "
    "WHEN 2 THEN 'Call again next week' ELSE '' END AS notes "
    "FROM src WHERE contact_id IS NOT NULL AND (h / 23) % 100 < 30) s "
    "LEFT JOIN contact_channel ch ON ch.id = (SELECT c2.id FROM contact_channel c2 WHERE c2.contact_id = "
    "s.contact_id AND c2.kind = 'phone' ORDER BY c2.position LIMIT 1)";

const char *const kNotes =
    "INSERT INTO note (entity, entity_id, body, author, created_at, updated_at) "
    "SELECT 'deal', id, CASE (h / 47) % 4 WHEN 0 THEN 'The client compares us with two other offers.' "
    "WHEN 1 THEN 'Decision maker: the technical director.' WHEN 2 THEN 'Budget approved for next quarter.' "
    "ELSE 'Prefers to be called in the morning.' END, owner, created_at, created_at FROM src "
    "WHERE (h / 53) % 100 < 10";

} // namespace

namespace ActivityGenerator {

Status insert(sqlite3 *db, quint64 seed, qint64 firstDealId, qint64 endDealId, qint64 anchorSecs)
{
    const qint64 day = anchorSecs - anchorSecs % 86400;
    const QByteArray nowText = QDateTime::fromSecsSinceEpoch(anchorSecs, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                                   .toLatin1();
    for (const char *body : {kTasks, kCalls, kNotes}) {
        SqliteStatement insert(db, QByteArray(QByteArray(kSource) + body).constData());
        if (!insert.isValid())
            return StoreError::make(StoreError::Code::Sql, tr("Preparing the demo tasks and calls failed."),
                                    insert.errorText());
        insert.bind(1, firstDealId);
        insert.bind(2, endDealId);
        insert.bind(3, qint64(seed % 1000003));
        if (body != kNotes) {
            insert.bind(4, day);
            if (body == kTasks)
                insert.bind(5, nowText);
        }
        if (!insert.run())
            return StoreError::make(StoreError::Code::Sql, tr("Writing the demo tasks and calls failed."),
                                    insert.errorText());
    }
    return okStatus();
}

} // namespace ActivityGenerator
