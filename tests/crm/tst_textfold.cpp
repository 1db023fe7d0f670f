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

    void wordsKeepLettersAndDigitsTogether()
    {
        // A letter-digit run is one word, as the full-text index's tokenizer splits it too: "W1" must
        // not find "W2 N15".
        QCOMPARE(TextFold::words(QStringLiteral("ion.popescu87@Gmail.com")),
                 (QStringList{QStringLiteral("ion"), QStringLiteral("popescu87"), QStringLiteral("gmail"),
                              QStringLiteral("com")}));
        QCOMPARE(TextFold::words(QStringLiteral("Flat W2 N15, Ştr. 3A")),
                 (QStringList{QStringLiteral("flat"), QStringLiteral("w2"), QStringLiteral("n15"),
                              QStringLiteral("str"), QStringLiteral("3a")}));
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
        QTest::addColumn<bool>("nothing");
        QTest::newRow("one word") << QStringLiteral("Ștef") << QStringLiteral("\"stef\"*") << false << false;
        QTest::newRow("two words") << QStringLiteral("ion  POP") << QStringLiteral("\"ion\"* \"pop\"*")
                                   << false << false;
        QTest::newRow("fts syntax is neutralised")
            << QStringLiteral("a* OR \"b\" NEAR(c)")
            << QStringLiteral("\"a\"* \"or\"* \"b\"* \"near\"* \"c\"*") << false << false;
        QTest::newRow("letter-digit word")
            << QStringLiteral("W1") << QStringLiteral("\"w1\"*") << false << false;
        QTest::newRow("phone with spaces") << QStringLiteral("+40 721 234") << QString() << true << false;
        QTest::newRow("name and phone")
            << QStringLiteral("popescu 4567") << QStringLiteral("\"popescu\"*") << true << false;
        QTest::newRow("short number is a word")
            << QStringLiteral("Firma 21") << QStringLiteral("\"firma\"* \"21\"*") << false << false;
        QTest::newRow("blank") << QStringLiteral("   ") << QString() << false << false;
        QTest::newRow("percent") << QStringLiteral("%") << QString() << false << true;
        QTest::newRow("underscore") << QStringLiteral("_") << QString() << false << true;
        QTest::newRow("star") << QStringLiteral("*") << QString() << false << true;
        QTest::newRow("double quote") << QStringLiteral("\"") << QString() << false << true;
        QTest::newRow("single quote") << QStringLiteral("'") << QString() << false << true;
        QTest::newRow("punctuation") << QStringLiteral(" -- ( ) ; ") << QString() << false << true;
    }
    void queryParsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, fts);
        QFETCH(bool, hasPhone);
        QFETCH(bool, nothing);
        const SearchQuery q = SearchQuery::parse(text, PhoneNumbers(QStringLiteral("RO")));
        QCOMPARE(q.ftsMatch, fts);
        QCOMPARE(q.hasPhone(), hasPhone);
        QCOMPARE(q.matchesNothing, nothing);
    }

    // What typed digits mean: the start of a number in international or national form, or (bare
    // digits) also its last digits.
    void phoneSearch_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("plus: international start")
            << QStringLiteral("RO") << QStringLiteral("+40 721") << QStringLiteral("+40721") << QString();
        QTest::newRow("00: international start") << QStringLiteral("RO") << QStringLiteral("0040 721 082")
                                                 << QStringLiteral("+40721082") << QString();
        QTest::newRow("trunk 0: national start") << QStringLiteral("RO") << QStringLiteral("0721082")
                                                 << QStringLiteral("+40721082") << QStringLiteral("2801270");
        QTest::newRow("bare: national start or last digits")
            << QStringLiteral("RO") << QStringLiteral("721 082") << QStringLiteral("+40721082")
            << QStringLiteral("280127");
        QTest::newRow("last digits") << QStringLiteral("RO") << QStringLiteral("4567")
                                     << QStringLiteral("+404567") << QStringLiteral("7654");
        QTest::newRow("foreign number from here") << QStringLiteral("RO") << QStringLiteral("+44 7700 900")
                                                  << QStringLiteral("+447700900") << QString();
        QTest::newRow("russian trunk 8") << QStringLiteral("RU") << QStringLiteral("8 912 345")
                                         << QStringLiteral("+7912345") << QStringLiteral("5432198");
        QTest::newRow("united states: 011 is international")
            << QStringLiteral("US") << QStringLiteral("011 40 721") << QStringLiteral("+40721") << QString();
        QTest::newRow("italy: no trunk prefix, the 0 belongs to the number")
            << QStringLiteral("IT") << QStringLiteral("06 1234") << QStringLiteral("+39061234")
            << QStringLiteral("432160");
    }
    void phoneSearch()
    {
        QFETCH(QString, region);
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        const PhoneNumbers::Search s = PhoneNumbers(region).searchFor(text);
        QCOMPARE(s.e164Prefix, prefix);
        QCOMPARE(s.reversedSuffix, suffix);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
