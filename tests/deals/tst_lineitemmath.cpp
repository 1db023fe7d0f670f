// Line-item arithmetic in minor units: exact, rounded once, half away from zero.
#include "crm/lineitemmath.h"

#include <QTest>

#include <limits>

class TestLineItemMath : public QObject
{
    Q_OBJECT

private slots:
    void total_data()
    {
        QTest::addColumn<qint64>("quantityMilli");
        QTest::addColumn<qint64>("unitPriceMinor");
        QTest::addColumn<int>("discountBp");
        QTest::addColumn<qint64>("expected"); // -1 with valid == false
        QTest::addColumn<bool>("valid");
        QTest::addRow("one unit") << qint64(1000) << qint64(12345) << 0 << qint64(12345) << true;
        QTest::addRow("three units") << qint64(3000) << qint64(999) << 0 << qint64(2997) << true;
        QTest::addRow("1.5 units") << qint64(1500) << qint64(333) << 0 << qint64(500) << true; // 499.5
        QTest::addRow("half rounds up") << qint64(500) << qint64(1) << 0 << qint64(1) << true; // 0.5
        QTest::addRow("below half") << qint64(499) << qint64(1) << 0 << qint64(0) << true;     // 0.499
        QTest::addRow("10 percent off")
            << qint64(1000) << qint64(1999) << 1000 << qint64(1799) << true; // 1799.1
        QTest::addRow("2.5 percent off") << qint64(2000) << qint64(1000) << 250 << qint64(1950) << true;
        QTest::addRow("free") << qint64(7000) << qint64(1000) << 10000 << qint64(0) << true;
        QTest::addRow("credit rounds away") << qint64(1500) << qint64(-333) << 0 << qint64(-500) << true;
        QTest::addRow("0.001 of 0.01") << qint64(1) << qint64(1) << 0 << qint64(0) << true;
        QTest::addRow("thousandths") << qint64(12345) << qint64(1010) << 0 << qint64(12468)
                                     << true;                                                      // 12468.45
        QTest::addRow("rounded once") << qint64(1000) << qint64(15) << 3333 << qint64(10) << true; // 10.0005
        QTest::addRow("big but fits")
            << qint64(1000000000) << qint64(9000000000) << 0 << qint64(9000000000000000) << true;
        QTest::addRow("too big") << qint64(1000000000000) << std::numeric_limits<qint64>::max() << 0
                                 << qint64(-1) << false;
        QTest::addRow("zero quantity") << qint64(0) << qint64(100) << 0 << qint64(-1) << false;
        QTest::addRow("discount above 100 percent")
            << qint64(1000) << qint64(100) << 10001 << qint64(-1) << false;
        QTest::addRow("negative discount") << qint64(1000) << qint64(100) << -1 << qint64(-1) << false;
    }

    void total()
    {
        QFETCH(qint64, quantityMilli);
        QFETCH(qint64, unitPriceMinor);
        QFETCH(int, discountBp);
        QFETCH(qint64, expected);
        QFETCH(bool, valid);
        const std::optional<qint64> t = LineItemMath::total(quantityMilli, unitPriceMinor, discountBp);
        QCOMPARE(t.has_value(), valid);
        if (valid)
            QCOMPARE(*t, expected);
    }

    void tax_data()
    {
        QTest::addColumn<qint64>("netMinor");
        QTest::addColumn<int>("taxBp");
        QTest::addColumn<qint64>("expected"); // with valid == false: ignored
        QTest::addColumn<bool>("valid");
        QTest::addRow("19 percent") << qint64(10000) << 1900 << qint64(1900) << true;
        QTest::addRow("no tax") << qint64(12345) << 0 << qint64(0) << true;
        QTest::addRow("half rounds up") << qint64(50) << 1900 << qint64(10) << true;       // 9.5
        QTest::addRow("below half") << qint64(53438) << 1900 << qint64(10153) << true;     // 10153.22
        QTest::addRow("credit rounds away") << qint64(-50) << 1900 << qint64(-10) << true; // -9.5
        QTest::addRow("9 percent of a cent") << qint64(1) << 900 << qint64(0) << true;
        QTest::addRow("all of it") << qint64(777) << 10000 << qint64(777) << true;
        QTest::addRow("largest amount")
            << std::numeric_limits<qint64>::max() << 10000 << std::numeric_limits<qint64>::max() << true;
        QTest::addRow("rate above 100 percent") << qint64(100) << 10001 << qint64(0) << false;
        QTest::addRow("negative rate") << qint64(100) << -1 << qint64(0) << false;
    }

