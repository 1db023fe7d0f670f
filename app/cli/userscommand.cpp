#include "userscommand.h"

#include "clicontext.h"
#include "crm/userservice.h"
#include "store/timestamps.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// A sub-command's arguments: positional ones, and options from a fixed list (flags take no value).
struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
};

bool parseArgs(CliContext &ctx, const QStringList &valued, const QStringList &flags, Args *parsed, int *rc)
{
    const QStringList &args = ctx.args();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            parsed->positional << a;
        } else if (flags.contains(a)) {
            parsed->options.insert(a, QString());
        } else if (valued.contains(a) && i + 1 < args.size()) {
            parsed->options.insert(a, args.at(++i));
        } else if (valued.contains(a)) {
            *rc = ctx.fail(tr("%1 needs a value.").arg(a), 2);
            return false;
        } else {
            *rc = ctx.fail(tr("users %1: unknown option %2.").arg(args.first(), a), 2);
            return false;
        }
    }
    return true;
}

QString roleNames()
{
    QStringList names;
    for (User::Role r : User::allRoles())
        names << User::roleName(r);
    return names.join(QStringLiteral(", "));
}

bool parseRole(CliContext &ctx, const QString &text, User::Role *role, int *rc)
{
    if (User::roleFromName(text, role))
        return true;
    *rc = ctx.fail(tr("There is no role “%1”; the roles are %2.").arg(text, roleNames()), 2);
    return false;
}

QString timeOrEmpty(const QDateTime &t)
{
    return t.isValid() ? Timestamps::toText(t) : QString();
}

