#pragma once

#include "channel.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariantMap>

struct Contact
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString position;
    qint64 companyId = 0; // 0: none
    QString companyName;  // read: the company's name; write: used when companyId is 0
    QDate birthday;
    QString address;
    QString source;
    QString owner;
    QString notes;
    QStringList tags;
    Channels emails;
    Channels phones;
    QVariantMap custom;  // custom field key → typed value
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QDateTime deletedAt; // valid while in the trash

    QString displayName() const { return QString(givenName + QLatin1Char(' ') + familyName).trimmed(); }
};

// What a list or a search result shows of a contact.
struct ContactSummary
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString company;
    QStringList emails;
    QStringList phones;
};
