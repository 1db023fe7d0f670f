#include "taskscommand.h"

#include "activity/taskservice.h"
#include "clicontext.h"
#include "store/timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

int list(CliContext &ctx, const QString &actor)
{
    TaskService::Filter filter;
    filter.limit = 1000;
    QString format = QStringLiteral("json");
    const QStringList &args = ctx.args();
    for (int i = 1; i < args.size(); ++i) {
        const QString option = args.at(i);
        if (option == QLatin1String("--overdue")) {
            filter.overdueOnly = true;
            continue;
        }
        if (option != QLatin1String("--assignee") && option != QLatin1String("--format") &&
            option != QLatin1String("--limit"))
            return ctx.fail(tr("unknown option %1 for tasks list").arg(option), 2);
        if (i + 1 >= args.size())
            return ctx.fail(tr("%1 needs a value.").arg(option), 2);
        const QString value = args.at(++i);
        if (option == QLatin1String("--assignee")) {
            filter.assignee = value;
        } else if (option == QLatin1String("--format")) {
            if (value != QLatin1String("json") && value != QLatin1String("csv"))
                return ctx.fail(tr("--format is json or csv, not “%1”.").arg(value), 2);
            format = value;
        } else {
            bool ok = false;
            filter.limit = value.toInt(&ok);
            if (!ok || filter.limit < 1)
                return ctx.fail(tr("--limit expects a positive whole number, not “%1”.").arg(value), 2);
        }
    }
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    const Result<QList<Task>> tasks = TaskService(db, actor).list(filter);
    if (!tasks)
        return ctx.fail(tasks.error().message);
    const QDateTime now = Timestamps::now();
    const auto due = [](const Task &t) {
        return t.dueAt.isValid() ? Timestamps::toText(t.dueAt) : QString();
    };
    if (format == QLatin1String("csv")) {
        ctx.out() << "id,title,due_at,overdue,assignee,priority,status,deal_id,contact_id,company_id\n";
        for (const Task &t : *tasks) {
            const bool overdue = t.dueAt.isValid() && t.dueAt < now;
            ctx.out() << t.id << ',' << CliContext::csvField(t.title) << ',' << due(t) << ','
                      << (overdue ? "true" : "false") << ',' << CliContext::csvField(t.assignee) << ','
                      << t.priority << ',' << Task::statusName(t.status) << ','
                      << (t.dealId > 0 ? QString::number(t.dealId) : QString()) << ','
                      << (t.contactId > 0 ? QString::number(t.contactId) : QString()) << ','
                      << (t.companyId > 0 ? QString::number(t.companyId) : QString()) << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    QJsonArray array;
    for (const Task &t : *tasks) {
        array.append(
            QJsonObject{{QStringLiteral("id"), t.id},
                        {QStringLiteral("title"), t.title},
                        {QStringLiteral("due_at"), t.dueAt.isValid() ? QJsonValue(due(t)) : QJsonValue()},
                        {QStringLiteral("overdue"), t.dueAt.isValid() && t.dueAt < now},
                        {QStringLiteral("assignee"), t.assignee},
                        {QStringLiteral("priority"), t.priority},
                        {QStringLiteral("status"), Task::statusName(t.status)},
                        {QStringLiteral("deal_id"), idOrNull(t.dealId)},
                        {QStringLiteral("contact_id"), idOrNull(t.contactId)},
                        {QStringLiteral("company_id"), idOrNull(t.companyId)}});
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out().flush();
    return 0;
}

} // namespace

int runTasksCommand(CliContext &ctx)
{
    QString actor;
    if (!ctx.takeActorOption(&actor))
        return 2;
    const QString sub = ctx.args().value(0);
    if (sub == QLatin1String("list"))
        return list(ctx, actor);
    return ctx.fail(tr("tasks: expected list, not “%1”.").arg(sub), 2);
}
