// The contact form: edits are saved through the service and survive reopening the database;
// refused input keeps the form open and changes nothing; custom fields get editors by type.
#include "contactform.h"
#include "contactlistpage.h"
#include "crm/contactservice.h"
#include "crm/customfieldservice.h"
#include "crm/userservice.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "recordtable.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kActor = QStringLiteral("test");

ContactForm *openForm(MainWindow &w, qint64 id)
{
    if (id == 0)
        w.newContact();
    else
        w.openContact(id);
    return w.findChild<ContactForm *>();
}

void clickSave(ContactForm *form)
{
    auto *buttons = form->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

template<typename T>
T *field(QWidget *form, const char *name)
{
    return form->findChild<T *>(QString::fromLatin1(name));
}

void addUser(const DatabasePtr &db, const QString &login, const QString &name, bool active = true)
{
    // The one who works first becomes the administrator of a database without users (as at start).
    QVERIFY(UserService(db, GuiUtil::actor()).current().ok());
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, display_name, role, active, created_at) "
                             "VALUES (?, ?, 'sales_manager', ?, '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(login);
    q.addBindValue(name);
    q.addBindValue(active ? 1 : 0);
    QVERIFY2(q.exec(), qPrintable(login));
}

// A company of the demo other than the contact's, whose name starts with a word a user would type.
std::pair<qint64, QString> otherCompany(const DatabasePtr &db, qint64 contactId)
{
    QSqlQuery q(db->connection());
    q.prepare(
        QStringLiteral("SELECT id, name FROM company WHERE deleted_at IS NULL AND id IS NOT "
                       "(SELECT company_id FROM contact WHERE id = ?) AND name GLOB '[A-Z][a-z][a-z][a-z]*' "
                       "ORDER BY id LIMIT 1"));
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return {0, QString()};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

qint64 companyOf(const DatabasePtr &db, qint64 contactId)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT coalesce(company_id, 0) FROM contact WHERE id = ?"));
    q.addBindValue(contactId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Types the start of a company's name into the contact form's Company field and waits for the
// suggestions; the row of the company in them.
int typeAndSuggest(QLineEdit *company, const QString &name)
{
    // A line edit follows its completer (highlighted and chosen suggestions) only while it has the focus,
    // as it has when a user types: the form is the active window.
    QWidget *window = company->window();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return -1;
    company->setFocus();
    if (!QTest::qWaitFor([company] { return company->hasFocus(); }))
        return -1;
    company->clear();
    QTest::keyClicks(company, name.section(u' ', 0, 0));
    QAbstractItemView *popup = company->completer()->popup();
    if (!QTest::qWaitFor([popup] { return popup->isVisible(); }))
        return -1;
    for (int row = 0; row < popup->model()->rowCount(); ++row) {
        if (popup->model()->index(row, company->completer()->completionColumn()).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestContactForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editSurvivesReopeningTheDatabase();
    void newContactIsCreatedAndSelected();
    void refusedInputKeepsTheFormOpen();
    void customFieldsHaveEditorsByType();
    void namesStayPlainText();
    void companySuggestionClickedIsSaved();
    void companySuggestionChosenByKeyboardIsSaved();
    void ownerIsChosenAmongUsersByName();
    void ownerWhoIsNoUserIsKept();
    void nameBannerGoesWhenANameIsTyped();

private:
    QTemporaryDir m_dir;
    QString m_path;
    DatabasePtr m_db;
};

void TestContactForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_contactform"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestContactForm::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++n));
    Result<DatabasePtr> opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    DemoGenerator::Options options;
    options.contacts = 40;
    QVERIFY(DemoGenerator::generate(*m_db, options).ok());
}

void TestContactForm::cleanup()
{
    m_db.reset();
}

void TestContactForm::editSurvivesReopeningTheDatabase()
{
    qint64 id = 0;
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        id = w.contactsPage()->model()->idAt(5);
        QPointer<ContactForm> form = openForm(w, id);
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        field<QLineEdit>(form, "familyName")->setText(QStringLiteral("Ionescu-Țară"));
        field<QLineEdit>(form, "position")->setText(QStringLiteral("Head of Purchasing"));
        field<QLineEdit>(form, "tags")->setText(QStringLiteral("vip, newsletter, vip"));
        field<QDateEdit>(form, "birthday")->setDate(QDate(1980, 4, 12));
        QTest::mouseClick(field<QPushButton>(form, "addEmail"), Qt::LeftButton);
        const QList<QLineEdit *> emails = form->findChildren<QLineEdit *>(QStringLiteral("emailValue"));
        QVERIFY(!emails.isEmpty());
        emails.last()->setText(QStringLiteral("new.address@example.com"));
        clickSave(form);
        QTRY_VERIFY(!form);
        QTRY_COMPARE(w.contactsPage()->table()->currentId(), id);
        w.close();
    }
    m_db.reset();

    Result<DatabasePtr> reopened = Database::open(m_path);
    QVERIFY(reopened.ok());
    const Result<Contact> c = ContactService(*reopened, kActor).get(id);
    QVERIFY(c.ok());
    QCOMPARE(c->familyName, QStringLiteral("Ionescu-Țară"));
    QCOMPARE(c->position, QStringLiteral("Head of Purchasing"));
    QCOMPARE(c->tags.size(), 2);
    QVERIFY(c->tags.contains(QStringLiteral("vip")));
    QVERIFY(c->tags.contains(QStringLiteral("newsletter")));
    QCOMPARE(c->birthday, QDate(1980, 4, 12));
    bool found = false;
    for (const Channel &e : c->emails)
        found = found || e.value == QLatin1String("new.address@example.com");
    QVERIFY(found);
}

void TestContactForm::newContactIsCreatedAndSelected()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const int before = w.contactsPage()->model()->rowCount();
    QPointer<ContactForm> form = openForm(w, 0);
    QVERIFY(form);
    field<QLineEdit>(form, "givenName")->setText(QStringLiteral("Zoe"));
    field<QLineEdit>(form, "familyName")->setText(QStringLiteral("Zamfirescu"));
    field<QLineEdit>(form, "company")->setText(QStringLiteral("Brand New Ltd"));
    form->findChildren<QLineEdit *>(QStringLiteral("phoneValue"))
        .first()
        ->setText(QStringLiteral("+40 721 000 111"));
    clickSave(form);
    QTRY_VERIFY(!form);
    QTRY_COMPARE(w.contactsPage()->model()->rowCount(), before + 1);
    const qint64 id = w.contactsPage()->table()->currentId();
    QTRY_VERIFY(id != 0);
    const Result<Contact> c = ContactService(m_db, kActor).get(w.contactsPage()->table()->currentId());
    QVERIFY(c.ok());
    QCOMPARE(c->familyName, QStringLiteral("Zamfirescu"));
    QCOMPARE(c->companyName, QStringLiteral("Brand New Ltd"));
    QCOMPARE(c->phones.size(), 1);
}

void TestContactForm::refusedInputKeepsTheFormOpen()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 id = w.contactsPage()->model()->idAt(1);
    const Contact before = *ContactService(m_db, kActor).get(id);
    QPointer<ContactForm> form = openForm(w, id);
    QVERIFY(form);
    field<QLineEdit>(form, "givenName")->clear();
    field<QLineEdit>(form, "familyName")->clear();
    field<QLineEdit>(form, "position")->setText(QStringLiteral("Changed"));
    clickSave(form);
    QVERIFY(form);
    QVERIFY(form->isVisible());
    QVERIFY(field<QLabel>(form, "formError")->isVisible());
    QVERIFY2(form->errorText().contains(QStringLiteral("name")), qPrintable(form->errorText()));
    const Contact after = *ContactService(m_db, kActor).get(id);
    QCOMPARE(after.position, before.position);
    QCOMPARE(after.familyName, before.familyName);
    // Bad e-mail: refused by the service, naming it.
    field<QLineEdit>(form, "familyName")->setText(QStringLiteral("Valid"));
    form->findChildren<QLineEdit *>(QStringLiteral("emailValue"))
        .first()
        ->setText(QStringLiteral("not an e-mail"));
    clickSave(form);
    QVERIFY(form);
    QVERIFY(!form->errorText().isEmpty());
    QCOMPARE(ContactService(m_db, kActor).get(id)->position, before.position);
    form->done(QDialog::Rejected);
}

