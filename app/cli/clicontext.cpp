#include "clicontext.h"

#include "crm/userservice.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("cli", text, nullptr, n);
}

// Switches the terminal's echo off for as long as it lives.
class NoEcho
{
public:
    NoEcho()
    {
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~NoEcho()
    {
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    termios m_saved{};
    bool m_ok = false;
};

QString chompLine(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

} // namespace

CliContext::CliContext(QString dbPath, QStringList args)
    : m_dbPath(std::move(dbPath))
    , m_args(std::move(args))
    , m_out(stdout)
    , m_err(stderr)
{}

DatabasePtr CliContext::database(const Database::Options &options)
{
    if (m_db)
        return m_db;
    const QString path = m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
    // One command, then the process ends: SQLite's own small page cache is faster than a large one.
    Database::Options small = options;
    small.cacheSizeKb = 2048;
    Result<DatabasePtr> opened = Database::open(path, small);
    if (!opened) {
        fail(opened.error().message);
        return nullptr;
    }
    if (!signInActor(*opened))
        return nullptr;
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
    const qsizetype file = m_args.indexOf(QStringLiteral("--password-file"));
    if (file >= 0) {
        if (file + 1 >= m_args.size() || m_args.at(file + 1).isEmpty()) {
            fail(tr("--password-file needs the name of a file holding the password."), 2);
            return false;
        }
        m_passwordFile = m_args.at(file + 1);
        m_args.remove(file, 2);
    }
    const qsizetype at = m_args.indexOf(QStringLiteral("--as"));
    if (at < 0) {
        if (!m_passwordFile.isEmpty()) {
            fail(tr("--password-file goes with --as LOGIN."), 2);
            return false;
        }
        return true;
    }
    if (at + 1 >= m_args.size() || m_args.at(at + 1).isEmpty()) {
        fail(tr("--as needs the login of a user."), 2);
        return false;
    }
    *login = m_args.at(at + 1);
    m_asLogin = *login;
    m_args.remove(at, 2);
    return true;
}

bool CliContext::signInActor(const DatabasePtr &db)
{
    if (m_asLogin.isEmpty() || m_asLogin == actor())
        return true;
    UserService users(db, m_asLogin);
    const Result<User> user = users.byLogin(m_asLogin);
    // No such user, or disabled: the command's own service says so with its usual message.
    if (!user || !user->active || !user->asksPasswordFrom(actor()))
        return true;
    QString password;
    if (!m_passwordFile.isEmpty()) {
        QFile f(m_passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read the password file %1: %2.").arg(m_passwordFile, f.errorString()));
            return false;
        }
        password = chompLine(f.readLine(4096));
    } else if (qEnvironmentVariableIsSet("PRISTRIY_PASSWORD")) {
        password = qEnvironmentVariable("PRISTRIY_PASSWORD");
    } else if (stdinIsTerminal()) {
        password = readSecretLine(tr("Password of “%1”: ").arg(m_asLogin));
    } else {
        fail(tr("“%1” has a password: give it in the environment variable PRISTRIY_PASSWORD or in a "
                "file with --password-file FILE.")
                 .arg(m_asLogin));
        return false;
    }
    const Result<SignInResult> signedIn = users.signIn(m_asLogin, password);
    password.fill(QChar(0));
    if (!signedIn) {
        fail(signedIn.error().message);
        return false;
    }
    const QDateTime now = Timestamps::now();
    switch (signedIn->outcome) {
    case SignInResult::Outcome::Accepted:
        return true;
    case SignInResult::Outcome::WrongPassword:
        if (signedIn->retryAt.isValid()) {
            fail(tr("Wrong password for “%1”; after %n wrong password(s) in a row the next try waits "
                    "until %2.",
                    signedIn->failures)
                     .arg(m_asLogin, Timestamps::toText(signedIn->retryAt)));
        } else {
            fail(tr("Wrong password for “%1”.").arg(m_asLogin));
        }
        return false;
    case SignInResult::Outcome::Locked:
        fail(tr("Too many wrong passwords for “%1”: try again in %n second(s).",
                int(qMax<qint64>(1, now.secsTo(signedIn->retryAt))))
                 .arg(m_asLogin));
        return false;
    }
    return false;
}

bool CliContext::stdinIsTerminal() const
{
    return isatty(STDIN_FILENO) == 1;
}

QString CliContext::readSecretLine(const QString &prompt)
{
    const bool terminal = stdinIsTerminal();
    QByteArray line;
    {
        std::unique_ptr<NoEcho> quiet;
        if (terminal) {
            m_err << prompt;
            m_err.flush();
            quiet = std::make_unique<NoEcho>();
        }
        char buffer[4096];
        if (std::fgets(buffer, sizeof buffer, stdin))
            line = QByteArray(buffer);
        std::fill(std::begin(buffer), std::end(buffer), '\0');
    }
    if (terminal) {
        m_err << Qt::endl;
    }
    if (line.isNull())
        return {};
    return chompLine(line);
}

QDateTime CliContext::now()
{
    return Timestamps::now();
}

bool CliContext::parseTime(const QString &text, bool endOfDay, QDateTime *utc)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        const QDate day = endOfDay ? date.addDays(1) : date;
        *utc = day.startOfDay().toUTC();
        return true;
    }
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return false;
    *utc = at.toUTC();
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
