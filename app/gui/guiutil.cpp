#include "guiutil.h"

#include "store/systemuser.h"

#include <QDebug>
#include <QDir>
#include <QMessageBox>

namespace GuiUtil {

QString actor()
{
    return SystemUser::login();
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