int list(CliContext &ctx, const QString &actor)
{
    Args args;
    int rc = 0;
    if (!parseArgs(ctx, {QStringLiteral("--format")}, {}, &args, &rc))
        return rc;
    if (!args.positional.isEmpty())
        return ctx.fail(tr("users list takes only --format json|csv."), 2);
    const QString format = args.has(QStringLiteral("--format")) ? args.value(QStringLiteral("--format"))
                                                                : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return ctx.fail(tr("--format is json or csv, not “%1”.").arg(format), 2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    UserService users(db, actor);
    if (Result<User> me = users.current(); !me)
        return ctx.fail(me.error().message);
    const Result<QList<User>> all = users.list();
    if (!all)
        return ctx.fail(all.error().message);
    const QDateTime now = CliContext::now();
    if (format == QLatin1String("csv")) {
        ctx.out() << "login,display_name,role,active,has_password,away_from,away_until,available\n";
        for (const User &u : *all) {
            ctx.out() << CliContext::csvField(u.login) << ',' << CliContext::csvField(u.displayName) << ','
                      << User::roleName(u.role) << ',' << (u.active ? 1 : 0) << ',' << (u.hasPassword ? 1 : 0)
                      << ',' << timeOrEmpty(u.awayFrom) << ',' << timeOrEmpty(u.awayUntil) << ','
                      << (u.isAvailableAt(now) ? 1 : 0) << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    QJsonArray array;
    for (const User &u : *all) {
        array.append(QJsonObject{{QStringLiteral("login"), u.login},
                                 {QStringLiteral("display_name"), u.displayName},
                                 {QStringLiteral("role"), User::roleName(u.role)},
                                 {QStringLiteral("active"), u.active},
                                 {QStringLiteral("has_password"), u.hasPassword},
                                 {QStringLiteral("away_from"),
                                  u.hasAbsence() ? QJsonValue(timeOrEmpty(u.awayFrom)) : QJsonValue()},
                                 {QStringLiteral("away_until"),
                                  u.hasAbsence() ? QJsonValue(timeOrEmpty(u.awayUntil)) : QJsonValue()},
                                 {QStringLiteral("available"), u.isAvailableAt(now)}});
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out().flush();
    return 0;
}

// Opens the database and runs one change as `actor`; prints `done` on success.
int change(CliContext &ctx, const QString &actor, const std::function<Status(UserService &)> &run,
           const QString &done)
{
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    UserService users(db, actor);
    if (const Status s = run(users); !s)
        return ctx.fail(s.error().message);
    ctx.out() << done << Qt::endl;
    return 0;
}

int add(CliContext &ctx, const QString &actor)
{
    Args args;
    int rc = 0;
    if (!parseArgs(ctx, {QStringLiteral("--name"), QStringLiteral("--role")}, {}, &args, &rc))
        return rc;
    if (args.positional.size() != 1)
        return ctx.fail(
            tr("users add takes one login: users add LOGIN [--name \"FULL NAME\"] [--role ROLE]."), 2);
    User u;
    u.login = args.positional.first();
    u.displayName = args.value(QStringLiteral("--name"));
    if (args.has(QStringLiteral("--role")) &&
        !parseRole(ctx, args.value(QStringLiteral("--role")), &u.role, &rc))
        return rc;
    return change(
        ctx, actor,
        [&](UserService &users) -> Status {
            const Result<qint64> id = users.create(u);
            return id ? okStatus() : Status(id.error());
        },
        tr("Added the user “%1” (%2).").arg(u.login, User::roleName(u.role)));
}

// users set-name|set-role LOGIN VALUE
int setValue(CliContext &ctx, const QString &actor, const QString &sub)
{
    Args args;
    int rc = 0;
    if (!parseArgs(ctx, {}, {}, &args, &rc))
        return rc;
    if (args.positional.size() != 2) {
        return ctx.fail(sub == QLatin1String("set-role") ? tr("usage: users set-role LOGIN ROLE")
                                                         : tr("usage: users set-name LOGIN \"FULL NAME\""),
                        2);
    }
    const QString login = args.positional.at(0);
    const QString value = args.positional.at(1);
    if (sub == QLatin1String("set-name")) {
        return change(
            ctx, actor, [&](UserService &users) { return users.setDisplayName(login, value); },
            tr("“%1” is now called “%2”.").arg(login, value));
    }
    User::Role role = User::Role::SalesManager;
    if (!parseRole(ctx, value, &role, &rc))
        return rc;
    return change(
        ctx, actor, [&](UserService &users) { return users.setRole(login, role); },
        tr("“%1” is now a %2.").arg(login, User::roleName(role)));
}

// users disable|enable|clear-password LOGIN
int onLogin(CliContext &ctx, const QString &actor, const QString &sub)
{
    Args args;
    int rc = 0;
    if (!parseArgs(ctx, {}, {}, &args, &rc))
        return rc;
    if (args.positional.size() != 1)
        return ctx.fail(tr("usage: users %1 LOGIN").arg(sub), 2);
    const QString login = args.positional.first();
    if (sub == QLatin1String("clear-password")) {
        return change(
            ctx, actor, [&](UserService &users) { return users.clearPassword(login); },
            tr("“%1” starts without a password now.").arg(login));
    }
    const bool enable = sub == QLatin1String("enable");
    return change(
        ctx, actor, [&](UserService &users) { return users.setActive(login, enable); },
        enable ? tr("“%1” is enabled.").arg(login) : tr("“%1” is disabled.").arg(login));
}

int away(CliContext &ctx, const QString &actor)
{
    Args args;
    int rc = 0;
    if (!parseArgs(ctx, {QStringLiteral("--from"), QStringLiteral("--to")}, {QStringLiteral("--clear")},
                   &args, &rc)) {
        return rc;
    }
    if (args.positional.size() != 1)
        return ctx.fail(tr("usage: users away LOGIN [--from TIME] --to TIME, or users away LOGIN --clear"),
                        2);
    const QString login = args.positional.first();
    if (args.has(QStringLiteral("--clear"))) {
        if (args.has(QStringLiteral("--from")) || args.has(QStringLiteral("--to")))
            return ctx.fail(tr("users away: --clear takes no --from or --to."), 2);
        return change(
            ctx, actor, [&](UserService &users) { return users.clearAway(login); },
            tr("“%1” is no longer marked away.").arg(login));
    }
    if (!args.has(QStringLiteral("--to")))
        return ctx.fail(tr("users away needs --to TIME (or --clear)."), 2);
    QDateTime from = CliContext::now();
    QDateTime until;
    if (args.has(QStringLiteral("--from")) &&
        !CliContext::parseTime(args.value(QStringLiteral("--from")), false, &from))
        return ctx.fail(tr("--from needs a date (YYYY-MM-DD) or an ISO-8601 time, not “%1”.")
                            .arg(args.value(QStringLiteral("--from"))),
                        2);
    if (!CliContext::parseTime(args.value(QStringLiteral("--to")), true, &until))
        return ctx.fail(tr("--to needs a date (YYYY-MM-DD) or an ISO-8601 time, not “%1”.")
                            .arg(args.value(QStringLiteral("--to"))),
                        2);
    return change(
        ctx, actor, [&](UserService &users) { return users.setAway(login, from, until); },
        tr("“%1” is away from %2 until %3.").arg(login, Timestamps::toText(from), Timestamps::toText(until)));
}

int available(CliContext &ctx, const QString &actor)
{
    Args args;
    int rc = 0;
    if (!parseArgs(ctx, {QStringLiteral("--at")}, {}, &args, &rc))
        return rc;
    if (args.positional.size() != 1)
        return ctx.fail(tr("usage: users available LOGIN [--at TIME]"), 2);
    QDateTime at = CliContext::now();
    if (args.has(QStringLiteral("--at")) &&
        !CliContext::parseTime(args.value(QStringLiteral("--at")), false, &at))
        return ctx.fail(tr("--at needs a date (YYYY-MM-DD) or an ISO-8601 time, not “%1”.")
                            .arg(args.value(QStringLiteral("--at"))),
                        2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    UserService users(db, actor);
    if (Result<User> me = users.current(); !me)
        return ctx.fail(me.error().message);
    const Result<bool> yes = users.isAvailable(args.positional.first(), at);
    if (!yes)
        return ctx.fail(yes.error().message);
    ctx.out() << (*yes ? "true" : "false") << Qt::endl;
    return 0;
}

int setPassword(CliContext &ctx, const QString &actor)
{
    // Only the login is read from the command line: whatever else is there may be a password typed in
    // the wrong place, so it is refused without being repeated.
    if (ctx.args().size() != 2 || ctx.args().at(1).startsWith(QLatin1String("--"))) {
        return ctx.fail(tr("users set-password takes only the login; the new password is read from "
                           "standard input, never from the command line."),
                        2);
    }
    const QString login = ctx.args().at(1);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    QString password = ctx.readSecretLine(tr("New password for “%1”: ").arg(login));
    if (password.isNull())
        return ctx.fail(tr("No password came on standard input; give it as its first line."));
    if (ctx.stdinIsTerminal()) {
        QString again = ctx.readSecretLine(tr("The same password again: "));
        const bool same = again == password;
        again.fill(QChar(0));
        if (!same) {
            password.fill(QChar(0));
            return ctx.fail(tr("The two passwords differ; nothing was changed."));
        }
    }
    UserService users(db, actor);
    const Status s = users.setPassword(login, password);
    password.fill(QChar(0));
    if (!s)
        return ctx.fail(s.error().message);
    ctx.out() << tr("The password of “%1” is set.").arg(login) << Qt::endl;
    return 0;
}

} // namespace

int runUsersCommand(CliContext &ctx)
{
    QString actor;
    if (!ctx.takeActorOption(&actor))
        return 2;
    const QString sub = ctx.args().value(0);
    if (sub == QLatin1String("list"))
        return list(ctx, actor);
    if (sub == QLatin1String("add"))
        return add(ctx, actor);
    if (sub == QLatin1String("set-name") || sub == QLatin1String("set-role"))
        return setValue(ctx, actor, sub);
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable") ||
        sub == QLatin1String("clear-password")) {
        return onLogin(ctx, actor, sub);
    }
    if (sub == QLatin1String("away"))
        return away(ctx, actor);
    if (sub == QLatin1String("available"))
        return available(ctx, actor);
    if (sub == QLatin1String("set-password"))
        return setPassword(ctx, actor);
    return ctx.fail(tr("users: expected list, add, set-name, set-role, disable, enable, away, available, "
                       "set-password or clear-password, not “%1”.")
                        .arg(sub),
                    2);
}
