#include "guiutil.h"

#include "store/systemuser.h"

#include <QDebug>
#include <QDir>
#include <QMessageBox>
#include <QScreen>
#include <QWidget>

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

void resizeWithinScreen(QWidget *window, const QSize &preferred)
{
    QSize size = preferred;
    if (const QScreen *screen = window->screen()) {
        const QSize room = screen->availableGeometry().size() - QSize(40, 60);
        size = size.boundedTo(room);
    }
    window->resize(size);
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
