// The contact form: edits are saved through the service and survive reopening the database;
// refused input keeps the form open and changes nothing; custom fields get editors by type.
#include "contactform.h"
#include "contactlistpage.h"
#include "crm/contactservice.h"
#include "crm/customfieldservice.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "recordtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
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

QTEST_MAIN(TestContactForm)
#include "tst_contactform.moc"
