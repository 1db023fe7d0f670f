#include "guiutil.h"

#include <QDebug>
#include <QDir>
#include <QMessageBox>

namespace GuiUtil {

QString actor()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    // Services, containers and cron may run without a user name in the environment.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("user") : home;
}

void showError(QWidget *parent, const QString &title, const StoreError &error)
{
    qWarning().noquote() << title << error.fullText();
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace GuiUtil
