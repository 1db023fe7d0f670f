// Search as users type it: any part of a name, e-mail, phone or company, by prefix, every word must
// match, case- and diacritics-insensitive, Cyrillic too, phones in any formatting and by last digits.
#include "../testutil.h"
#include "crm/contactservice.h"

class TestContactSearch : public QObject
{
    Q_OBJECT

    TempDatabase *m_t = nullptr;
    QHash<QString, qint64> m_ids;

    qint64 add(const QString &given, const QString &family, const QString &company, const QStringList &emails,
               const QStringList &phones)
    {
        Contact c;
        c.givenName = given;
        c.familyName = family;
        c.companyName = company;
        for (const QString &e : emails)
            c.emails.append({0, QStringLiteral("work"), e});
        for (const QString &p : phones)
            c.phones.append({0, QStringLiteral("mobile"), p});
        const Result<qint64> id = ContactService(m_t->db(), QStringLiteral("test")).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

private slots:
    void initTestCase()
    {
        m_t = new TempDatabase;
        m_t->db()->setSetting(QStringLiteral("phone.default_region"), QStringLiteral("RO"));
        m_ids[QStringLiteral("stefan")] =
            add(QStringLiteral("Ștefan"), QStringLiteral("Popescu"), QStringLiteral("Carpați Construct SRL"),
                {QStringLiteral("stefan.popescu@carpati.ro")}, {QStringLiteral("0721 234 567")});
        m_ids[QStringLiteral("taras")] =
            add(QStringLiteral("Тарас"), QStringLiteral("Шевченко"), QStringLiteral("ТОВ «Світанок»"),
                {QStringLiteral("taras@ukr.net")}, {QStringLiteral("+380 67 123 45 67")});
        m_ids[QStringLiteral("olena")] =
            add(QStringLiteral("Olena"), QStringLiteral("Shevchenko"), QString(),
                {QStringLiteral("olena.s@gmail.com")}, {QStringLiteral("+44 7700 900123")});
        m_ids[QStringLiteral("ion")] =
            add(QStringLiteral("Ion"), QStringLiteral("Popa"), QStringLiteral("Delta SRL"), {},
                {QStringLiteral("+40 (744) 55-66-77")});
        // Numbers that end in the digits of another's start: "+40 721" must find the numbers that
        // start with them, not this one.
        m_ids[QStringLiteral("ends40721")] = add(QStringLiteral("Vasile"), QStringLiteral("Zaharia"),
                                                 QString(), {}, {QStringLiteral("+40 744 440 721")});
        m_ids[QStringLiteral("andrei")] = add(QStringLiteral("Andrei"), QStringLiteral("Munteanu"), QString(),
                                              {}, {QStringLiteral("+40 721 082 157")});
        // Ends in 721 082, and sorts before Munteanu by name.
        m_ids[QStringLiteral("endsIn721082")] = add(QStringLiteral("Bogdan"), QStringLiteral("Albu"),
                                                    QString(), {}, {QStringLiteral("0744 721 082")});
        m_ids[QStringLiteral("flat")] = add(QStringLiteral("Flat"), QStringLiteral("W2 N15"), QString(),
                                            {QStringLiteral("lettings.w2@example.com")}, {});
        m_ids[QStringLiteral("hostile")] = add(QStringLiteral("<b>Robert'); DROP TABLE contact;--"),
                                               QStringLiteral("\"Tables\" NEAR OR AND *"), QString(), {}, {});
    }
    void cleanupTestCase() { delete m_t; }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto ids = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out << QLatin1String(n);
            return out;
        };
        QTest::newRow("ascii finds diacritics") << QStringLiteral("stefan") << ids({"stefan"});
        QTest::newRow("diacritics finds diacritics") << QStringLiteral("Ștef") << ids({"stefan"});
        QTest::newRow("latin prefix") << QStringLiteral("shevch") << ids({"olena"});
        QTest::newRow("cyrillic prefix") << QStringLiteral("Шевч") << ids({"taras"});
        QTest::newRow("cyrillic lower case") << QStringLiteral("шевченко") << ids({"taras"});
        QTest::newRow("upper case") << QStringLiteral("POPESCU") << ids({"stefan"});
        QTest::newRow("prefix of two names") << QStringLiteral("pop") << ids({"ion", "stefan"});
        QTest::newRow("every word must match") << QStringLiteral("pop ion") << ids({"ion"});
        QTest::newRow("words in any order") << QStringLiteral("stefan pop") << ids({"stefan"});
        QTest::newRow("company") << QStringLiteral("carpati") << ids({"stefan"});
        QTest::newRow("company and name") << QStringLiteral("delta pop") << ids({"ion"});
        QTest::newRow("cyrillic company") << QStringLiteral("світ") << ids({"taras"});
        QTest::newRow("email local part") << QStringLiteral("olena.s") << ids({"olena"});
        QTest::newRow("email domain") << QStringLiteral("ukr.net") << ids({"taras"});
        QTest::newRow("whole email") << QStringLiteral("stefan.popescu@carpati.ro") << ids({"stefan"});
        QTest::newRow("phone national") << QStringLiteral("0721234567") << ids({"stefan"});
        QTest::newRow("phone formatted") << QStringLiteral("(0721) 234-567") << ids({"stefan"});
        QTest::newRow("phone with country code") << QStringLiteral("+40 721 234 567") << ids({"stefan"});
        QTest::newRow("phone with 00") << QStringLiteral("0040721234567") << ids({"stefan"});
        QTest::newRow("phone last digits") << QStringLiteral("4567") << ids({"stefan", "taras"});
        QTest::newRow("start, international") << QStringLiteral("+40 721") << ids({"stefan", "andrei"});
        QTest::newRow("start, international with 00")
            << QStringLiteral("0040721") << ids({"stefan", "andrei"});
        QTest::newRow("start, national with trunk 0") << QStringLiteral("0721082") << ids({"andrei"});
        QTest::newRow("start, national, grouped") << QStringLiteral("0721 082") << ids({"andrei"});
        QTest::newRow("start or end, bare digits")
            << QStringLiteral("721 082") << ids({"andrei", "endsIn721082"});
        QTest::newRow("start, international, grouped") << QStringLiteral("+40 721 082") << ids({"andrei"});
        QTest::newRow("start, foreign") << QStringLiteral("+380 67") << ids({"taras"});
        QTest::newRow("letter-digit word is one word") << QStringLiteral("W1") << ids({});
        QTest::newRow("letter-digit word") << QStringLiteral("w2") << ids({"flat"});
        QTest::newRow("letter-digit word, second") << QStringLiteral("N15") << ids({"flat"});
        QTest::newRow("letter-digit word in e-mail") << QStringLiteral("lettings.w2") << ids({"flat"});
        QTest::newRow("phone last digits dashed") << QStringLiteral("55-66-77") << ids({"ion"});
        QTest::newRow("foreign number without plus") << QStringLiteral("380671234567") << ids({"taras"});
        QTest::newRow("uk number international") << QStringLiteral("+44 7700 900 123") << ids({"olena"});
        QTest::newRow("name and phone") << QStringLiteral("popescu 4567") << ids({"stefan"});
        QTest::newRow("no match") << QStringLiteral("zzzz") << ids({});
        QTest::newRow("fts syntax is text") << QStringLiteral("NEAR OR") << ids({"hostile"});
        QTest::newRow("sql is text") << QStringLiteral("drop table") << ids({"hostile"});
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Result<QList<ContactSummary>> found =
            ContactService(m_t->db(), QStringLiteral("test")).search(text, 50);
        QVERIFY2(found.ok(), qPrintable(found.error().fullText()));
        QStringList names;
        for (const ContactSummary &s : *found)
            names << m_ids.key(s.id);
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }

    void blankSearchMatchesEverything()
    {
        for (const QString &text : {QString(), QStringLiteral("  "), QStringLiteral("\t")}) {
            const auto found = ContactService(m_t->db(), QStringLiteral("test")).search(text, 50);
            QCOMPARE(found->size(), m_ids.size());
        }
    }

    void punctuationMatchesNothing()
    {
        // Nothing searchable in it (wildcards of SQL or FTS, quotes, punctuation): no contact, not all.
        for (const QString &text :
             {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("*"), QStringLiteral("\""),
              QStringLiteral("'"), QStringLiteral("*-()"), QStringLiteral(" %% __ ")}) {
            const auto found = ContactService(m_t->db(), QStringLiteral("test")).search(text, 50);
            QVERIFY2(found.ok(), qPrintable(found.error().fullText()));
            QVERIFY2(found->isEmpty(), qPrintable(text));
        }
    }

    void numbersThatStartWithTheDigitsComeFirst()
    {
        // Bare digits are the start of a number or its end; those that start with them come first, even
        // when the name of one that only ends with them sorts before.
        const auto found =
            ContactService(m_t->db(), QStringLiteral("test")).search(QStringLiteral("721 082"), 50);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).id, m_ids.value(QStringLiteral("andrei")));
        QCOMPARE(found->at(1).id, m_ids.value(QStringLiteral("endsIn721082")));
        // The limit keeps the first.
        const auto first =
            ContactService(m_t->db(), QStringLiteral("test")).search(QStringLiteral("721082"), 1);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->at(0).id, m_ids.value(QStringLiteral("andrei")));
    }

    void resultsCarryWhatTheListShows()
    {
        const auto found =
            ContactService(m_t->db(), QStringLiteral("test")).search(QStringLiteral("taras"), 5);
        QCOMPARE(found->size(), 1);
        const ContactSummary &s = found->first();
        QCOMPARE(s.givenName, QStringLiteral("Тарас"));
        QCOMPARE(s.company, QStringLiteral("ТОВ «Світанок»"));
        QCOMPARE(s.emails, QStringList{QStringLiteral("taras@ukr.net")});
        QCOMPARE(s.phones, QStringList{QStringLiteral("+380 67 123 45 67")});
    }

    void trashedContactsAreNotFoundUntilRestored()
    {
        ContactService service(m_t->db(), QStringLiteral("test"));
        const qint64 id = m_ids.value(QStringLiteral("ion"));
        QVERIFY(service.moveToTrash({id}).ok());
        QCOMPARE(service.search(QStringLiteral("popa"), 5)->size(), 0);
        QCOMPARE(service.search(QStringLiteral("55-66-77"), 5)->size(), 0);
        QCOMPARE(service.search(QStringLiteral("+40 744 55"), 5)->size(), 0);
        QVERIFY(service.restore({id}).ok());
        QCOMPARE(service.search(QStringLiteral("+40 744 55"), 5)->size(), 1);
        QCOMPARE(service.search(QStringLiteral("popa"), 5)->size(), 1);
        QCOMPARE(service.search(QStringLiteral("55-66-77"), 5)->size(), 1);
    }

    void editsAreFoundUnderTheNewName()
    {
        ContactService service(m_t->db(), QStringLiteral("test"));
        Contact c = *service.get(m_ids.value(QStringLiteral("olena")));
        c.familyName = QStringLiteral("Kovalenko");
        QVERIFY(service.update(c).ok());
        QCOMPARE(service.search(QStringLiteral("shevchenko"), 5)->size(), 0);
        QCOMPARE(service.search(QStringLiteral("koval"), 5)->size(), 1);
        c.familyName = QStringLiteral("Shevchenko");
        QVERIFY(service.update(c).ok());
    }
};

QTEST_GUILESS_MAIN(TestContactSearch)
#include "tst_contactsearch.moc"
