// pristriy: the desktop application.
#include "databaseopener.h"
#include "demo/sidefts.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "translator.h"
#include "userchooser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pristriy"));
    QCoreApplication::setApplicationName(QStringLiteral("Pristriy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRISTRIY_VERSION));
}

struct Options
{
    QCommandLineOption db{QStringLiteral("db")};
    QCommandLineOption user{QStringLiteral("user")};
};

Options describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Pristriy, a desktop CRM that runs your business processes."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options;
    options.db =
        QCommandLineOption(QStringLiteral("db"),
                           QCoreApplication::translate(
                               "main", "Open the database FILE (a file that does not exist yet becomes a "
                                       "new database, empty or with demo data)."),
                           QCoreApplication::translate("main", "FILE"));
    parser.addOption(options.db);
    options.user = QCommandLineOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Work as the user LOGIN instead of choosing at start."),
        QCoreApplication::translate("main", "LOGIN"));
    parser.addOption(options.user);
    return options;
}

// --help and --version need no window: they are answered before QApplication, which needs a display.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

int answerWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    Translator::install();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForTextOnly(argc, argv))
        return answerWithoutWindow(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Pristriy"));
    QApplication::setDesktopFileName(QStringLiteral("pristriy"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("pristriy")));
    Translator::install();

    QCommandLineParser parser;
    const Options options = describeOptions(parser);
    parser.process(app);
    // An empty name (an unset shell variable, say) must not quietly open the default database. Told
    // on standard error with exit code 2, as the parser tells every other command-line mistake.
    if (parser.isSet(options.db) && parser.value(options.db).isEmpty()) {
        std::fputs(qPrintable(QApplication::translate("main", "pristriy: --db was given an empty file name; "
                                                              "name the database file, or leave --db out to "
                                                              "use the default database.\n")),
                   stderr);
        return 2;
    }
    SideFts::removeStale();

    bool created = false;
    const DatabasePtr db = DatabaseOpener::openAtStart(parser.value(options.db), nullptr, &created);
    if (!db)
        return 1;
    // Whoever has just made the database works in it as the operating-system user, its administrator;
    // later starts ask who is working when it has several users.
    if (created && !parser.isSet(options.user))
        GuiUtil::setActor(QString());
    else if (!UserChooser::chooseFor(db, parser.value(options.user), nullptr))
        return 1;
    MainWindow window(db);
    window.show();
    window.checkDatabaseInBackground();
    return QApplication::exec();
}
