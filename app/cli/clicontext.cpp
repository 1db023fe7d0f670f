#include "clicontext.h"

#include "store/systemuser.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

CliContext::CliContext(QString dbPath, QStringList args)
    : m_dbPath(std::move(dbPath))
    , m_args(std::move(args))
    , m_out(stdout)
    , m_err(stderr)
{}

DatabasePtr CliContext::database()
{
    if (m_db)
        return m_db;
    const QString path = m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
    Result<DatabasePtr> opened = Database::open(path);
    if (!opened) {
        fail(opened.error().message);
        return nullptr;
    }
    m_db = *opened;
    return m_db;
}

QString CliContext::actor()
{
    return SystemUser::login();
}

int CliContext::fail(const QString &message, int code)
{
    m_err << "pristriy-cli: " << message << Qt::endl;
    return code;
}

bool CliContext::takeActorOption(QString *login)
{
    *login = actor();
    const qsizetype at = m_args.indexOf(QStringLiteral("--as"));
    if (at < 0)
        return true;
    if (at + 1 >= m_args.size() || m_args.at(at + 1).isEmpty()) {
        fail(QCoreApplication::translate("cli", "--as needs the login of a user."), 2);
        return false;
    }
    *login = m_args.at(at + 1);
    m_args.remove(at, 2);
    return true;
}

QString CliContext::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
