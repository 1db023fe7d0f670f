// Users and team (issues 9 and 11): roles, the last administrator, disabling, absences with given times,
// and passwords that are stored only as slow hashes, refuse wrong guesses and make repeated ones wait.
#include "../testutil.h"
#include "crm/passwordhash.h"
#include "crm/userservice.h"
#include "store/eventlog.h"
#include "store/sqlitebulk.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const QString kPassword = QStringLiteral("correct horse 7");

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

QString stored(const DatabasePtr &db, const QString &login, const QString &column)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE login = ?").arg(column));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return QStringLiteral("<missing>");
    return q.value(0).toString();
}

} // namespace

class TestUserService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    QString m_admin;

    UserService as(const QString &login) { return UserService(m_db, login); }

    void addUser(const QString &login, User::Role role, const QString &password = {})
    {
        User u;
        u.login = login;
        u.displayName = login.toUpper();
        u.role = role;
        const Result<qint64> id = as(m_admin).create(u, password);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
    }

private slots:
    void init()
    {
        Timestamps::setClockForTesting({});
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_admin = SystemUser::login();
        QVERIFY(as(m_admin).current().ok()); // the first user: the operating-system login, administrator
        addUser(QStringLiteral("ana"), User::Role::SalesManager);
        addUser(QStringLiteral("dir"), User::Role::Director);
    }

    void cleanup()
    {
        Timestamps::setClockForTesting({});
        m_db.reset();
        m_tmp.reset();
    }

    void onlyAdministratorsManageUsers_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("administrator") << SystemUser::login() << true;
        QTest::addRow("director") << QStringLiteral("dir") << false;
        QTest::addRow("sales manager") << QStringLiteral("ana") << false;
        QTest::addRow("not a user") << QStringLiteral("stranger") << false;
    }

    void onlyAdministratorsManageUsers()
    {
        QFETCH(QString, actor);
        QFETCH(bool, allowed);
        UserService users = as(actor);
        User u;
        u.login = QStringLiteral("new.one");
        u.role = User::Role::ProcessOwner;
        const Result<qint64> created = users.create(u);
        QCOMPARE(created.ok(), allowed);
        QCOMPARE(users.setRole(QStringLiteral("ana"), User::Role::Director).ok(), allowed);
        QCOMPARE(
            users.setAway(QStringLiteral("ana"), utc("2026-03-01T00:00:00Z"), utc("2026-03-02T00:00:00Z"))
                .ok(),
            allowed);
        QCOMPARE(users.setActive(QStringLiteral("ana"), false).ok(), allowed);
        if (!allowed) {
            QCOMPARE(created.error().code, StoreError::Code::Denied);
            const User ana = *as(m_admin).byLogin(QStringLiteral("ana"));
            QCOMPARE(ana.role, User::Role::SalesManager); // nothing changed
            QVERIFY(ana.active);
            QVERIFY(!ana.hasAbsence());
            QVERIFY(!as(m_admin).byLogin(QStringLiteral("new.one")).ok());
        } else {
            QCOMPARE(as(m_admin).byLogin(QStringLiteral("new.one"))->role, User::Role::ProcessOwner);
            QCOMPARE(as(m_admin).byLogin(QStringLiteral("ana"))->role, User::Role::Director);
        }
    }

    void rolesAreStoredByName()
    {
        for (User::Role role : User::allRoles()) {
            QVERIFY(as(m_admin).setRole(QStringLiteral("ana"), role).ok());
            QCOMPARE(as(m_admin).byLogin(QStringLiteral("ana"))->role, role);
            QCOMPARE(stored(m_db, QStringLiteral("ana"), QStringLiteral("role")), User::roleName(role));
            User::Role back = User::Role::SalesManager;
            QVERIFY(User::roleFromName(User::roleName(role), &back));
            QCOMPARE(back, role);
        }
        User::Role unknown;
        QVERIFY(!User::roleFromName(QStringLiteral("admin"), &unknown));
    }

    void duplicateAndBadLoginsAreRefused()
    {
        User u;
        u.login = QStringLiteral("ana");
        QCOMPARE(as(m_admin).create(u).error().code, StoreError::Code::Invalid);
        u.login = QStringLiteral("  ");
        QCOMPARE(as(m_admin).create(u).error().code, StoreError::Code::Invalid);
        u.login = QStringLiteral("bad\x01login");
        QCOMPARE(as(m_admin).create(u).error().code, StoreError::Code::Invalid);
    }

    void lastActiveAdministratorStays()
    {
        UserService admin = as(m_admin);
        Status s = admin.setRole(m_admin, User::Role::Director);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("last active administrator")),
                 qPrintable(s.error().message));
        s = admin.setActive(m_admin, false);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("last active administrator")),
                 qPrintable(s.error().message));
        User me = *admin.byLogin(m_admin);
        me.role = User::Role::SalesManager;
        QVERIFY(!admin.update(me).ok());
        QCOMPARE(admin.byLogin(m_admin)->role, User::Role::Administrator);

        // A disabled administrator does not count: dir becomes one, is disabled, and still cannot take over.
        QVERIFY(admin.setRole(QStringLiteral("dir"), User::Role::Administrator).ok());
        QVERIFY(admin.setActive(QStringLiteral("dir"), false).ok());
        QVERIFY(!admin.setRole(m_admin, User::Role::Director).ok());

        // With another active administrator, one may step down; then the other is the last.
        QVERIFY(admin.setActive(QStringLiteral("dir"), true).ok());
        QVERIFY(admin.setRole(m_admin, User::Role::Director).ok());
        UserService dir = as(QStringLiteral("dir"));
        QVERIFY(!dir.setRole(QStringLiteral("dir"), User::Role::SalesManager).ok());
        QVERIFY(!dir.setActive(QStringLiteral("dir"), false).ok());
        QCOMPARE(dir.byLogin(QStringLiteral("dir"))->role, User::Role::Administrator);
        // The former administrator no longer manages users.
        QCOMPARE(admin.setRole(QStringLiteral("ana"), User::Role::Director).error().code,
                 StoreError::Code::Denied);
    }

    void nobodyDisablesHimself()
    {
        QVERIFY(as(m_admin).setRole(QStringLiteral("dir"), User::Role::Administrator).ok());
        const Status s = as(QStringLiteral("dir")).setActive(QStringLiteral("dir"), false);
        QVERIFY(!s.ok());
        QVERIFY(as(m_admin).byLogin(QStringLiteral("dir"))->active);
        QVERIFY(as(QStringLiteral("dir")).setActive(m_admin, false).ok()); // another administrator can
    }

    void disabledUserCannotAct()
    {
        QVERIFY(as(m_admin).setActive(QStringLiteral("ana"), false).ok());
        const Result<User> ana = as(QStringLiteral("ana")).current();
        QVERIFY(!ana.ok());
        QCOMPARE(ana.error().code, StoreError::Code::Denied);
        QVERIFY2(ana.error().message.contains(QStringLiteral("disabled")), qPrintable(ana.error().message));
        QCOMPARE(as(QStringLiteral("ana")).signIn(QStringLiteral("ana"), QString()).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(*as(m_admin).isAvailable(QStringLiteral("ana"), utc("2026-03-01T12:00:00Z")), false);
        QVERIFY(as(m_admin).setActive(QStringLiteral("ana"), true).ok());
        QVERIFY(as(QStringLiteral("ana")).current().ok());
    }

    void awayWindow_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("available");
        QTest::addRow("day before") << utc("2026-02-28T23:59:59Z") << true;
        QTest::addRow("first instant") << utc("2026-03-01T00:00:00Z") << false;
        QTest::addRow("inside") << utc("2026-03-04T10:30:00Z") << false;
        QTest::addRow("same instant, other zone") << utc("2026-03-04T12:30:00+02:00") << false;
        QTest::addRow("last millisecond") << utc("2026-03-07T23:59:59.999Z") << false;
        QTest::addRow("end is not included") << utc("2026-03-08T00:00:00Z") << true;
        QTest::addRow("later") << utc("2026-04-01T09:00:00Z") << true;
    }

    void awayWindow()
    {
        QFETCH(QDateTime, at);
        QFETCH(bool, available);
        UserService admin = as(m_admin);
        QSignalSpy changed(m_db->notifier(), &ChangeNotifier::changed);
        QVERIFY(admin.setAway(QStringLiteral("ana"), utc("2026-03-01T00:00:00Z"), utc("2026-03-08T00:00:00Z"))
                    .ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("user"));
        QCOMPARE(*admin.isAvailable(QStringLiteral("ana"), at), available);
        QCOMPARE(*admin.isAvailable(QStringLiteral("dir"), at), true); // nobody else is away
        const User ana = *admin.byLogin(QStringLiteral("ana"));
        QCOMPARE(ana.awayFrom, utc("2026-03-01T00:00:00Z"));
        QCOMPARE(ana.awayUntil, utc("2026-03-08T00:00:00Z"));
        QCOMPARE(ana.isAwayAt(at), !available);

        QVERIFY(admin.clearAway(QStringLiteral("ana")).ok());
        QCOMPARE(*admin.isAvailable(QStringLiteral("ana"), at), true);
        QVERIFY(!admin.byLogin(QStringLiteral("ana"))->hasAbsence());
    }

    void badAbsencesAreRefused()
    {
        UserService admin = as(m_admin);
        const Status backwards =
            admin.setAway(QStringLiteral("ana"), utc("2026-03-08T00:00:00Z"), utc("2026-03-01T00:00:00Z"));
        QCOMPARE(backwards.error().code, StoreError::Code::Invalid);
        QCOMPARE(
            admin.setAway(QStringLiteral("ana"), utc("2026-03-01T00:00:00Z"), utc("2026-03-01T00:00:00Z"))
                .error()
                .code,
            StoreError::Code::Invalid);
        QCOMPARE(
            admin.setAway(QStringLiteral("nobody"), utc("2026-03-01T00:00:00Z"), utc("2026-03-02T00:00:00Z"))
                .error()
                .code,
            StoreError::Code::NotFound);
        QCOMPARE(admin.isAvailable(QStringLiteral("nobody"), utc("2026-03-01T00:00:00Z")).error().code,
                 StoreError::Code::NotFound);
        QVERIFY(!admin.byLogin(QStringLiteral("ana"))->hasAbsence());
    }

    void passwordIsStoredAsAHashOnly()
    {
        QVERIFY(as(m_admin).setPassword(QStringLiteral("dir"), kPassword).ok());
        const QString hash = stored(m_db, QStringLiteral("dir"), QStringLiteral("password_hash"));
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(kPassword));
        QVERIFY(PasswordHash::verify(hash.toLatin1(), kPassword));
        QVERIFY(!PasswordHash::verify(hash.toLatin1(), kPassword + u'!'));
        QVERIFY(as(m_admin).byLogin(QStringLiteral("dir"))->hasPassword);
        // Salted: the same password hashes differently each time.
        QVERIFY(as(m_admin).setPassword(QStringLiteral("ana"), kPassword).ok());
        QVERIFY(stored(m_db, QStringLiteral("ana"), QStringLiteral("password_hash")) != hash);
        // Nothing in the events carries the password or its hash.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(type || payload, ' ') FROM event")));
        QVERIFY(q.next());
        const QString events = q.value(0).toString();
        QVERIFY(events.contains(QStringLiteral("user.password_changed")));
        QVERIFY(!events.contains(kPassword));
        QVERIFY(!events.contains(QStringLiteral("argon2")));
    }

    void rightPasswordAcceptedWrongRefused()
    {
        QVERIFY(as(m_admin).setPassword(QStringLiteral("dir"), kPassword).ok());
        Result<SignInResult> r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), kPassword);
        QVERIFY(r.ok());
        QCOMPARE(r->outcome, SignInResult::Outcome::Accepted);
        r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QStringLiteral("Correct horse 7"));
        QCOMPARE(r->outcome, SignInResult::Outcome::WrongPassword);
        QCOMPARE(r->failures, 1);
        QVERIFY(!r->retryAt.isValid()); // the first wrong guesses do not wait
        r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QString());
        QCOMPARE(r->outcome, SignInResult::Outcome::WrongPassword);
        // A user without a password is let in (the safeguard is the password), an unknown login is not.
        QCOMPARE(as(QStringLiteral("ana")).signIn(QStringLiteral("ana"), QStringLiteral("x"))->outcome,
                 SignInResult::Outcome::Accepted);
        QCOMPARE(as(m_admin).signIn(QStringLiteral("ghost"), kPassword).error().code,
                 StoreError::Code::Denied);

        QVERIFY(as(m_admin).clearPassword(QStringLiteral("dir")).ok());
        QVERIFY(!as(m_admin).byLogin(QStringLiteral("dir"))->hasPassword);
        QCOMPARE(stored(m_db, QStringLiteral("dir"), QStringLiteral("password_hash")), QString());
        QCOMPARE(as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QString())->outcome,
                 SignInResult::Outcome::Accepted);
    }

    void weakOrStrangePasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addRow("empty") << QString();
        QTest::addRow("short") << QStringLiteral("1234567");
        QTest::addRow("line break") << QStringLiteral("long enough\nreally");
        QTest::addRow("too long") << QString(2000, u'x');
    }

    void weakOrStrangePasswordsAreRefused()
    {
        QFETCH(QString, password);
        const Status s = as(m_admin).setPassword(QStringLiteral("dir"), password);
        QCOMPARE(s.error().code, StoreError::Code::Invalid);
        QVERIFY(!as(m_admin).byLogin(QStringLiteral("dir"))->hasPassword);
    }

    void everybodySetsOnlyTheirOwnPassword()
    {
        QVERIFY(as(QStringLiteral("ana")).setPassword(QStringLiteral("ana"), kPassword).ok());
        QVERIFY(as(m_admin).byLogin(QStringLiteral("ana"))->hasPassword);
        const Status s = as(QStringLiteral("ana")).setPassword(QStringLiteral("dir"), kPassword);
        QCOMPARE(s.error().code, StoreError::Code::Denied);
        QVERIFY(!as(m_admin).byLogin(QStringLiteral("dir"))->hasPassword);
        QCOMPARE(as(QStringLiteral("dir")).clearPassword(QStringLiteral("ana")).error().code,
                 StoreError::Code::Denied);
        QVERIFY(as(QStringLiteral("ana")).clearPassword(QStringLiteral("ana")).ok());
    }

    void lockSeconds_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::addRow("1") << 1 << 0;
        QTest::addRow("2") << 2 << 0;
        QTest::addRow("3") << 3 << 10;
        QTest::addRow("4") << 4 << 20;
        QTest::addRow("5") << 5 << 40;
        QTest::addRow("9") << 9 << 640;
        QTest::addRow("10") << 10 << UserService::kMaxLockSeconds;
        QTest::addRow("1000") << 1000 << UserService::kMaxLockSeconds;
    }

    void lockSeconds()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(UserService::lockSecondsAfter(failures), seconds);
    }

    // Wrong guesses in a row make the next attempts wait, counted in the file: a new process (here a
    // reopened database) waits as well. The right password afterwards clears the count.
    void repeatedWrongPasswordsWait()
    {
        QVERIFY(as(m_admin).setPassword(QStringLiteral("dir"), kPassword).ok());
        QDateTime now = utc("2026-03-02T09:00:00Z");
        Timestamps::setClockForTesting([&now] { return now; });
        Result<SignInResult> r = StoreError();
        for (int i = 1; i <= UserService::kFreeFailures; ++i) {
            r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QStringLiteral("guess %1").arg(i));
            QCOMPARE(r->outcome, SignInResult::Outcome::WrongPassword);
            QCOMPARE(r->failures, i);
        }
        QCOMPARE(r->retryAt, now.addSecs(10));

        m_db.reset();
        m_db = m_tmp->reopen();
        now = now.addSecs(5);
        r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), kPassword); // even the right one waits
        QCOMPARE(r->outcome, SignInResult::Outcome::Locked);
        QCOMPARE(r->retryAt, utc("2026-03-02T09:00:10Z"));

        now = now.addSecs(6);
        r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QStringLiteral("guess 4"));
        QCOMPARE(r->outcome, SignInResult::Outcome::WrongPassword);
        QCOMPARE(r->failures, 4);
        QCOMPARE(r->retryAt, now.addSecs(20)); // each further wrong guess doubles the wait

        now = now.addSecs(21);
        r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), kPassword);
        QCOMPARE(r->outcome, SignInResult::Outcome::Accepted);
        QCOMPARE(stored(m_db, QStringLiteral("dir"), QStringLiteral("failed_logins")), QStringLiteral("0"));
        r = as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QStringLiteral("typo"));
        QCOMPARE(r->failures, 1);
        QVERIFY(!r->retryAt.isValid());
    }

    // An administrator's new password ends a wait that guesses started.
    void newPasswordEndsTheWait()
    {
        QVERIFY(as(m_admin).setPassword(QStringLiteral("dir"), kPassword).ok());
        const QDateTime now = utc("2026-03-02T09:00:00Z");
        Timestamps::setClockForTesting([now] { return now; });
        for (int i = 0; i < UserService::kFreeFailures; ++i)
            as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QStringLiteral("wrong"));
        QCOMPARE(as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), kPassword)->outcome,
                 SignInResult::Outcome::Locked);
        QVERIFY(as(m_admin).setPassword(QStringLiteral("dir"), QStringLiteral("another one 8")).ok());
        QCOMPARE(
            as(QStringLiteral("dir")).signIn(QStringLiteral("dir"), QStringLiteral("another one 8"))->outcome,
            SignInResult::Outcome::Accepted);
    }

    void askingForThePassword()
    {
        User u;
        u.login = QStringLiteral("dir");
        u.hasPassword = true;
        QVERIFY(u.asksPasswordFrom(QStringLiteral("ana")));
        QVERIFY(!u.asksPasswordFrom(QStringLiteral("dir"))); // at one's own computer account: no question
        u.hasPassword = false;
        QVERIFY(!u.asksPasswordFrom(QStringLiteral("ana")));
    }

    // A schema-9 database (before passwords and absences) keeps its users; they have neither.
    void upgradeKeepsUsersWithoutPasswords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        QFile fixture(QStringLiteral(PRISTRIY_TEST_DATA "/fixtures/schema-v9.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QVERIFY(SqliteBulk::exec(raw, fixture.readAll().constData()).ok());
        sqlite3_close(raw);
        const Result<DatabasePtr> opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        const Result<QList<User>> users = UserService(*opened, m_admin).list();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 2);
        for (const User &u : *users) {
            QVERIFY(!u.hasPassword);
            QVERIFY(!u.hasAbsence());
            QVERIFY(u.isAvailableAt(utc("2026-03-01T00:00:00Z")));
        }
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
