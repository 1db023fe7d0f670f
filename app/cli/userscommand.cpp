#include "userscommand.h"

#include "clicontext.h"
#include "crm/userservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int list(CliContext &ctx, const QString &actor)
{
    const QStringList &args = ctx.args();
    QString format = QStringLiteral("json");
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--format") || i + 1 >= args.size())
            return ctx.fail(tr("users list takes only --format json|csv."), 2);
        format = args.at(++i);
        if (format != QLatin1String("json") && format != QLatin1String("csv"))
            return ctx.fail(tr("--format is json or csv, not “%1”.").arg(format), 2);
    }
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    UserService users(db, actor);
    if (Result<User> me = users.current(); !me)
        return ctx.fail(me.error().message);
    const Result<QList<User>> all = users.list();
    if (!all)
        return ctx.fail(all.error().message);
    if (format == QLatin1String("csv")) {
        ctx.out() << "login,display_name,role,active\n";
        for (const User &u : *all) {
            ctx.out() << CliContext::csvField(u.login) << ',' << CliContext::csvField(u.displayName) << ','
                      << User::roleName(u.role) << ',' << (u.active ? 1 : 0) << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    QJsonArray array;
    for (const User &u : *all) {
        array.append(QJsonObject{{QStringLiteral("login"), u.login},
                                 {QStringLiteral("display_name"), u.displayName},
                                 {QStringLiteral("role"), User::roleName(u.role)},
                                 {QStringLiteral("active"), u.active}});
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out().flush();
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
    return ctx.fail(tr("users: expected list, not “%1”.").arg(sub), 2);
}
