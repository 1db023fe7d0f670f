// Tools › Users: administrators add, edit, disable and enable users, set and remove passwords and mark
// absences; everybody else sees the team and may set only their own password. The model under the
// table follows the database.
#include "../testutil.h"
#include "crm/userservice.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "store/systemuser.h"
#include "userchooser.h"
#include "usereditdialogs.h"
#include "usersdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <functional>

namespace {

const QString kPassword = QStringLiteral("Team lead 2026");

// Answers the modal dialogs that open while it lives, one step each, in order.
class ModalScript : public QObject
{
public:
    using Step = std::function<void(QWidget *)>;

    explicit ModalScript(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalScript::poll);
        m_timer.start(20);
    }
    bool finished() const { return m_steps.isEmpty(); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last || m_steps.isEmpty())
            return;
        m_last = modal;
        const Step step = m_steps.takeFirst();
        step(modal);
        m_last = modal->isVisible() ? modal : nullptr;
    }

    QList<Step> m_steps;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

void clickButton(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text) {
            b->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button “%1” in %2").arg(text, dialog->windowTitle())));
}

void clickOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestUsersDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    QString m_me;

    User user(const QString &login) { return *UserService(m_db, m_me).byLogin(login); }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_me = SystemUser::login();
        UserService admin(m_db, m_me);
        QVERIFY(admin.current().ok());
        const std::tuple<const char *, const char *, User::Role> team[] = {
            {"ana", "Ana Popescu", User::Role::SalesManager},
            {"dir", "Diana Rusu", User::Role::Director},
            {"olena", "Olena Shevchenko", User::Role::ProcessOwner}};
        for (const auto &[login, name, role] : team) {
            User u;
            u.login = QString::fromLatin1(login);
            u.displayName = QString::fromUtf8(name);
            u.role = role;
            QVERIFY(admin.create(u).ok());
        }
    }

    void cleanup()
    {
        m_db.reset();
        m_tmp.reset();
    }

    void modelFollowsTheDatabase()
    {
        UserTableModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        const int ana = model.rowOfLogin(QStringLiteral("ana"));
        QCOMPARE(model.index(ana, UserTableModel::NameColumn).data().toString(),
                 QStringLiteral("Ana Popescu"));
        QCOMPARE(model.index(ana, UserTableModel::RoleColumn).data().toString(),
                 QStringLiteral("Sales manager"));
        QCOMPARE(model.index(ana, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(ana, UserTableModel::PasswordColumn).data().toString(), QStringLiteral("None"));
        QCOMPARE(model.index(ana, 0).data(UserTableModel::kLoginRole).toString(), QStringLiteral("ana"));

        UserService admin(m_db, m_me);
        QVERIFY(admin.setActive(QStringLiteral("ana"), false).ok());
        QCOMPARE(model.index(model.rowOfLogin(QStringLiteral("ana")), UserTableModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Disabled"));
        const QDateTime from = QDate(2026, 3, 1).startOfDay().toUTC();
        QVERIFY(admin.setAway(QStringLiteral("dir"), from, QDate(2026, 3, 8).startOfDay().toUTC()).ok());
        model.reload(QDate(2026, 3, 3).startOfDay().addSecs(3600));
        const int dir = model.rowOfLogin(QStringLiteral("dir"));
        QCOMPARE(model.index(dir, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Away"));
        const QString away = model.index(dir, UserTableModel::AwayColumn).data().toString();
        QVERIFY2(away.contains(QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat)) &&
                     away.contains(QLocale().toString(QDate(2026, 3, 7), QLocale::ShortFormat)),
                 qPrintable(away)); // the last day shown is the last day away
        model.reload(QDate(2026, 3, 9).startOfDay());
        QCOMPARE(model.index(dir, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));

        User u;
        u.login = QStringLiteral("zoe");
        QVERIFY(admin.create(u).ok());
        QCOMPARE(model.rowCount(), 5);
    }

    // Whole days show their last day; a bound that is not midnight shows its time (no seconds).
    void awayText()
    {
        const QLocale l;
        User u;
        u.awayFrom = QDate(2026, 3, 1).startOfDay().toUTC();
        u.awayUntil = QDate(2026, 3, 8).startOfDay().toUTC();
        QCOMPARE(UserTableModel::awayText(u),
                 QStringLiteral("%1 – %2").arg(l.toString(QDate(2026, 3, 1), QLocale::ShortFormat),
                                               l.toString(QDate(2026, 3, 7), QLocale::ShortFormat)));
        u.awayFrom = QDateTime(QDate(2026, 3, 1), QTime(13, 30, 42)).toUTC();
        const QString text = UserTableModel::awayText(u);
        QVERIFY2(text.startsWith(l.toString(QDate(2026, 3, 1), QLocale::ShortFormat) + u' '),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("30")) && !text.contains(QStringLiteral("42")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral(" – ") + l.toString(QDate(2026, 3, 7), QLocale::ShortFormat)));
        QCOMPARE(UserTableModel::awayText(User()), QString());
    }

    void administratorHasEveryButton()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        QVERIFY(dialog.addButton()->isEnabled());
        QCOMPARE(dialog.selectedLogin(), m_me); // opens on oneself
        QVERIFY(dialog.editButton()->isEnabled());
        QVERIFY(!dialog.activeButton()->isEnabled()); // nobody disables himself
        QVERIFY(dialog.passwordButton()->isEnabled());
        dialog.selectLogin(QStringLiteral("ana"));
        QVERIFY(dialog.activeButton()->isEnabled());
        QVERIFY(dialog.awayButton()->isEnabled());
    }

    void othersSeeTheTeamAndSetOnlyTheirPassword()
    {
        UsersDialog dialog(m_db, QStringLiteral("dir"));
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 4);
        QVERIFY(!dialog.addButton()->isEnabled());
        QCOMPARE(dialog.selectedLogin(), QStringLiteral("dir"));
        QVERIFY(dialog.passwordButton()->isEnabled());
        QVERIFY(!dialog.editButton()->isEnabled());
        QVERIFY(!dialog.awayButton()->isEnabled());
        dialog.selectLogin(QStringLiteral("ana"));
        QVERIFY(!dialog.passwordButton()->isEnabled());
        QVERIFY(!dialog.activeButton()->isEnabled());

        dialog.selectLogin(QStringLiteral("dir"));
        ModalScript script({[](QWidget *d) {
            auto *pd = static_cast<PasswordDialog *>(d);
            pd->passwordEdit()->setText(kPassword);
            pd->repeatEdit()->setText(kPassword);
            clickOk(d);
        }});
        dialog.passwordOfSelected();
        QTRY_VERIFY(!dialog.isBusy() && user(QStringLiteral("dir")).hasPassword);
    }

    void addUserWithRoleAndPassword()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        ModalScript script({[](QWidget *d) {
            auto *edit = static_cast<UserEditDialog *>(d);
            QTest::keyClicks(edit->loginEdit(), QStringLiteral("petra"));
            QTest::keyClicks(edit->nameEdit(), QStringLiteral("Petra Lungu"));
            edit->roleBox()->setCurrentIndex(edit->roleBox()->findData(int(User::Role::Director)));
            edit->passwordEdit()->setText(kPassword);
            edit->repeatEdit()->setText(kPassword);
            clickOk(d);
        }});
        dialog.addUser();
        QTRY_VERIFY(!dialog.isBusy() && user(QStringLiteral("petra")).hasPassword);
        const User petra = user(QStringLiteral("petra"));
        QCOMPARE(petra.displayName, QStringLiteral("Petra Lungu"));
        QCOMPARE(petra.role, User::Role::Director);
        QTRY_COMPARE(dialog.selectedLogin(), QStringLiteral("petra"));
    }

    // A login that exists is refused, and the dialog comes back with what was typed.
    void existingLoginComesBack()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        QString typedAgain;
        ModalScript script(
            {[](QWidget *d) {
                 auto *edit = static_cast<UserEditDialog *>(d);
                 edit->loginEdit()->setText(QStringLiteral("ana"));
                 clickOk(d);
             },
             [](QWidget *box) {
                 QVERIFY(qobject_cast<QMessageBox *>(box));
                 QVERIFY(static_cast<QMessageBox *>(box)->text().contains(QStringLiteral("already")));
                 static_cast<QMessageBox *>(box)->accept();
             },
             [&typedAgain](QWidget *d) {
                 typedAgain = static_cast<UserEditDialog *>(d)->loginEdit()->text();
                 static_cast<QDialog *>(d)->reject();
             }});
        dialog.addUser();
        QVERIFY(script.finished());
        QCOMPARE(typedAgain, QStringLiteral("ana"));
        QCOMPARE(dialog.model()->rowCount(), 4);
    }

    void passwordsMustMatch()
    {
        PasswordDialog dialog(user(QStringLiteral("ana")));
        dialog.show();
        dialog.passwordEdit()->setText(kPassword);
        dialog.repeatEdit()->setText(kPassword + u'x');
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        dialog.passwordEdit()->setText(QStringLiteral("short"));
        dialog.repeatEdit()->setText(QStringLiteral("short"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QString::number(UserService::kMinPasswordLength)));
        dialog.repeatEdit()->setText(dialog.passwordEdit()->text());
        dialog.passwordEdit()->setText(kPassword);
        dialog.repeatEdit()->setText(kPassword);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void removePassword()
    {
        QVERIFY(UserService(m_db, m_me).setPassword(QStringLiteral("dir"), kPassword).ok());
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        dialog.selectLogin(QStringLiteral("dir"));
        ModalScript script({[](QWidget *d) { clickButton(d, QStringLiteral("Remove Password")); },
                            [](QWidget *box) { clickButton(box, QStringLiteral("Remove Password")); }});
        dialog.passwordOfSelected();
        QVERIFY(!user(QStringLiteral("dir")).hasPassword);
    }

    // Changing one's own role asks first; the last administrator's is refused and the dialog comes back.
    void lastAdministratorKeepsTheRole()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        dialog.selectLogin(m_me);
        QString error;
        ModalScript script({[](QWidget *d) {
                                auto *edit = static_cast<UserEditDialog *>(d);
                                edit->roleBox()->setCurrentIndex(
                                    edit->roleBox()->findData(int(User::Role::Director)));
                                clickOk(d);
                            },
                            [](QWidget *box) { clickButton(box, QStringLiteral("Change My Role")); },
                            [&error](QWidget *box) {
                                error = static_cast<QMessageBox *>(box)->text();
                                static_cast<QMessageBox *>(box)->accept();
                            },
                            [](QWidget *d) { static_cast<QDialog *>(d)->reject(); }});
        dialog.editSelected();
        QVERIFY(script.finished());
        QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
        QCOMPARE(user(m_me).role, User::Role::Administrator);
    }

    void editNameAndRole()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        dialog.selectLogin(QStringLiteral("olena"));
        ModalScript script({[](QWidget *d) {
            auto *edit = static_cast<UserEditDialog *>(d);
            QVERIFY(edit->loginEdit()->isReadOnly());
            edit->nameEdit()->setText(QStringLiteral("Olena Kovalenko"));
            edit->roleBox()->setCurrentIndex(edit->roleBox()->findData(int(User::Role::Administrator)));
            clickOk(d);
        }});
        dialog.editSelected();
        QCOMPARE(user(QStringLiteral("olena")).displayName, QStringLiteral("Olena Kovalenko"));
        QCOMPARE(user(QStringLiteral("olena")).role, User::Role::Administrator);
        QCOMPARE(dialog.selectedLogin(), QStringLiteral("olena"));
    }

    void disableAndEnable()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        dialog.selectLogin(QStringLiteral("ana"));
        QCOMPARE(dialog.activeButton()->text().remove(u'&'), QStringLiteral("Disable"));
        ModalScript script({[](QWidget *box) { clickButton(box, QStringLiteral("Disable")); }});
        dialog.toggleActive();
        QVERIFY(!user(QStringLiteral("ana")).active);
        QCOMPARE(dialog.selectedLogin(), QStringLiteral("ana"));
        QCOMPARE(dialog.activeButton()->text().remove(u'&'), QStringLiteral("Enable"));
        dialog.toggleActive(); // enabling asks nothing
        QVERIFY(user(QStringLiteral("ana")).active);
    }

    void markAwayAndBack()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        dialog.selectLogin(QStringLiteral("ana"));
        ModalScript backwards({[](QWidget *d) {
            auto *away = static_cast<AwayDialog *>(d);
            away->fromEdit()->setDate(QDate(2026, 3, 7));
            away->toEdit()->setDate(QDate(2026, 3, 1));
            clickOk(d);
            QVERIFY(away->isVisible());
            QVERIFY(away->errorLabel()->isVisible());
            away->reject();
        }});
        dialog.awayOfSelected();
        QVERIFY(!user(QStringLiteral("ana")).hasAbsence());

        ModalScript script({[](QWidget *d) {
            auto *away = static_cast<AwayDialog *>(d);
            away->fromEdit()->setDate(QDate(2026, 3, 1));
            away->toEdit()->setDate(QDate(2026, 3, 7));
            clickOk(d);
        }});
        dialog.awayOfSelected();
        const User ana = user(QStringLiteral("ana"));
        QCOMPARE(ana.awayFrom, QDate(2026, 3, 1).startOfDay().toUTC());
        QCOMPARE(ana.awayUntil, QDate(2026, 3, 8).startOfDay().toUTC()); // the 7th is included
        QVERIFY(!*UserService(m_db, m_me)
                      .isAvailable(QStringLiteral("ana"), QDate(2026, 3, 7).startOfDay().addSecs(43200)));

        QDate shownFrom, shownTo;
        ModalScript clear({[&](QWidget *d) {
            auto *away = static_cast<AwayDialog *>(d);
            shownFrom = away->fromEdit()->date();
            shownTo = away->toEdit()->date();
            clickButton(d, QStringLiteral("Not Away"));
        }});
        dialog.awayOfSelected();
        QCOMPARE(shownFrom, QDate(2026, 3, 1));
        QCOMPARE(shownTo, QDate(2026, 3, 7));
        QVERIFY(!user(QStringLiteral("ana")).hasAbsence());
    }

    // Users who see or change everything but have no password are named until they have one.
    void warnsAboutPowerfulUsersWithoutPassword()
    {
        UsersDialog dialog(m_db, m_me);
        dialog.show();
        QVERIFY(dialog.warningLabel()->isVisible());
        const QString text = dialog.warningLabel()->text();
        QVERIFY(text.contains(QStringLiteral("dir")) && text.contains(QStringLiteral("olena")) &&
                text.contains(m_me));
        QVERIFY(!text.contains(QStringLiteral("ana")));
        UserService admin(m_db, m_me);
        for (const QString &login : {m_me, QStringLiteral("dir"), QStringLiteral("olena")})
            QVERIFY(admin.setPassword(login, kPassword).ok());
        QTRY_VERIFY(!dialog.warningLabel()->isVisible());
    }

    void toolsMenuOpensUsers()
    {
        GuiUtil::setActor(m_me);
        MainWindow w(m_db);
        QAction *action = w.menuBar()->findChild<QAction *>(QStringLiteral("usersAction"));
        QVERIFY(action);
        ModalScript script({[](QWidget *d) {
            QVERIFY(qobject_cast<UsersDialog *>(d));
            static_cast<QDialog *>(d)->reject();
        }});
        action->trigger();
        QVERIFY(script.finished());
    }

    // For looking at: PRISTRIY_SCREENSHOT_DIR keeps the dialogs over a 1280×800 main window.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PRISTRIY_SCREENSHOT_DIR not set");
        UserService admin(m_db, m_me);
        QVERIFY(admin.setPassword(QStringLiteral("dir"), kPassword).ok());
        QVERIFY(admin
                    .setAway(QStringLiteral("ana"), QDate::currentDate().startOfDay().toUTC(),
                             QDate::currentDate().addDays(5).startOfDay().toUTC())
                    .ok());
        GuiUtil::setActor(m_me);
        MainWindow w(m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto over = [&](QWidget *dialog, const QString &name) {
            QImage shot = w.grab().toImage();
            const QPixmap top = dialog->grab();
            QPainter p(&shot);
            p.drawPixmap((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 2, top);
            p.end();
            QVERIFY(shot.save(dir + u'/' + name));
        };
        UsersDialog users(m_db, m_me, &w);
        users.show();
        users.selectLogin(QStringLiteral("dir"));
        QVERIFY(QTest::qWaitForWindowExposed(&users));
        over(&users, QStringLiteral("users-dialog.png"));
        users.hide();
        UserChooser chooser(m_db, UserChooser::activeUsers(m_db), m_me, &w);
        chooser.show();
        chooser.selectLogin(QStringLiteral("dir"));
        chooser.passwordEdit()->setText(QStringLiteral("wrong one"));
        chooser.startButton()->click();
        QTRY_VERIFY(chooser.passwordEdit()->isEnabled());
        over(&chooser, QStringLiteral("user-chooser-password.png"));
    }
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
