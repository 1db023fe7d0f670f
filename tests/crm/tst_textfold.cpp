// Folding and phone normalisation: what makes search case-, accent- and formatting-insensitive.
#include "crm/searchquery.h"
#include "text/phonenumbers.h"
#include "text/textfold.h"

#include <QTest>

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("romanian comma below")
            << QStringLiteral("Ștefan Țurcanu") << QStringLiteral("stefan turcanu");
        QTest::newRow("romanian cedilla") << QStringLiteral("Şerban Ţepeş") << QStringLiteral("serban tepes");
        QTest::newRow("breve and circumflex")
            << QStringLiteral("Bălan Sârbu Îonel") << QStringLiteral("balan sarbu ionel");
        QTest::newRow("cyrillic case") << QStringLiteral("ШЕВЧЕНКО") << QStringLiteral("шевченко");
        QTest::newRow("cyrillic yo and short i")
            << QStringLiteral("Фёдоров Андрій") << QStringLiteral("федоров андріи");
        QTest::newRow("ukrainian yi") << QStringLiteral("Їжак") << QStringLiteral("іжак");
        QTest::newRow("german sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("polish l") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
        QTest::newRow("french") << QStringLiteral("Chloé Zoë") << QStringLiteral("chloe zoe");
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(TextFold::fold(input), folded);
    }

    void wordsSplitLettersFromDigits()
    {
        QCOMPARE(TextFold::words(QStringLiteral("ion.popescu87@Gmail.com")),
                 (QStringList{QStringLiteral("ion"), QStringLiteral("popescu"), QStringLiteral("87"),
                              QStringLiteral("gmail"), QStringLiteral("com")}));
        QCOMPARE(TextFold::words(QStringLiteral("O'Brien")),
                 (QStringList{QStringLiteral("o"), QStringLiteral("brien")}));
        QVERIFY(TextFold::words(QStringLiteral("  -- ")).isEmpty());
    }

    void phoneParse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("national with trunk 0")
            << QStringLiteral("0721 234 567") << QStringLiteral("+40721234567");
        QTest::newRow("dashes and brackets")
            << QStringLiteral("(0721)-234-567") << QStringLiteral("+40721234567");
        QTest::newRow("international +")
            << QStringLiteral("+40 721 234 567") << QStringLiteral("+40721234567");
        QTest::newRow("international 00")
            << QStringLiteral("0040 721 234 567") << QStringLiteral("+40721234567");
        QTest::newRow("russia") << QStringLiteral("+7 (912) 345-67-89") << QStringLiteral("+79123456789");
        QTest::newRow("ukraine") << QStringLiteral("+380 67 123 45 67") << QStringLiteral("+380671234567");
    }
    void phoneParse()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        const PhoneNumbers phones(QStringLiteral("RO"));
        const PhoneNumbers::Parsed p = phones.parse(input);
        QVERIFY(p.valid);
        QCOMPARE(p.e164, e164);
    }

    void sameNumberSameKeyInAnyFormatting()
    {
        const PhoneNumbers phones(QStringLiteral("RO"));
        const QString key = phones.indexKey(QStringLiteral("+40 721 234 567"));
        QCOMPARE(key, QStringLiteral("765432127"));
        for (const char *typed :
             {"0721234567", "0721-234-567", "(0721) 234 567", "+40721234567", "0040721234567"})
            QCOMPARE(phones.queryKey(QString::fromLatin1(typed)), key);
        // Last digits are a prefix of the reversed key, as caller-ID lookup needs.
        QVERIFY(key.startsWith(phones.queryKey(QStringLiteral("4567"))));
        QVERIFY(key.startsWith(phones.queryKey(QStringLiteral("234-567"))));
    }

    void regionComesFromLocaleOrFallback()
    {
        QVERIFY(PhoneNumbers::isKnownRegion(PhoneNumbers::defaultRegionFromLocale()));
        QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("ua")));
        QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
    }

    void queryParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fts");
        QTest::addColumn<bool>("hasPhone");
        QTest::newRow("one word") << QStringLiteral("Ștef") << QStringLiteral("\"stef\"*") << false;
        QTest::newRow("two words") << QStringLiteral("ion  POP") << QStringLiteral("\"ion\"* \"pop\"*")
                                   << false;
        QTest::newRow("fts syntax is neutralised")
            << QStringLiteral("a* OR \"b\" NEAR(c)")
            << QStringLiteral("\"a\"* \"or\"* \"b\"* \"near\"* \"c\"*") << false;
        QTest::newRow("phone with spaces") << QStringLiteral("+40 721 234") << QString() << true;
        QTest::newRow("name and phone")
            << QStringLiteral("popescu 4567") << QStringLiteral("\"popescu\"*") << true;
        QTest::newRow("short number is a word")
            << QStringLiteral("Firma 21") << QStringLiteral("\"firma\"* \"21\"*") << false;
        QTest::newRow("blank") << QStringLiteral("   ") << QString() << false;
    }
    void queryParsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, fts);
        QFETCH(bool, hasPhone);
        const SearchQuery q = SearchQuery::parse(text, PhoneNumbers(QStringLiteral("RO")));
        QCOMPARE(q.ftsMatch, fts);
        QCOMPARE(!q.phoneKey.isEmpty(), hasPhone);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
