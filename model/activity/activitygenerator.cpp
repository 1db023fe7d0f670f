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

// "CASE (h / divisor) % n WHEN 0 THEN 'first' ... ELSE 'last' END" over texts, or '' without texts.
QByteArray caseOf(int divisor, const QList<QByteArray> &texts, int blanks = 0)
{
    if (texts.isEmpty())
        return "''";
    const auto quoted = [](QByteArray text) -> QByteArray { return '\'' + text.replace('\'', "''") + '\''; };
    const int n = int(texts.size()) + blanks;
    QByteArray out = "CASE (h / " + QByteArray::number(divisor) + ") % " + QByteArray::number(n);
    for (int i = 0; i + 1 < texts.size(); ++i)
        out += " WHEN " + QByteArray::number(i) + " THEN " + quoted(texts.at(i));
    if (blanks > 0)
        out += " WHEN " + QByteArray::number(texts.size() - 1) + " THEN " + quoted(texts.last()) + " ELSE ''";
    else
        out += " ELSE " + quoted(texts.last());
    return out + " END";
}

// A due time: on open deals from two weeks before "now" (?4, its day) to six weeks after; on closed ones
// in the ten days before they closed. Working hours, on the quarter hour.
const char *const kDue =
    "strftime('%Y-%m-%dT%H:%M:00.000Z', CASE WHEN closed_at IS NULL THEN ?4 + (((h / 101) % 60) - 14) * "
    "86400 "
    "ELSE CAST(strftime('%s', substr(closed_at, 1, 10)) AS INTEGER) - ((h / 101) % 10) * 86400 END "
    "+ (6 + (h / 7919) % 10) * 3600 + ((h / 13) % 4) * 900, 'unixepoch')";

QByteArray tasksSql(const ActivityGenerator::Texts &texts)
{
    return "INSERT INTO task (title, description, due_at, assignee, deal_id, contact_id, company_id, "
           "priority, "
           "status, remind_at, reminded_at, completed_at, created_by, created_at, updated_at) "
           "SELECT title, '', due_at, owner, id, contact_id, company_id, priority, status, remind_at, "
           "CASE WHEN remind_at < ?5 THEN remind_at END, "
           "CASE WHEN status = 'done' THEN coalesce(closed_at, min(due_at, ?5)) END, "
           "owner, created_at, created_at FROM ("
           "SELECT id, owner, contact_id, company_id, closed_at, created_at, " +
           caseOf(7, texts.tasks) + " AS title, " + kDue +
           " AS due_at, (h / 3) % 3 AS priority, "
           "CASE WHEN closed_at IS NOT NULL OR (h / 11) % 100 < 12 THEN 'done' ELSE 'open' END AS status, "
           "CASE WHEN closed_at IS NULL AND (h / 17) % 5 = 0 THEN strftime('%Y-%m-%dT%H:%M:00.000Z', ?4 + "
           "(((h / 101) % 60) - 14) * 86400 + (6 + (h / 7919) % 10) * 3600 + ((h / 13) % 4) * 900 - 1800, "
           "'unixepoch') END AS remind_at "
           "FROM src WHERE h % 100 < 30)";
}

QByteArray callsSql(const ActivityGenerator::Texts &texts)
{
    return "INSERT INTO call (direction, outcome, phone, normalized, contact_id, company_id, deal_id, "
           "user_login, started_at, duration_s, notes, created_at) "
           "SELECT s.direction, s.outcome, coalesce(ch.value, ''), coalesce(ch.normalized, ''), "
           "s.contact_id, "
           "s.company_id, s.id, s.owner, s.started_at, "
           "CASE WHEN s.outcome = 'missed' THEN 0 ELSE 20 + (s.h / 41) % 900 END, s.notes, s.started_at FROM "
           "("
           "SELECT id, owner, contact_id, company_id, h, "
           "CASE WHEN (h / 31) % 3 = 0 THEN 'out' ELSE 'in' END AS direction, "
           "CASE WHEN (h / 37) % 100 < 20 THEN 'missed' ELSE 'answered' END AS outcome, "
           "substr(created_at, 1, 11) || printf('%02d:%02d:%02d.000Z', 6 + (h / 29) % 10, (h / 59) % 60, "
           "(h / 61) % 60) AS started_at, " +
           caseOf(43, texts.callNotes, 3) +
           " AS notes "
           "FROM src WHERE contact_id IS NOT NULL AND (h / 23) % 100 < 30) s "
           "LEFT JOIN contact_channel ch ON ch.id = (SELECT c2.id FROM contact_channel c2 WHERE "
           "c2.contact_id = s.contact_id AND c2.kind = 'phone' ORDER BY c2.position LIMIT 1)";
}

QByteArray notesSql(const ActivityGenerator::Texts &texts)
{
    return "INSERT INTO note (entity, entity_id, body, author, created_at, updated_at) "
           "SELECT 'deal', id, " +
           caseOf(47, texts.notes) + ", owner, created_at, created_at FROM src WHERE (h / 53) % 100 < 10";
}

} // namespace

namespace ActivityGenerator {

Status insert(sqlite3 *db, quint64 seed, qint64 firstDealId, qint64 endDealId, qint64 anchorSecs,
              const Texts &texts)
{
    const qint64 day = anchorSecs - anchorSecs % 86400;
    const QByteArray nowText = QDateTime::fromSecsSinceEpoch(anchorSecs, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                                   .toLatin1();
    const QByteArray tasks = tasksSql(texts);
    const QByteArray calls = callsSql(texts);
    const QByteArray notes = notesSql(texts);
    for (const QByteArray *body : {&tasks, &calls, &notes}) {
        SqliteStatement insert(db, QByteArray(QByteArray(kSource) + *body).constData());
        if (!insert.isValid())
            return StoreError::make(StoreError::Code::Sql, tr("Preparing the demo tasks and calls failed."),
                                    insert.errorText());
        insert.bind(1, firstDealId);
        insert.bind(2, endDealId);
        insert.bind(3, qint64(seed % 1000003));
        if (body != &notes) {
            insert.bind(4, day);
            if (body == &tasks)
                insert.bind(5, nowText);
        }
        if (!insert.run())
            return StoreError::make(StoreError::Code::Sql, tr("Writing the demo tasks and calls failed."),
                                    insert.errorText());
    }
    return okStatus();
}

} // namespace ActivityGenerator