    void tax()
    {
        QFETCH(qint64, netMinor);
        QFETCH(int, taxBp);
        QFETCH(qint64, expected);
        QFETCH(bool, valid);
        const std::optional<qint64> t = LineItemMath::tax(netMinor, taxBp);
        QCOMPARE(t.has_value(), valid);
        if (valid)
            QCOMPARE(*t, expected);
    }

    // Each line's tax is rounded on its own, then added: 3 × 0.05 at 19 % is 3 × 0.01, not 0.03 rounded once.
    void totalsRoundPerLine()
    {
        LineItemMath::Totals totals;
        for (int i = 0; i < 3; ++i)
            QVERIFY(LineItemMath::addLine(&totals, 5, 1900)); // 0.95 → 1 each
        QCOMPARE(totals.net, qint64(15));
        QCOMPARE(totals.tax, qint64(3));
        QCOMPARE(totals.gross, qint64(18));
        QVERIFY(LineItemMath::addLine(&totals, 53438, 1900));
        QVERIFY(LineItemMath::addLine(&totals, 1000, 0));
        QCOMPARE(totals.net, qint64(15 + 53438 + 1000));
        QCOMPARE(totals.tax, qint64(3 + 10153));
        QCOMPARE(totals.gross, totals.net + totals.tax);
    }

    void totalsRefuseOverflowAndKeepTheSum()
    {
        LineItemMath::Totals totals;
        QVERIFY(LineItemMath::addLine(&totals, std::numeric_limits<qint64>::max() / 2, 0));
        const LineItemMath::Totals before = totals;
        // The net still fits, the gross with 100 % tax does not.
        QVERIFY(!LineItemMath::addLine(&totals, std::numeric_limits<qint64>::max() / 2, 10000));
        QCOMPARE(totals.net, before.net);
        QCOMPARE(totals.tax, before.tax);
        QCOMPARE(totals.gross, before.gross);
        QVERIFY(!LineItemMath::addLine(&totals, 1, 20000));
        QCOMPARE(totals.net, before.net);
    }

    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli"); // 0: refused
        QTest::addRow("whole") << QStringLiteral("2") << qint64(2000);
        QTest::addRow("decimal") << QStringLiteral("1.5") << qint64(1500);
        QTest::addRow("thousandths") << QStringLiteral("0.125") << qint64(125);
        QTest::addRow("spaces") << QStringLiteral(" 3.10 ") << qint64(3100);
        QTest::addRow("four decimals") << QStringLiteral("0.1255") << qint64(0);
        QTest::addRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::addRow("negative") << QStringLiteral("-1") << qint64(0);
        QTest::addRow("comma") << QStringLiteral("1,5") << qint64(0);
        QTest::addRow("exponent") << QStringLiteral("1e3") << qint64(0);
        QTest::addRow("empty") << QString() << qint64(0);
        QTest::addRow("dot only") << QStringLiteral("1.") << qint64(0);
    }

    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        const std::optional<qint64> q = LineItemMath::parseQuantity(text);
        QCOMPARE(q.value_or(0), milli);
        if (milli > 0)
            QCOMPARE(LineItemMath::parseQuantity(LineItemMath::quantityToString(milli)).value_or(0), milli);
    }
};

QTEST_GUILESS_MAIN(TestLineItemMath)
#include "tst_lineitemmath.moc"
