#include "reportcommand.h"

#include "clicontext.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "report/funnelquery.h"

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
    QString pipeline;
    FunnelMode mode = FunnelMode::Current;
    FunnelFilter filter;
    QString format = QStringLiteral("json");
};

bool parseDate(CliContext &ctx, const QString &option, const QString &value, QDate *date)
{
    *date = QDate::fromString(value, Qt::ISODate);
    if (!date->isValid() || value.size() != 10) {
        ctx.fail(tr("%1 expects a date as YYYY-MM-DD, not “%2”.").arg(option, value), 2);
        return false;
    }
    return true;
}

bool parseOptions(CliContext &ctx, Options *o)
{
    const QStringList &args = ctx.args();
    const QStringList allowed = {QStringLiteral("--pipeline"), QStringLiteral("--mode"),
                                 QStringLiteral("--from"),     QStringLiteral("--to"),
                                 QStringLiteral("--period"),   QStringLiteral("--owner"),
                                 QStringLiteral("--source"),   QStringLiteral("--format")};
    for (int i = 1; i < args.size(); ++i) {
        const QString option = args.at(i);
        if (!allowed.contains(option)) {
            ctx.fail(tr("unknown option %1 for report funnel").arg(option), 2);
            return false;
        }
        if (i + 1 >= args.size()) {
            ctx.fail(tr("%1 needs a value.").arg(option), 2);
            return false;
        }
        const QString value = args.at(++i);
        if (option == QLatin1String("--pipeline")) {
            o->pipeline = value;
        } else if (option == QLatin1String("--mode")) {
            if (value == QLatin1String("current")) {
                o->mode = FunnelMode::Current;
            } else if (value == QLatin1String("reached")) {
                o->mode = FunnelMode::Reached;
            } else {
                ctx.fail(tr("--mode is current or reached, not “%1”.").arg(value), 2);
                return false;
            }
        } else if (option == QLatin1String("--period")) {
            if (value == QLatin1String("created")) {
                o->filter.period = FunnelFilter::Period::Created;
            } else if (value == QLatin1String("entered")) {
                o->filter.period = FunnelFilter::Period::StageEntered;
            } else {
                ctx.fail(tr("--period is created or entered, not “%1”.").arg(value), 2);
                return false;
            }
        } else if (option == QLatin1String("--from")) {
            if (!parseDate(ctx, option, value, &o->filter.from))
                return false;
        } else if (option == QLatin1String("--to")) {
            if (!parseDate(ctx, option, value, &o->filter.to))
                return false;
        } else if (option == QLatin1String("--owner")) {
            o->filter.owners.append(value);
        } else if (option == QLatin1String("--source")) {
            o->filter.sources.append(value);
        } else if (option == QLatin1String("--format")) {
            if (value != QLatin1String("json") && value != QLatin1String("csv")) {
                ctx.fail(tr("--format is json or csv, not “%1”.").arg(value), 2);
                return false;
            }
            o->format = value;
        }
    }
    if (o->pipeline.isEmpty()) {
        ctx.fail(tr("report funnel needs --pipeline NAME."), 2);
        return false;
    }
    if (o->filter.from.isValid() && o->filter.to.isValid() && o->filter.from > o->filter.to) {
        ctx.fail(tr("--from %1 is after --to %2.")
                     .arg(o->filter.from.toString(Qt::ISODate), o->filter.to.toString(Qt::ISODate)),
                 2);
        return false;
    }
    return true;
}

QString kindName(Stage::Kind kind)
{
    return Stage::kindName(kind);
}

QString fraction(double value)
{
    return value < 0 ? QString() : QString::number(value, 'f', 6);
}

QJsonValue jsonNumber(double value, int decimals)
{
    if (value < 0)
        return QJsonValue::Null;
    return QString::number(value, 'f', decimals).toDouble();
}

