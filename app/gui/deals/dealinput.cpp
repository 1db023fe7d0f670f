#include "dealinput.h"

#include "crm/lineitemmath.h"
#include "store/money.h"

#include <QLocale>

namespace DealInput {

namespace {

// The user's decimal separator as a dot, group separators and spaces removed.
QString normalized(const QString &text)
{
    const QLocale locale;
    QString t = text.trimmed();
    t.remove(locale.groupSeparator());
    t.remove(u' ');
    t.remove(QChar(0x00a0));
    t.remove(QChar(0x202f));
    if (locale.decimalPoint() != QLatin1String("."))
        t.replace(locale.decimalPoint(), QLatin1String("."));
    return t;
}

} // namespace

std::optional<qint64> quantity(const QString &text)
{
    return LineItemMath::parseQuantity(normalized(text));
}

QString quantityText(qint64 quantityMilli)
{
    QString text = LineItemMath::quantityToString(quantityMilli);
    return text.replace(u'.', QLocale().decimalPoint());
}

std::optional<int> percentBp(const QString &text)
{
    QString t = normalized(text);
    if (t.endsWith(u'%'))
        t.chop(1);
    if (t.isEmpty() || t == QLatin1String("0"))
        return 0;
    // Thousandths of the number: 2.5 → 2500; a percentage has at most two decimals.
    const std::optional<qint64> milli = LineItemMath::parseQuantity(t);
    if (!milli || *milli % 10 != 0 || *milli > 100000)
        return std::nullopt;
    return int(*milli / 10);
}

QString percentText(int bp)
{
    if (bp == 0)
        return QStringLiteral("0");
    return quantityText(qint64(bp) * 10);
}

std::optional<qint64> amount(const QString &text, const QString &currency)
{
    const QString t = normalized(text);
    if (t.isEmpty())
        return 0;
    const std::optional<Money> m = Money::parse(t, currency, QLocale::c());
    if (!m)
        return std::nullopt;
    return m->minorUnits();
}

QString amountText(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toString(QLocale());
}

} // namespace DealInput
