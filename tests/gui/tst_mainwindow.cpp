// The main window on a demo database: the list, search, trash and undo, remembered window state.
#include "companyform.h"
#include "companylistpage.h"
#include "contactlistpage.h"
#include "crm/companyservice.h"
#include "crm/contactservice.h"
#include "crm/userservice.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "processdocument.h"
#include "processeditor.h"
#include "processscene.h"
#include "recordtable.h"
#include "settingsdialog.h"
#include "text/textfold.h"
#include "trashpage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithRowsAndCount();
    void searchNarrowsTheList();
    void searchWithoutHitsShowsEmptyState();
    void tagFilterOffersTheTagsAndNarrows();
    void ownerFilterFindsOwnersByName();
    void deleteMovesToTrashAndUndoRestores();
    void trashRestores();
    void selectionSurvivesRefresh();
    void windowStateIsRestored();
    void companyFormListsItsContactsAndSaves();
    void settingsSaveThePhoneRegion();
    void processMapsOpenInWindowsThatAskBeforeClosing();
    void screenshot();

private:
    QString contactText(qint64 id) const;

    QTemporaryDir m_dir;
    DatabasePtr m_db;
    qint64 m_total = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    Result<DatabasePtr> opened = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    DemoGenerator::Options options;
    options.contacts = 500;
    options.seed = 7;
    const Status generated = DemoGenerator::generate(*m_db, options);
    QVERIFY2(generated.ok(), qPrintable(generated.error().fullText()));
    const Result<qint64> count = ContactService(m_db, QStringLiteral("test")).count();
    QVERIFY(count.ok());
    m_total = *count;
    QCOMPARE(m_total, 500);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::contactText(qint64 id) const
{
    const Result<Contact> c = ContactService(m_db, QStringLiteral("test")).get(id);
    if (!c.ok())
        return {};
    QStringList parts{c->givenName, c->familyName, c->companyName};
    for (const Channel &e : c->emails)
        parts << e.value;
    return TextFold::fold(parts.join(u' '));
}

void TestMainWindow::opensWithRowsAndCount()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentArea(), MainWindow::ContactsArea);
    ContactListModel *model = w.contactsPage()->model();
    QCOMPARE(model->rowCount(), int(m_total));
    QVERIFY(!model->index(0, ContactListModel::NameColumn).data().toString().isEmpty());
    QVERIFY2(w.countLabel()->text().contains(QStringLiteral("500")), qPrintable(w.countLabel()->text()));
    QVERIFY(!w.contactsPage()->table()->isEmptyStateVisible());
}

void TestMainWindow::searchNarrowsTheList()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ContactListModel *model = w.contactsPage()->model();
    const qint64 id = model->idAt(model->rowCount() / 2);
    const Result<Contact> known = ContactService(m_db, QStringLiteral("test")).get(id);
    QVERIFY(known.ok());
    const QString term = known->familyName;

    w.focusSearch();
    QTest::keyClicks(w.contactsPage()->searchBox(), term);
    QTRY_VERIFY(model->rowCount() < m_total);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowOfId(id) >= 0);
    const QString folded = TextFold::fold(term);
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 rowId = model->idAt(row);
        QVERIFY2(contactText(rowId).contains(folded),
                 qPrintable(
                     QStringLiteral("row %1 (%2) does not match %3").arg(row).arg(contactText(rowId), term)));
    }
    QVERIFY2(w.countLabel()->text().contains(QString::number(model->rowCount())),
             qPrintable(w.countLabel()->text()));

    w.contactsPage()->searchBox()->clear();
    QTRY_COMPARE(model->rowCount(), int(m_total));
}

