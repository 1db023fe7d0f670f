#include "guiutil.h"

#include <QDebug>
#include <QMessageBox>

namespace GuiUtil {

QString actor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
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
