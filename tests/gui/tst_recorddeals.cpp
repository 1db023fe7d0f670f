// The deals on the contact and company cards: the list (title, stage, amount, owner by name) of what
// the acting user may see, a double click or Enter opening the deal's card without closing the contact's,
// and "+ Deal" opening a new deal's card with the contact (and its company) or the company filled in.
#include "companyform.h"
#include "contactform.h"
#include "contactlistpage.h"
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "deals/dealcard.h"
#include "deals/recordpicker.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/recorddealsmodel.h"
#include "recorddealspanel.h"
#include "recordtable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

template<typename T>
T *openedChild(QWidget *parent)
{
    const QList<T *> all = parent->findChildren<T *>();
    for (T *w : all) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace

class TestRecordDeals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void contactCardListsItsDeals();
    void enterAndDoubleClickOpenTheDealCard();
    void salesManagerSeesOnlyHisDealsOnTheCard();
    void newDealFromTheContactCard();
    void companyCardListsItsDealsAndStartsOne();
    void screenshots();

private:
    qint64 scalar(const QString &sql) const;
    // The contact (or company) with the most live deals.
    qint64 busiest(const char *column) const;

    QTemporaryDir m_dir;
    DatabasePtr m_db;
};

void TestRecordDeals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recorddeals"));
    QVERIFY(m_dir.isValid());
    Result<DatabasePtr> opened = Database::open(m_dir.filePath(QStringLiteral("deals.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    DemoGenerator::Options contacts;
    contacts.contacts = 200;
    contacts.seed = 3;
    QVERIFY(DemoGenerator::generate(*m_db, contacts).ok());
    DealGenerator::Options deals;
    deals.deals = 1500;
    deals.seed = 3;
    const Status dealt = DealGenerator::generate(*m_db, deals);
    QVERIFY2(dealt.ok(), qPrintable(dealt.error().fullText()));
}

void TestRecordDeals::init()
{
    QSettings().clear();
    GuiUtil::setActor(QString());
}

void TestRecordDeals::cleanup()
{
    GuiUtil::setActor(QString());
}

qint64 TestRecordDeals::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestRecordDeals::busiest(const char *column) const
{
    return scalar(QStringLiteral("SELECT %1 FROM deal WHERE deleted_at IS NULL AND %1 IS NOT NULL "
                                 "GROUP BY %1 ORDER BY count(*) DESC LIMIT 1")
                      .arg(QLatin1String(column)));
}

void TestRecordDeals::contactCardListsItsDeals()
{
    const qint64 contactId = busiest("contact_id");
    const qint64 expected =
        scalar(QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL AND contact_id = %1")
                   .arg(contactId));
    QVERIFY(expected > 1);
    ContactForm form(m_db, contactId);
    QVERIFY(form.load());
    RecordDealsPanel *panel = form.dealsPanel();
    QVERIFY2(panel, "a saved contact lists its deals");
    RecordDealsModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), int(expected));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("recordDealsHeading"))
                ->text()
                .contains(QString::number(expected)));
    // Newest first, with title, stage, amount and the owner's full name.
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral(
                   "SELECT d.id, d.title, s.name, d.currency, u.display_name FROM deal d "
                   "JOIN stage s ON s.id = d.stage_id JOIN app_user u ON u.login = d.owner "
                   "WHERE d.deleted_at IS NULL AND d.contact_id = %1 ORDER BY d.created_at DESC, d.id DESC")
                   .arg(contactId)));
    for (int row = 0; q.next(); ++row) {
        QCOMPARE(model->idAt(row), q.value(0).toLongLong());
        QCOMPARE(model->index(row, RecordDealsModel::TitleColumn).data().toString(), q.value(1).toString());
        QCOMPARE(model->index(row, RecordDealsModel::StageColumn).data().toString(), q.value(2).toString());
        QVERIFY(model->index(row, RecordDealsModel::AmountColumn)
                    .data()
                    .toString()
                    .endsWith(q.value(3).toString()));
        QCOMPARE(model->index(row, RecordDealsModel::OwnerColumn).data().toString(), q.value(4).toString());
    }
    for (int column : {RecordDealsModel::TitleColumn, RecordDealsModel::StageColumn,
                       RecordDealsModel::AmountColumn, RecordDealsModel::OwnerColumn})
        QVERIFY(!panel->table()->isColumnHidden(column));
    QVERIFY(panel->table()->isColumnHidden(RecordDealsModel::CurrencyColumn));

    // A deal moved to the trash leaves the list at once.
    const qint64 first = model->idAt(0);
    QVERIFY(q.exec(
        QStringLiteral("UPDATE deal SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = %1").arg(first)));
    emit m_db->notifier()->changed(QStringLiteral("deal"), {first});
    QCOMPARE(model->rowCount(), int(expected - 1));
    QVERIFY(q.exec(QStringLiteral("UPDATE deal SET deleted_at = NULL WHERE id = %1").arg(first)));
    emit m_db->notifier()->changed(QStringLiteral("deal"), {first});
    QCOMPARE(model->rowCount(), int(expected));
}

