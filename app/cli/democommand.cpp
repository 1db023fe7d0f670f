#include "democommand.h"

#include "clicontext.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

int runDemoCommand(CliContext &ctx)
{
    DemoGenerator::Options options;
    options.contacts = 0;
    const QStringList &args = ctx.args();
    bool haveContacts = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString option = args.at(i);
        if (i + 1 >= args.size())
            return ctx.fail(tr("%1 needs a value.").arg(option), 2);
        const QString value = args.at(++i);
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
        } else {
            return ctx.fail(tr("unknown option %1 for demo").arg(option), 2);
        }
    }
    if (!haveContacts)
        return ctx.fail(tr("demo needs --contacts N."), 2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const Status s = DemoGenerator::generate(*db, options);
    if (!s)
        return ctx.fail(s.error().fullText());
    ctx.err() << tr("Added %1 demo contacts in %2 s.")
                     .arg(options.contacts)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return 0;
}
