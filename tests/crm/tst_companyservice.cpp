// Companies: create and edit, renames reach their contacts, trash and restore.
#include "../testutil.h"
#include "crm/companyservice.h"
#include "crm/contactservice.h"

class TestCompanyService : public QObject
{
    Q_OBJECT

private slots:
    void createAndRead()
    {
        TempDatabase t;
        CompanyService service(t.db(), QStringLiteral("ana"));
        Company c;
        c.name = QStringLiteral("ООО «Вектор»");
        c.industry = QStringLiteral("Logistics");
        c.website = QStringLiteral("www.vector.ru");
        c.address = QStringLiteral("Москва, ул. Ленина 1");
        c.phones = {{0, QStringLiteral("office"), QStringLiteral("+7 495 123-45-67")}};
        c.emails = {{0, QStringLiteral("office"), QStringLiteral("office@vector.ru")}};
        const Result<qint64> id = service.create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const Company back = *service.get(*id);
        QCOMPARE(back.name, c.name);
        QCOMPARE(back.industry, c.industry);
        QCOMPARE(back.website, c.website);
        QCOMPARE(back.phones.size(), 1);
        QCOMPARE(back.emails.first().value, QStringLiteral("office@vector.ru"));
        QCOMPARE(back.owner, QStringLiteral("ana"));
        c.name = QStringLiteral("  ");
        QVERIFY(!service.create(c).ok());
        // A name of bytes that were not UTF-8, or of zero-width characters only, is refused with a message.
        c.name = QString::fromUtf8("\xff\xfe");
        QVERIFY(service.create(c).error().message.contains(QStringLiteral("not valid UTF-8")));
        c.name = QStringLiteral("\u200b\u200c");
        QVERIFY(service.create(c).error().message.contains(QStringLiteral("no visible characters")));
        QCOMPARE(*service.count(), 1);
    }

    void renameReachesContactsAndTheirSearch()
    {
        TempDatabase t;
        ContactService contacts(t.db(), QStringLiteral("ana"));
        Contact person;
        person.givenName = QStringLiteral("Ion");
        person.companyName = QStringLiteral("Old Name SRL");
        const qint64 personId = *contacts.create(person);
        CompanyService companies(t.db(), QStringLiteral("ana"));
        Company co = *companies.get(contacts.get(personId)->companyId);
        co.name = QStringLiteral("Lumina Nouă SRL");
        QVERIFY(companies.update(co).ok());
        QCOMPARE(contacts.get(personId)->companyName, QStringLiteral("Lumina Nouă SRL"));
        QCOMPARE(contacts.search(QStringLiteral("lumina noua"), 5)->size(), 1);
        QCOMPARE(contacts.search(QStringLiteral("old name"), 5)->size(), 0);
    }

    void trashAndPurgeLeaveContactsConsistent()
    {
        TempDatabase t;
        ContactService contacts(t.db(), QStringLiteral("ana"));
        Contact person;
        person.givenName = QStringLiteral("Ion");
        person.companyName = QStringLiteral("Gone SRL");
        const qint64 personId = *contacts.create(person);
        CompanyService companies(t.db(), QStringLiteral("ana"));
        const qint64 companyId = contacts.get(personId)->companyId;
        QVERIFY(companies.moveToTrash({companyId}).ok());
        QCOMPARE(*companies.count(), 0);
        QVERIFY(companies.restore({companyId}).ok());
        QCOMPARE(*companies.count(), 1);
        QVERIFY(companies.moveToTrash({companyId}).ok());
        QVERIFY(companies.purge({companyId}).ok());
        const Contact after = *contacts.get(personId);
        QCOMPARE(after.companyId, 0);
        QVERIFY(after.companyName.isEmpty());
        QCOMPARE(contacts.search(QStringLiteral("gone"), 5)->size(), 0);
        QCOMPARE(contacts.search(QStringLiteral("ion"), 5)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompanyService)
#include "tst_companyservice.moc"
