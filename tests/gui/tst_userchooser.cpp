// Choosing who is working at start: several users ask, one or none do not, --user is checked, and the
// chosen user's role is what the services then enforce.
#include "../testutil.h"
#include "activity/shareservice.h"
#include "companyform.h"
#include "contactlistpage.h"
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "crm/userservice.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "sharedialog.h"
#include "store/systemuser.h"
#include "store/timestamps.h"
#include "trashpage.h"
#include "userchooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

namespace {

void addUser(const DatabasePtr &db, const QString &login, const QString &role)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, display_name, role, created_at) "
                             "VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(login);
    q.addBindValue(login.toUpper());
    q.addBindValue(role);
    QVERIFY(q.exec());
}

// Answers the next modal dialog from the event loop.
template<typename F>
void whenModal(F answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal)
            answer(modal);
    });
}

const QString kPassword = QStringLiteral("Director's own 9");

// The operating-system login as administrator, the sales manager ana without a password and the
// director dir with kPassword.
void addTeam(const DatabasePtr &db)
{
    UserService admin(db, SystemUser::login());
    QVERIFY(admin.current().ok());
    const std::pair<const char *, User::Role> team[] = {{"ana", User::Role::SalesManager},
                                                        {"dir", User::Role::Director}};
    for (const auto &[login, role] : team) {
        User u;
        u.login = QString::fromLatin1(login);
        u.role = role;
        QVERIFY(admin.create(u).ok());
    }
    QVERIFY(admin.setPassword(QStringLiteral("dir"), kPassword).ok());
}

} // namespace

class TestUserChooser : public QObject
{
    Q_OBJECT

private slots:
    void init() { GuiUtil::setActor(QString()); }
    void cleanup() { Timestamps::setClockForTesting({}); }

    void noChoiceWithOneUserOrNone()
    {
        TempDatabase t;
        QVERIFY(UserChooser::chooseFor(t.db(), QString(), nullptr));
        QCOMPARE(GuiUtil::actor(), SystemUser::login());
        addUser(t.db(), QStringLiteral("ana"), QStringLiteral("sales_manager"));
        // The one user of a database made elsewhere: the operating-system login could do nothing here.
        QVERIFY(UserChooser::chooseFor(t.db(), QString(), nullptr));
        QCOMPARE(GuiUtil::actor(), QStringLiteral("ana"));
    }

    void noChoiceForTheOnlyUserWhoIsMe()
    {
        TempDatabase t;
        QVERIFY(UserService(t.db(), SystemUser::login()).current().ok()); // the first use makes me its user
        QVERIFY(UserService(t.db(), SystemUser::login()).setPassword(SystemUser::login(), kPassword).ok());
        QVERIFY(UserChooser::chooseFor(t.db(), QString(), nullptr)); // my own password is not asked
        QCOMPARE(GuiUtil::actor(), SystemUser::login());
    }

