#include "timestamps.h"

#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

namespace {
QMutex g_clockMutex;
std::function<QDateTime()> g_clock;
} // namespace

QDateTime Timestamps::now()
{
    {
        QMutexLocker lock(&g_clockMutex);
        if (g_clock)
            return g_clock().toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

QString Timestamps::nowText()
{
    return toText(now());
}

QString Timestamps::toText(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Timestamps::fromText(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

QString Timestamps::dateToText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate Timestamps::dateFromText(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void Timestamps::setClockForTesting(std::function<QDateTime()> clock)
{
    QMutexLocker lock(&g_clockMutex);
    g_clock = std::move(clock);
}

void Timestamps::setFixedNow(const QDateTime &utc)
{
    if (!utc.isValid()) {
        setClockForTesting({});
        return;
    }
    const QDateTime fixed = utc.toUTC();
    setClockForTesting([fixed] { return fixed; });
}

QDateTime Timestamps::parseNow(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    // A time without an offset would mean a different instant on every machine.
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!zone.match(trimmed).hasMatch())
        return {};
    const QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}
