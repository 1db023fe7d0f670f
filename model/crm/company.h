#pragma once

#include "channel.h"

#include <QDateTime>
#include <QVariantMap>

struct Company
{
    qint64 id = 0;
    QString name;
    QString industry;
    QString website;
    QString address;
    QString owner;
    QString notes;
    Channels emails;
    Channels phones;
    QVariantMap custom;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
};