void TestMainWindow::tagFilterOffersTheTagsAndNarrows()
{
    ContactService service(m_db, QStringLiteral("test"));
    Contact c;
    c.givenName = QStringLiteral("Tagged");
    c.familyName = QStringLiteral("Partnerova");
    c.tags = {QStringLiteral("Partner 2026")};
    const Result<qint64> id = service.create(c);
    QVERIFY(id.ok());
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *tag = w.contactsPage()->findChild<QLineEdit *>(QStringLiteral("tagFilter"));
    QVERIFY(tag && tag->completer());
    tag->setFocus();
    QTest::keyClicks(tag, QStringLiteral("partn"));
    QTRY_VERIFY(tag->completer()->popup()->isVisible());
    QCOMPARE(tag->completer()->currentCompletion(), QStringLiteral("Partner 2026"));
    tag->setText(tag->completer()->currentCompletion());
    ContactListModel *model = w.contactsPage()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), *id);
    tag->clear();
    QTRY_COMPARE(model->rowCount(), int(m_total) + 1);
    QVERIFY(service.moveToTrash({*id}).ok());
    QVERIFY(service.purge({*id}).ok());
}

void TestMainWindow::ownerFilterFindsOwnersByName()
{
    // The one who works first becomes the administrator of a database without users (as at start).
    QVERIFY(UserService(m_db, GuiUtil::actor()).current().ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO app_user (login, display_name, role, created_at) VALUES "
                       "('ana.popescu', 'Ana Ștefănescu', 'sales_manager', '2026-01-01T00:00:00.000Z')")));
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM contact WHERE owner = 'ana.popescu' AND deleted_at IS NULL")) &&
            q.next());
    const int anas = q.value(0).toInt();
    QVERIFY(anas > 0 && anas < m_total);
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *owner = w.contactsPage()->findChild<QLineEdit *>(QStringLiteral("ownerFilter"));
        QVERIFY(owner && owner->completer());
        // The owners are offered by name.
        owner->setFocus();
        QTest::keyClicks(owner, QStringLiteral("nescu"));
        QTRY_VERIFY(owner->completer()->popup()->isVisible());
        QCOMPARE(owner->completer()->currentCompletion(), QStringLiteral("Ana Ștefănescu"));
        owner->completer()->popup()->hide();
        // What is typed filters at once, folded like the search ("stef" finds Ștefănescu).
        owner->setText(QStringLiteral("stef"));
        ContactListModel *model = w.contactsPage()->model();
        QTRY_COMPARE(model->rowCount(), anas);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, ContactListModel::OwnerColumn).data().toString(),
                     QStringLiteral("Ana Ștefănescu"));
        // The login works as well.
        owner->setText(QStringLiteral("ana.popescu"));
        QTRY_COMPARE(model->rowCount(), anas);
        owner->setText(QStringLiteral("Ștefănescu Ana"));
        QTRY_COMPARE(model->rowCount(), anas);
        owner->setText(QStringLiteral("Nobody Atall"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(w.contactsPage()->table()->isEmptyStateVisible());
        owner->clear();
        QTRY_COMPARE(model->rowCount(), int(m_total));
    }
    QVERIFY(q.exec(QStringLiteral("DELETE FROM app_user WHERE login = 'ana.popescu'")));
}

void TestMainWindow::searchWithoutHitsShowsEmptyState()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.contactsPage()->searchBox(), QStringLiteral("Zyxwvqq"));
    QTRY_COMPARE(w.contactsPage()->model()->rowCount(), 0);
    RecordTable *table = w.contactsPage()->table();
    QVERIFY(table->isEmptyStateVisible());
    QVERIFY(table->emptyText().contains(QStringLiteral("Zyxwvqq")));
}

void TestMainWindow::deleteMovesToTrashAndUndoRestores()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ContactListModel *model = w.contactsPage()->model();
    RecordTable *table = w.contactsPage()->table();
    const qint64 id = model->idAt(3);
    QVERIFY(table->selectId(id));
    QVERIFY(w.deleteAction()->isEnabled());
    w.deleteAction()->trigger();

    QTRY_COMPARE(model->rowOfId(id), -1);
    QTRY_COMPARE(model->rowCount(), int(m_total) - 1);
    ContactService service(m_db, QStringLiteral("test"));
    QVERIFY(service.get(id)->deletedAt.isValid());
    QTRY_VERIFY(w.trashPage()->contactModel()->rowOfId(id) >= 0);
    QVERIFY(w.undoAction()->isEnabled());

    w.undoAction()->trigger();
    QTRY_VERIFY(model->rowOfId(id) >= 0);
    QCOMPARE(model->rowCount(), int(m_total));
    QVERIFY(!service.get(id)->deletedAt.isValid());
    QVERIFY(!w.undoAction()->isEnabled());
    QTRY_COMPARE(table->currentId(), id);
}

