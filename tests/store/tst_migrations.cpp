// Upgrading databases made by earlier versions: every earlier schema has a frozen fixture.
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/sqlitebulk.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

// Builds a database file from a fixture script with the plain SQLite library, as the old version did.
bool buildFixture(const QString &fixture, const QString &path)
{
    QFile f(fixture);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = SqliteBulk::exec(db, f.readAll().constData()).ok();
    sqlite3_close(db);
    return ok;
}

QStringList schemaOf(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString().simplified();
    return out;
}

int scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyEarlierVersionHasAFixture()
    {
        for (const int v : Migrator::versions()) {
            if (v == Migrator::latestVersion())
                continue;
            const QString fixture = QStringLiteral(PRISTRIY_TEST_DATA "/fixtures/schema-v%1.sql").arg(v);
            QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        }
    }

    void upgradeFromFixture_data()
    {
        QTest::addColumn<int>("version");
        for (const int v : Migrator::versions()) {
            if (v < Migrator::latestVersion())
                QTest::addRow("v%d", v) << v;
        }
    }

    void upgradeFromFixture()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(
            buildFixture(QStringLiteral(PRISTRIY_TEST_DATA "/fixtures/schema-v%1.sql").arg(version), path));

        Result<DatabasePtr> opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        DatabasePtr db = *opened;
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion());

        // A backup of the old version was made first, and it is still the old version.
        QVERIFY(!db->backupPath().isEmpty());
        QVERIFY(QFile::exists(db->backupPath()));
        {
            sqlite3 *backup = nullptr;
            QCOMPARE(sqlite3_open(db->backupPath().toUtf8().constData(), &backup), SQLITE_OK);
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(backup, "PRAGMA user_version", -1, &stmt, nullptr);
            QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
            QCOMPARE(sqlite3_column_int(stmt, 0), version);
            sqlite3_finalize(stmt);
            sqlite3_close(backup);
        }

        // The schema is exactly that of a new database.
        QTemporaryDir freshDir;
        Result<DatabasePtr> fresh = Database::open(freshDir.filePath(QStringLiteral("new.sqlite")));
        QVERIFY(fresh.ok());
        QCOMPARE(schemaOf(db), schemaOf(*fresh));

        // The data survived.
        QCOMPARE(db->setting(QStringLiteral("phone.default_region")), QStringLiteral("RO"));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM event")) >= 1);
        if (version >= 2) {
            ContactService contacts(db, QStringLiteral("test"));
            QCOMPARE(*contacts.count(), 2);
            QCOMPARE(*contacts.trashCount(), 1);
            const auto found = contacts.search(QStringLiteral("Шевч"), 10);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 1);
            const auto byPhone = contacts.search(QStringLiteral("+40 721 234 567"), 10);
            QCOMPARE(byPhone->size(), 1);
            QCOMPARE(byPhone->first().familyName, QStringLiteral("Popescu"));
            const Result<Contact> stefan = contacts.get(1);
            QVERIFY(stefan.ok());
            QCOMPARE(stefan->tags, QStringList{QStringLiteral("VIP")});
            QCOMPARE(stefan->companyName, QStringLiteral("Carpați Construct SRL"));
        }
        if (version >= 3) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM custom_value")), 2);
            QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM custom_value WHERE field_id = 2")), 120);
        }
        // Version 4 seeds the pipelines, their stages and the lost reasons; no users until first use.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pipeline")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stage WHERE kind = 'open'")), 12);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stage WHERE kind <> 'open'")), 4);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM lost_reason")) >= 3);
        if (version < 4) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM app_user")), 0);
        } else {
            // The deal, its history and its users survived; the owner index now covers amounts.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM app_user")), 2);
            QCOMPARE(scalar(db, QStringLiteral("SELECT amount_minor FROM deal WHERE id = 1")), 1250000);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE deal_id = 1")),
                     1);
            QVERIFY(
                scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'deal_by_owner' "
                                          "AND sql LIKE '%amount_minor%'")) == 1);
        }
        if (version >= 5) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT total_minor FROM deal_line_item WHERE deal_id = 1")),
                     53438);
            // Lines made before version 9 show the unit and tax rate of their product.
            const Result<QList<LineItem>> items = DealService(db, QStringLiteral("dir")).lineItems(1);
            QVERIFY2(items.ok(), qPrintable(items.error().fullText()));
            QCOMPARE(items->size(), 1);
            QCOMPARE(items->first().taxBp, 1900);
            QCOMPARE(items->first().unit, QStringLiteral("m²"));
        }
        // Version 6 rebuilt the custom field tables for deals: values kept, links intact, deals allowed.
        if (version >= 3) {
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT count(*) FROM custom_value v JOIN custom_field f "
                                          "ON f.id = v.field_id WHERE f.entity IN ('contact', 'company')")),
                2);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!q.next(), "a foreign key points nowhere after the upgrade");
        }
        {
            QSqlQuery q(db->connection());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO custom_field (entity, key, label, type) "
                                           "VALUES ('deal', 'area', 'Area', 'number')")),
                     qPrintable(q.lastError().text()));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM task")), 0);
    }

    void upgradeMakesSearchDocumentsAgain()
    {
        // Written by the previous version: its documents split a letter from a digit ("w 2 n 15"), deal
        // titles had no index and phones were looked up by their last digits only.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        QVERIFY(buildFixture(QStringLiteral(PRISTRIY_TEST_DATA "/fixtures/schema-v9.sql"), path));
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QVERIFY(
                SqliteBulk::exec(
                    raw,
                    "INSERT INTO contact (id, given_name, family_name, name_key, owner, created_at, "
                    "updated_at) "
                    "VALUES (4, 'Flat', 'W2 N15', 'w2 n15 flat', 'ana', '2026-01-07T10:00:00.000Z', "
                    "'2026-01-07T10:00:00.000Z');"
                    "INSERT INTO contact_channel (contact_id, kind, value, normalized, position) "
                    "VALUES (4, 'email', 'lettings.w2@example.com', 'lettings.w2@example.com', 0);"
                    "INSERT INTO contact_search (id, doc) VALUES (4, 'flat w 2 n 15 lettings example com');"
                    "INSERT INTO deal (id, title, pipeline_id, stage_id, amount_minor, currency, owner, "
                    "stage_entered_at, created_at, updated_at) VALUES (5000, 'Café Ştefan #5000', 1, 1, 0, "
                    "'RON', 'dir', '2026-02-01T09:00:00.000Z', '2026-02-01T09:00:00.000Z', "
                    "'2026-02-01T09:00:00.000Z');")
                    .ok());
            sqlite3_close(raw);
        }
        Result<DatabasePtr> opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        DatabasePtr db = *opened;
        ContactService contacts(db, QStringLiteral("dir"));
        QCOMPARE(contacts.search(QStringLiteral("W1"), 10)->size(), 0);
        QCOMPARE(contacts.search(QStringLiteral("w2"), 10)->size(), 1);
        QCOMPARE(contacts.search(QStringLiteral("N15"), 10)->size(), 1);
        QCOMPARE(contacts.search(QStringLiteral("lettings.w2"), 10)->size(), 1);
        QCOMPARE(contacts.search(QStringLiteral("Шевч"), 10)->size(), 1);
        // The documents without a letter next to a digit are as they were.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contact_search WHERE id = 1 AND doc = "
                                           "'stefan popescu carpati construct srl ro'")),
                 1);
        // Phones by their start, through the new index.
        const auto byStart = contacts.search(QStringLiteral("+40 721"), 10);
        QCOMPARE(byStart->size(), 1);
        QCOMPARE(byStart->first().familyName, QStringLiteral("Popescu"));
        // Deal titles of before the upgrade are in the title index.
        DealService deals(db, QStringLiteral("dir"));
        for (const QString &text : {QStringLiteral("cafe"), QStringLiteral("#5000"),
                                    QStringLiteral("CAFE ştef"), QStringLiteral("office renov")}) {
            DealFilter f;
            f.search = text;
            QCOMPARE(*deals.count(f), 1);
        }
    }

    void failedUpgradeChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        QVERIFY(buildFixture(QStringLiteral(PRISTRIY_TEST_DATA "/fixtures/schema-v2.sql"), path));
        {
            // Something in the way of step 3: its table already exists.
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QVERIFY(SqliteBulk::exec(raw, "CREATE TABLE custom_field (x)").ok());
            sqlite3_close(raw);
        }
        Result<DatabasePtr> opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::MigrationFailed);
        QVERIFY2(opened.error().message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(opened.error().message));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(
            raw, "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM contact)", -1,
            &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 2);
        QCOMPARE(sqlite3_column_int(stmt, 1), 3);
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