void TestRecordDeals::enterAndDoubleClickOpenTheDealCard()
{
    const qint64 contactId = busiest("contact_id");
    auto *form = new ContactForm(m_db, contactId);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ContactForm> guard(form);
    QVERIFY(form->load());
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    RecordTable *table = form->dealsPanel()->table();
    const qint64 second = form->dealsPanel()->model()->idAt(1);

    // Enter on a row opens that deal; the contact's card stays open (Enter is not its Save).
    table->setFocus();
    QVERIFY(table->selectId(second));
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<DealCardDialog> card = openedChild<DealCardDialog>(form);
    QVERIFY2(card, "Enter opens the deal's card");
    QCOMPARE(card->dealId(), second);
    QCOMPARE(card->contactPicker()->recordId(), contactId);
    QVERIFY(guard && guard->isVisible());
    card->done(QDialog::Rejected);
    QTRY_VERIFY(!card);

    // A double click on the first row opens the first deal.
    const qint64 first = form->dealsPanel()->model()->idAt(0);
    const QRect cell = table->visualRect(table->model()->index(0, RecordDealsModel::TitleColumn));
    QVERIFY2(
        table->viewport()->rect().contains(cell.center()),
        qPrintable(QStringLiteral("%1x%2").arg(table->viewport()->width()).arg(table->viewport()->height())));
    // (A double click needs the press before it, as a real one has.)
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    card = openedChild<DealCardDialog>(form);
    QVERIFY(card);
    QCOMPARE(card->dealId(), first);
    // A change saved in the card shows in the contact's list.
    card->titleEdit()->setText(QStringLiteral("Renamed from the contact card"));
    QVERIFY(card->save());
    QTRY_COMPARE(form->dealsPanel()->model()->index(0, RecordDealsModel::TitleColumn).data().toString(),
                 QStringLiteral("Renamed from the contact card"));
    card->done(QDialog::Accepted);
    QVERIFY(guard);
    form->done(QDialog::Rejected);
    QTRY_VERIFY(!guard);
}

void TestRecordDeals::salesManagerSeesOnlyHisDealsOnTheCard()
{
    // A contact whose deals belong to several owners; the card of one of them shows his own only.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT contact_id, min(owner) FROM deal WHERE deleted_at IS NULL AND contact_id "
                       "IS NOT NULL GROUP BY contact_id HAVING count(DISTINCT owner) > 1 LIMIT 1")));
    QVERIFY(q.next());
    const qint64 contactId = q.value(0).toLongLong();
    const QString manager = q.value(1).toString();
    QCOMPARE(
        scalar(QStringLiteral("SELECT role = 'sales_manager' FROM app_user WHERE login = '%1'").arg(manager)),
        1);
    // He is shown the contact (shared with him if it is not his).
    QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO record_share (entity, record_id, login) "
                                  "VALUES ('contact', %1, '%2')")
                       .arg(contactId)
                       .arg(manager)));
    const qint64 his =
        scalar(QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL AND contact_id = %1 "
                              "AND owner = '%2'")
                   .arg(contactId)
                   .arg(manager));
    const qint64 all =
        scalar(QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL AND contact_id = %1")
                   .arg(contactId));
    QVERIFY(his > 0 && his < all);
    GuiUtil::setActor(manager);
    ContactForm form(m_db, contactId);
    QVERIFY2(form.load(), qPrintable(form.errorText()));
    QCOMPARE(form.dealsPanel()->model()->rowCount(), int(his));
}

