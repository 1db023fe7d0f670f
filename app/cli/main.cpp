// pristriy-cli: the headless twin of every capability of Pristriy.
#include "bpmncommand.h"
#include "checkcommand.h"
#include "clicontext.h"
#include "contactscommand.h"
#include "dealscommand.h"
#include "demo/sidefts.h"
#include "democommand.h"
#include "reportcommand.h"
#include "store/timestamps.h"
#include "taskscommand.h"
#include "userscommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: pristriy-cli [--db FILE] [--now TIME] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  demo --contacts N [--companies M] [--seed S] [--language en|ro|ru|uk]\n"
        "                                                 fill the database with demo data\n"
        "  demo --deals N [--products P] [--users U] [--contacts N] [--seed S] [--language L]\n"
        "                                                 demo deals, products, route maps and users\n"
        "                                                 (U sales managers); names in the language L\n"
        "  contacts count                                 the number of contacts\n"
        "  contacts add --given-name G --family-name F [--email E]... [--phone P]... [--company NAME]\n"
        "                                                 add a contact, print its id\n"
        "  contacts search TEXT [--limit N] [--format json|csv]\n"
        "                                                 find contacts as the search box does\n"
        "  deals count [--pipeline NAME] [--stage NAME] [--owner LOGIN]\n"
        "  deals list [--pipeline NAME] [--stage NAME] [--owner LOGIN] [--limit N] [--format json|csv]\n"
        "  deals move ID STAGE [--reason LOST-REASON]     move a deal to a stage of its pipeline\n"
        "  deals delete ID...                             move deals to the trash, with their tasks and "
        "calls\n"
        "  deals restore ID...                            bring deals back from the trash\n"
        "  tasks list [--overdue] [--assignee LOGIN] [--limit N] [--format json|csv]\n"
        "                                                 open tasks by due time (default: your own)\n"
        "  users list [--format json|csv]                 the users, roles, absences, who has a password\n"
        "  users add LOGIN [--name \"FULL NAME\"] [--role ROLE]\n"
        "                                                 add a user (ROLE: sales_manager, process_owner,\n"
        "                                                 director or administrator; default sales_manager)\n"
        "  users set-name LOGIN \"FULL NAME\"\n"
        "  users set-role LOGIN ROLE\n"
        "  users disable LOGIN | users enable LOGIN       a disabled user can neither start nor act\n"
        "  users away LOGIN [--from TIME] --to TIME       an absence (dates include their day; --from:\n"
        "                                                 now); users away LOGIN --clear ends it\n"
        "  users available LOGIN [--at TIME]              true when active and not away (at --now)\n"
        "  users set-password LOGIN                       the new password is read from standard input\n"
        "  users clear-password LOGIN                     the user starts without a password again\n"
        "  report funnel --pipeline NAME [--mode current|reached] [--from DATE] [--to DATE]\n"
        "      [--period created|entered] [--owner LOGIN]... [--source S]... [--format json|csv]\n"
        "                                                 the funnel: deals, amount, conversion per stage\n"
        "  check [--full]                                 check the database file (SQLite's quick_check;\n"
        "                                                 --full: integrity_check, slower); exit 1 if "
        "damaged\n"
        "  bpmn validate FILE                             check a BPMN file\n"
        "  bpmn convert IN OUT                            read a BPMN file and write it again\n"
        "  bpmn render IN OUT [--diagram ID]              draw the diagrams as .png, .svg or .pdf\n"
        "\n"
        "Options:\n"
        "  --db FILE      the database (default: %1); a new file is created\n"
        "  --now TIME     the time the command runs at, ISO-8601 with Z or an offset, or a date (UTC)\n"
        "  --as LOGIN     (after deals, tasks, report or users) act as that user; default: the system\n"
        "                 user. A user with a password needs it: --password-file FILE (its first line)\n"
        "                 or the environment variable PRISTRIY_PASSWORD; on a terminal it is asked\n"
        "  --help         this text\n"
        "  --version      the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // `bpmn render` draws, which needs a GUI application; headless on the offscreen platform.
    const bool gui = bpmnCommandNeedsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Pristriy"));
    QCoreApplication::setApplicationName(QStringLiteral("Pristriy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRISTRIY_VERSION));

    QStringList args = app.arguments().mid(1);
    QString dbPath;
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "pristriy-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--help")) {
            out << usage().arg(Database::defaultPath());
            return 0;
        }
        if (option == QLatin1String("--db") || option.startsWith(QLatin1String("--db="))) {
            if (option == QLatin1String("--db")) {
                if (args.isEmpty()) {
                    err << "pristriy-cli: " << QCoreApplication::translate("cli", "--db needs a file name.")
                        << Qt::endl;
                    return 2;
                }
                dbPath = args.takeFirst();
            } else {
                dbPath = option.mid(5);
            }
            // An empty name (an unset shell variable, say) must not quietly mean the default database.
            if (dbPath.isEmpty()) {
                err << "pristriy-cli: "
                    << QCoreApplication::translate("cli",
                                                   "--db was given an empty file name; name the database "
                                                   "file, or leave --db out to use the default database.")
                    << Qt::endl;
                return 2;
            }
            continue;
        }
        if (option == QLatin1String("--now") || option.startsWith(QLatin1String("--now="))) {
            const bool joined = option.size() > 5;
            if (!joined && args.isEmpty()) {
                err << "pristriy-cli: " << QCoreApplication::translate("cli", "--now needs a time.")
                    << Qt::endl;
                return 2;
            }
            const QString text = joined ? option.mid(6) : args.takeFirst();
            const QDateTime now = Timestamps::parseNow(text);
            if (!now.isValid()) {
                err << "pristriy-cli: "
                    << QCoreApplication::translate(
                           "cli", "--now expects an ISO-8601 time with Z or an offset, or a date, not “%1”.")
                           .arg(text)
                    << Qt::endl;
                return 2;
            }
            // Every command reads the time from this one clock.
            Timestamps::setFixedNow(now);
            continue;
        }
        err << "pristriy-cli: " << QCoreApplication::translate("cli", "unknown option %1").arg(option)
            << Qt::endl
            << usage().arg(Database::defaultPath());
        return 2;
    }
    if (args.isEmpty()) {
        err << usage().arg(Database::defaultPath());
        return 2;
    }
    // Side files of a demo load that was killed (the search index it was building) go on the next start.
    SideFts::removeStale();
    const QString command = args.takeFirst();
    CliContext ctx(dbPath, args);
    if (command == QLatin1String("contacts"))
        return runContactsCommand(ctx);
    if (command == QLatin1String("deals"))
        return runDealsCommand(ctx);
    if (command == QLatin1String("tasks"))
        return runTasksCommand(ctx);
    if (command == QLatin1String("users"))
        return runUsersCommand(ctx);
    if (command == QLatin1String("demo"))
        return runDemoCommand(ctx);
    if (command == QLatin1String("report"))
        return runReportCommand(ctx);
    if (command == QLatin1String("bpmn"))
        return runBpmnCommand(args);
    if (command == QLatin1String("check"))
        return runCheckCommand(ctx);
    err << "pristriy-cli: " << QCoreApplication::translate("cli", "unknown command %1").arg(command)
        << Qt::endl
        << usage().arg(Database::defaultPath());
    return 2;
}
