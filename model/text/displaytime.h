#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// How a moment is shown to a user: the locale's short date and its short time to the minute, in local
// time. Seconds are noise in a CRM (nobody schedules a call to the second), and the short formats of
// some locales (the C locale among them) carry them.
namespace DisplayTime {

// The locale's short time format without its seconds (and milliseconds): "HH:mm:ss" → "HH:mm",
// "h:mm:ss AP" → "h:mm AP".
QString timeFormat(const QLocale &locale = QLocale());

// The locale's short date and timeFormat(): for QDateTimeEdit::setDisplayFormat as for dateTime().
QString dateTimeFormat(const QLocale &locale = QLocale());

// A stored UTC moment as the user reads it; empty for an invalid one.
QString dateTime(const QDateTime &utc, const QLocale &locale = QLocale());

} // namespace DisplayTime
