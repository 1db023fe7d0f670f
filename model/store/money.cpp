#include "money.h"

#include <QHash>

namespace {

qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

} // namespace

int Money::minorDigits(const QString &currency)
{
    // ISO 4217 exceptions to the usual two decimals.
    static const QHash<QString, int> exceptions = {
        {QStringLiteral("JPY"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("VND"), 0},
        {QStringLiteral("CLP"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("HUF"), 2},
        {QStringLiteral("KWD"), 3}, {QStringLiteral("BHD"), 3}, {QStringLiteral("OMR"), 3},
        {QStringLiteral("JOD"), 3}, {QStringLiteral("TND"), 3}};
    return exceptions.value(currency.toUpper(), 2);
}

bool Money::isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

std::optional<Money> Money::parse(const QString &text, const QString &currency, const QLocale &locale)
{
    if (!isCurrencyCode(currency))
        return std::nullopt;
    const int digits = minorDigits(currency);
    QString t = text.trimmed();
    // Group separators (including the narrow and plain spaces many locales use) carry no value.
    t.remove(locale.groupSeparator()).remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(locale.negativeSign())) {
        negative = true;
        t = t.mid(1);
    }
    const QString point = locale.decimalPoint();
    QString whole = t;
    QString fraction;
    if (const qsizetype at = t.indexOf(point); at >= 0) {
        whole = t.left(at);
        fraction = t.mid(at + point.size());
    } else if (const qsizetype dot = t.indexOf(u'.'); dot >= 0) {
        whole = t.left(dot); // a dot is always understood, whatever the locale
        fraction = t.mid(dot + 1);
    }
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > digits)
        return std::nullopt;
    for (const QString &part : {whole, fraction}) {
        for (const QChar c : part) {
            if (!c.isDigit())
                return std::nullopt;
        }
    }
    if (whole.size() > 15)
        return std::nullopt; // beyond what 64 bits hold in minor units
    const qint64 wholeValue = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 fractionValue =
        fraction.isEmpty() ? 0 : fraction.toLongLong() * pow10(digits - int(fraction.size()));
    const qint64 minor = wholeValue * pow10(digits) + fractionValue;
    return Money(negative ? -minor : minor, currency.toUpper());
}

QString Money::toString(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    const qint64 scale = pow10(digits);
    const quint64 magnitude = m_minor < 0 ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    const QString whole = locale.toString(qulonglong(magnitude / quint64(scale)));
    QString out = m_minor < 0 ? locale.negativeSign() + whole : whole;
    if (digits > 0)
        out += locale.decimalPoint() +
               QStringLiteral("%1").arg(magnitude % quint64(scale), digits, 10, QLatin1Char('0'));
    return out;
}

std::optional<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return std::nullopt;
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::percent(qint64 basisPoints) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, basisPoints, &product))
        return std::nullopt;
    constexpr qint64 divisor = 10000;
    qint64 quotient = product / divisor;
    const qint64 remainder = product % divisor;
    if (remainder * 2 >= divisor)
        ++quotient;
    else if (remainder * 2 <= -divisor)
        --quotient;
    return Money(quotient, m_currency);
}
