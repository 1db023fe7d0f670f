// Changing the phone region: national numbers are read anew, international ones keep their meaning.
#include "../testutil.h"
#include "crm/contactservice.h"
#include "crm/phonereindex.h"

#include <QSqlQuery>

class TestPhoneReindex : public QObject
{
    Q_OBJECT

private slots:
    void nationalNumbersFollowTheRegion()
    {
        TempDatabase t;
        QVERIFY(t.db()->setSetting(QStringLiteral("phone.default_region"), QStringLiteral("RO")).ok());
        ContactService service(t.db(), QStringLiteral("t"));
        Contact moscow;
        moscow.givenName = QStringLiteral("Ivan");
        moscow.phones = {{0, QString(), QStringLiteral("8 912 345-67-89")}}; // typed the Russian way
        const qint64 moscowId = *service.create(moscow);
        Contact bucharest;
        bucharest.givenName = QStringLiteral("Ion");
        bucharest.phones = {{0, QString(), QStringLiteral("+40 721 234 567")}};
        service.create(bucharest);
        const auto normalized = [&](const QString &value) {
            QSqlQuery q(t.db()->connection());
            q.prepare(QStringLiteral("SELECT normalized FROM contact_channel WHERE value = ?"));
            q.addBindValue(value);
            return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?");
        };
        // Read as a Romanian number it is no number at all.
        QCOMPARE(normalized(QStringLiteral("8 912 345-67-89")), QString());

        qint64 lastDone = -1;
        QVERIFY(PhoneReindex::run(*t.db(), QStringLiteral("ru"), [&](qint64 done, qint64) {
                    lastDone = done;
                    return true;
                }).ok());
        QCOMPARE(t.db()->setting(QStringLiteral("phone.default_region")), QStringLiteral("RU"));
        QCOMPARE(lastDone, 1); // only the number without a country code was read again
        QCOMPARE(normalized(QStringLiteral("8 912 345-67-89")), QStringLiteral("+79123456789"));
        QCOMPARE(normalized(QStringLiteral("+40 721 234 567")), QStringLiteral("+40721234567"));
        ContactService after(t.db(), QStringLiteral("t"));
        const auto found = after.search(QStringLiteral("+7 (912) 345 67 89"), 5);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, moscowId);
    }

    void unknownRegionAndCancelChangeNothing()
    {
        TempDatabase t;
        QVERIFY(t.db()->setSetting(QStringLiteral("phone.default_region"), QStringLiteral("RO")).ok());
        ContactService service(t.db(), QStringLiteral("t"));
        for (int i = 0; i < 5000; ++i) {
            Contact c;
            c.givenName = QStringLiteral("N%1").arg(i);
            c.phones = {{0, QString(), QStringLiteral("0721 %1").arg(100000 + i)}};
            QVERIFY(service.create(c).ok());
        }
        QVERIFY(!PhoneReindex::run(*t.db(), QStringLiteral("XX")).ok());
        const Status cancelled =
            PhoneReindex::run(*t.db(), QStringLiteral("UA"), [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(t.db()->setting(QStringLiteral("phone.default_region")), QStringLiteral("RO"));
        QCOMPARE(service.search(QStringLiteral("+40 721 100 042"), 5)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPhoneReindex)
#include "tst_phonereindex.moc"
