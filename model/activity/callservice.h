#pragma once

#include "activity.h"
#include "store/database.h"
#include "text/phonenumbers.h"

// Phone calls. Recording one matches its contact by number (the national digits, as the contact search
// does, among the contacts the acting user may see), then a company's number; records it with its user
// and appends call.recorded, or call.missed for a missed call, in the same transaction. Notifies "call".
class CallService
{
    Q_DECLARE_TR_FUNCTIONS(CallService)

public:
    CallService(DatabasePtr db, QString actor);

    Result<qint64> record(const Call &call);
    Result<Call> get(qint64 id);
    // Newest first; refused when the record is not visible to the acting user.
    Result<QList<Call>> forRecord(const QString &entity, qint64 recordId, int limit, int offset = 0);
    // The live contact whose phone number is this one (0 when none), among those the acting user may see.
    Result<qint64> matchContact(const QString &phone);

private:
    DatabasePtr m_db;
    QString m_actor;
    PhoneNumbers m_phones;
};