void TestRecordDeals::newDealFromTheContactCard()
{
    // A contact with a company: the new deal is with both.
    const qint64 contactId =
        scalar(QStringLiteral("SELECT min(id) FROM contact WHERE company_id IS NOT NULL"));
    const qint64 companyId =
        scalar(QStringLiteral("SELECT company_id FROM contact WHERE id = %1").arg(contactId));
    const qint64 pipelineId = scalar(QStringLiteral("SELECT max(id) FROM pipeline"));
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM deal"));
    auto *form = new ContactForm(m_db, contactId);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ContactForm> guard(form);
    QVERIFY(form->load());
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    RecordDealsPanel *panel = form->dealsPanel();
    const int rows = panel->model()->rowCount();

    // "+ Deal" opens a new deal's card with the contact and its company filled in; nothing is written yet.
    QTest::mouseClick(panel->newDealButton(), Qt::LeftButton);
    QPointer<DealCardDialog> card = openedChild<DealCardDialog>(form);
    QVERIFY2(card, "+ Deal opens a new deal's card");
    QVERIFY(card->isNew());
    QCOMPARE(card->contactPicker()->recordId(), contactId);
    QCOMPARE(card->companyPicker()->recordId(), companyId);
    QVERIFY(!card->contactPicker()->lineEdit()->text().isEmpty());
    QVERIFY(!card->isModified()); // what it was opened with is not a change
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), before);
    // Closing it unchanged writes nothing and asks nothing.
    card->reject();
    QTRY_VERIFY(!card);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), before);

    // Saved with a title (in another pipeline), it is created with both and listed first.
    card = panel->newDeal(pipelineId);
    QVERIFY(card);
    QCOMPARE(card->pipelineBox()->currentData().toLongLong(), pipelineId);
    card->titleEdit()->setText(QStringLiteral("Second office fit-out"));
    QVERIFY2(card->save(), qPrintable(card->errorLabel()->text()));
    const qint64 id = card->dealId();
    QVERIFY(id > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), before + 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT contact_id, company_id, pipeline_id, title FROM deal WHERE id = %1").arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), contactId);
    QCOMPARE(q.value(1).toLongLong(), companyId);
    QCOMPARE(q.value(2).toLongLong(), pipelineId);
    QCOMPARE(q.value(3).toString(), QStringLiteral("Second office fit-out"));
    QTRY_COMPARE(panel->model()->rowCount(), rows + 1);
    QCOMPARE(panel->model()->idAt(0), id); // the newest first
    QCOMPARE(panel->table()->currentId(), id);
    card->done(QDialog::Accepted);
    form->done(QDialog::Rejected);
    QTRY_VERIFY(!guard);

    // The pipeline of that deal is offered next time.
    ContactForm again(m_db, contactId);
    QVERIFY(again.load());
    QPointer<DealCardDialog> next = again.dealsPanel()->newDeal();
    QVERIFY(next);
    QCOMPARE(next->pipelineBox()->currentData().toLongLong(), pipelineId);
    next->done(QDialog::Rejected);
}

