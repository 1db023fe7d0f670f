#include "sidefts.h"

#include "store/sqlitebulk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SideFts", text);
}

qint64 scalar(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

QByteArray schemaSql(sqlite3 *db, const QByteArray &name)
{
    sqlite3_stmt *stmt = nullptr;
    QByteArray sql;
    if (sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = ?", -1, &stmt, nullptr) ==
        SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, name.constData(), int(name.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) == SQLITE_ROW)
            sql = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return sql;
}

// Copies every row of one table from the side database to the same table of the main one.
Status copyTable(sqlite3 *from, sqlite3 *to, const QByteArray &table)
{
    const QByteArray quoted = '"' + table + '"';
    const QByteArray clear = "DELETE FROM " + quoted;
    if (Status s = SqliteBulk::exec(to, clear.constData()); !s)
        return s;
    sqlite3_stmt *read = nullptr;
    const QByteArray select = "SELECT * FROM " + quoted;
    if (sqlite3_prepare_v2(from, select.constData(), -1, &read, nullptr) != SQLITE_OK)
        return StoreError::make(StoreError::Code::Sql, tr("Reading the search index failed."),
                                QString::fromUtf8(sqlite3_errmsg(from)));
    const int columns = sqlite3_column_count(read);
    QByteArray insert = "INSERT INTO " + quoted + " VALUES (";
    for (int c = 0; c < columns; ++c)
        insert += c ? ", ?" : "?";
    insert += ')';
    sqlite3_stmt *write = nullptr;
    Status result = okStatus();
    if (sqlite3_prepare_v2(to, insert.constData(), -1, &write, nullptr) != SQLITE_OK) {
        result = StoreError::make(StoreError::Code::Sql, tr("Writing the search index failed."),
                                  QString::fromUtf8(sqlite3_errmsg(to)));
    } else {
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c));
            if (sqlite3_step(write) != SQLITE_DONE) {
                result = StoreError::make(StoreError::Code::Sql, tr("Writing the search index failed."),
                                          QString::fromUtf8(sqlite3_errmsg(to)));
                break;
            }
            sqlite3_reset(write);
        }
    }
    sqlite3_finalize(write);
    sqlite3_finalize(read);
    return result;
}

const QLatin1String kOwnerLock("owner.lock");

// Folders of builds before the owner lock: Pristriy-XXXXXX with the side database alone in it. A demo
// load takes a minute at most, so one untouched for an hour is left over.
bool isOldStaleFolder(const QDir &dir)
{
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    if (!files.contains(QStringLiteral("fts.sqlite")))
        return false;
    for (const QString &f : files) {
        if (!f.startsWith(QLatin1String("fts.sqlite")))
            return false;
    }
    const QDateTime modified = QFileInfo(dir.filePath(QStringLiteral("fts.sqlite"))).lastModified();
    return modified.secsTo(QDateTime::currentDateTime()) > 3600;
}

// True when no process holds the folder's owner lock (its owner ended, however it ended).
bool isUnowned(const QDir &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir.filePath(kOwnerLock)).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false; // no lock yet: a load is just making the folder
    const bool unowned = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return unowned;
#else
    Q_UNUSED(dir);
    return false;
#endif
}

} // namespace

SideFts::SideFts(sqlite3 *main, QByteArray table)
    : m_main(main)
    , m_table(std::move(table))
    , m_dir(tempFolder() + QStringLiteral("/Pristriy-fts-XXXXXX"))
{}

SideFts::~SideFts()
{
    cancel();
    if (m_side)
        sqlite3_close(m_side);
#ifdef Q_OS_UNIX
    if (m_ownerLock >= 0)
        ::close(m_ownerLock);
#endif
}

QString SideFts::tempFolder()
{
    return QDir::tempPath();
}

int SideFts::removeStale()
{
    const QDir temp(tempFolder());
    int removed = 0;
    const QFileInfoList folders =
        temp.entryInfoList({QStringLiteral("Pristriy-fts-*"), QStringLiteral("Pristriy-??????")},
                           QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        QDir dir(folder.absoluteFilePath());
        const bool current = folder.fileName().startsWith(QLatin1String("Pristriy-fts-"));
        if (current ? isUnowned(dir) : isOldStaleFolder(dir)) {
            if (dir.removeRecursively())
                ++removed;
        }
    }
    return removed;
}

bool SideFts::usable(sqlite3 *main, const QByteArray &table, const QByteArray &contentTable)
{
    if (schemaSql(main, table).isEmpty())
        return false;
    // An external-content index over an empty content table is empty (the triggers keep them equal).
    return scalar(main, "SELECT count(*) FROM (SELECT 1 FROM \"" + contentTable + "\" LIMIT 1)") == 0;
}

Status SideFts::start()
{
    const QByteArray create = schemaSql(m_main, m_table);
    if (create.isEmpty() || !m_dir.isValid())
        return StoreError::make(StoreError::Code::Sql, tr("The search index could not be prepared."));
#ifdef Q_OS_UNIX
    // Held until this object goes; the system lets go of it when the process ends, however it ends,
    // and then removeStale() knows the folder is left over.
    m_ownerLock =
        ::open(QFile::encodeName(m_dir.filePath(kOwnerLock)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_ownerLock < 0 || ::flock(m_ownerLock, LOCK_EX | LOCK_NB) != 0)
        return StoreError::make(StoreError::Code::Sql, tr("The search index could not be prepared."));
#endif
    const QByteArray path = m_dir.filePath(QStringLiteral("fts.sqlite")).toUtf8();
    if (sqlite3_open(path.constData(), &m_side) != SQLITE_OK)
        return StoreError::make(StoreError::Code::Sql, tr("The search index could not be prepared."),
                                QString::fromUtf8(sqlite3_errmsg(m_side)));
    if (Status s = SqliteBulk::exec(m_side, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                                            "PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536");
        !s)
        return s;
    if (Status s = SqliteBulk::exec(m_side, create.constData()); !s)
        return s;
    if (Status s = SqliteBulk::exec(m_side, "BEGIN"); !s)
        return s;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
    return okStatus();
}

void SideFts::run()
{
    const QByteArray sql = "INSERT INTO \"" + m_table + "\" (rowid, doc) VALUES (?, ?)";
    SqliteStatement insert(m_side, sql.constData());
    if (!insert.isValid())
        m_error = insert.errorText();
    Queue::Batch batch;
    while (m_queue.pop(&batch)) {
        if (!m_error.isEmpty())
            continue; // drain, so the producer never blocks
        for (const Doc &doc : std::as_const(batch)) {
            insert.bind(1, doc.id);
            insert.bindStatic(2, doc.text);
            if (!insert.run()) {
                m_error = insert.errorText();
                break;
            }
        }
    }
}

void SideFts::cancel()
{
    if (!m_thread)
        return;
    m_queue.finish();
    m_thread->wait();
    m_thread.reset();
}

Status SideFts::finish()
{
    cancel(); // ends the input and waits for the thread
    if (!m_side)
        return StoreError::make(StoreError::Code::Sql, tr("The search index was not built."));
    if (!m_error.isEmpty())
        return StoreError::make(StoreError::Code::Sql, tr("Building the search index failed."), m_error);
    if (Status s = SqliteBulk::exec(m_side, "COMMIT"); !s)
        return s;
    for (const char *suffix : {"_data", "_idx", "_docsize", "_config"}) {
        const QByteArray shadow = m_table + suffix;
        if (schemaSql(m_side, shadow).isEmpty())
            continue;
        if (Status s = copyTable(m_side, m_main, shadow); !s)
            return s;
    }
    return okStatus();
}
