// The write path: a change and its domain event commit together or not at all.
#include "../testutil.h"
#include "crm/contactservice.h"
#include "store/eventlog.h"

#include <QSignalSpy>
#include <QSqlQuery>

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void createWritesEventInSameTransaction()
    {
        TempDatabase t;
        ContactService service(t.db(), QStringLiteral("ana"));
        QSignalSpy changed(t.db()->notifier(), &ChangeNotifier::changed);
        Contact c;
        c.givenName = QStringLiteral("Ion");
        c.familyName = QStringLiteral("Popescu");
        const Result<qint64> id = service.create(c);
        QVERIFY(id.ok());
        QSqlDatabase db = t.db()->connection();
        const auto events = EventLog::since(db, 0);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        const DomainEvent &e = events->first();
        QCOMPARE(e.type, QStringLiteral("contact.created"));
        QCOMPARE(e.entityId, *id);
        QCOMPARE(e.actor, QStringLiteral("ana"));
        QCOMPARE(e.payload.value(QStringLiteral("family_name")).toString(), QStringLiteral("Popescu"));
        QVERIFY(e.occurredAt.endsWith(u'Z'));
        QCOMPARE(changed.count(), 1);
    }

    void failingEventRollsBackTheChange()
    {
        TempDatabase t;
        ContactService service(t.db(), QStringLiteral("ana"));
        QSqlDatabase db = t.db()->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER broken_outbox BEFORE INSERT ON event "
                                      "BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END")));
        QSignalSpy changed(t.db()->notifier(), &ChangeNotifier::changed);
        Contact c;
        c.givenName = QStringLiteral("Ion");
        c.companyName = QStringLiteral("New Company SRL");
        c.emails = {{0, QStringLiteral("work"), QStringLiteral("ion@example.com")}};
        const Result<qint64> id = service.create(c);
        QVERIFY(!id.ok());
        QCOMPARE(changed.count(), 0);
        for (const char *table : {"contact", "company", "contact_channel", "contact_search", "event"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
            QVERIFY2(q.value(0).toInt() == 0, table);
        }
    }

    void failingChangeWritesNoEvent()
    {
        TempDatabase t;
        ContactService service(t.db(), QStringLiteral("ana"));
        Contact c;
        c.givenName = QStringLiteral("Ion");
        const qint64 id = *service.create(c);
        QSqlDatabase db = t.db()->connection();
        const qint64 lastEvent = EventLog::lastId(db);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER broken_search BEFORE UPDATE ON contact_search "
                                      "BEGIN SELECT RAISE(ABORT, 'index unavailable'); END")));
        c.id = id;
        c.familyName = QStringLiteral("Changed");
        QVERIFY(!service.update(c).ok());
        QCOMPARE(EventLog::lastId(db), lastEvent);
        QCOMPARE(service.get(id)->familyName, QString());
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
