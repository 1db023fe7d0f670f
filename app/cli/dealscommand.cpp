#include "dealscommand.h"

#include "clicontext.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

struct Options
{
    QString pipeline, stage, owner, format = QStringLiteral("json");
    int limit = 100;
};

// Reads the options of count and list; allowed lists the ones the subcommand takes.
bool parseOptions(CliContext &ctx, const QStringList &allowed, Options *o)
{
    const QStringList &args = ctx.args();
    for (int i = 1; i < args.size(); ++i) {
        const QString option = args.at(i);
        if (!allowed.contains(option)) {
            ctx.fail(tr("unknown option %1 for deals %2").arg(option, args.first()), 2);
            return false;
        }
        if (i + 1 >= args.size()) {
            ctx.fail(tr("%1 needs a value.").arg(option), 2);
            return false;
        }
        const QString value = args.at(++i);
        if (option == QLatin1String("--pipeline")) {
            o->pipeline = value;
        } else if (option == QLatin1String("--stage")) {
            o->stage = value;
        } else if (option == QLatin1String("--owner")) {
            o->owner = value;
        } else if (option == QLatin1String("--limit")) {
            bool ok = false;
            o->limit = value.toInt(&ok);
            if (!ok || o->limit < 1) {
                ctx.fail(tr("--limit expects a positive whole number, not “%1”.").arg(value), 2);
                return false;
            }
        } else if (option == QLatin1String("--format")) {
            o->format = value;
            if (value != QLatin1String("json") && value != QLatin1String("csv")) {
                ctx.fail(tr("--format is json or csv, not “%1”.").arg(value), 2);
                return false;
            }
        }
    }
    return true;
}

// Turns pipeline and stage names into ids; a stage without a pipeline is looked up in every pipeline.
bool resolveFilter(CliContext &ctx, const DatabasePtr &db, const QString &actor, const Options &o,
                   DealFilter *f)
{
    const Result<QList<Pipeline>> pipelines = PipelineService(db, actor).pipelines();
    if (!pipelines) {
        ctx.fail(pipelines.error().message);
        return false;
    }
    f->owner = o.owner;
    bool pipelineFound = o.pipeline.isEmpty();
    QList<qint64> stages;
    for (const Pipeline &p : *pipelines) {
        if (!o.pipeline.isEmpty() && p.name.compare(o.pipeline, Qt::CaseInsensitive) != 0)
            continue;
        if (!o.pipeline.isEmpty()) {
            f->pipelineId = p.id;
            pipelineFound = true;
        }
        if (const Stage *s = o.stage.isEmpty() ? nullptr : p.stageNamed(o.stage))
            stages.append(s->id);
    }
    if (!pipelineFound) {
        ctx.fail(tr("There is no pipeline “%1”.").arg(o.pipeline));
        return false;
    }
    if (!o.stage.isEmpty()) {
        if (stages.isEmpty()) {
            ctx.fail(tr("There is no stage “%1”.").arg(o.stage));
            return false;
        }
        if (stages.size() > 1) {
            ctx.fail(
                tr("Several pipelines have a stage “%1”; name the pipeline with --pipeline.").arg(o.stage),
                2);
            return false;
        }
        f->stageId = stages.first();
    }
    return true;
}

int count(CliContext &ctx, const QString &actor)
{
    Options o;
    if (!parseOptions(
            ctx, {QStringLiteral("--pipeline"), QStringLiteral("--stage"), QStringLiteral("--owner")}, &o))
        return 2;
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    DealFilter filter;
    if (!resolveFilter(ctx, db, actor, o, &filter))
        return 1;
    const Result<qint64> n = DealService(db, actor).count(filter);
    if (!n)
        return ctx.fail(n.error().message);
    ctx.out() << *n << Qt::endl;
    return 0;
}

