#include "dealsearchhits.h"

#include "searchquery.h"
#include "store/eventlog.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace DealSearchHits {

namespace {

// Searches kept per connection, and matches kept from workers in all (a search of one letter may
// match most deals; its matches are not worth keeping many of).
constexpr int kKept = 6;
constexpr qsizetype kKeptMatches = 2000000;

struct Entry
{
    QString connection;
    QString table;
    qint64 version = -1;
};

QMutex s_mutex;
QList<Entry> s_entries; // most recently used last

struct Hit
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    qint64 amountMinor = 0;
    QString currency;
    QString owner;
};

// Matches found by prefetch() on a worker's connection, for any connection to the same file.
struct Found
{
    QString file;
    QString search;
    qint64 version = -1;
    QList<Hit> hits;
};
QList<std::shared_ptr<const Found>> s_found; // most recently made last

QString tableName(const QString &search)
{
    return QStringLiteral("deal_hits_") +
           QString::fromLatin1(
               QCryptographicHash::hash(search.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// The words of a title query as the title index splits text: runs of letters, digits and marks (the
// index folds case and accents itself, so they are given as typed).
QStringList titleWords(const QString &text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QStringList words;
    QString current;
    for (const QChar c : composed) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// The query that finds the matching deals with what the board needs of them, in id order; empty when
// the text has nothing to search for.
QString matchSql(const QString &search, QVariantList *binds)
{
    const QString title = SearchQuery::matchExpression(titleWords(search));
    const QString contact = SearchQuery::matchExpression(TextFold::words(search));
    QStringList sources;
    if (!title.isEmpty()) {
        sources << QStringLiteral("SELECT rowid FROM deal_fts WHERE deal_fts MATCH ?");
        binds->append(title);
    }
    if (!contact.isEmpty()) {
        sources << QStringLiteral("SELECT id FROM deal WHERE contact_id IN "
                                  "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)");
        binds->append(contact);
    }
    if (sources.isEmpty())
        return {};
    return QStringLiteral("SELECT d.id, d.pipeline_id, d.stage_id, d.currency, d.amount_minor, d.owner "
                          "FROM deal d WHERE d.id IN (%1) AND d.deleted_at IS NULL ORDER BY d.id")
        .arg(sources.join(QStringLiteral(" UNION ")));
}

// The matches prefetch() found for this file, search and version; locked by the caller.
std::shared_ptr<const Found> foundFor(const QString &file, const QString &search, qint64 version)
{
    for (const auto &f : std::as_const(s_found)) {
        if (f->file == file && f->search == search && f->version == version)
            return f;
    }
    return {};
}

StoreError searchFailed(const QString &detail)
{
    return StoreError::make(StoreError::Code::Sql,
                            QCoreApplication::translate("DealService", "Searching the deals failed."),
                            detail);
}

StoreError sqlError(const QSqlQuery &q)
{
    return searchFailed(q.lastError().text());
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Writes the matches found on a worker into the table, one prepared statement reused per row.
StoreError insertFound(QSqlDatabase &db, const QString &table, const Found &found)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return searchFailed(QStringLiteral("no SQLite handle"));
    const QByteArray sql = QStringLiteral("INSERT INTO temp.%1 (id, pipeline_id, stage_id, currency, "
                                          "amount_minor, owner) VALUES (?, ?, ?, ?, ?, ?)")
                               .arg(table)
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return searchFailed(QString::fromUtf8(sqlite3_errmsg(handle)));
    int rc = SQLITE_DONE;
    for (const Hit &hit : found.hits) {
        sqlite3_bind_int64(stmt, 1, hit.id);
        sqlite3_bind_int64(stmt, 2, hit.pipelineId);
        sqlite3_bind_int64(stmt, 3, hit.stageId);
        sqlite3_bind_text16(stmt, 4, hit.currency.utf16(), int(hit.currency.size() * 2), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 5, hit.amountMinor);
        sqlite3_bind_text16(stmt, 6, hit.owner.utf16(), int(hit.owner.size() * 2), SQLITE_STATIC);
        rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            break;
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    return error.isEmpty() ? StoreError() : searchFailed(error);
}

} // namespace

void Cancel::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_running)
        sqlite3_interrupt(m_running);
}

bool Cancel::isCancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

bool matchesNothing(const QString &search)
{
    QVariantList binds;
    return !search.trimmed().isEmpty() && matchSql(search, &binds).isEmpty();
}

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
        !q.exec(QStringLiteral("CREATE TEMP TABLE %1 (id INTEGER PRIMARY KEY, pipeline_id INTEGER, "
                               "stage_id INTEGER, currency TEXT, amount_minor INTEGER, owner TEXT)")
                    .arg(table))) {
        return sqlError(q);
    }
    if (const std::shared_ptr<const Found> found = foundFor(db.databaseName(), search, version)) {
        if (StoreError e = insertFound(db, table, *found); e.isError())
            return e;
    } else {
        QVariantList binds;
        const QString sql = matchSql(search, &binds);
        if (!sql.isEmpty()) {
            q.prepare(
                QStringLiteral("INSERT INTO temp.%1 (id, pipeline_id, stage_id, currency, amount_minor, "
                               "owner) ")
                    .arg(table) +
                sql);
            for (const QVariant &b : std::as_const(binds))
                q.addBindValue(b);
            if (!q.exec())
                return sqlError(q);
        }
    }
    // The board's order: a column's cards (largest amounts first, by currency) are a range of it.
    if (!q.exec(
            QStringLiteral("CREATE INDEX temp.%1_board ON %1 (pipeline_id, stage_id, currency, amount_minor)")
                .arg(table))) {
        return sqlError(q);
    }
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

Result<qint64> prefetch(QSqlDatabase &db, const QString &searchIn, const std::shared_ptr<Cancel> &cancel)
{
    // While it runs, cancel() interrupts this connection; it is unregistered before it may close.
    struct Running
    {
        Cancel *cancel = nullptr;
        ~Running()
        {
            if (cancel) {
                QMutexLocker lock(&cancel->m_mutex);
                cancel->m_running = nullptr;
            }
        }
    } running;
    if (cancel) {
        QMutexLocker lock(&cancel->m_mutex);
        if (cancel->m_cancelled)
            return searchFailed(QStringLiteral("cancelled"));
        cancel->m_running = handleOf(db);
        running.cancel = cancel.get();
    }
    const QString search = searchIn.trimmed();
    const QString file = db.databaseName();
    const qint64 version = EventLog::lastId(db);
    {
        QMutexLocker lock(&s_mutex);
        if (const std::shared_ptr<const Found> found = foundFor(file, search, version))
            return qint64(found->hits.size());
    }
    auto found = std::make_shared<Found>();
    found->file = file;
    found->search = search;
    found->version = version;
    QVariantList binds;
    const QString sql = matchSql(search, &binds);
    if (!sql.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (!q.exec())
            return sqlError(q);
        // Owners and currencies are few: one shared copy of each.
        QHash<QString, QString> shared;
        const auto intern = [&shared](const QString &text) {
            auto it = shared.constFind(text);
            return it != shared.constEnd() ? *it : *shared.insert(text, text);
        };
        while (q.next()) {
            found->hits.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                q.value(4).toLongLong(), intern(q.value(3).toString()),
                                intern(q.value(5).toString())});
        }
        if (q.lastError().isValid())
            return sqlError(q); // interrupted, or the database failed: nothing is kept
    }
    if (cancel && cancel->isCancelled())
        return searchFailed(QStringLiteral("cancelled"));
    const qint64 count = found->hits.size();
    QMutexLocker lock(&s_mutex);
    s_found.removeIf([&](const auto &f) { return f->file == file && f->search == search; });
    s_found.append(std::move(found));
    qsizetype kept = 0;
    for (const auto &f : std::as_const(s_found))
        kept += f->hits.size();
    while (s_found.size() > kKept || (s_found.size() > 1 && kept > kKeptMatches)) {
        kept -= s_found.constFirst()->hits.size();
        s_found.removeFirst();
    }
    return count;
}

bool isReady(QSqlDatabase &db, const QString &searchIn)
{
    const QString search = searchIn.trimmed();
    if (matchesNothing(search))
        return true;
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
