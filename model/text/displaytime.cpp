#include "displaytime.h"

#include <QRegularExpression>

namespace DisplayTime {

QString timeFormat(const QLocale &locale)
{
    // The seconds field with the separator before it ("ss", ":ss", ".ss", and any ".zzz" after it).
    static const QRegularExpression seconds(QStringLiteral("[^A-Za-z']*s+([.,]z+)?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return format.trimmed();
}

QString dateTimeFormat(const QLocale &locale)
{
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + timeFormat(locale);
}

QString dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(utc.toLocalTime(), dateTimeFormat(locale));
}

} // namespace DisplayTime
