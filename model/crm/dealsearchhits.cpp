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

// Ids found by prefetch() on a worker's connection, for any connection to the same file.
struct Found
{
    QString file;
    QString search;
    qint64 version = -1;
    QList<qint64> ids;
};
QList<Found> s_found; // most recently made last

QString tableName(const QString &search)
{
    return QStringLiteral("deal_hits_") +
           QString::fromLatin1(
               QCryptographicHash::hash(search.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// The query that finds the matching deals, with its binds.
QString matchSql(const QString &search, QVariantList *binds)
{
    QString pattern = search;
    pattern.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    binds->append(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    const SearchQuery contacts = SearchQuery::parse(search, PhoneNumbers());
    // "+d.deleted_at" keeps the planner off the partial board index: one sequential scan.
    QString sql = QStringLiteral("SELECT d.id FROM deal d WHERE +d.deleted_at IS NULL AND "
                                 "(d.title LIKE ? ESCAPE '\\'");
    if (!contacts.ftsMatch.isEmpty()) {
        sql +=
            QStringLiteral(" OR d.contact_id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)");
        binds->append(contacts.ftsMatch);
    }
    return sql + QLatin1Char(')');
}

// The ids prefetch() found for this file, search and version; locked by the caller.
const Found *foundFor(const QString &file, const QString &search, qint64 version)
{
    for (const Found &f : std::as_const(s_found)) {
        if (f.file == file && f.search == search && f.version == version)
            return &f;
    }
    return nullptr;
}

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
    const QString table = tableName(search);
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
    if (const Found *found = foundFor(db.databaseName(), search, version)) {
        // Found on a worker: the ids go in as one JSON array (one statement, no scan).
        QByteArray json;
        json.reserve(found->ids.size() * 8 + 2);
        json += '[';
        for (qsizetype i = 0; i < found->ids.size(); ++i) {
            if (i)
                json += ',';
            json += QByteArray::number(found->ids.at(i));
        }
        json += ']';
        q.prepare(QStringLiteral("INSERT INTO temp.%1 (id) SELECT value FROM json_each(?)").arg(table));
        q.addBindValue(QString::fromLatin1(json));
    } else {
        QVariantList binds;
        q.prepare(QStringLiteral("INSERT INTO temp.%1 (id) ").arg(table) + matchSql(search, &binds));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
    }
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

Result<qint64> prefetch(QSqlDatabase &db, const QString &searchIn)
{
    const QString search = searchIn.trimmed();
    const QString file = db.databaseName();
    const qint64 version = EventLog::lastId(db);
    {
        QMutexLocker lock(&s_mutex);
        if (const Found *found = foundFor(file, search, version))
            return qint64(found->ids.size());
    }
    QVariantList binds;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(matchSql(search, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    const qint64 count = ids.size();
    QMutexLocker lock(&s_mutex);
    s_found.removeIf([&](const Found &f) { return f.file == file && f.search == search; });
    s_found.append({file, search, version, std::move(ids)});
    while (s_found.size() > kKept)
        s_found.removeFirst();
    return count;
}

bool isReady(QSqlDatabase &db, const QString &searchIn)
{
    const QString search = searchIn.trimmed();
    const QString table = tableName(search);
    const qint64 version = EventLog::lastId(db);
    QMutexLocker lock(&s_mutex);
    if (foundFor(db.databaseName(), search, version))
        return true;
    for (const Entry &e : std::as_const(s_entries)) {
        if (e.connection == db.connectionName() && e.table == table && e.version == version)
            return true;
    }
    return false;
}

} // namespace DealSearchHits
