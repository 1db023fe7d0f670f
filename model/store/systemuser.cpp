#include "systemuser.h"

#include <QDir>

#include <pwd.h>
#include <unistd.h>

QString SystemUser::login()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("user") : home;
}
