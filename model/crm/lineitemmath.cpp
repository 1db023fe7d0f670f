#include "lineitemmath.h"

#include <limits>

namespace {
// GCC and Clang have 128-bit integers; __extension__ tells -Wpedantic that we know.
__extension__ typedef __int128 Wide;
} // namespace

namespace LineItemMath {

std::optional<qint64> total(qint64 quantityMilli, qint64 unitPriceMinor, int discountBp)
{
    if (quantityMilli <= 0 || discountBp < 0 || discountBp > 10000)
        return std::nullopt;
    // The exact value is numerator / 10^7; 128 bits hold the product of the three factors.
    const Wide numerator = Wide(quantityMilli) * unitPriceMinor * (10000 - discountBp);
    constexpr Wide denominator = 10000000;
    const Wide magnitude = numerator < 0 ? -numerator : numerator;
    Wide rounded = (magnitude + denominator / 2) / denominator;
    if (numerator < 0)
        rounded = -rounded;
    if (rounded > std::numeric_limits<qint64>::max() || rounded < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(rounded);
}

std::optional<qint64> tax(qint64 netMinor, int taxBp)
{
    if (taxBp < 0 || taxBp > 10000)
        return std::nullopt;
    const Wide numerator = Wide(netMinor) * taxBp;
    constexpr Wide denominator = 10000;
    const Wide magnitude = numerator < 0 ? -numerator : numerator;
    Wide rounded = (magnitude + denominator / 2) / denominator;
    if (numerator < 0)
        rounded = -rounded;
    // |tax| <= |net| because the rate is at most 100 %: it always fits.
    return qint64(rounded);
}

bool addLine(Totals *totals, qint64 netMinor, int taxBp)
{
    const std::optional<qint64> lineTax = tax(netMinor, taxBp);
    if (!lineTax)
        return false;
    Totals sum = *totals;
    if (__builtin_add_overflow(sum.net, netMinor, &sum.net) ||
        __builtin_add_overflow(sum.tax, *lineTax, &sum.tax) ||
        __builtin_add_overflow(sum.net, sum.tax, &sum.gross)) {
        return false;
    }
    *totals = sum;
    return true;
}

std::optional<qint64> parseQuantity(const QString &textIn)
{
    const QString text = textIn.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 12 || fraction.size() > 3 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    for (const QString &part : {whole, fraction}) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
    }
    const qint64 milli = whole.toLongLong() * 1000 + fraction.leftJustified(3, u'0').toLongLong();
    if (milli <= 0)
        return std::nullopt;
    return milli;
}

QString quantityToString(qint64 quantityMilli)
{
    const QString whole = QString::number(quantityMilli / 1000);
    const qint64 rest = quantityMilli % 1000;
    if (rest == 0)
        return whole;
    QString fraction = QString::number(rest).rightJustified(3, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return whole + u'.' + fraction;
}

} // namespace LineItemMath