void TestContactForm::customFieldsHaveEditorsByType()
{
    CustomFieldService fields(m_db, kActor);
    CustomField budget{0,
                       QStringLiteral("contact"),
                       QStringLiteral("budget"),
                       QStringLiteral("Budget"),
                       CustomField::Type::Number,
                       {},
                       0};
    CustomField size{0,
                     QStringLiteral("contact"),
                     QStringLiteral("size"),
                     QStringLiteral("Size"),
                     CustomField::Type::Choice,
                     {QStringLiteral("small"), QStringLiteral("large")},
                     0};
    CustomField vip{0,
                    QStringLiteral("contact"),
                    QStringLiteral("vip"),
                    QStringLiteral("VIP"),
                    CustomField::Type::YesNo,
                    {},
                    0};
    CustomField signedOn{0,
                         QStringLiteral("contact"),
                         QStringLiteral("signed_on"),
                         QStringLiteral("Signed on"),
                         CustomField::Type::Date,
                         {},
                         0};
    for (const CustomField &f : {budget, size, vip, signedOn})
        QVERIFY(fields.define(f).ok());

    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 id = w.contactsPage()->model()->idAt(2);
    QPointer<ContactForm> form = openForm(w, id);
    QVERIFY(form);
    field<QLineEdit>(form, "custom_budget")->setText(QLocale().toString(1250.5));
    auto *sizeCombo = field<QComboBox>(form, "custom_size");
    QVERIFY(sizeCombo);
    sizeCombo->setCurrentIndex(sizeCombo->findData(QStringLiteral("large")));
    field<QCheckBox>(form, "custom_vip")->setChecked(true);
    field<QDateEdit>(form, "custom_signed_on")->setDate(QDate(2024, 2, 29));
    clickSave(form);
    QTRY_VERIFY(!form);

    const Result<Contact> c = ContactService(m_db, kActor).get(id);
    QVERIFY(c.ok());
    QCOMPARE(c->custom.value(QStringLiteral("budget")).toDouble(), 1250.5);
    QCOMPARE(c->custom.value(QStringLiteral("size")).toString(), QStringLiteral("large"));
    QCOMPARE(c->custom.value(QStringLiteral("vip")).toBool(), true);
    QCOMPARE(c->custom.value(QStringLiteral("signed_on")).toDate(), QDate(2024, 2, 29));

    // Reopened, the editors show the stored values.
    form = openForm(w, id);
    QVERIFY(form);
    QCOMPARE(field<QComboBox>(form, "custom_size")->currentData().toString(), QStringLiteral("large"));
    QVERIFY(field<QCheckBox>(form, "custom_vip")->isChecked());
    QVERIFY(!form->isModified());
    const QString shots = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTRY_VERIFY(form->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(form->grab().save(shots + QStringLiteral("/contact-form.png")));
    }
    form->done(QDialog::Rejected);
}

