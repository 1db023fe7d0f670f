#include "dealsearchhits.h"

#include "searchquery.h"
#include "store/eventlog.h"
#include "text/phonenumbers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace DealSearchHits {

namespace {

constexpr int kKept = 6;

struct Entry
{
    QString connection;
    QString table;
    qint64 version = -1;
};

QMutex s_mutex;
QList<Entry> s_entries; // most recently used last

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            QCoreApplication::translate("DealService", "Searching the deals failed."),
                            q.lastError().text());
}

} // namespace

Result<QString> tableFor(QSqlDatabase &db, const QString &searchIn)
{
    const QString search = searchIn.trimmed();
    const QString table =
        QStringLiteral("deal_hits_") +
        QString::fromLatin1(
            QCryptographicHash::hash(search.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const qint64 version = EventLog::lastId(db);
    QMutexLocker lock(&s_mutex);
    for (int i = 0; i < s_entries.size(); ++i) {
        const Entry &e = s_entries.at(i);
        if (e.connection == db.connectionName() && e.table == table) {
            // A connection of the same name may be a new one (another database opened since).
            QSqlQuery exists(db);
            exists.prepare(
                QStringLiteral("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?"));
            exists.addBindValue(table);
            if (e.version == version && exists.exec() && exists.next()) {
                s_entries.move(i, s_entries.size() - 1);
                return QString(QStringLiteral("temp.") + table);
            }
            s_entries.removeAt(i);
            break;
        }
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(table)) ||
        !q.exec(QStringLiteral("CREATE TEMP TABLE %1 (id INTEGER PRIMARY KEY)").arg(table))) {
        return sqlError(q);
    }
    QString pattern = search;
    pattern.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    const QString like = QLatin1Char('%') + pattern + QLatin1Char('%');
    const SearchQuery contacts = SearchQuery::parse(search, PhoneNumbers());
    // "+d.deleted_at" keeps the planner off the partial board index: one sequential scan.
    QString sql =
        QStringLiteral("INSERT INTO temp.%1 (id) SELECT d.id FROM deal d WHERE +d.deleted_at IS NULL AND "
                       "(d.title LIKE ? ESCAPE '\\'")
            .arg(table);
    if (!contacts.ftsMatch.isEmpty())
        sql +=
            QStringLiteral(" OR d.contact_id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)");
    sql += QLatin1Char(')');
    q.prepare(sql);
    q.addBindValue(like);
    if (!contacts.ftsMatch.isEmpty())
        q.addBindValue(contacts.ftsMatch);
    if (!q.exec())
        return sqlError(q);
    s_entries.append({db.connectionName(), table, version});
    // Drop the least recently used tables of this connection beyond the few kept.
    int mine = 0;
    for (int i = s_entries.size() - 1; i >= 0; --i) {
        if (s_entries.at(i).connection != db.connectionName())
            continue;
        if (++mine > kKept) {
            QSqlQuery drop(db);
            drop.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(s_entries.at(i).table));
            s_entries.removeAt(i);
        }
    }
    return QString(QStringLiteral("temp.") + table);
}

} // namespace DealSearchHits
