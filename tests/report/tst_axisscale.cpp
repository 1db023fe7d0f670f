// The dashboard charts' value axes: round steps, and labels a director reads at a glance in their
// language's number format ("60 M", not "60000000").
#include "report/axisscale.h"

#include <QTest>

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *t : texts)
        result.append(u(t));
    return result;
}

} // namespace

class TestAxisScale : public QObject
{
    Q_OBJECT

private slots:
    void steps_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("max");
        QTest::newRow("60 million") << 60e6 << false << 20e6 << 60e6;
        QTest::newRow("above a round top") << 61e6 << false << 20e6 << 80e6;
        QTest::newRow("2.5 steps") << 12e6 << false << 2.5e6 << 12.5e6;
        QTest::newRow("small amounts") << 3.2 << false << 1.0 << 4.0;
        QTest::newRow("fractions") << 0.9 << false << 0.2 << 1.0;
        QTest::newRow("nothing") << 0.0 << false << 0.2 << 1.0;
        QTest::newRow("not a number") << qQNaN() << false << 0.2 << 1.0;
        QTest::newRow("three deals") << 3.0 << true << 1.0 << 3.0;
        QTest::newRow("one deal") << 1.0 << true << 1.0 << 1.0;
        QTest::newRow("no deals") << 0.0 << true << 1.0 << 1.0;
        QTest::newRow("no half deals") << 11.0 << true << 5.0 << 15.0;
        QTest::newRow("many deals") << 699479.0 << true << 200000.0 << 800000.0;
    }
    void steps()
    {
        QFETCH(double, top);
        QFETCH(bool, whole);
        QFETCH(double, step);
        QFETCH(double, max);
        const AxisScale scale(top, 5, whole ? AxisScale::Values::Whole : AxisScale::Values::Fractional);
        QCOMPARE(scale.step(), step);
        QCOMPARE(scale.max(), max);
        const QList<double> ticks = scale.ticks();
        QCOMPARE(ticks.first(), 0.0);
        QCOMPARE(ticks.last(), max);
        QVERIFY(ticks.size() <= 6); // at most five steps
        QVERIFY(qIsNaN(top) || scale.max() >= top);
    }

    void labels_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("top");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("en millions") << u("en_US") << 60e6 << list({"0", "20 M", "40 M", "60 M"});
        QTest::newRow("ro millions with a decimal")
            << u("ro_RO") << 12e6 << list({"0", "2,5 M", "5,0 M", "7,5 M", "10,0 M", "12,5 M"});
        QTest::newRow("en thousands")
            << u("en_US") << 45000.0 << list({"0", "10 K", "20 K", "30 K", "40 K", "50 K"});
        QTest::newRow("en grouped below ten thousand")
            << u("en_US") << 7400.0 << list({"0", "2,000", "4,000", "6,000", "8,000"});
        QTest::newRow("ru grouped below ten thousand")
            << u("ru_RU") << 7400.0 << list({"0", "2\u00a0000", "4\u00a0000", "6\u00a0000", "8\u00a0000"});
        QTest::newRow("en billions") << u("en_US") << 2.9e9 << list({"0", "1 B", "2 B", "3 B"});
        QTest::newRow("uk fractions") << u("uk_UA") << 0.9 << list({"0", "0,2", "0,4", "0,6", "0,8", "1,0"});
    }
    void labels()
    {
        QFETCH(QString, locale);
        QFETCH(double, top);
        QFETCH(QStringList, labels);
        const AxisScale scale(top);
        QStringList shown;
        for (double tick : scale.ticks())
            shown.append(scale.label(tick, QLocale(locale)));
        QCOMPARE(shown, labels);
    }

    void compact_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << u("en_US") << 950.0 << u("950");
        QTest::newRow("grouped") << u("en_US") << 9876.4 << u("9,876");
        QTest::newRow("thousands") << u("en_US") << 12345.0 << u("12.3 K");
        QTest::newRow("hundreds of thousands") << u("en_US") << 699479.0 << u("699 K");
        QTest::newRow("millions") << u("en_US") << 1234567.0 << u("1.23 M");
        QTest::newRow("round millions") << u("en_US") << 2000000.0 << u("2 M");
        QTest::newRow("rounds up a unit") << u("en_US") << 999960.0 << u("1 M");
        QTest::newRow("ro decimals") << u("ro_RO") << 1500000.0 << u("1,5 M");
        QTest::newRow("billions") << u("en_US") << 45e9 << u("45 B");
        QTest::newRow("beyond billions") << u("en_US") << 1.5e12 << u("1,500 B");
        QTest::newRow("negative") << u("en_US") << -12345.0 << u("-12.3 K");
    }
    void compact()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(AxisScale::compact(value, QLocale(locale)), text);
    }
};

QTEST_GUILESS_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