int funnel(CliContext &ctx, const QString &actor)
{
    Options o;
    if (!parseOptions(ctx, &o))
        return 2;
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    const Result<Pipeline> pipeline = PipelineService(db, actor).pipelineNamed(o.pipeline);
    if (!pipeline)
        return ctx.fail(tr("There is no pipeline “%1”.").arg(o.pipeline));
    o.filter.pipelineId = pipeline->id;
    UserService users(db, actor);
    for (const QString &owner : std::as_const(o.filter.owners)) {
        if (!users.byLogin(owner))
            return ctx.fail(tr("There is no user “%1” (--owner).").arg(owner));
    }
    const Result<FunnelReport> report = FunnelQuery(db, actor).compute(o.filter);
    if (!report)
        return ctx.fail(report.error().message);
    const FunnelReport &r = *report;
    // The stage rows; in current mode Won and Lost too, so that the rows add up to the deals.
    const int rows = o.mode == FunnelMode::Current ? int(r.stages.size()) : r.wonIndex() + 1;
    const QString main = r.mainCurrency;
    const auto others = [&](const FunnelAmounts &amounts) {
        FunnelAmounts rest = amounts;
        rest.remove(main);
        return rest;
    };
    if (o.format == QLatin1String("csv")) {
        ctx.out() << "stage,kind,deals,amount,currency,conversion_from_previous,conversion_from_first,"
                     "avg_days_in_stage,median_days_in_stage,other_currencies\n";
        for (int i = 0; i < rows; ++i) {
            const FunnelStage &s = r.stages.at(i);
            const FunnelAmounts amounts = r.amountOf(i, o.mode);
            QStringList rest;
            const FunnelAmounts other = others(amounts);
            for (auto it = other.cbegin(); it != other.cend(); ++it)
                rest.append(it.key() + QLatin1Char(' ') + QString::number(it.value()));
            ctx.out() << CliContext::csvField(s.name) << ',' << kindName(s.kind) << ',' << r.count(i, o.mode)
                      << ',' << amounts.value(main) << ',' << main << ','
                      << fraction(r.conversionFromPrevious(i)) << ',' << fraction(r.conversionFromFirst(i))
                      << ',' << (s.averageDays < 0 ? QString() : QString::number(s.averageDays, 'f', 2))
                      << ',' << (s.medianDays < 0 ? QString() : QString::number(s.medianDays, 'f', 2)) << ','
                      << CliContext::csvField(rest.join(QLatin1Char(';'))) << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    QJsonArray array;
    for (int i = 0; i < rows; ++i) {
        const FunnelStage &s = r.stages.at(i);
        const FunnelAmounts amounts = r.amountOf(i, o.mode);
        QJsonObject other;
        const FunnelAmounts rest = others(amounts);
        for (auto it = rest.cbegin(); it != rest.cend(); ++it)
            other.insert(it.key(), it.value());
        array.append(QJsonObject{
            {QStringLiteral("stage"), s.name},
            {QStringLiteral("kind"), kindName(s.kind)},
            {QStringLiteral("deals"), r.count(i, o.mode)},
            {QStringLiteral("amount"), amounts.value(main)},
            {QStringLiteral("currency"), main},
            {QStringLiteral("other_currencies"), other},
            {QStringLiteral("conversion_from_previous"), jsonNumber(r.conversionFromPrevious(i), 6)},
            {QStringLiteral("conversion_from_first"), jsonNumber(r.conversionFromFirst(i), 6)},
            {QStringLiteral("avg_days_in_stage"), jsonNumber(s.averageDays, 2)},
            {QStringLiteral("median_days_in_stage"), jsonNumber(s.medianDays, 2)}});
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out().flush();
    return 0;
}

} // namespace

int runReportCommand(CliContext &ctx)
{
    QString actor;
    if (!ctx.takeActorOption(&actor))
        return 2;
    const QString sub = ctx.args().value(0);
    if (sub == QLatin1String("funnel"))
        return funnel(ctx, actor);
    return ctx.fail(tr("report: expected funnel, not “%1”.").arg(sub), 2);
}
