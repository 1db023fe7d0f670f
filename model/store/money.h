#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// An amount of money: an integer count of the currency's minor units (cents, bani, kopecks) and its
// ISO 4217 code. Never a floating-point number, so sums and discounts are exact.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }

    // Digits after the decimal point for a currency (2 for EUR, 0 for JPY, 3 for KWD).
    static int minorDigits(const QString &currency);
    static bool isCurrencyCode(const QString &code);

    // Reads "1234.5", "1 234,50" or "-0.07" exactly; nothing when the text is not an amount or has
    // more decimals than the currency has.
    static std::optional<Money> parse(const QString &text, const QString &currency,
                                      const QLocale &locale = QLocale::c());
    // "1234.50" (C locale, for files and the CLI) or "1 234,50" (a user's locale, for display).
    QString toString(const QLocale &locale = QLocale::c()) const;

    // Sums of the same currency; nothing on overflow or a currency mismatch.
    std::optional<Money> plus(const Money &other) const;
    // The amount times a percentage given in hundredths of a percent (500 = 5%), rounded half away
    // from zero to the minor unit: for discounts.
    std::optional<Money> percent(qint64 basisPoints) const;

    bool operator==(const Money &o) const { return m_minor == o.m_minor && m_currency == o.m_currency; }

private:
    qint64 m_minor = 0;
    QString m_currency;
};
