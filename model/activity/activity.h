#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Tasks, calls and notes: the activities around contacts, companies and deals (schema 6).

struct Task
{
    enum class Status
    {
        Open,
        Done,
        Cancelled,
    };
    qint64 id = 0;
    QString title;
    QString description;
    QDateTime dueAt;  // UTC; invalid: no due date
    QString assignee; // app_user.login; empty on create: the acting user
    qint64 dealId = 0;
    qint64 contactId = 0;
    qint64 companyId = 0;
    int priority = 1; // 0 low, 1 normal, 2 high
    Status status = Status::Open;
    QDateTime remindAt;   // UTC; invalid: no reminder
    QDateTime remindedAt; // when the reminder was shown
    QDateTime completedAt;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);
};

// Where a task stands for "My tasks": before now, later today (local time), after today, or undated.
enum class TaskBucket
{
    Overdue,
    Today,
    Upcoming,
    NoDueDate,
};

struct Call
{
    enum class Direction
    {
        In,
        Out,
    };
    enum class Outcome
    {
        Answered,
        Missed,
    };
    qint64 id = 0;
    Direction direction = Direction::In;
    Outcome outcome = Outcome::Answered;
    QString phone;        // as dialled or shown by caller ID
    QString normalized;   // read: E.164 when it parses, else its digits
    qint64 contactId = 0; // 0 on record: matched by the phone number
    qint64 companyId = 0; // 0 on record: the contact's company
    qint64 dealId = 0;
    QString userLogin;   // empty on record: the acting user
    QDateTime startedAt; // invalid on record: now
    int durationS = 0;
    QString notes;
    QDateTime createdAt;

    static QString directionName(Direction d)
    {
        return d == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
    }
    static QString outcomeName(Outcome o)
    {
        return o == Outcome::Answered ? QStringLiteral("answered") : QStringLiteral("missed");
    }
};

struct Note
{
    qint64 id = 0;
    QString entity; // contact, company, deal
    qint64 entityId = 0;
    QString body;
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One line of a record's timeline.
struct TimelineEntry
{
    enum class Kind
    {
        Note,
        Task,
        Call,
        StageChange,
        Event,
    };
    Kind kind = Kind::Event;
    qint64 id = 0;     // of the note, task, call, history row or event
    QDateTime at;      // UTC
    QString actor;     // a login (or a robot's name)
    QString actorName; // what a user reads: the actor's full name, the login when there is none
    QString title;     // one line, translated
    QString detail;    // the body, description or payload summary
    // Tasks: open, done, cancelled; calls: answered, missed; events: their type.
    QString state;
    // What a double click opens: the deal of a stage change on a contact's or company's timeline, the
    // contact of a call on a deal's or company's timeline.
    QString relatedEntity;
    qint64 relatedId = 0;

    static QString kindName(Kind kind);
};

namespace ActivityFormat {
// A UTC time as the user reads it: the locale's short date and hours:minutes, local time; empty if invalid.
QString dateTime(const QDateTime &utc);
} // namespace ActivityFormat
