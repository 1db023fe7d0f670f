// Contacts: create, read back every field, edit, trash and restore, and refuse bad input unchanged.
#include "../testutil.h"
#include "crm/companyservice.h"
#include "crm/contactservice.h"
#include "crm/customfieldservice.h"
#include "store/eventlog.h"
#include "store/timestamps.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

Contact fullContact()
{
    Contact c;
    c.givenName = QStringLiteral("Ștefan");
    c.familyName = QStringLiteral("Popescu");
    c.position = QStringLiteral("Director");
    c.companyName = QStringLiteral("Carpați Construct SRL");
    c.birthday = QDate(1980, 4, 12);
    c.address = QStringLiteral("Strada Victoriei 10\nBucurești");
    c.source = QStringLiteral("Referral");
    c.owner = QStringLiteral("ana");
    c.notes = QStringLiteral("Prefers calls after 10:00.");
    c.tags = {QStringLiteral("VIP"), QStringLiteral("construction")};
    c.emails = {{0, QStringLiteral("work"), QStringLiteral("stefan@carpati.ro")},
                {0, QStringLiteral("personal"), QStringLiteral("stefan.p@gmail.com")}};
    c.phones = {{0, QStringLiteral("mobile"), QStringLiteral("0721 234 567")}};
    return c;
}

