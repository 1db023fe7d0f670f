#include "democommand.h"

#include "clicontext.h"
#include "demo/democatalog.h"
#include "demo/demodata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

bool hasContacts(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM contact WHERE deleted_at IS NULL)")) &&
           q.next() && q.value(0).toBool();
}
} // namespace

int runDemoCommand(CliContext &ctx)
{
    DemoGenerator::Options options;
    options.contacts = 0;
    DealGenerator::Options dealOptions;
    dealOptions.deals = 0;
    const QStringList &args = ctx.args();
    bool haveContacts = false;
    bool haveDeals = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString option = args.at(i);
        if (i + 1 >= args.size())
            return ctx.fail(tr("%1 needs a value.").arg(option), 2);
        const QString value = args.at(++i);
        if (option == QLatin1String("--language")) {
            if (!DemoCatalog::isLanguage(value))
                return ctx.fail(tr("--language expects en, ro, ru or uk, not “%1”.").arg(value), 2);
            options.language = value;
            dealOptions.language = value;
            continue;
        }
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok || number < 0)
            return ctx.fail(tr("%1 expects a whole number of 0 or more, not “%2”.").arg(option, value), 2);
        if (option == QLatin1String("--contacts")) {
            options.contacts = number;
            haveContacts = true;
        } else if (option == QLatin1String("--companies")) {
            options.companies = number;
        } else if (option == QLatin1String("--seed")) {
            options.seed = quint64(number);
            dealOptions.seed = quint64(number);
        } else if (option == QLatin1String("--deals")) {
            dealOptions.deals = number;
            haveDeals = true;
        } else if (option == QLatin1String("--products")) {
            dealOptions.products = number;
        } else if (option == QLatin1String("--users")) {
            if (number < 1 || number > 10000)
                return ctx.fail(
                    tr("--users expects a number of sales managers from 1 to 10000, not “%1”.").arg(value),
                    2);
            dealOptions.salesManagers = number;
        } else {
            return ctx.fail(tr("unknown option %1 for demo").arg(option), 2);
        }
    }
    if (!haveContacts && !haveDeals)
        return ctx.fail(tr("demo needs --contacts N or --deals N."), 2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    // Deals point at contacts: without --contacts, an empty database gets one contact per ten deals.
    if (haveDeals && !haveContacts && !hasContacts(*db))
        options.contacts = qMax<qint64>(100, dealOptions.deals / 10);
    QElapsedTimer timer;
    timer.start();
    // Contacts and deals together or not at all: a demo stopped part-way leaves the database as it was.
    if (const Status s = DemoData::generate(*db, options, haveDeals ? &dealOptions : nullptr); !s)
        return ctx.fail(s.error().fullText());
    if (haveDeals) {
        ctx.err() << tr("Added %1 demo contacts and %2 deals in %3 s.")
                         .arg(options.contacts)
                         .arg(dealOptions.deals)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                  << Qt::endl;
        return 0;
    }
    ctx.err() << tr("Added %1 demo contacts in %2 s.")
                     .arg(options.contacts)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return 0;
}
