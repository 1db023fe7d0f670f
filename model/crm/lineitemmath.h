#pragma once

#include <QString>

#include <optional>

// Exact line-item arithmetic: quantities in thousandths, money in minor units, discounts in basis points.
namespace LineItemMath {

// quantity × unit price × (1 − discount), rounded half away from zero once, to the minor unit. Nothing
// when the result does not fit or an input is out of range (quantity <= 0, discount outside 0-10000).
std::optional<qint64> total(qint64 quantityMilli, qint64 unitPriceMinor, int discountBp);

// The tax on a line's net total at a rate in basis points (1900 = 19 %), rounded half away from zero to
// the minor unit. Nothing when the rate is outside 0-10000 or the result does not fit.
std::optional<qint64> tax(qint64 netMinor, int taxBp);

// The sums of a deal's line items: each line's tax is rounded on its own (as an invoice prints it), then
// the lines are added up.
struct Totals
{
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};
// Adds one line; false (totals unchanged) when its tax cannot be computed or a sum no longer fits.
bool addLine(Totals *totals, qint64 netMinor, int taxBp);

// "2", "1.5", "0.125" to thousandths; nothing when the text is not a positive number with at most three
// decimals.
std::optional<qint64> parseQuantity(const QString &text);
QString quantityToString(qint64 quantityMilli);

} // namespace LineItemMath