void TestMainWindow::trashRestores()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ContactListModel *model = w.contactsPage()->model();
    const qint64 id = model->idAt(7);
    ContactService service(m_db, QStringLiteral("test"));
    QVERIFY(service.moveToTrash({id}).ok());
    QTRY_COMPARE(model->rowOfId(id), -1);

    w.setCurrentArea(MainWindow::TrashArea);
    TrashPage *trash = w.trashPage();
    trash->setCurrentKind(TrashPage::Contacts);
    QTRY_VERIFY(trash->contactModel()->rowOfId(id) >= 0);
    QVERIFY(w.countLabel()->text().contains(QStringLiteral("1")));
    QVERIFY(trash->table(TrashPage::Contacts)->selectId(id));
    trash->restoreSelected();
    QTRY_COMPARE(trash->contactModel()->rowOfId(id), -1);
    QTRY_VERIFY(model->rowOfId(id) >= 0);
    QVERIFY(!service.get(id)->deletedAt.isValid());
    QVERIFY(trash->table(TrashPage::Contacts)->isEmptyStateVisible());
}

void TestMainWindow::selectionSurvivesRefresh()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ContactListModel *model = w.contactsPage()->model();
    RecordTable *table = w.contactsPage()->table();
    const qint64 id = model->idAt(42);
    QVERIFY(table->selectId(id));
    // Another contact changes: the model refreshes, the current record stays.
    ContactService service(m_db, QStringLiteral("test"));
    Contact other = *service.get(model->idAt(0));
    other.notes = QStringLiteral("changed");
    QVERIFY(service.update(other).ok());
    QTRY_COMPARE(table->currentId(), id);
    QCOMPARE(table->selectedIds(), QList<qint64>{id});
}

void TestMainWindow::windowStateIsRestored()
{
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(1010, 690);
        RecordTable *table = w.contactsPage()->table();
        table->setColumnWidth(ContactListModel::CompanyColumn, 333);
        table->horizontalHeader()->setSortIndicator(ContactListModel::CompanyColumn, Qt::DescendingOrder);
        QCOMPARE(w.contactsPage()->model()->sortColumn(), int(ContactListModel::CompanyColumn));
        w.setCurrentArea(MainWindow::CompaniesArea);
        w.close();
    }
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), QSize(1010, 690));
    QCOMPARE(w.currentArea(), MainWindow::CompaniesArea);
    ContactListModel *model = w.contactsPage()->model();
    QCOMPARE(model->sortColumn(), int(ContactListModel::CompanyColumn));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(w.contactsPage()->table()->columnWidth(ContactListModel::CompanyColumn), 333);
    QCOMPARE(w.contactsPage()->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::companyFormListsItsContactsAndSaves()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCurrentArea(MainWindow::CompaniesArea);
    CompanyListModel *companies = w.companiesPage()->model();
    QVERIFY(companies->rowCount() > 0);
    const qint64 id = companies->idAt(0);
    w.openCompany(id);
    QPointer<CompanyForm> form = w.findChild<CompanyForm *>();
    QVERIFY(form);
    auto *contacts = form->findChild<RecordTable *>(QStringLiteral("companyContacts"));
    QVERIFY(contacts);
    ContactFilter filter;
    filter.companyId = id;
    ContactListModel expected(m_db);
    expected.setFilter(filter);
    QVERIFY(expected.rowCount() > 0);
    QCOMPARE(contacts->lazyModel()->rowCount(), expected.rowCount());
    const QString shots = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(form->grab().save(shots + QStringLiteral("/company-form.png")));
        form->findChild<QTabWidget *>()->setCurrentIndex(1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(form->grab().save(shots + QStringLiteral("/company-contacts.png")));
    }
    form->findChild<QLineEdit *>(QStringLiteral("industry"))->setText(QStringLiteral("Aerospace"));
    QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!form);
    QCOMPARE(CompanyService(m_db, QStringLiteral("test")).get(id)->industry, QStringLiteral("Aerospace"));
}

