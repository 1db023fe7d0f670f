// The company card: its owner chosen among the users by name, the banner about a missing name going as
// soon as one is typed, Enter on one of its people opening that contact without saving the company.
#include "companyform.h"
#include "crm/companyservice.h"
#include "crm/userservice.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "models/contactlistmodel.h"
#include "recordtable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kActor = QStringLiteral("test");

void addUser(const DatabasePtr &db, const QString &login, const QString &name)
{
    // The one who works first becomes the administrator of a database without users (as at start).
    QVERIFY(UserService(db, GuiUtil::actor()).current().ok());
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, display_name, role, created_at) "
                             "VALUES (?, ?, 'sales_manager', '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(login);
    q.addBindValue(name);
    QVERIFY2(q.exec(), qPrintable(login));
}

void clickSave(QDialog *form)
{
    QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

class TestCompanyForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerIsChosenAmongUsersByName();
    void nameBannerGoesWhenANameIsTyped();
    void enterOnAPersonOpensItAndKeepsTheCard();

private:
    qint64 companyOwnedBy(const QString &login) const;

    QTemporaryDir m_dir;
    DatabasePtr m_db;
};

void TestCompanyForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_companyform"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    Result<DatabasePtr> opened = Database::open(m_dir.filePath(QStringLiteral("companies.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    DemoGenerator::Options options;
    options.contacts = 200;
    QVERIFY(DemoGenerator::generate(*m_db, options).ok());
    addUser(m_db, QStringLiteral("ana.popescu"), QStringLiteral("Ana Popescu"));
    addUser(m_db, QStringLiteral("ivan.petrov"), QStringLiteral("Ivan Petrov"));
}

qint64 TestCompanyForm::companyOwnedBy(const QString &login) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT min(id) FROM company WHERE owner = ? AND deleted_at IS NULL AND "
                             "id IN (SELECT company_id FROM contact)"));
    q.addBindValue(login);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void TestCompanyForm::ownerIsChosenAmongUsersByName()
{
    const qint64 id = companyOwnedBy(QStringLiteral("ana.popescu"));
    QVERIFY(id > 0);
    QPointer<CompanyForm> form = new CompanyForm(m_db, id);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(form->load());
    form->show();
    auto *owner = form->findChild<QComboBox *>(QStringLiteral("owner"));
    QVERIFY2(owner, "the owner is chosen from a list, not typed");
    QCOMPARE(owner->currentText(), QStringLiteral("Ana Popescu"));
    QCOMPARE(owner->currentData().toString(), QStringLiteral("ana.popescu"));
    QVERIFY(!form->isModified());
    owner->setCurrentIndex(owner->findText(QStringLiteral("Ivan Petrov")));
    QVERIFY(form->isModified());
    clickSave(form);
    QTRY_VERIFY(!form);
    QCOMPARE(CompanyService(m_db, kActor).get(id)->owner, QStringLiteral("ivan.petrov"));
}

void TestCompanyForm::nameBannerGoesWhenANameIsTyped()
{
    QPointer<CompanyForm> form = new CompanyForm(m_db, 0);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(form->load());
    form->show();
    auto *banner = form->findChild<QLabel *>(QStringLiteral("formError"));
    form->findChild<QLineEdit *>(QStringLiteral("industry"))->setText(QStringLiteral("Retail"));
    clickSave(form);
    QVERIFY(form);
    QVERIFY(banner->isVisible());
    QVERIFY2(form->errorText().contains(QStringLiteral("name")), qPrintable(form->errorText()));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("industry")), QStringLiteral("!"));
    QVERIFY(banner->isVisible());
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("N"));
    QVERIFY(!banner->isVisible());
    QVERIFY(form->errorText().isEmpty());
    form->done(QDialog::Rejected);
}

void TestCompanyForm::enterOnAPersonOpensItAndKeepsTheCard()
{
    const qint64 id = companyOwnedBy(QStringLiteral("ivan.petrov"));
    QVERIFY(id > 0);
    const QString before = CompanyService(m_db, kActor).get(id)->name;
    QPointer<CompanyForm> form = new CompanyForm(m_db, id);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(form->load());
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    form->findChild<QLineEdit *>(QStringLiteral("name"))->setText(before + QStringLiteral(" (edited)"));
    QSignalSpy opened(form.data(), &CompanyForm::contactOpenRequested);
    auto *people = form->findChild<RecordTable *>(QStringLiteral("companyContacts"));
    QVERIFY(people);
    form->tabs()->setCurrentWidget(people);
    QVERIFY(form->contactsModel()->rowCount() > 0);
    people->setFocus();
    QVERIFY(people->selectId(form->contactsModel()->idAt(0)));
    QTest::keyClick(people, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), form->contactsModel()->idAt(0));
    // Enter in the list was not the dialog's Save: the card is open, the edit not saved.
    QVERIFY(form && form->isVisible());
    QCOMPARE(CompanyService(m_db, kActor).get(id)->name, before);
    form->done(QDialog::Rejected);
}

QTEST_MAIN(TestCompanyForm)
#include "tst_companyform.moc"
