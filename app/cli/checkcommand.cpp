#include "checkcommand.h"

#include "clicontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

int runCheckCommand(CliContext &ctx)
{
    bool full = false;
    for (const QString &arg : ctx.args()) {
        if (arg == QLatin1String("--full"))
            full = true;
        else
            return ctx.fail(tr("unknown option %1 for check").arg(arg), 2);
    }
    const QString path = ctx.dbPath().isEmpty() ? Database::defaultPath() : ctx.dbPath();
    if (!QFileInfo::exists(path))
        return ctx.fail(
            tr("%1 does not exist; there is nothing to check.").arg(QDir::toNativeSeparators(path)));
    // A file of an earlier schema is checked as it is: upgrading a damaged file would only spread it.
    Database::Options options;
    options.migrate = false;
    DatabasePtr db = ctx.database(options);
    if (!db)
        return 1;
    const Result<IntegrityCheck::Report> report = db->check(full);
    if (!report)
        return ctx.fail(report.error().message);
    const QString file = QDir::toNativeSeparators(db->path());
    const QString kind = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    if (!report->ok()) {
        for (const QString &problem : report->problems)
            ctx.out() << problem << '\n';
        ctx.out().flush();
        return ctx.fail(IntegrityCheck::damageMessage(db->path(), report->problems));
    }
    ctx.out() << "ok" << Qt::endl;
    ctx.err()
        << tr("%1 passed SQLite's %2 in %3 s.").arg(file, kind).arg(report->milliseconds / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
