#pragma once

#include <QString>

#include <optional>

// What the deal screens read from text fields, exactly (never through floating point): quantities in
// thousandths, discounts in hundredths of a percent, amounts in minor units. The user's decimal separator
// and the C locale's dot are both accepted.
namespace DealInput {

std::optional<qint64> quantity(const QString &text);
QString quantityText(qint64 quantityMilli);
// "2.5" → 250; empty → 0; at most two decimals, 0-100.
std::optional<int> percentBp(const QString &text);
QString percentText(int bp);
// An amount in the currency's minor units; empty → 0.
std::optional<qint64> amount(const QString &text, const QString &currency);
QString amountText(qint64 minor, const QString &currency);

} // namespace DealInput
