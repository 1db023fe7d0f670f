#pragma once

#include <QList>
#include <QString>

// One e-mail address or phone number with its label ("work", "mobile", ...).
struct Channel
{
    qint64 id = 0;
    QString label;
    QString value;

    bool operator==(const Channel &o) const { return label == o.label && value == o.value; }
};

using Channels = QList<Channel>;