void TestContactForm::namesStayPlainText()
{
    Contact c;
    c.givenName = QStringLiteral("<b>Bold</b>");
    c.familyName = QStringLiteral("<i>O'Neil & Sons</i>");
    const Result<qint64> id = ContactService(m_db, kActor).create(c);
    QVERIFY(id.ok());
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QPointer<ContactForm> form = openForm(w, *id);
    QVERIFY(form);
    QCOMPARE(field<QLineEdit>(form, "givenName")->text(), c.givenName);
    QVERIFY(form->windowTitle().contains(QStringLiteral("<b>Bold</b>")));
    QVERIFY(!form->isModified());
    form->done(QDialog::Rejected);
    QTRY_VERIFY(!form);
}

void TestContactForm::companySuggestionClickedIsSaved()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 id = w.contactsPage()->model()->idAt(3);
    const auto [companyId, name] = otherCompany(m_db, id);
    QVERIFY(companyId > 0);
    QPointer<ContactForm> form = openForm(w, id);
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    auto *company = field<QLineEdit>(form, "company");
    const int row = typeAndSuggest(company, name);
    QVERIFY2(row >= 0, qPrintable(name));
    QAbstractItemView *popup = company->completer()->popup();
    const QModelIndex index = popup->model()->index(row, company->completer()->completionColumn());
    popup->scrollTo(index);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(index).center());
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(company->text(), name); // the field shows the chosen company, it is not cleared
    QVERIFY(form->isVisible());
    clickSave(form);
    QTRY_VERIFY(!form);
    QCOMPARE(companyOf(m_db, id), companyId);
}

void TestContactForm::companySuggestionChosenByKeyboardIsSaved()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 id = w.contactsPage()->model()->idAt(4);
    const auto [companyId, name] = otherCompany(m_db, id);
    QVERIFY(companyId > 0);
    QPointer<ContactForm> form = openForm(w, id);
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    auto *company = field<QLineEdit>(form, "company");
    const int row = typeAndSuggest(company, name);
    QVERIFY2(row >= 0, qPrintable(name));
    QAbstractItemView *popup = company->completer()->popup();
    // Down to the company (the field shows each suggestion as it is highlighted), then Enter.
    QTest::keyClick(popup, Qt::Key_Down);
    for (int i = 0; i < 100 && popup->currentIndex().row() != row; ++i)
        QTest::keyClick(popup, popup->currentIndex().row() < row ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(popup->currentIndex().row(), row);
    QCOMPARE(company->text(), name);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(company->text(), name);
    QVERIFY(form); // Enter chose the suggestion; it did not save and close the form
    clickSave(form);
    QTRY_VERIFY(!form);
    QCOMPARE(companyOf(m_db, id), companyId);
    const Result<Contact> c = ContactService(m_db, kActor).get(id);
    QCOMPARE(c->companyName, name);
}

