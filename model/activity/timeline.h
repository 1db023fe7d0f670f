#pragma once

#include "activity.h"
#include "store/database.h"

class UserNames;

// Everything that happened to a contact, company or deal, newest first: its notes, tasks, calls, the
// stage changes (of the deal, or of the deals of a contact or company) and the record's own events
// (created, changed, shared, ...). Read a page at a time; each part reads its own index and at most
// offset + limit rows, so a page costs the same whatever the size of the tables.
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)

public:
    Timeline(DatabasePtr db, QString actor);

    // Refused (Denied, NotFound) when the acting user may not see the record.
    Result<QList<TimelineEntry>> page(const QString &entity, qint64 recordId, int offset, int limit);

    // The one line shown for an event of the record's own (contact.updated, record.shared, ...); people
    // are named by their full names when names are given.
    static QString describeEvent(const QString &type, const QString &payloadJson,
                                 const UserNames *names = nullptr);

private:
    DatabasePtr m_db;
    QString m_actor;
};