void TestMainWindow::settingsSaveThePhoneRegion()
{
    const QString key = QStringLiteral("phone.default_region");
    const QString before = m_db->setting(key);
    SettingsDialog dialog(m_db);
    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("phoneRegion"));
    QVERIFY(region);
    QVERIFY(region->count() > 100);
    const QString wanted = before == QLatin1String("MD") ? QStringLiteral("UA") : QStringLiteral("MD");
    region->setCurrentIndex(region->findData(wanted));
    QVERIFY(region->currentIndex() >= 0);
    dialog.accept();
    QCOMPARE(m_db->setting(key), wanted);
}

void TestMainWindow::processMapsOpenInWindowsThatAskBeforeClosing()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto editors = [&w] {
        return w.findChildren<ProcessEditor *>(QString(), Qt::FindDirectChildrenOnly);
    };

    // A new map: a window of its own, with the database's route maps and a start event.
    auto *newMap = w.findChild<QAction *>(QStringLiteral("newProcessMap"));
    QVERIFY(newMap);
    newMap->trigger();
    QCOMPARE(editors().size(), 1);
    ProcessEditor *blank = editors().first();
    QVERIFY(blank->isWindow() && blank->isVisible());
    QVERIFY(blank->scene()->shapeItemForElement(QStringLiteral("StartEvent_1")));
    QVERIFY(blank->editorAction(QStringLiteral("saveToDatabase"))->isVisible());

    // A template from the main window: another window; the first map is untouched.
    auto *templates = w.findChild<QMenu *>(QStringLiteral("processTemplatesMenu"));
    QVERIFY(templates && !templates->actions().isEmpty());
    templates->actions().first()->trigger();
    QCOMPARE(editors().size(), 2);
    QVERIFY(blank->scene()->shapeItemForElement(QStringLiteral("StartEvent_1")));
    QVERIFY(blank->appendElement(QStringLiteral("StartEvent_1"), BpmnElementType::Task));
    QVERIFY(!blank->document()->undoStack()->isClean());

    // Closing the application asks for the unsaved map; Cancel keeps everything open.
    bool asked = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
            answer.stop();
        }
    });
    answer.start(20);
    QVERIFY(!w.close());
    QVERIFY(asked);
    QVERIFY(w.isVisible());
    QVERIFY(blank->isVisible());
    blank->document()->undoStack()->setClean();
    QVERIFY(w.close());
}

void TestMainWindow::screenshot()
{
    // For looking at: set PRISTRIY_SCREENSHOT_DIR to keep the pictures.
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PRISTRIY_SCREENSHOT_DIR not set");
    MainWindow w(m_db);
    w.resize(1280, 780);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.contactsPage()->table()->selectId(w.contactsPage()->model()->idAt(2));
    QVERIFY(w.grab().save(dir + QStringLiteral("/main-window.png")));
    w.setCurrentArea(MainWindow::CompaniesArea);
    QVERIFY(w.grab().save(dir + QStringLiteral("/companies.png")));
    w.setCurrentArea(MainWindow::TrashArea);
    QVERIFY(w.grab().save(dir + QStringLiteral("/trash.png")));
    w.setCurrentArea(MainWindow::ContactsArea);
    QTest::keyClicks(w.contactsPage()->searchBox(), QStringLiteral("Zyxwvqq"));
    QTRY_COMPARE(w.contactsPage()->model()->rowCount(), 0);
    QVERIFY(w.grab().save(dir + QStringLiteral("/empty-search.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
