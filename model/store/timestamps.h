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
// The clock stops at utc for the rest of the process (pristriy-cli --now); an invalid time restarts it.
void setFixedNow(const QDateTime &utc);
// An ISO-8601 time with its offset or Z ("2026-11-01T09:30:00Z"), or a date (its midnight UTC); invalid
// when text is neither.
QDateTime parseNow(const QString &text);

} // namespace Timestamps
