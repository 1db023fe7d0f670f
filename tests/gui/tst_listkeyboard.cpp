// The keyboard path through the lists of the main window: Ctrl+F to the search box, type, Down to the
// first hit, Enter to open it (contacts, companies, the deals as a list and as a board).
#include "companyform.h"
#include "companylistpage.h"
#include "contactform.h"
#include "contactlistpage.h"
#include "dealboardpage.h"
#include "dealcolumnview.h"
#include "deals/dealcard.h"
#include "deals/dealfilterbar.h"
#include "deals/deallistpage.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "models/deallistmodel.h"
#include "recordtable.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestListKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void contactsDownThenEnterOpensTheFirstHit();
    void companiesDownThenEnterOpensTheFirstHit();
    void downWithNothingFoundStaysInTheBox();
    void dealListDownThenEnterOpensTheFirstDeal();
    void dealBoardDownThenEnterOpensTheFirstCard();

private:
    template<typename T>
    T *visibleChild(QWidget *parent) const;

    QTemporaryDir m_dir;
    DatabasePtr m_db;
};

template<typename T>
T *TestListKeyboard::visibleChild(QWidget *parent) const
{
    const QList<T *> all = parent->findChildren<T *>();
    for (T *w : all) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

void TestListKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_listkeyboard"));
    QVERIFY(m_dir.isValid());
    Result<DatabasePtr> opened = Database::open(m_dir.filePath(QStringLiteral("lists.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    DemoGenerator::Options contacts;
    contacts.contacts = 300;
    contacts.seed = 5;
    QVERIFY(DemoGenerator::generate(*m_db, contacts).ok());
    DealGenerator::Options deals;
    deals.deals = 400;
    deals.seed = 5;
    QVERIFY(DealGenerator::generate(*m_db, deals).ok());
}

void TestListKeyboard::init()
{
    QSettings().clear();
    GuiUtil::setActor(QString());
}

void TestListKeyboard::contactsDownThenEnterOpensTheFirstHit()
{
    MainWindow w(m_db);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentArea(MainWindow::ContactsArea);
    ContactListPage *page = w.contactsPage();
    // A row away from the top is current: Down still goes to the first hit.
    QVERIFY(page->table()->selectId(page->model()->idAt(7)));
    w.focusSearch();
    QVERIFY(page->searchBox()->hasFocus());
    // Down before the typing pause is over: the search runs first, the first hit gets the focus.
    QTest::keyClicks(page->searchBox(), QStringLiteral("pop"));
    QTest::keyClick(page->searchBox(), Qt::Key_Down);
    QVERIFY(page->table()->hasFocus());
    QCOMPARE(page->model()->filter().search, QStringLiteral("pop"));
    const qint64 first = page->model()->idAt(0);
    QVERIFY(first > 0);
    QCOMPARE(page->table()->currentId(), first);
    QCOMPARE(page->selectedIds(), QList<qint64>{first});
    QTest::keyClick(page->table(), Qt::Key_Return);
    QPointer<ContactForm> form = visibleChild<ContactForm>(&w);
    QVERIFY2(form, "Enter opens the contact");
    QCOMPARE(form->contactId(), first);
    form->done(QDialog::Rejected);
}

void TestListKeyboard::companiesDownThenEnterOpensTheFirstHit()
{
    MainWindow w(m_db);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentArea(MainWindow::CompaniesArea);
    CompanyListPage *page = w.companiesPage();
    w.focusSearch();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("companySearch"));
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_PageDown); // Page Down goes there too
    auto *table = page->findChild<RecordTable *>(QStringLiteral("companyTable"));
    QVERIFY(table->hasFocus());
    const qint64 first = page->model()->idAt(0);
    QCOMPARE(table->currentId(), first);
    QTest::keyClick(table, Qt::Key_Enter);
    QPointer<CompanyForm> form = visibleChild<CompanyForm>(&w);
    QVERIFY2(form, "Enter opens the company");
    QCOMPARE(form->companyId(), first);
    form->done(QDialog::Rejected);
}

void TestListKeyboard::downWithNothingFoundStaysInTheBox()
{
    MainWindow w(m_db);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ContactListPage *page = w.contactsPage();
    w.focusSearch();
    QTest::keyClicks(page->searchBox(), QStringLiteral("zzqqxx"));
    QTest::keyClick(page->searchBox(), Qt::Key_Down);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(page->searchBox()->hasFocus());
    // Shift+Down still selects text in the box.
    page->searchBox()->setCursorPosition(0);
    QTest::keyClick(page->searchBox(), Qt::Key_Down, Qt::ShiftModifier);
    QVERIFY(page->searchBox()->hasFocus());
}

void TestListKeyboard::dealListDownThenEnterOpensTheFirstDeal()
{
    MainWindow w(m_db);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentArea(MainWindow::DealsArea);
    DealBoardPage *deals = w.dealsPage();
    deals->showList(true);
    QTRY_VERIFY(deals->listPage()->model()->rowCount() > 0);
    w.focusSearch(); // Ctrl+F works in the deals area too
    QLineEdit *search = deals->filterBar()->searchEdit();
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down);
    QTableView *view = deals->listPage()->view();
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);
    const qint64 first = deals->listPage()->model()->idAt(0);
    QCOMPARE(deals->listPage()->currentDealId(), first);
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<DealCardDialog> card = visibleChild<DealCardDialog>(&w);
    QVERIFY2(card, "Enter opens the deal");
    QCOMPARE(card->dealId(), first);
    card->done(QDialog::Rejected);
}

void TestListKeyboard::dealBoardDownThenEnterOpensTheFirstCard()
{
    MainWindow w(m_db);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentArea(MainWindow::DealsArea);
    DealBoardPage *deals = w.dealsPage();
    deals->showList(false);
    QVERIFY(deals->columnCount() > 0);
    int column = 0;
    while (column < deals->columnCount() && deals->columnView(column)->model()->rowCount() == 0)
        ++column;
    QVERIFY(column < deals->columnCount());
    w.focusSearch();
    QTest::keyClick(deals->filterBar()->searchEdit(), Qt::Key_Down);
    DealColumnView *view = deals->columnView(column);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<DealCardDialog> card = visibleChild<DealCardDialog>(&w);
    QVERIFY2(card, "Enter opens the deal of the card");
    card->done(QDialog::Rejected);
}

QTEST_MAIN(TestListKeyboard)
#include "tst_listkeyboard.moc"
