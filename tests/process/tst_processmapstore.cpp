// Route maps stored in the database: every save a new version, older versions readable, bad XML
// refused with its line and column and nothing changed, permissions, events and the trash.
#include "../testutil.h"
#include "bpmn/bpmngenerator.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnxmlcompare.h"
#include "crm/userservice.h"
#include "process/processmapstore.h"
#include "store/eventlog.h"
#include "store/systemuser.h"

#include <QSignalSpy>
#include <QSqlQuery>

namespace {

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString snapshot(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    q.exec(
        QStringLiteral("SELECT (SELECT group_concat(id || ':' || name || ':' || updated_at || ':' || "
                       "ifnull(deleted_at, '')) FROM process_map) || '|' || "
                       "(SELECT count(*) FROM process_map_version) || '|' || (SELECT count(*) FROM event)"));
    q.next();
    return q.value(0).toString();
}

const QByteArray kSmall =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\" targetNamespace=\"t\">\n"
    "  <process id=\"P\"><startEvent id=\"S\" name=\"Start\"/></process>\n"
    "</definitions>\n";

} // namespace

class TestProcessMapStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    QString m_admin;

    QList<DomainEvent> eventsOf(const QString &type) const
    {
        QSqlDatabase db = m_db->connection();
        QList<DomainEvent> result;
        for (const DomainEvent &e : *EventLog::since(db, 0)) {
            if (e.type == type)
                result.append(e);
        }
        return result;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_admin = SystemUser::login();
        UserService users(m_db, m_admin);
        QVERIFY(users.current().ok());
        const std::pair<const char *, User::Role> people[] = {{"ana", User::Role::SalesManager},
                                                              {"olena", User::Role::Director},
                                                              {"petru", User::Role::ProcessOwner}};
        for (const auto &[login, role] : people) {
            User u;
            u.login = QString::fromLatin1(login);
            u.role = role;
            QVERIFY(users.create(u).ok());
        }
    }

    void createSaveAndReadVersions()
    {
        ProcessMapStore store(m_db, QStringLiteral("petru"));
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        const Result<qint64> id =
            store.create(QStringLiteral("Sales"), kSmall, QStringLiteral("first draft"));
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("process_map"));

        const QByteArray large = generateLargeProcess(200, 3);
        const Result<int> v2 = store.save(*id, large, QStringLiteral("the whole route"));
        QVERIFY2(v2.ok(), qPrintable(v2.error().fullText()));
        QCOMPARE(*v2, 2);
        QCOMPARE(*store.save(*id, kSmall), 3);

        const Result<ProcessMap> map = store.map(*id);
        QVERIFY(map.ok());
        QCOMPARE(map->name, QStringLiteral("Sales"));
        QCOMPARE(map->latestVersion, 3);

        const Result<QList<ProcessMapVersion>> versions = store.versions(*id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(0).version, 3); // newest first
        QCOMPARE(versions->at(1).comment, QStringLiteral("the whole route"));
        QCOMPARE(versions->at(2).savedBy, QStringLiteral("petru"));
        QVERIFY(versions->at(0).xml.isEmpty()); // listing does not carry the drawings

        // An older version stays readable and is the same model as what was saved.
        const Result<ProcessMapVersion> old = store.read(*id, 2);
        QVERIFY(old.ok());
        BpmnReadResult original = BpmnReader::read(large);
        BpmnReadResult stored = BpmnReader::read(old->xml);
        QVERIFY(stored.readable);
        const BpmnXmlCompare::Result same = BpmnXmlCompare::compare(original.document, stored.document);
        QVERIFY2(same.equal, qPrintable(same.differences.join(u'\n')));
        QCOMPARE(store.read(*id)->version, 3); // 0: the latest

        QCOMPARE(eventsOf(QStringLiteral("process_map.created")).size(), 1);
        const QList<DomainEvent> saved = eventsOf(QStringLiteral("process_map.saved"));
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.last().payload.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(saved.last().actor, QStringLiteral("petru"));
    }

    void badXmlIsRefusedWithItsPosition_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not well-formed")
            << QByteArray("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/"
                          "MODEL\">\n  <process id=\"P\">\n</definitions>")
            << QStringLiteral("line 3");
        QTest::newRow("not BPMN") << QByteArray("<html><body/></html>") << QStringLiteral("cannot be saved");
        QTest::newRow("duplicate ids")
            << QByteArray("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\">\n"
                          "<process id=\"P\"><task id=\"T\"/>\n"
                          "<task id=\"T\"/></process></definitions>")
            << QStringLiteral("line 3");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("cannot be saved");
    }

    void badXmlIsRefusedWithItsPosition()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        ProcessMapStore store(m_db, m_admin);
        const qint64 id = *store.create(QStringLiteral("Complaints"), kSmall);
        const QString before = snapshot(m_db);
        const Result<int> saved = store.save(id, xml);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, StoreError::Code::Invalid);
        QVERIFY2(saved.error().message.contains(expected), qPrintable(saved.error().message));
        QVERIFY(!store.create(QStringLiteral("Another"), xml).ok());
        QCOMPARE(snapshot(m_db), before);
    }

    void onlyProcessOwnersAndAdministratorsChangeMaps()
    {
        const qint64 id =
            *ProcessMapStore(m_db, QStringLiteral("petru")).create(QStringLiteral("Sales"), kSmall);
        for (const char *login : {"ana", "olena", "nobody"}) {
            ProcessMapStore store(m_db, QString::fromLatin1(login));
            const QString before = snapshot(m_db);
            QVERIFY(!store.canEdit());
            QVERIFY(!store.create(QStringLiteral("Mine"), kSmall).ok());
            const Result<int> saved = store.save(id, kSmall);
            QVERIFY(!saved.ok());
            QVERIFY(!store.rename(id, QStringLiteral("Renamed")).ok());
            QVERIFY(!store.moveToTrash(id).ok());
            QCOMPARE(snapshot(m_db), before);
            if (qstrcmp(login, "nobody") != 0) {
                QCOMPARE(saved.error().code, StoreError::Code::Denied);
                // ... but they read every version.
                QVERIFY(store.read(id, 1).ok());
                QCOMPARE(store.maps()->size(), 1);
            }
        }
        QVERIFY(ProcessMapStore(m_db, m_admin).canEdit());
        QVERIFY(ProcessMapStore(m_db, QStringLiteral("petru")).canEdit());
    }

    void namesAreUniqueAndRenamesAreRecorded()
    {
        ProcessMapStore store(m_db, m_admin);
        const qint64 sales = *store.create(QStringLiteral("Sales"), kSmall);
        const qint64 events = *store.create(QStringLiteral("Marketing event"), kSmall);
        const Result<qint64> clash = store.create(QStringLiteral("  sales "), kSmall);
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains(QStringLiteral("already")));
        QVERIFY(!store.create(QStringLiteral("   "), kSmall).ok());
        QVERIFY(!store.rename(events, QStringLiteral("SALES")).ok());
        QVERIFY(store.rename(events, QStringLiteral("Trade fair")).ok());
        QCOMPARE(store.mapNamed(QStringLiteral("trade FAIR"))->id, events);
        const QList<DomainEvent> renamed = eventsOf(QStringLiteral("process_map.renamed"));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.first().payload.value(QStringLiteral("to")).toString(),
                 QStringLiteral("Trade fair"));
        const Result<QList<ProcessMap>> maps = store.maps();
        QCOMPARE(maps->size(), 2);
        QCOMPARE(maps->at(0).id, sales); // by name
        QCOMPARE(maps->at(1).name, QStringLiteral("Trade fair"));
    }

    void trashAndRestore()
    {
        ProcessMapStore store(m_db, m_admin);
        const qint64 id = *store.create(QStringLiteral("Assignment"), kSmall);
        QVERIFY(store.moveToTrash(id).ok());
        QVERIFY(store.maps()->isEmpty());
        QCOMPARE(store.maps(true)->size(), 1);
        QVERIFY(!store.save(id, kSmall).ok()); // restore first
        QVERIFY(store.read(id, 1).ok());       // still readable
        // The name is free while the map is in the trash; restoring then needs it back.
        const qint64 other = *store.create(QStringLiteral("Assignment"), kSmall);
        const Status refused = store.restore(id);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Rename")));
        QVERIFY(store.rename(other, QStringLiteral("Assignment 2")).ok());
        QVERIFY(store.restore(id).ok());
        QCOMPARE(store.maps()->size(), 2);
        QCOMPARE(eventsOf(QStringLiteral("process_map.trashed")).size(), 1);
        QCOMPARE(eventsOf(QStringLiteral("process_map.restored")).size(), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM process_map_version")), 2);
    }

    void storedXmlIsUtf8WhateverTheFileDeclared()
    {
        QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\">"
                            "<process id=\"P\"><task id=\"T\" name=\"Caf\xe9\"/></process></definitions>";
        ProcessMapStore store(m_db, m_admin);
        const Result<qint64> id = store.create(QStringLiteral("Café"), latin1);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const Result<ProcessMapVersion> read = store.read(*id);
        BpmnReadResult doc = BpmnReader::read(read->xml);
        QVERIFY(doc.readable);
        QCOMPARE(doc.document.elementById(QStringLiteral("T"))->attribute(u"name"), QStringLiteral("Café"));
    }

    void unknownMapsAndVersions()
    {
        ProcessMapStore store(m_db, m_admin);
        QCOMPARE(store.read(42).error().code, StoreError::Code::NotFound);
        const qint64 id = *store.create(QStringLiteral("Sales"), kSmall);
        QCOMPARE(store.read(id, 7).error().code, StoreError::Code::NotFound);
        QCOMPARE(store.save(99, kSmall).error().code, StoreError::Code::NotFound);
        QCOMPARE(store.create(QStringLiteral("Tied"), kSmall, QString(), 12345).error().code,
                 StoreError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProcessMapStore)
#include "tst_processmapstore.moc"
