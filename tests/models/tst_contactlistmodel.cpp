// The contact list model over SQL: lazy pages, sort and filter in SQL, under QAbstractItemModelTester.
#include "../testutil.h"
#include "crm/contactservice.h"
#include "demo/demogenerator.h"
#include "models/contactlistmodel.h"
#include "text/displaytime.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>

namespace {

void addUser(const DatabasePtr &db, const QString &login, const QString &name)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, display_name, role, created_at) "
                             "VALUES (?, ?, 'sales_manager', '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(login);
    q.addBindValue(name);
    QVERIFY2(q.exec(), qPrintable(login));
}

int countOwnedBy(const DatabasePtr &db, const QStringList &logins)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM contact WHERE deleted_at IS NULL AND owner IN ('%1')")
                  .arg(logins.join(QStringLiteral("','"))));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestContactListModel : public QObject
{
    Q_OBJECT

    TempDatabase *m_t = nullptr;
    static constexpr int kContacts = 3000; // more than a few pages

private slots:
    void initTestCase()
    {
        m_t = new TempDatabase;
        QVERIFY(DemoGenerator::generate(*m_t->db(), {kContacts, -1, 11, {}}).ok());
    }
    void cleanupTestCase() { delete m_t; }

    void passesTheModelTester()
    {
        ContactListModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kContacts);
        model.sort(ContactListModel::CompanyColumn, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("pop"));
        model.setSearchText(QString());
        model.sort(ContactListModel::NameColumn, Qt::AscendingOrder);
    }

    void everyRowIsReadInOrderWhateverTheAccessPattern()
    {
        ContactListModel model(m_t->db());
        // The same order as a plain full query: read forwards (keyset), backwards and by jumps.
        QSqlQuery q(m_t->db()->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY name_key, id")));
        QList<qint64> expected;
        while (q.next())
            expected << q.value(0).toLongLong();
        QCOMPARE(model.rowCount(), expected.size());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.idAt(r), expected.at(r));
        ContactListModel backwards(m_t->db());
        for (int r = backwards.rowCount() - 1; r >= 0; --r)
            QCOMPARE(backwards.idAt(r), expected.at(r));
        ContactListModel jumps(m_t->db());
        for (int r : {kContacts - 1, 0, kContacts / 2, 1, kContacts - 200, 700, 129, 128, 127})
            QCOMPARE(jumps.idAt(r), expected.at(r));
    }

    void sortsInSqlByTheFoldedKey()
    {
        ContactListModel model(m_t->db());
        QVERIFY(model.isSortable(ContactListModel::NameColumn));
        QVERIFY(!model.isSortable(ContactListModel::EmailColumn));
        model.sort(ContactListModel::CreatedColumn, Qt::DescendingOrder);
        QSqlQuery q(m_t->db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM contact ORDER BY created_at DESC, id DESC LIMIT 300")));
        for (int r = 0; q.next(); ++r)
            QCOMPARE(model.idAt(r), q.value(0).toLongLong());
        // Sorting by a column that cannot sort changes nothing.
        model.sort(ContactListModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(ContactListModel::CreatedColumn));
    }

    void searchNarrowsTheList()
    {
        ContactListModel model(m_t->db());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearchText(QStringLiteral("Ion"));
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < kContacts);
        const auto expected =
            ContactService(m_t->db(), QStringLiteral("t")).search(QStringLiteral("Ion"), kContacts);
        QCOMPARE(model.rowCount(), expected->size());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.idAt(r), expected->at(r).id);
        model.setSearchText(QStringLiteral("no-such-name-anywhere"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), kContacts);
    }

    void filtersCombine()
    {
        ContactListModel model(m_t->db());
        ContactFilter f;
        f.owner = QStringLiteral("ana.popescu");
        model.setFilter(f);
        const int mine = model.rowCount();
        QVERIFY(mine > 0 && mine < kContacts);
        for (int r = 0; r < mine; ++r)
            QCOMPARE(model.index(r, ContactListModel::OwnerColumn).data().toString(),
                     QStringLiteral("ana.popescu"));
        f.search = QStringLiteral("a");
        model.setFilter(f);
        QVERIFY(model.rowCount() <= mine);
    }

    void followsChangesAndFindsRows()
    {
        ContactListModel model(m_t->db());
        ContactService service(m_t->db(), QStringLiteral("t"));
        Contact c;
        c.givenName = QStringLiteral("Aaron");
        c.familyName = QStringLiteral("Aaronson");
        const qint64 id = *service.create(c);
        QTRY_COMPARE(model.rowCount(), kContacts + 1);
        QCOMPARE(model.rowOfId(id), 0); // "aaronson aaron" sorts first
        QCOMPARE(model.idAt(0), id);
        const int someRow = 1234;
        QCOMPARE(model.rowOfId(model.idAt(someRow)), someRow);
        QVERIFY(service.moveToTrash({id}).ok());
        QTRY_COMPARE(model.rowCount(), kContacts);
        QCOMPARE(model.rowOfId(id), -1);
        ContactListModel trash(m_t->db());
        ContactFilter f;
        f.trash = true;
        trash.setFilter(f);
        QCOMPARE(trash.rowCount(), 1);
        QCOMPARE(trash.idAt(0), id);
        QVERIFY(service.purge({id}).ok());
    }

    void ownerFilterMatchesFullNamesAndLogins_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("owners");
        const QStringList ana{QStringLiteral("ana.popescu")};
        const QStringList ivan{QStringLiteral("ivan.petrov")};
        QTest::newRow("family name") << QStringLiteral("Popescu") << ana;
        QTest::newRow("given name, folded") << QStringLiteral("ANA") << ana;
        QTest::newRow("diacritics folded") << QStringLiteral("ștefănescu") << ana;
        QTest::newRow("prefixes of both names") << QStringLiteral("ana pop") << ana;
        QTest::newRow("the login") << QStringLiteral("ana.popescu") << ana;
        QTest::newRow("part of the login") << QStringLiteral("petrov") << ivan;
        QTest::newRow("full name, other words") << QStringLiteral("Ivan Ivanovich") << ivan;
        // An owner that is no user (an imported list) is matched by the text it is.
        QTest::newRow("not a user") << QStringLiteral("olena")
                                    << QStringList{QStringLiteral("olena.kovalenko")};
        QTest::newRow("nobody") << QStringLiteral("zzz") << QStringList();
        QTest::newRow("a word that is in no name") << QStringLiteral("ana petrov") << QStringList();
    }

    void ownerFilterMatchesFullNamesAndLogins()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, owners);
        TempDatabase t;
        QVERIFY(DemoGenerator::generate(*t.db(), {400, -1, 5, {}}).ok());
        addUser(t.db(), QStringLiteral("ana.popescu"), QStringLiteral("Ana Ștefănescu-Popescu"));
        addUser(t.db(), QStringLiteral("ivan.petrov"), QStringLiteral("Ivan Ivanovich"));
        ContactListModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContactFilter f;
        f.ownerName = typed;
        model.setFilter(f);
        const int expected = owners.isEmpty() ? 0 : countOwnedBy(t.db(), owners);
        QVERIFY(owners.isEmpty() || expected > 0);
        QCOMPARE(model.rowCount(), expected);
        // Owners are shown by their full names; an owner who is no user by what is stored.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString shown = model.index(r, ContactListModel::OwnerColumn).data().toString();
            QCOMPARE(shown,
                     owners.first() == QLatin1String("ana.popescu") ? QStringLiteral("Ana Ștefănescu-Popescu")
                     : owners.first() == QLatin1String("ivan.petrov") ? QStringLiteral("Ivan Ivanovich")
                                                                      : owners.first());
        }
        // A user added later is found at the next refresh.
        if (typed == QLatin1String("zzz")) {
            addUser(t.db(), QStringLiteral("olena.kovalenko"), QStringLiteral("Olena Zzzyx"));
            model.refresh();
            QCOMPARE(model.rowCount(), countOwnedBy(t.db(), {QStringLiteral("olena.kovalenko")}));
        }
    }

    void ownerFilterPagesInOrderWhicheverWayItReads()
    {
        // A big owner (a fifth of the list: its rows are found walking the sort index) and a small one
        // (its few rows are read and sorted): the same rows in the same order as plain SQL, read forwards,
        // backwards and by jumps, under each sort.
        TempDatabase t;
        QVERIFY(DemoGenerator::generate(*t.db(), {kContacts, -1, 13, {}}).ok());
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE contact SET owner = 'rare.owner' WHERE id IN "
                                      "(SELECT id FROM contact WHERE owner = 'john.smith' LIMIT 40)")));
        const QList<std::pair<int, QString>> sorts{
            {ContactListModel::NameColumn, QStringLiteral("name_key %1, id %1")},
            {ContactListModel::CompanyColumn, QStringLiteral("company_key %1, name_key %1, id %1")},
            {ContactListModel::CreatedColumn, QStringLiteral("created_at %1, id %1")}};
        for (const QString &owner : {QStringLiteral("ana.popescu"), QStringLiteral("rare.owner")}) {
            for (const auto &[column, order] : sorts) {
                for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    QVERIFY(q.exec(
                        QStringLiteral("SELECT id FROM contact WHERE deleted_at IS NULL AND owner = '%1' "
                                       "ORDER BY %2")
                            .arg(owner,
                                 order.arg(direction == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                                           : QStringLiteral("DESC")))));
                    QList<qint64> expected;
                    while (q.next())
                        expected << q.value(0).toLongLong();
                    ContactFilter f;
                    f.ownerName = owner;
                    ContactListModel forwards(t.db());
                    forwards.sort(column, direction);
                    forwards.setFilter(f);
                    QCOMPARE(forwards.rowCount(), expected.size());
                    for (int r = 0; r < forwards.rowCount(); ++r)
                        QCOMPARE(forwards.idAt(r), expected.at(r));
                    ContactListModel backwards(t.db());
                    backwards.sort(column, direction);
                    backwards.setFilter(f);
                    for (int r = backwards.rowCount() - 1; r >= 0; r -= 7)
                        QCOMPARE(backwards.idAt(r), expected.at(r));
                    QCOMPARE(backwards.rowOfId(expected.last()), expected.size() - 1);
                }
            }
        }
    }

    void timesAreShownToTheMinute()
    {
        ContactListModel model(m_t->db());
        QVERIFY(model.rowCount() > 0);
        const QString created = model.index(0, ContactListModel::CreatedColumn).data().toString();
        QVERIFY(!created.isEmpty());
        // No seconds (the C locale's short format has them: "6 Dec 2026 01:35:21").
        QVERIFY2(!created.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))),
                 qPrintable(created));
        for (const char *name : {"C", "en_US", "ro_RO", "de_DE", "fi_FI", "ru_RU", "uk_UA"}) {
            const QLocale locale(QString::fromLatin1(name));
            const QString format = DisplayTime::timeFormat(locale);
            QVERIFY2(!format.contains(u's'),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), format)));
            QVERIFY2(format.contains(QStringLiteral("mm")), qPrintable(format));
            const QString shown =
                DisplayTime::dateTime(QDateTime(QDate(2026, 3, 4), QTime(13, 7, 59), Qt::UTC), locale);
            QVERIFY2(!shown.contains(QStringLiteral("59")), qPrintable(shown));
        }
    }

    void namesAreDataNotMarkup()
    {
        ContactService service(m_t->db(), QStringLiteral("t"));
        Contact c;
        c.givenName = QStringLiteral("<b>Bold</b>");
        c.familyName = QStringLiteral("<script>x</script>");
        const qint64 id = *service.create(c);
        ContactListModel model(m_t->db());
        const int row = model.rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ContactListModel::NameColumn).data().toString(),
                 QStringLiteral("<b>Bold</b> <script>x</script>"));
        QVERIFY(service.moveToTrash({id}).ok());
        QVERIFY(service.purge({id}).ok());
    }
};

QTEST_GUILESS_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
