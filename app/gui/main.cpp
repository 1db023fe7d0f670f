// pristriy: the desktop application.
#include "databaseopener.h"
#include "mainwindow.h"
#include "translator.h"
#include "userchooser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pristriy"));
    QApplication::setApplicationName(QStringLiteral("Pristriy"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pristriy"));
    QApplication::setApplicationVersion(QStringLiteral(PRISTRIY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pristriy"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("pristriy")));
    Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Pristriy, a desktop CRM that runs your business processes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Open the database FILE (a missing file becomes a new, empty database)."),
        QApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "Work as the user LOGIN instead of choosing at start."),
        QApplication::translate("main", "LOGIN"));
    parser.addOption(userOption);
    parser.process(app);

    const DatabasePtr db = DatabaseOpener::openAtStart(parser.value(dbOption), nullptr);
    if (!db)
        return 1;
    if (!UserChooser::chooseFor(db, parser.value(userOption), nullptr))
        return 1;
    MainWindow window(db);
    window.show();
    return QApplication::exec();
}
