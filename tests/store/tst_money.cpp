// Money in minor units: exact parsing, formatting, sums and percentages, never floating point.
#include "store/money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qlonglong>("minor"); // -1 with valid=false: refused
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "1234.5"
                               << "EUR"
                               << "C" << 123450LL << true;
        QTest::newRow("cents") << "0.07"
                               << "RON"
                               << "C" << 7LL << true;
        QTest::newRow("negative") << "-19.99"
                                  << "USD"
                                  << "C" << -1999LL << true;
        QTest::newRow("romanian grouping") << "1.234,56"
                                           << "RON"
                                           << "ro_RO" << 123456LL << true;
        QTest::newRow("russian spaces") << "1 234 567,80"
                                        << "RUB"
                                        << "ru_RU" << 123456780LL << true;
        QTest::newRow("dot in a comma locale") << "12.5"
                                               << "UAH"
                                               << "uk_UA" << 1250LL << true;
        QTest::newRow("yen has no cents") << "1500"
                                          << "JPY"
                                          << "C" << 1500LL << true;
        QTest::newRow("too many decimals") << "1.234"
                                           << "EUR"
                                           << "C" << -1LL << false;
        QTest::newRow("yen decimals") << "1.5"
                                      << "JPY"
                                      << "C" << -1LL << false;
        QTest::newRow("dinar three decimals") << "1.234"
                                              << "KWD"
                                              << "C" << 1234LL << true;
        QTest::newRow("letters") << "12a"
                                 << "EUR"
                                 << "C" << -1LL << false;
        QTest::newRow("empty") << ""
                               << "EUR"
                               << "C" << -1LL << false;
        QTest::newRow("bad currency") << "1"
                                      << "euro"
                                      << "C" << -1LL << false;
        QTest::newRow("0.1 + 0.2 exactly") << "0.30"
                                           << "EUR"
                                           << "C" << 30LL << true;
        QTest::newRow("too large") << "12345678901234567890"
                                   << "EUR"
                                   << "C" << -1LL << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(qlonglong, minor);
        QFETCH(bool, valid);
        const auto m = Money::parse(text, currency, QLocale(locale));
        QCOMPARE(m.has_value(), valid);
        if (valid) {
            QCOMPARE(m->minorUnits(), minor);
            QCOMPARE(m->currency(), currency.toUpper());
        }
    }

    void formatRoundTrips()
    {
        const Money m(-123456, QStringLiteral("EUR"));
        QCOMPARE(m.toString(), QStringLiteral("-1234.56"));
        QCOMPARE(Money::parse(m.toString(), QStringLiteral("EUR"))->minorUnits(), -123456);
        QCOMPARE(Money(5, QStringLiteral("RON")).toString(), QStringLiteral("0.05"));
        QCOMPARE(Money(1500, QStringLiteral("JPY")).toString(), QStringLiteral("1500"));
        const QLocale ro(QStringLiteral("ro_RO"));
        QCOMPARE(Money::parse(Money(123456789, QStringLiteral("RON")).toString(ro), QStringLiteral("RON"), ro)
                     ->minorUnits(),
                 123456789);
    }

    void sumsAndDiscountsAreExact()
    {
        // Ten payments of 0.10 are exactly 1.00, as no float would make them.
        Money total(0, QStringLiteral("EUR"));
        for (int i = 0; i < 10; ++i)
            total = *total.plus(Money(10, QStringLiteral("EUR")));
        QCOMPARE(total.minorUnits(), 100);
        QVERIFY(!total.plus(Money(1, QStringLiteral("USD"))).has_value());
        QVERIFY(!Money(std::numeric_limits<qint64>::max(), QStringLiteral("EUR"))
                     .plus(Money(1, QStringLiteral("EUR"))));
        // 5% of 19.99 is 0.9995, rounded half away from zero to 1.00.
        QCOMPARE(Money(1999, QStringLiteral("EUR")).percent(500)->minorUnits(), 100);
        QCOMPARE(Money(-1999, QStringLiteral("EUR")).percent(500)->minorUnits(), -100);
        QCOMPARE(Money(1000, QStringLiteral("EUR")).percent(1250)->minorUnits(), 125);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
