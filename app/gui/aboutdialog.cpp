#include "aboutdialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QtGlobal>

namespace AboutDialog {

void show(QWidget *parent)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("AboutDialog", text); };
    QMessageBox box(parent);
    box.setWindowTitle(tr("About Pristriy"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Pristriy %1</h3>"
                   "<p>A desktop CRM that puts your company's business processes on screen: contacts, "
                   "companies, pipelines and route maps.</p>")
                    .arg(QStringLiteral(PRISTRIY_VERSION)));
    box.setInformativeText(
        tr("<p>Licensed under the GNU General Public License, version 3 or (at your option) "
           "any later version (GPL-3.0-or-later).</p>"
           "<p>Built with Qt %1, running on Qt %2.</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace AboutDialog
