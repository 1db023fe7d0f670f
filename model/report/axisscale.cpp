#include "axisscale.h"

#include <cmath>

namespace {

double unitSize(int unit)
{
    return std::pow(1000.0, unit);
}

// "1.50" -> "1.5", "2.00" -> "2" in the locale's notation.
QString trimZeros(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    while (text.endsWith(locale.zeroDigit()))
        text.chop(locale.zeroDigit().size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

} // namespace

AxisScale::AxisScale(double top, int maxSteps, Values values)
{
    maxSteps = qMax(1, maxSteps);
    if (!std::isfinite(top) || top <= 0)
        top = 1;
    const double raw = top / maxSteps;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    m_step = 10 * power;
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        const double candidate = m * power;
        if (values == Values::Whole && candidate != std::round(candidate))
            continue; // no half deals
        if (candidate >= raw * (1 - 1e-9)) {
            m_step = candidate;
            break;
        }
    }
    if (values == Values::Whole)
        m_step = qMax(1.0, m_step);
    m_max = std::ceil(top / m_step - 1e-9) * m_step;
    m_unit = m_max >= 1e9 ? 3 : m_max >= 1e6 ? 2 : m_max >= 1e4 ? 1 : 0;
    // As many decimals as the step needs in the unit: 2.5 M needs one, 20 M none.
    const double scaled = m_step / unitSize(m_unit);
    while (m_decimals < 3) {
        const double shifted = scaled * std::pow(10.0, m_decimals);
        if (std::abs(shifted - std::round(shifted)) < 1e-6 * qMax(1.0, shifted))
            break;
        ++m_decimals;
    }
}

QList<double> AxisScale::ticks() const
{
    QList<double> result;
    const int steps = int(std::lround(m_max / m_step));
    for (int i = 0; i <= steps; ++i)
        result.append(i * m_step);
    return result;
}

QString AxisScale::label(double value, const QLocale &locale) const
{
    if (std::abs(value) < m_step * 1e-9)
        return locale.toString(0);
    return withUnit(locale.toString(value / unitSize(m_unit), 'f', m_decimals), m_unit);
}

QString AxisScale::withUnit(const QString &number, int unit)
{
    switch (unit) {
    case 1:
        return tr("%1 K", "thousands, shortened: 20 K").arg(number);
    case 2:
        return tr("%1 M", "millions, shortened: 60 M").arg(number);
    case 3:
        return tr("%1 B", "billions (thousands of millions), shortened: 2 B").arg(number);
    default:
        return number;
    }
}

QString AxisScale::compact(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return {};
    if (value < 0)
        return locale.negativeSign() + compact(-value, locale);
    if (value < 1e4)
        return locale.toString(std::round(value), 'f', 0);
    int unit = qMin(3, int(std::floor(std::log10(value) / 3)));
    for (;;) {
        const double scaled = value / unitSize(unit);
        const int decimals = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
        const double rounded = std::round(scaled * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
        if (rounded >= 1000 && unit < 3) {
            ++unit; // 999.96 K is 1 M
            continue;
        }
        return withUnit(trimZeros(locale.toString(rounded, 'f', decimals), locale), unit);
    }
}
