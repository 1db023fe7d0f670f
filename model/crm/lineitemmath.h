#pragma once

#include <QString>

#include <optional>

// Exact line-item arithmetic: quantities in thousandths, money in minor units, discounts in basis points.
namespace LineItemMath {

// quantity × unit price × (1 − discount), rounded half away from zero once, to the minor unit. Nothing
// when the result does not fit or an input is out of range (quantity <= 0, discount outside 0-10000).
std::optional<qint64> total(qint64 quantityMilli, qint64 unitPriceMinor, int discountBp);

// "2", "1.5", "0.125" to thousandths; nothing when the text is not a positive number with at most three
// decimals.
std::optional<qint64> parseQuantity(const QString &text);
QString quantityToString(qint64 quantityMilli);

} // namespace LineItemMath