void TestRecordDeals::companyCardListsItsDealsAndStartsOne()
{
    const qint64 companyId = busiest("company_id");
    const qint64 expected =
        scalar(QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL AND company_id = %1")
                   .arg(companyId));
    auto *form = new CompanyForm(m_db, companyId);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<CompanyForm> guard(form);
    QVERIFY(form->load());
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    RecordDealsPanel *panel = form->dealsPanel();
    QVERIFY2(panel, "a saved company lists its deals");
    QCOMPARE(panel->model()->rowCount(), int(expected));
    const int tab = form->tabs()->indexOf(panel);
    QVERIFY(tab >= 0);
    QVERIFY2(form->tabs()->tabText(tab).contains(QString::number(expected)),
             qPrintable(form->tabs()->tabText(tab)));
    form->tabs()->setCurrentIndex(tab);

    // Enter opens the deal; the company's card stays open.
    panel->table()->setFocus();
    QVERIFY(panel->table()->selectId(panel->model()->idAt(0)));
    QTest::keyClick(panel->table(), Qt::Key_Enter);
    QPointer<DealCardDialog> card = openedChild<DealCardDialog>(form);
    QVERIFY(card);
    QCOMPARE(card->companyPicker()->recordId(), companyId);
    QVERIFY(guard && guard->isVisible());
    card->done(QDialog::Rejected);
    QTRY_VERIFY(!card);

    QTest::mouseClick(panel->newDealButton(), Qt::LeftButton);
    card = openedChild<DealCardDialog>(form);
    QVERIFY(card && card->isNew());
    QCOMPARE(card->companyPicker()->recordId(), companyId);
    QCOMPARE(card->contactPicker()->recordId(), 0);
    card->titleEdit()->setText(QStringLiteral("Framework agreement"));
    QVERIFY(card->save());
    QTRY_VERIFY(form->tabs()->tabText(tab).contains(QString::number(expected + 1)));
    QCOMPARE(scalar(QStringLiteral("SELECT company_id FROM deal WHERE id = %1").arg(card->dealId())),
             companyId);
    card->done(QDialog::Rejected);
    form->done(QDialog::Rejected);
    QTRY_VERIFY(!guard);
}

void TestRecordDeals::screenshots()
{
    // For looking at, on a real screen (xvfb-run with QT_QPA_PLATFORM=xcb): PRISTRIY_SCREENSHOT_DIR keeps
    // the pictures; PRISTRIY_SCREENSHOT_LANG (with PRISTRIY_QM_DIR, the build's translations folder)
    // chooses the language.
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PRISTRIY_SCREENSHOT_DIR not set");
    const QString lang = qEnvironmentVariable("PRISTRIY_SCREENSHOT_LANG", QStringLiteral("en"));
    if (lang != QLatin1String("en")) {
        QLocale::setDefault(QLocale(lang));
        const QString qmDir = qEnvironmentVariable("PRISTRIY_QM_DIR");
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        const QList<std::pair<QString, QString>> catalogues{{QStringLiteral("pristriy_en"), qmDir},
                                                            {QStringLiteral("pristriy_%1").arg(lang), qmDir},
                                                            {QStringLiteral("qtbase_%1").arg(lang), qtDir}};
        for (const auto &[name, from] : catalogues) {
            auto *translator = new QTranslator(qApp);
            // Qt's own catalogue may not be installed; ours must be.
            QVERIFY2(translator->load(name, from) || name.startsWith(QLatin1String("qtbase")),
                     qPrintable(name));
            QCoreApplication::installTranslator(translator);
        }
    }
    const QSize screen = QGuiApplication::primaryScreen()->size();
    const QString suffix = QStringLiteral("%1-%2x%3.png").arg(lang).arg(screen.width()).arg(screen.height());
    MainWindow w(m_db);
    w.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.contactsPage()->table()->selectId(w.contactsPage()->model()->idAt(3));
    QVERIFY(w.grab().save(dir + QStringLiteral("/contact-list-") + suffix));

    const qint64 contactId = busiest("contact_id");
    w.openContact(contactId);
    QPointer<ContactForm> contact = openedChild<ContactForm>(&w);
    QVERIFY(contact);
    QVERIFY(QTest::qWaitForWindowExposed(contact));
    QTest::qWait(200);
    QVERIFY(contact->grab().save(dir + QStringLiteral("/contact-card-") + suffix));
    contact->done(QDialog::Rejected);

    w.openCompany(busiest("company_id"));
    QPointer<CompanyForm> company = openedChild<CompanyForm>(&w);
    QVERIFY(company);
    QVERIFY(QTest::qWaitForWindowExposed(company));
    QTest::qWait(200);
    QVERIFY(company->grab().save(dir + QStringLiteral("/company-card-") + suffix));
    company->tabs()->setCurrentWidget(company->dealsPanel());
    QTest::qWait(100);
    QVERIFY(company->grab().save(dir + QStringLiteral("/company-card-deals-") + suffix));
    company->done(QDialog::Rejected);
}

QTEST_MAIN(TestRecordDeals)
#include "tst_recorddeals.moc"