qint64 countRows(const DatabasePtr &db, const QString &table)
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestContactService : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Timestamps::setClockForTesting({}); }

    void createAndReadBackEveryField()
    {
        TempDatabase t;
        const QDateTime fixed(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc());
        Timestamps::setClockForTesting([&] { return fixed; });
        ContactService service(t.db(), QStringLiteral("ana"));
        const Result<qint64> id = service.create(fullContact());
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const Result<Contact> c = service.get(*id);
        QVERIFY(c.ok());
        const Contact expected = fullContact();
        QCOMPARE(c->givenName, expected.givenName);
        QCOMPARE(c->familyName, expected.familyName);
        QCOMPARE(c->position, expected.position);
        QCOMPARE(c->companyName, expected.companyName);
        QVERIFY(c->companyId > 0);
        QCOMPARE(c->birthday, expected.birthday);
        QCOMPARE(c->address, expected.address);
        QCOMPARE(c->source, expected.source);
        QCOMPARE(c->owner, expected.owner);
        QCOMPARE(c->notes, expected.notes);
        QCOMPARE(c->tags,
                 (QStringList{QStringLiteral("construction"), QStringLiteral("VIP")})); // alphabetical
        QCOMPARE(c->emails.size(), 2);
        QCOMPARE(c->emails.at(0).label, QStringLiteral("work"));
        QCOMPARE(c->emails.at(1).value, QStringLiteral("stefan.p@gmail.com"));
        QCOMPARE(c->phones.size(), 1);
        QCOMPARE(c->phones.at(0).value, QStringLiteral("0721 234 567"));
        QCOMPARE(c->createdAt, fixed);
        QCOMPARE(c->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(!c->deletedAt.isValid());
        // The phone is stored normalised too.
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT normalized FROM contact_channel WHERE kind = 'phone'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+40721234567"));
        QVERIFY(q.exec(QStringLiteral("SELECT created_at FROM contact")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-01T08:30:00.000Z"));
    }

    void existingCompanyIsReusedIgnoringCaseAndAccents()
    {
        TempDatabase t;
        ContactService service(t.db(), QStringLiteral("ana"));
        Contact a = fullContact();
        Contact b = fullContact();
        b.companyName = QStringLiteral("carpati construct srl");
        const qint64 idA = *service.create(a);
        const qint64 idB = *service.create(b);
        QCOMPARE(service.get(idA)->companyId, service.get(idB)->companyId);
        QCOMPARE(*CompanyService(t.db(), QStringLiteral("ana")).count(), 1);
    }

    void updateRecordsWhatChanged()
    {
        TempDatabase t;
        ContactService service(t.db(), QStringLiteral("ana"));
        const qint64 id = *service.create(fullContact());
        Contact c = *service.get(id);
        c.position = QStringLiteral("CEO");
        c.phones.append({0, QStringLiteral("work"), QStringLiteral("+40 21 123 4567")});
        QVERIFY(service.update(c).ok());
        QCOMPARE(service.get(id)->position, QStringLiteral("CEO"));
        QCOMPARE(service.get(id)->phones.size(), 2);
        QSqlDatabase db = t.db()->connection();
        const auto events = *EventLog::since(db, 0);
        const DomainEvent &last = events.last();
        QCOMPARE(last.type, QStringLiteral("contact.updated"));
        const QJsonArray changed = last.payload.value(QStringLiteral("changed")).toArray();
        QVERIFY(changed.contains(QStringLiteral("position")));
        QVERIFY(changed.contains(QStringLiteral("phones")));
        QVERIFY(!changed.contains(QStringLiteral("given_name")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no name") << "name"
                                 << ""
                                 << "given name or a family name";
        QTest::newRow("bad email") << "email"
                                   << "stefan at carpati"
                                   << "not an e-mail address";
        QTest::newRow("bad phone") << "phone"
                                   << "call me"
                                   << "not a phone number";
        QTest::newRow("control character") << "given" << QStringLiteral("Ion\u0007") << "control character";
        QTest::newRow("null character") << "family" << QString(QChar(0)) << "control character";
        QTest::newRow("very long name") << "given" << QString(5000, u'x') << "too long";
        // Bytes that were not UTF-8 (read as U+FFFD) or only zero-width characters: refused with a
        // message, never an SQL error.
        QTest::newRow("invalid UTF-8 name")
            << "name" << QString::fromUtf8("\xff\xfe\xfd") << "not valid UTF-8";
        QTest::newRow("invalid UTF-8 in a name")
            << "family" << QString::fromUtf8("Pop\xc3 escu") << "not valid UTF-8";
        QTest::newRow("zero-width name")
            << "name" << QStringLiteral("\u200b\u200d\ufeff") << "no visible characters";
        QTest::newRow("zero-width family name")
            << "family" << QStringLiteral(" \u200b ") << "no visible characters";
        QTest::newRow("zero-width company")
            << "company" << QStringLiteral("\u2060") << "no visible characters";
        QTest::newRow("future birthday") << "birthday"
                                         << "2999-01-01"
                                         << "future";
    }
    void badInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);
        TempDatabase t;
        ContactService service(t.db(), QStringLiteral("ana"));
        const qint64 existing = *service.create(fullContact());
        Contact c = fullContact();
        if (field == QLatin1String("name"))
            c.givenName = c.familyName = value;
        else if (field == QLatin1String("email"))
            c.emails = {{0, QString(), value}};
        else if (field == QLatin1String("phone"))
            c.phones = {{0, QString(), value}};
        else if (field == QLatin1String("given"))
            c.givenName = value;
        else if (field == QLatin1String("family"))
            c.familyName = value;
        else if (field == QLatin1String("company"))
            c.companyName = value;
        else if (field == QLatin1String("birthday"))
            c.birthday = QDate::fromString(value, Qt::ISODate);
        const qint64 eventsBefore = countRows(t.db(), QStringLiteral("event"));
        const Result<qint64> created = service.create(c);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, StoreError::Code::Invalid);
        QVERIFY2(created.error().message.contains(messagePart), qPrintable(created.error().message));
        // An edit with the same bad value changes nothing either.
        c.id = existing;
        QVERIFY(!service.update(c).ok());
        QCOMPARE(service.get(existing)->givenName, fullContact().givenName);
        QCOMPARE(service.get(existing)->emails.size(), 2);
        QCOMPARE(*service.count(), 1);
        QCOMPARE(countRows(t.db(), QStringLiteral("event")), eventsBefore);
    }

    void trashRestoreAndPurge()
    {
        TempDatabase t;
        ContactService service(t.db(), QStringLiteral("ana"));
        const qint64 a = *service.create(fullContact());
        const qint64 b = *service.create(fullContact());
        QVERIFY(service.moveToTrash({a}).ok());
        QCOMPARE(*service.count(), 1);
        QCOMPARE(*service.trashCount(), 1);
        QVERIFY(service.get(a)->deletedAt.isValid());
        Contact edited = *service.get(a);
        edited.position = QStringLiteral("x");
        QVERIFY(!service.update(edited).ok()); // in the trash: restore first
        QVERIFY(service.restore({a}).ok());
        QCOMPARE(*service.count(), 2);
        QCOMPARE(service.get(a)->emails.size(), 2); // everything came back
        // Purging takes only what is in the trash.
        QVERIFY(service.purge({b}).ok());
        QCOMPARE(*service.count(), 2);
        QVERIFY(service.moveToTrash({b}).ok());
        QVERIFY(service.purge({b}).ok());
        QVERIFY(!service.get(b).ok());
        QCOMPARE(countRows(t.db(), QStringLiteral("contact_channel")), 3);
        QSqlDatabase db = t.db()->connection();
        QStringList types;
        for (const DomainEvent &e : *EventLog::since(db, 0))
            types << e.type;
        QVERIFY(types.contains(QStringLiteral("contact.trashed")));
        QVERIFY(types.contains(QStringLiteral("contact.restored")));
        QVERIFY(types.contains(QStringLiteral("contact.purged")));
    }

    void customFieldValuesAreTyped()
    {
        TempDatabase t;
        CustomFieldService fields(t.db(), QStringLiteral("admin"));
        CustomField area;
        area.entity = QStringLiteral("contact");
        area.key = QStringLiteral("room_area");
        area.label = QStringLiteral("Room area, m²");
        area.type = CustomField::Type::Number;
        QVERIFY(fields.define(area).ok());
        CustomField discount;
        discount.entity = QStringLiteral("contact");
        discount.key = QStringLiteral("discount");
        discount.label = QStringLiteral("Discount");
        discount.type = CustomField::Type::YesNo;
        QVERIFY(fields.define(discount).ok());

        ContactService service(t.db(), QStringLiteral("ana"));
        Contact c = fullContact();
        c.custom = {{QStringLiteral("room_area"), 42.5}, {QStringLiteral("discount"), true}};
        const qint64 id = *service.create(c);
        const Contact back = *service.get(id);
        QCOMPARE(back.custom.value(QStringLiteral("room_area")).toDouble(), 42.5);
        QCOMPARE(back.custom.value(QStringLiteral("discount")).toBool(), true);

        c.custom = {{QStringLiteral("room_area"), QStringLiteral("forty")}};
        const Result<qint64> bad = service.create(c);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("Room area")));
        c.custom = {{QStringLiteral("no_such_field"), 1}};
        QVERIFY(!service.create(c).ok());
        QCOMPARE(*service.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactService)
#include "tst_contactservice.moc"
