#pragma once

#include "channel.h"
#include "store/storeerror.h"

#include <QSqlDatabase>

class PhoneNumbers;

// The e-mails and phones of contacts (contact_channel) and companies (company_channel).
class ChannelStore
{
    Q_DECLARE_TR_FUNCTIONS(ChannelStore)

public:
    enum class Owner
    {
        Contact,
        Company
    };

    // Checks what a user typed: addresses must look like e-mail addresses, phones have digits.
    static StoreError validate(const Channels &emails, const Channels &phones);
    // Replaces the owner's channels (inside the caller's transaction).
    static Status write(QSqlDatabase &db, Owner owner, qint64 ownerId, const Channels &emails,
                        const Channels &phones, const PhoneNumbers &numbers);
    static Status read(QSqlDatabase &db, Owner owner, qint64 ownerId, Channels *emails, Channels *phones);
};
