#include "guiutil.h"

#include "store/systemuser.h"

#include <QDebug>
#include <QDir>
#include <QMessageBox>

namespace GuiUtil {

namespace {
QString &chosenActor()
{
    static QString login;
    return login;
}
} // namespace

QString actor()
{
    const QString &chosen = chosenActor();
    return chosen.isEmpty() ? SystemUser::login() : chosen;
}

void setActor(const QString &login)
{
    chosenActor() = login;
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