int list(CliContext &ctx, const QString &actor)
{
    Options o;
    if (!parseOptions(ctx,
                      {QStringLiteral("--pipeline"), QStringLiteral("--stage"), QStringLiteral("--owner"),
                       QStringLiteral("--limit"), QStringLiteral("--format")},
                      &o)) {
        return 2;
    }
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    DealFilter filter;
    if (!resolveFilter(ctx, db, actor, o, &filter))
        return 1;
    const Result<QList<DealSummary>> deals = DealService(db, actor).list(filter, o.limit);
    if (!deals)
        return ctx.fail(deals.error().message);
    if (o.format == QLatin1String("csv")) {
        ctx.out() << "id,title,pipeline,stage,amount,currency,owner\n";
        for (const DealSummary &d : *deals) {
            ctx.out() << d.id << ',' << CliContext::csvField(d.title) << ','
                      << CliContext::csvField(d.pipeline) << ',' << CliContext::csvField(d.stage) << ','
                      << d.amountMinor << ',' << d.currency << ',' << CliContext::csvField(d.owner) << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    QJsonArray array;
    for (const DealSummary &d : *deals) {
        array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                 {QStringLiteral("title"), d.title},
                                 {QStringLiteral("pipeline"), d.pipeline},
                                 {QStringLiteral("stage"), d.stage},
                                 {QStringLiteral("amount"), d.amountMinor},
                                 {QStringLiteral("currency"), d.currency},
                                 {QStringLiteral("owner"), d.owner}});
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out().flush();
    return 0;
}

int move(CliContext &ctx, const QString &actor)
{
    const QStringList &args = ctx.args();
    QString reason;
    QStringList positional;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--reason")) {
            if (i + 1 >= args.size())
                return ctx.fail(tr("--reason needs the name of a lost reason."), 2);
            reason = args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--"))) {
            return ctx.fail(tr("unknown option %1 for deals move").arg(args.at(i)), 2);
        } else {
            positional.append(args.at(i));
        }
    }
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (positional.size() != 2 || !ok || id < 1)
        return ctx.fail(tr("deals move needs a deal ID and a STAGE name: deals move 42 \"Agreement\"."), 2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    DealService deals(db, actor);
    const Result<Deal> deal = deals.get(id);
    if (!deal)
        return ctx.fail(deal.error().message);
    PipelineService pipelines(db, actor);
    const Result<Pipeline> pipeline = pipelines.pipeline(deal->pipelineId);
    if (!pipeline)
        return ctx.fail(pipeline.error().message);
    const Stage *stage = pipeline->stageNamed(positional.at(1));
    if (!stage)
        return ctx.fail(tr("The pipeline “%1” has no stage “%2”.").arg(pipeline->name, positional.at(1)));
    qint64 reasonId = 0;
    if (!reason.isEmpty()) {
        const Result<QList<LostReason>> reasons = pipelines.lostReasons();
        if (!reasons)
            return ctx.fail(reasons.error().message);
        for (const LostReason &r : *reasons) {
            if (r.name.compare(reason, Qt::CaseInsensitive) == 0)
                reasonId = r.id;
        }
        if (reasonId == 0)
            return ctx.fail(tr("There is no lost reason “%1”.").arg(reason));
    }
    if (const Status s = deals.moveToStage(id, stage->id, StageChangeVia::User, reasonId); !s)
        return ctx.fail(s.error().message);
    ctx.out() << tr("Deal %1 is now in “%2”.").arg(id).arg(stage->name) << Qt::endl;
    return 0;
}

// deals delete ID... / deals restore ID...: all of them or none (a deal that is not where the command
// expects it, or not the acting user's to change, refuses the whole command).
int trashOrRestore(CliContext &ctx, const QString &actor, bool toTrash)
{
    const QString sub = ctx.args().first();
    QList<qint64> ids;
    for (int i = 1; i < ctx.args().size(); ++i) {
        const QString arg = ctx.args().at(i);
        if (arg.startsWith(QLatin1String("--")))
            return ctx.fail(tr("unknown option %1 for deals %2").arg(arg, sub), 2);
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id < 1)
            return ctx.fail(tr("“%1” is not a deal ID.").arg(arg), 2);
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return ctx.fail(tr("deals %1 needs the ID of one deal or more: deals %1 42.").arg(sub), 2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    DealService deals(db, actor);
    for (qint64 id : std::as_const(ids)) {
        const Result<Deal> deal = toTrash ? deals.get(id) : deals.getInTrash(id);
        if (!deal)
            return ctx.fail(deal.error().message);
    }
    const Status done = toTrash ? deals.moveToTrash(ids) : deals.restore(ids);
    if (!done)
        return ctx.fail(done.error().message);
    for (qint64 id : std::as_const(ids)) {
        ctx.out() << (toTrash ? tr("Deal %1 is in the trash.") : tr("Deal %1 is restored.")).arg(id)
                  << Qt::endl;
    }
    return 0;
}

} // namespace

int runDealsCommand(CliContext &ctx)
{
    QString actor;
    if (!ctx.takeActorOption(&actor))
        return 2;
    const QString sub = ctx.args().value(0);
    if (sub == QLatin1String("count"))
        return count(ctx, actor);
    if (sub == QLatin1String("list"))
        return list(ctx, actor);
    if (sub == QLatin1String("move"))
        return move(ctx, actor);
    if (sub == QLatin1String("delete") || sub == QLatin1String("restore"))
        return trashOrRestore(ctx, actor, sub == QLatin1String("delete"));
    return ctx.fail(tr("deals: expected count, list, move, delete or restore, not “%1”.").arg(sub), 2);
}
