// The program in the user's language: Qt's own buttons too (Romanian, which Qt does not translate, from
// Pristriy's catalogue), the stage kind "Open" as an adjective, a side bar as wide as its names.
#include "../testutil.h"
#include "deals/pipelinesettings.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTreeWidget>

class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translator"));
        GuiUtil::setActor(QString());
    }

    void cleanup()
    {
        Translator::setConfiguredLanguage(QStringLiteral("en"));
        Translator::install();
        QLocale::setDefault(QLocale::c());
    }

    void standardButtons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("save");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("close");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Save") << QStringLiteral("Cancel")
                            << QStringLiteral("Close");
        QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("Salvează")
                            << QStringLiteral("Anulează") << QStringLiteral("Închide");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Сохранить") << QStringLiteral("Отмена")
                            << QStringLiteral("Закрыть");
        QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Зберегти")
                            << QStringLiteral("Скасувати") << QStringLiteral("Закрити");
    }

    // The buttons of every dialog with Save and Cancel.
    void standardButtons()
    {
        QFETCH(QString, language);
        QFETCH(QString, save);
        QFETCH(QString, cancel);
        QFETCH(QString, close);
        Translator::setConfiguredLanguage(language);
        Translator::install();
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), save);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), close);
    }

    // Installing again replaces the translators: the language chosen last is the one shown.
    void installAgainReplaces()
    {
        Translator::setConfiguredLanguage(QStringLiteral("ro"));
        Translator::install();
        Translator::setConfiguredLanguage(QStringLiteral("en"));
        Translator::install();
        QDialogButtonBox box(QDialogButtonBox::Save);
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Save"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Dashboard"), QStringLiteral("Dashboard"));
    }

    void stageKindIsAnAdjective_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("verb");
        QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("Deschisă")
                            << QStringLiteral("Deschide");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Открытый")
                            << QStringLiteral("Открыть");
        QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Відкритий")
                            << QStringLiteral("Відкрити");
    }

    // Settings › Pipelines: the kind of a stage whose deals are in progress, not the verb of a button.
    void stageKindIsAnAdjective()
    {
        QFETCH(QString, language);
        QFETCH(QString, open);
        QFETCH(QString, verb);
        Translator::setConfiguredLanguage(language);
        Translator::install();
        TempDatabase tmp;
        PipelineSettingsPage page(tmp.db());
        auto *stages = page.findChild<QTreeWidget *>(QStringLiteral("stages"));
        QVERIFY(stages);
        QVERIFY(stages->topLevelItemCount() >= 8);
        QCOMPARE(stages->topLevelItem(0)->text(1), open);
        // The same word as a verb elsewhere is still the verb.
        QCOMPARE(QCoreApplication::translate("MyTasksDock", "Open"), verb);
    }

    void sideBarFitsItsNames_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ro", "ru", "uk"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Every area's name is whole in the side bar, without a horizontal scroll bar, also with a large font.
    void sideBarFitsItsNames()
    {
        QFETCH(QString, language);
        Translator::setConfiguredLanguage(language);
        Translator::install();
        const QFont before = QApplication::font();
        QFont large = before;
        large.setPointSizeF(13);
        QApplication::setFont(large);
        TempDatabase tmp;
        {
            MainWindow window(tmp.db());
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            QVERIFY(navigation);
            QCOMPARE(navigation->horizontalScrollBar()->maximum(), 0);
            QVERIFY(!navigation->horizontalScrollBar()->isVisible());
            const QFontMetrics metrics(navigation->font());
            for (int row = 0; row < navigation->count(); ++row) {
                QListWidgetItem *item = navigation->item(row);
                if (item->isHidden())
                    continue;
                const QRect rect = navigation->visualItemRect(item);
                const int needed = metrics.horizontalAdvance(item->text()) + navigation->iconSize().width();
                QVERIFY2(rect.width() >= needed && rect.right() <= navigation->viewport()->width(),
                         qPrintable(QStringLiteral("%1: %2 of %3 px in a %4 px bar")
                                        .arg(item->text())
                                        .arg(rect.width())
                                        .arg(needed)
                                        .arg(navigation->viewport()->width())));
            }
        }
        QApplication::setFont(before);
    }
};

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