void TestContactForm::ownerIsChosenAmongUsersByName()
{
    addUser(m_db, QStringLiteral("ana.popescu"), QStringLiteral("Ana Popescu"));
    addUser(m_db, QStringLiteral("ivan.petrov"), QStringLiteral("Ivan Petrov"));
    addUser(m_db, QStringLiteral("gone.user"), QStringLiteral("Gone User"), false);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM contact WHERE owner = 'ana.popescu' LIMIT 1")) && q.next());
    const qint64 id = q.value(0).toLongLong();
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QPointer<ContactForm> form = openForm(w, id);
    QVERIFY(form);
    auto *owner = field<QComboBox>(form, "owner");
    QVERIFY2(owner, "the owner is chosen from a list, not typed");
    QVERIFY(!owner->isEditable());
    QCOMPARE(owner->currentText(), QStringLiteral("Ana Popescu"));
    QVERIFY(owner->findText(QStringLiteral("Ivan Petrov")) >= 0);
    QCOMPARE(owner->findText(QStringLiteral("Gone User")), -1);   // inactive users are not offered
    QCOMPARE(owner->findText(QStringLiteral("ivan.petrov")), -1); // names, not logins
    QVERIFY(!form->isModified());
    owner->setCurrentIndex(owner->findText(QStringLiteral("Ivan Petrov")));
    QVERIFY(form->isModified());
    clickSave(form);
    QTRY_VERIFY(!form);
    QCOMPARE(ContactService(m_db, kActor).get(id)->owner, QStringLiteral("ivan.petrov"));
    // The list shows the owner by name.
    QTRY_VERIFY(w.contactsPage()->table()->currentId() == id);
    const int row = w.contactsPage()->model()->rowOfId(id);
    QCOMPARE(w.contactsPage()->model()->index(row, ContactListModel::OwnerColumn).data().toString(),
             QStringLiteral("Ivan Petrov"));
}

void TestContactForm::ownerWhoIsNoUserIsKept()
{
    addUser(m_db, QStringLiteral("gone.user"), QStringLiteral("Gone User"), false);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE contact SET owner = 'gone.user' WHERE id = (SELECT min(id) FROM contact)")));
    QVERIFY(q.exec(QStringLiteral("SELECT min(id), max(id) FROM contact")) && q.next());
    const qint64 inactiveOwned = q.value(0).toLongLong();
    const qint64 importedOwner = q.value(1).toLongLong();
    QVERIFY(q.exec(
        QStringLiteral("UPDATE contact SET owner = 'Imported Person' WHERE id = %1").arg(importedOwner)));
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const auto &[id, login, shown] :
         {std::tuple{inactiveOwned, QStringLiteral("gone.user"), QStringLiteral("Gone User (inactive)")},
          std::tuple{importedOwner, QStringLiteral("Imported Person"), QStringLiteral("Imported Person")}}) {
        QPointer<ContactForm> form = openForm(w, id);
        QVERIFY(form);
        auto *owner = field<QComboBox>(form, "owner");
        QVERIFY(owner);
        QCOMPARE(owner->currentText(), shown);
        QVERIFY(!form->isModified());
        field<QLineEdit>(form, "position")->setText(QStringLiteral("Changed"));
        clickSave(form);
        QTRY_VERIFY(!form);
        QCOMPARE(ContactService(m_db, kActor).get(id)->owner, login);
    }
}

void TestContactForm::nameBannerGoesWhenANameIsTyped()
{
    MainWindow w(m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QPointer<ContactForm> form = openForm(w, 0);
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    auto *banner = field<QLabel>(form, "formError");
    field<QLineEdit>(form, "position")->setText(QStringLiteral("Buyer"));
    clickSave(form);
    QVERIFY(banner->isVisible());
    QVERIFY2(form->errorText().contains(QStringLiteral("name")), qPrintable(form->errorText()));
    // Typing a position does not answer it; typing a family name does, at the first letter.
    QTest::keyClicks(field<QLineEdit>(form, "position"), QStringLiteral(" B"));
    QVERIFY(banner->isVisible());
    QTest::keyClicks(field<QLineEdit>(form, "familyName"), QStringLiteral("Z"));
    QVERIFY(!banner->isVisible());
    QVERIFY(form->errorText().isEmpty());
    // Another refusal stays until the next save.
    form->findChildren<QLineEdit *>(QStringLiteral("emailValue"))
        .first()
        ->setText(QStringLiteral("not an e-mail"));
    clickSave(form);
    QVERIFY(banner->isVisible());
    QTest::keyClicks(field<QLineEdit>(form, "givenName"), QStringLiteral("Zoe"));
    QVERIFY(banner->isVisible());
    form->done(QDialog::Rejected);
}

QTEST_MAIN(TestContactForm)
#include "tst_contactform.moc"