    // "Who is working?" used to let anybody start as the director or an administrator: now another user
    // than the operating-system login's own needs its password, and a wrong one keeps the dialog open.
    void anotherUserNeedsItsPassword()
    {
        TempDatabase t;
        const QString me = SystemUser::login();
        addTeam(t.db());
        UserChooser chooser(t.db(), UserChooser::activeUsers(t.db()), me);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QCOMPARE(chooser.selectedLogin(), me);
        QVERIFY(!chooser.passwordEdit()->isVisible()); // mine: no password asked
        chooser.selectLogin(QStringLiteral("ana"));
        QVERIFY(!chooser.passwordEdit()->isVisible()); // ana has none
        chooser.selectLogin(QStringLiteral("dir"));
        QVERIFY(chooser.passwordEdit()->isVisible());

        QTest::keyClicks(chooser.passwordEdit(), QStringLiteral("director"));
        QTest::mouseClick(chooser.startButton(), Qt::LeftButton);
        QTRY_VERIFY(chooser.passwordEdit()->isEnabled());
        QVERIFY2(chooser.messageLabel()->text().contains(QStringLiteral("Wrong password")),
                 qPrintable(chooser.messageLabel()->text()));
        QVERIFY(chooser.isVisible());
        QCOMPARE(chooser.result(), int(QDialog::Rejected));

        chooser.passwordEdit()->setText(kPassword);
        QTest::keyClick(chooser.passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE(chooser.result(), int(QDialog::Accepted));
        QVERIFY(!chooser.isVisible());
        QCOMPARE(chooser.selectedLogin(), QStringLiteral("dir"));
    }

    // The whole start: chooseFor with the dialog answered, and --user dir asking the password too.
    void startAsDirectorWithPassword()
    {
        TempDatabase t;
        addTeam(t.db());
        whenModal([](QWidget *modal) {
            auto *chooser = static_cast<UserChooser *>(modal);
            chooser->selectLogin(QStringLiteral("dir"));
            chooser->passwordEdit()->setText(kPassword);
            chooser->startButton()->click();
        });
        QVERIFY(UserChooser::chooseFor(t.db(), QString(), nullptr));
        QCOMPARE(GuiUtil::actor(), QStringLiteral("dir"));

        GuiUtil::setActor(QString());
        QString offered;
        whenModal([&offered](QWidget *modal) {
            auto *chooser = static_cast<UserChooser *>(modal);
            offered = chooser->selectedLogin();
            QVERIFY(chooser->passwordEdit()->isVisible());
            static_cast<QDialog *>(modal)->reject();
        });
        QVERIFY(!UserChooser::chooseFor(t.db(), QStringLiteral("dir"), nullptr)); // --user dir, cancelled
        QCOMPARE(offered, QStringLiteral("dir"));
        QVERIFY(UserChooser::chooseFor(t.db(), QStringLiteral("ana"), nullptr)); // no password: no question
        QCOMPARE(GuiUtil::actor(), QStringLiteral("ana"));
    }

    // Cancelling while the password is being checked: the check finishes on its thread, harmlessly.
    void cancelWhileChecking()
    {
        TempDatabase t;
        addTeam(t.db());
        {
            UserChooser chooser(t.db(), UserChooser::activeUsers(t.db()), SystemUser::login());
            chooser.show();
            chooser.selectLogin(QStringLiteral("dir"));
            chooser.passwordEdit()->setText(kPassword);
            chooser.startButton()->click();
            QVERIFY(!chooser.startButton()->isEnabled()); // checking
            chooser.reject();
        }
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(UserService(t.db(), SystemUser::login()).signIn(QStringLiteral("dir"), kPassword)->outcome,
                 SignInResult::Outcome::Accepted);
    }

    // A disabled user is not offered and cannot be asked for with --user.
    void disabledUserCannotStart()
    {
        TempDatabase t;
        addTeam(t.db());
        QVERIFY(UserService(t.db(), SystemUser::login()).setActive(QStringLiteral("ana"), false).ok());
        const QList<User> users = UserChooser::activeUsers(t.db());
        QVERIFY(std::none_of(users.begin(), users.end(),
                             [](const User &u) { return u.login == QLatin1String("ana"); }));
        whenModal([](QWidget *modal) { static_cast<QMessageBox *>(modal)->accept(); });
        QVERIFY(!UserChooser::chooseFor(t.db(), QStringLiteral("ana"), nullptr));
    }

    // Three wrong passwords: Start waits (the label counts down) until the clock has passed the wait.
    void wrongPasswordsMakeStartWait()
    {
        TempDatabase t;
        addTeam(t.db());
        QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        Timestamps::setClockForTesting([&now] { return now; });
        UserChooser chooser(t.db(), UserChooser::activeUsers(t.db()), SystemUser::login());
        chooser.show();
        chooser.selectLogin(QStringLiteral("dir"));
        for (int i = 0; i < UserService::kFreeFailures; ++i) {
            chooser.passwordEdit()->setText(QStringLiteral("guess number %1").arg(i));
            chooser.startButton()->click();
            QTRY_VERIFY(chooser.passwordEdit()->isEnabled());
        }
        QVERIFY2(chooser.messageLabel()->text().contains(QStringLiteral("Too many wrong passwords")),
                 qPrintable(chooser.messageLabel()->text()));
        QVERIFY(!chooser.startButton()->isEnabled());
        chooser.selectLogin(QStringLiteral("ana")); // another user is not held up
        QVERIFY(chooser.startButton()->isEnabled());
        chooser.selectLogin(QStringLiteral("dir"));
        QVERIFY(!chooser.startButton()->isEnabled());
        now = now.addSecs(11);
        QTRY_VERIFY(chooser.startButton()->isEnabled());
        chooser.passwordEdit()->setText(kPassword);
        chooser.startButton()->click();
        QTRY_COMPARE(chooser.result(), int(QDialog::Accepted));
        Timestamps::setClockForTesting({});
    }

    void severalUsersAskAndTheChoiceActs()
    {
        TempDatabase t;
        addUser(t.db(), QStringLiteral("ana"), QStringLiteral("sales_manager"));
        addUser(t.db(), QStringLiteral("dir"), QStringLiteral("director"));
        addUser(t.db(), SystemUser::login(), QStringLiteral("administrator"));
        QString offered;
        whenModal([&](QWidget *modal) {
            auto *users = modal->findChild<QComboBox *>(QStringLiteral("users"));
            offered = users->currentData().toString();
            users->setCurrentIndex(users->findData(QStringLiteral("ana")));
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(UserChooser::chooseFor(t.db(), QString(), nullptr));
        QCOMPARE(offered, SystemUser::login()); // the operating-system user is offered first
        QCOMPARE(GuiUtil::actor(), QStringLiteral("ana"));
        // The services act with the chosen user's role: a sales manager may not edit pipelines.
        const Result<User> me = UserService(t.db(), GuiUtil::actor()).current();
        QVERIFY(me.ok());
        QCOMPARE(me->role, User::Role::SalesManager);
        QVERIFY(!me->editsPipelines());

        // The title names who is working by the full name, not the login.
        MainWindow w(t.db());
        QVERIFY2(w.windowTitle().contains(QStringLiteral(" — ANA — ")), qPrintable(w.windowTitle()));
    }

    void cancelStopsAndGivenLoginIsChecked()
    {
        TempDatabase t;
        addUser(t.db(), QStringLiteral("ana"), QStringLiteral("sales_manager"));
        addUser(t.db(), QStringLiteral("dir"), QStringLiteral("director"));
        whenModal([](QWidget *modal) { static_cast<QDialog *>(modal)->reject(); });
        QVERIFY(!UserChooser::chooseFor(t.db(), QString(), nullptr));

        QVERIFY(UserChooser::chooseFor(t.db(), QStringLiteral("dir"), nullptr)); // --user dir: no question
        QCOMPARE(GuiUtil::actor(), QStringLiteral("dir"));
        whenModal([](QWidget *modal) { static_cast<QMessageBox *>(modal)->accept(); });
        QVERIFY(!UserChooser::chooseFor(t.db(), QStringLiteral("nobody"), nullptr));
    }

    // A sales manager's contact list and search hold his own contacts and those shared with him; a
    // director's hold everybody's.
    void salesManagerSeesOwnAndSharedContacts()
    {
        TempDatabase t;
        addUser(t.db(), QStringLiteral("ana"), QStringLiteral("sales_manager"));
        addUser(t.db(), QStringLiteral("ivan"), QStringLiteral("sales_manager"));
        addUser(t.db(), QStringLiteral("dir"), QStringLiteral("director"));
        ContactService service(t.db(), QStringLiteral("dir"));
        QList<qint64> ivans;
        for (int i = 0; i < 6; ++i) {
            Contact c;
            c.givenName = QStringLiteral("Petra%1").arg(i);
            c.familyName = QStringLiteral("Visibila");
            c.owner = i < 2 ? QStringLiteral("ana") : QStringLiteral("ivan");
            c.companyName = QStringLiteral("Vizibil SRL");
            const Result<qint64> id = service.create(c);
            QVERIFY(id.ok());
            if (i >= 2)
                ivans << *id;
        }
        {
            QSqlQuery q(t.db()->connection());
            q.prepare(QStringLiteral(
                "INSERT INTO record_share (entity, record_id, login) VALUES ('contact', ?, 'ana')"));
            q.addBindValue(ivans.first());
            QVERIFY(q.exec());
        }
        QCOMPARE(ContactService(t.db(), QStringLiteral("ana")).search(QStringLiteral("visib"), 50)->size(),
                 3);
        QCOMPARE(ContactService(t.db(), QStringLiteral("dir")).search(QStringLiteral("visib"), 50)->size(),
                 6);

        QVERIFY(UserChooser::chooseFor(t.db(), QStringLiteral("ana"), nullptr));
        {
            MainWindow w(t.db());
            ContactListModel *model = w.contactsPage()->model();
            QCOMPARE(model->rowCount(), 3);
            QVERIFY(model->rowOfId(ivans.first()) >= 0);
            QCOMPARE(model->rowOfId(ivans.last()), -1);
            QTest::keyClicks(w.contactsPage()->searchBox(), QStringLiteral("petra5"));
            QTRY_COMPARE(model->rowCount(), 0); // ivan's, not shared: not found either
        }
        // The company card lists the same three of its six people.
        const qint64 company = ContactService(t.db(), QStringLiteral("dir")).get(ivans.first())->companyId;
        QVERIFY(company > 0);
        {
            CompanyForm form(t.db(), company);
            QVERIFY(form.load());
            QCOMPARE(form.contactsModel()->rowCount(), 3);
            QVERIFY(form.contactsModel()->rowOfId(ivans.first()) >= 0);
            QCOMPARE(form.contactsModel()->rowOfId(ivans.last()), -1);
        }
        QVERIFY(UserChooser::chooseFor(t.db(), QStringLiteral("dir"), nullptr));
        MainWindow w(t.db());
        QCOMPARE(w.contactsPage()->model()->rowCount(), 6);
        CompanyForm form(t.db(), company);
        QVERIFY(form.load());
        QCOMPARE(form.contactsModel()->rowCount(), 6);
    }

    // The trash follows the same rule, in the service: a sales manager cannot trash, restore or purge
    // another's contact (and nothing of the call is kept); his trash lists only his own.
    void salesManagerTrashesOnlyHisContacts()
    {
        TempDatabase t;
        addUser(t.db(), QStringLiteral("ana"), QStringLiteral("sales_manager"));
        addUser(t.db(), QStringLiteral("ivan"), QStringLiteral("sales_manager"));
        ContactService anas(t.db(), QStringLiteral("ana"));
        ContactService ivans(t.db(), QStringLiteral("ivan"));
        Contact c;
        c.givenName = QStringLiteral("Mine");
        c.familyName = QStringLiteral("Ana");
        c.owner = QStringLiteral("ana");
        const qint64 hers = *anas.create(c);
        c.givenName = QStringLiteral("Other");
        c.owner = QStringLiteral("ivan");
        const qint64 his = *ivans.create(c);
        const auto events = [&] {
            QSqlQuery q(t.db()->connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next() ? q.value(0).toInt() : -1;
        };
        const int before = events();
        const Status refused = anas.moveToTrash({hers, his});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Denied);
        QCOMPARE(events(), before);
        QVERIFY(!anas.get(hers)->deletedAt.isValid()); // her own was not trashed either: one transaction
        QVERIFY(anas.moveToTrash({hers}).ok());
        QVERIFY(ivans.moveToTrash({his}).ok());
        QCOMPARE(anas.restore({his}).error().code, StoreError::Code::Denied);
        QCOMPARE(anas.purge({his}).error().code, StoreError::Code::Denied);
        QVERIFY(ContactService(t.db(), QStringLiteral("ivan")).get(his).ok());

        QVERIFY(UserChooser::chooseFor(t.db(), QStringLiteral("ana"), nullptr));
        MainWindow w(t.db());
        QCOMPARE(w.trashPage()->contactModel()->rowCount(), 1);
        QCOMPARE(w.trashPage()->contactModel()->rowOfId(his), -1);
    }

    // Share… on a record card: the owner ticks a colleague, who then sees the record; a sales manager
    // who does not own it cannot change its shares, and the dialog says why and stays open.
    void shareDialogSharesAndRefuses()
    {
        TempDatabase t;
        addUser(t.db(), QStringLiteral("ana"), QStringLiteral("sales_manager"));
        addUser(t.db(), QStringLiteral("ivan"), QStringLiteral("sales_manager"));
        Contact c;
        c.givenName = QStringLiteral("Shared");
        c.familyName = QStringLiteral("Partajat");
        c.owner = QStringLiteral("ana");
        const Result<qint64> id = ContactService(t.db(), QStringLiteral("ana")).create(c);
        QVERIFY(id.ok());
        QCOMPARE(ContactService(t.db(), QStringLiteral("ivan")).search(QStringLiteral("partajat"), 5)->size(),
                 0);

        GuiUtil::setActor(QStringLiteral("ana"));
        {
            ShareDialog dialog(t.db(), QStringLiteral("contact"), *id);
            QListWidget *users = dialog.users();
            QCOMPARE(users->count(), 2);
            for (int i = 0; i < users->count(); ++i) {
                if (users->item(i)->data(Qt::UserRole).toString() == QLatin1String("ivan"))
                    users->item(i)->setCheckState(Qt::Checked);
            }
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(ContactService(t.db(), QStringLiteral("ivan")).search(QStringLiteral("partajat"), 5)->size(),
                 1);

        GuiUtil::setActor(QStringLiteral("ivan"));
        ShareDialog dialog(t.db(), QStringLiteral("contact"), *id);
        dialog.show();
        for (int i = 0; i < dialog.users()->count(); ++i)
            dialog.users()->item(i)->setCheckState(Qt::Unchecked);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: still open
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error && !error->isHidden() && !error->text().isEmpty());
        QCOMPARE(*ShareService(t.db(), QStringLiteral("ana")).sharedWith(QStringLiteral("contact"), *id),
                 QStringList{QStringLiteral("ivan")});
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PRISTRIY_SCREENSHOT_DIR not set");
        TempDatabase t;
        addUser(t.db(), QStringLiteral("ana.popescu"), QStringLiteral("sales_manager"));
        addUser(t.db(), QStringLiteral("dir"), QStringLiteral("director"));
        UserChooser chooser(t.db(), UserChooser::activeUsers(t.db()), QStringLiteral("ana.popescu"));
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QVERIFY(chooser.grab().save(dir + QStringLiteral("/user-chooser.png")));
        Contact c;
        c.givenName = QStringLiteral("Ioana");
        c.familyName = QStringLiteral("Dumitrescu");
        const Result<qint64> id = ContactService(t.db(), QStringLiteral("dir")).create(c);
        QVERIFY(id.ok());
        GuiUtil::setActor(QStringLiteral("dir"));
        ShareDialog share(t.db(), QStringLiteral("contact"), *id);
        share.users()->item(0)->setCheckState(Qt::Checked);
        share.show();
        QVERIFY(QTest::qWaitForWindowExposed(&share));
        QVERIFY(share.grab().save(dir + QStringLiteral("/share-dialog.png")));
    }
};

QTEST_MAIN(TestUserChooser)
#include "tst_userchooser.moc"
