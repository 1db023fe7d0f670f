// Demo data: deterministic for a seed, consistent with what the services would have written.
#include "../testutil.h"
#include "crm/contactservice.h"
#include "crm/searchdocument.h"
#include "demo/demogenerator.h"
#include "text/phonenumbers.h"
#include "text/textfold.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QByteArray contentHash(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
        "SELECT given_name, family_name, company_key, birthday, owner, created_at FROM contact "
        "ORDER BY id"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < 6; ++i)
            hash.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
    }
    q.exec(QStringLiteral("SELECT value FROM contact_channel ORDER BY id"));
    while (q.next())
        hash.addData(q.value(0).toString().toUtf8());
    return hash.result();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData()
    {
        TempDatabase a, b, c;
        for (TempDatabase *t : {&a, &b, &c})
            t->db()->setSetting(QStringLiteral("phone.default_region"), QStringLiteral("RO"));
        QVERIFY(DemoGenerator::generate(*a.db(), {500, -1, 7, {}}).ok());
        QVERIFY(DemoGenerator::generate(*b.db(), {500, -1, 7, {}}).ok());
        QVERIFY(DemoGenerator::generate(*c.db(), {500, -1, 8, {}}).ok());
        QCOMPARE(contentHash(a.db()), contentHash(b.db()));
        QVERIFY(contentHash(a.db()) != contentHash(c.db()));
        QCOMPARE(*ContactService(a.db(), QStringLiteral("t")).count(), 500);
    }

    void rowsMatchWhatTheServicesWouldWrite()
    {
        TempDatabase t;
        t.db()->setSetting(QStringLiteral("phone.default_region"), QStringLiteral("RO"));
        QVERIFY(DemoGenerator::generate(*t.db(), {2000, 100, 3, {}}).ok());
        const PhoneNumbers phones(QStringLiteral("RO"));
        QSqlQuery q(t.db()->connection());
        // Every phone: the stored normalised number and search key are libphonenumber's.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT value, normalized, digits_rev FROM contact_channel WHERE kind = 'phone'")));
        int checked = 0;
        while (q.next()) {
            const PhoneNumbers::Parsed p = phones.parse(q.value(0).toString());
            QVERIFY2(p.valid, qPrintable(q.value(0).toString()));
            QCOMPARE(p.e164, q.value(1).toString());
            QCOMPARE(PhoneNumbers::reversed(p.nationalDigits), q.value(2).toString());
            ++checked;
        }
        QVERIFY(checked > 1000);
        // Every contact: sort key and search document as the services compute them.
        ContactService service(t.db(), QStringLiteral("t"));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.id, c.name_key, s.doc FROM contact c JOIN contact_search s ON s.id = c.id "
            "ORDER BY c.id LIMIT 300")));
        while (q.next()) {
            const Contact c = *service.get(q.value(0).toLongLong());
            QCOMPARE(q.value(1).toString(), TextFold::sortKey(c.familyName + QLatin1Char(' ') + c.givenName));
            QCOMPARE(q.value(2).toString(),
                     SearchDocument::forContact(c.givenName, c.familyName, c.companyName, c.emails));
        }
        // The four languages are there.
        for (const char *sample : {"Ș", "Ш", "і", "W"}) {
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM contact WHERE given_name || family_name LIKE '%%1%'")
                    .arg(QString::fromUtf8(sample))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() > 0, sample);
        }
        QVERIFY(service.search(QStringLiteral("a"), 10)->size() == 10);
        // Every reference points at a row that exists.
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        TempDatabase t;
        QVERIFY(DemoGenerator::generate(*t.db(), {100, -1, 1, {}}).ok());
        int calls = 0;
        const Status s =
            DemoGenerator::generate(*t.db(), {20000, -1, 2, {}}, [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!s.ok());
        QCOMPARE(*ContactService(t.db(), QStringLiteral("t")).count(), 100);
        // Indexes and search triggers are all back.
        Contact c;
        c.givenName = QStringLiteral("Zamfir");
        QVERIFY(ContactService(t.db(), QStringLiteral("t")).create(c).ok());
        QCOMPARE(ContactService(t.db(), QStringLiteral("t")).search(QStringLiteral("zamf"), 5)->size(), 1);
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contact_by_name'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    // The contacts' search index of a load into an empty database is built beside the load and moved in
    // at the end; a load into a database with contacts rebuilds it. Either way it is exactly the index
    // the triggers would have made, and a connection that searched before sees the new documents.
    void searchIndexIsCompleteAfterEveryKindOfLoad()
    {
        TempDatabase t;
        t.db()->setSetting(QStringLiteral("phone.default_region"), QStringLiteral("RO"));
        ContactService service(t.db(), QStringLiteral("t"));
        QCOMPARE(service.search(QStringLiteral("a"), 10)->size(), 0); // the index is open, and empty
        const auto check = [&](int expectedContacts) {
            QSqlQuery q(t.db()->connection());
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO contact_fts (contact_fts, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(*service.count(), expectedContacts);
            for (const char *prefix : {"a", "pop", "shevch", "io", "gmail"}) {
                QVERIFY(q.exec(QStringLiteral(
                                   "SELECT count(*) FROM contact_search WHERE ' ' || doc LIKE '%% %1%%'")
                                   .arg(QLatin1String(prefix))) &&
                        q.next());
                const int expected = q.value(0).toInt();
                QVERIFY(q.exec(QStringLiteral(
                                   "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH '\"%1\" *'")
                                   .arg(QLatin1String(prefix))) &&
                        q.next());
                QCOMPARE(q.value(0).toInt(), expected);
            }
        };
        QVERIFY(DemoGenerator::generate(*t.db(), {3000, -1, 5, {}}).ok());
        check(3000);
        QVERIFY(!service.search(QStringLiteral("a"), 10)->isEmpty());
        QVERIFY(DemoGenerator::generate(*t.db(), {1000, 10, 6, {}}).ok());
        check(4000);
        Contact c;
        c.givenName = QStringLiteral("Zamfira");
        c.familyName = QStringLiteral("Ștefănescu");
        QVERIFY(service.create(c).ok());
        QCOMPARE(service.search(QStringLiteral("stefanescu zamf"), 5)->size(), 1);
    }

    void cancelOfAFirstLoadLeavesAnEmptyDatabase()
    {
        TempDatabase t;
        int calls = 0;
        const Status s =
            DemoGenerator::generate(*t.db(), {30000, -1, 2, {}}, [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!s.ok());
        ContactService service(t.db(), QStringLiteral("t"));
        QCOMPARE(*service.count(), 0);
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contact_fts_data")) && q.next());
        const int emptyBlocks = q.value(0).toInt();
        QVERIFY(emptyBlocks <= 2); // the structure and averages records of an empty index
        q.finish();
        const Status again = DemoGenerator::generate(*t.db(), {200, -1, 3, {}});
        QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
        QCOMPARE(*service.count(), 200);
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO contact_fts (contact_fts, rank) VALUES ('integrity-check', 1)")));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
