#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

// Time is stored as UTC ISO-8601 with milliseconds and a Z; dates as YYYY-MM-DD.
namespace Timestamps {

QDateTime now();
QString nowText();
QString toText(const QDateTime &utc);
QDateTime fromText(const QString &text);
QString dateToText(const QDate &date);
QDate dateFromText(const QString &text);

// Tests pin the clock; pass an empty function to use the system clock again.
void setClockForTesting(std::function<QDateTime()> clock);

} // namespace Timestamps
