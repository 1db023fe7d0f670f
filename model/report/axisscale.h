#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// The value axis of a dashboard chart: from 0 to a round top in a few round steps (1, 2, 2.5 or 5 times
// a power of ten), labelled in the locale's number format and shortened where long ("60 M", "2,5 K"),
// all labels of an axis in the same unit.
class AxisScale
{
    Q_DECLARE_TR_FUNCTIONS(AxisScale)

public:
    enum class Values
    {
        Fractional, // amounts
        Whole,      // counts: steps of at least 1
    };

    // top: the largest value to show (negative counts as 0); at most maxSteps steps above 0.
    explicit AxisScale(double top, int maxSteps = 5, Values values = Values::Fractional);

    double step() const { return m_step; }
    double max() const { return m_max; }
    // 0, step, 2 step, ... max.
    QList<double> ticks() const;
    // A value of this axis: "0", "950", "5,000", "20 K", "2.5 M", "1 B" (en); "2,5 M" (ro).
    QString label(double value, const QLocale &locale = QLocale()) const;

    // A number shortened to about three significant digits where long, for tight places: "950",
    // "9,876", "12.3 K", "1.23 M", "45 B".
    static QString compact(double value, const QLocale &locale = QLocale());

private:
    static QString withUnit(const QString &number, int unit);

    double m_step = 1;
    double m_max = 1;
    int m_unit = 0; // a power of 1000: 0 none, 1 K, 2 M, 3 B
    int m_decimals = 0;
};
