// pristriy-cli users …, run as a user would run it: administrators add, change, disable and mark absent;
// passwords come from standard input, a file or the environment, never from the command line, and never
// reach the database file; --now is the clock of every command.
#include "../testutil.h"
#include "crm/userservice.h"
#include "store/systemuser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

const QByteArray kPassword = "Tr0ub4dor&3-secret";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Options
{
    QByteArray stdinData;
    QString password; // PRISTRIY_PASSWORD when set
    bool hasPassword = false;
};

Run cli(const QString &db, const QStringList &args, const Options &o = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.remove(QStringLiteral("PRISTRIY_PASSWORD"));
    if (o.hasPassword)
        env.insert(QStringLiteral("PRISTRIY_PASSWORD"), o.password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PRISTRIY_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForStarted())
        return {};
    p.write(o.stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Options withPassword(const QString &password)
{
    Options o;
    o.password = password;
    o.hasPassword = true;
    return o;
}

QJsonObject userIn(const QByteArray &json, const QString &login)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        if (v.toObject().value(QStringLiteral("login")).toString() == login)
            return v.toObject();
    }
    return {};
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestUsersCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    QString m_db;
    QString m_me;

    QJsonObject user(const QString &login, const QStringList &global = {})
    {
        const Run r = cli(m_db, global + QStringList{QStringLiteral("users"), QStringLiteral("list")});
        return userIn(r.out, login);
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->path();
        m_me = SystemUser::login();
        QVERIFY(UserService(m_tmp->db(), m_me).current().ok()); // the system user is the administrator
        const Run ana = cli(m_db, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ana"),
                                   QStringLiteral("--name"), QStringLiteral("Ana Popescu"),
                                   QStringLiteral("--role"), QStringLiteral("sales_manager")});
        QVERIFY2(ana.exitCode == 0, ana.err.constData());
        QVERIFY(cli(m_db, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("dir"),
                           QStringLiteral("--role"), QStringLiteral("director")})
                    .exitCode == 0);
    }

    void cleanup() { m_tmp.reset(); }

    void addListsTheUser()
    {
        const QJsonObject ana = user(QStringLiteral("ana"));
        QCOMPARE(ana.value(QStringLiteral("display_name")).toString(), QStringLiteral("Ana Popescu"));
        QCOMPARE(ana.value(QStringLiteral("role")).toString(), QStringLiteral("sales_manager"));
        QCOMPARE(ana.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(ana.value(QStringLiteral("has_password")).toBool(), false);
        QVERIFY(ana.value(QStringLiteral("away_from")).isNull());
        QCOMPARE(user(QStringLiteral("dir")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("director"));
        const Run csv = cli(m_db, {QStringLiteral("users"), QStringLiteral("list"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith(
            "login,display_name,role,active,has_password,away_from,away_until,available\n"));
        QVERIFY(csv.out.contains("\nana,Ana Popescu,sales_manager,1,0,,,1\n"));
    }

    void wrongCommandLinesChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("unknown role") << QStringList{QStringLiteral("add"), QStringLiteral("x"),
                                                     QStringLiteral("--role"), QStringLiteral("admin")}
                                      << QByteArray("sales_manager, process_owner, director, administrator");
        QTest::addRow("no login") << QStringList{QStringLiteral("add")} << QByteArray("one login");
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--boss")}
            << QByteArray("--boss");
        QTest::addRow("set-role without role")
            << QStringList{QStringLiteral("set-role"), QStringLiteral("ana")} << QByteArray("usage");
        QTest::addRow("away without end")
            << QStringList{QStringLiteral("away"), QStringLiteral("ana")} << QByteArray("--to");
        QTest::addRow("away bad date") << QStringList{QStringLiteral("away"), QStringLiteral("ana"),
                                                      QStringLiteral("--to"), QStringLiteral("next week")}
                                       << QByteArray("next week");
        QTest::addRow("unknown sub-command")
            << QStringList{QStringLiteral("promote")} << QByteArray("promote");
    }

    void wrongCommandLinesChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const QByteArray before = cli(m_db, {QStringLiteral("users"), QStringLiteral("list")}).out;
        const Run r = cli(m_db, QStringList{QStringLiteral("users")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(cli(m_db, {QStringLiteral("users"), QStringLiteral("list")}).out, before);
    }

    void onlyAnAdministratorChangesUsers()
    {
        const Run r = cli(m_db, {QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("ana"),
                                 QStringLiteral("director"), QStringLiteral("--as"), QStringLiteral("dir")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Only an administrator"), r.err.constData());
        QCOMPARE(user(QStringLiteral("ana")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("sales_manager"));

        QCOMPARE(cli(m_db, {QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("ana"),
                            QStringLiteral("process_owner")})
                     .exitCode,
                 0);
        QCOMPARE(user(QStringLiteral("ana")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("process_owner"));
        QCOMPARE(cli(m_db, {QStringLiteral("users"), QStringLiteral("set-name"), QStringLiteral("ana"),
                            QStringLiteral("Ana Ionescu")})
                     .exitCode,
                 0);
        QCOMPARE(user(QStringLiteral("ana")).value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Ana Ionescu"));
    }

    void lastAdministratorStays()
    {
        Run r = cli(m_db,
                    {QStringLiteral("users"), QStringLiteral("set-role"), m_me, QStringLiteral("director")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("last active administrator"), r.err.constData());
        r = cli(m_db, {QStringLiteral("users"), QStringLiteral("disable"), m_me});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("last active administrator"), r.err.constData());
        QCOMPARE(user(m_me).value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
        QCOMPARE(user(m_me).value(QStringLiteral("active")).toBool(), true);
    }

    void disabledUserCannotAct()
    {
        QCOMPARE(
            cli(m_db, {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("dir")}).exitCode,
            0);
        QCOMPARE(user(QStringLiteral("dir")).value(QStringLiteral("active")).toBool(), false);
        for (const QStringList &args : {QStringList{QStringLiteral("users"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("deals"), QStringLiteral("count")}}) {
            const Run r = cli(m_db, args + QStringList{QStringLiteral("--as"), QStringLiteral("dir")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("disabled"), r.err.constData());
        }
        QCOMPARE(
            cli(m_db, {QStringLiteral("users"), QStringLiteral("enable"), QStringLiteral("dir")}).exitCode,
            0);
        QCOMPARE(cli(m_db, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--as"),
                            QStringLiteral("dir")})
                     .exitCode,
                 0);
    }

    // The clock is --now: whole days, the last included, in the local time zone (UTC here).
    void awayAndAvailableFollowNow()
    {
        Run r = cli(m_db, {QStringLiteral("users"), QStringLiteral("away"), QStringLiteral("ana"),
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-03-07")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject ana = user(QStringLiteral("ana"));
        QCOMPARE(ana.value(QStringLiteral("away_from")).toString(),
                 QStringLiteral("2026-03-01T00:00:00.000Z"));
        QCOMPARE(ana.value(QStringLiteral("away_until")).toString(),
                 QStringLiteral("2026-03-08T00:00:00.000Z"));
        const auto availableAt = [&](const QString &now) {
            const Run a = cli(m_db, {QStringLiteral("--now"), now, QStringLiteral("users"),
                                     QStringLiteral("available"), QStringLiteral("ana")});
            return a.exitCode == 0 ? a.out.trimmed() : a.err;
        };
        QCOMPARE(availableAt(QStringLiteral("2026-02-28T23:59:59Z")), QByteArray("true"));
        QCOMPARE(availableAt(QStringLiteral("2026-03-01T00:00:00Z")), QByteArray("false"));
        QCOMPARE(availableAt(QStringLiteral("2026-03-07T23:59:59Z")), QByteArray("false"));
        QCOMPARE(availableAt(QStringLiteral("2026-03-08T00:00:00Z")), QByteArray("true"));
        QCOMPARE(availableAt(QStringLiteral("2026-03-05T01:00:00+02:00")), QByteArray("false"));
        // --at asks about another time than now; users list marks who is available now.
        r = cli(m_db, {QStringLiteral("--now"), QStringLiteral("2026-03-20T10:00:00Z"),
                       QStringLiteral("users"), QStringLiteral("available"), QStringLiteral("ana"),
                       QStringLiteral("--at"), QStringLiteral("2026-03-02T10:00:00Z")});
        QCOMPARE(r.out.trimmed(), QByteArray("false"));
        QCOMPARE(
            user(QStringLiteral("ana"), {QStringLiteral("--now"), QStringLiteral("2026-03-03T10:00:00Z")})
                .value(QStringLiteral("available"))
                .toBool(),
            false);
        // Without --from, the absence begins now.
        r = cli(m_db, {QStringLiteral("--now"), QStringLiteral("2026-04-10T08:15:00Z"),
                       QStringLiteral("users"), QStringLiteral("away"), QStringLiteral("dir"),
                       QStringLiteral("--to"), QStringLiteral("2026-04-11")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(user(QStringLiteral("dir")).value(QStringLiteral("away_from")).toString(),
                 QStringLiteral("2026-04-10T08:15:00.000Z"));

        QCOMPARE(cli(m_db, {QStringLiteral("users"), QStringLiteral("away"), QStringLiteral("ana"),
                            QStringLiteral("--clear")})
                     .exitCode,
                 0);
        QCOMPARE(availableAt(QStringLiteral("2026-03-03T10:00:00Z")), QByteArray("true"));
        QVERIFY(user(QStringLiteral("ana")).value(QStringLiteral("away_from")).isNull());

        r = cli(m_db, {QStringLiteral("users"), QStringLiteral("away"), QStringLiteral("ana"),
                       QStringLiteral("--from"), QStringLiteral("2026-03-07"), QStringLiteral("--to"),
                       QStringLiteral("2026-03-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("before it begins"), r.err.constData());
    }

    void badNowIsRefused()
    {
        const Run r = cli(m_db, {QStringLiteral("--now"), QStringLiteral("yesterday"),
                                 QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--now"), r.err.constData());
    }

    // The password comes on standard input; neither it nor anything but its Argon2id hash reaches the file.
    void passwordFromStdinNeverInTheFile()
    {
        Options in;
        in.stdinData = kPassword + '\n';
        const Run r =
            cli(m_db, {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("dir")}, in);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(kPassword) && !r.err.contains(kPassword));
        QCOMPARE(user(QStringLiteral("dir")).value(QStringLiteral("has_password")).toBool(), true);
        const QByteArray bytes = fileBytes(m_db) + fileBytes(m_db + QStringLiteral("-wal"));
        QVERIFY(bytes.contains("$argon2id$"));
        QVERIFY(!bytes.contains(kPassword));
        QVERIFY(!bytes.contains(QString::fromUtf8(kPassword).toUtf8().toBase64()));
        QVERIFY(!bytes.contains(kPassword.toHex()));
        // The password in the log of events? Only that it changed.
        QVERIFY(bytes.contains("user.password_changed"));
    }

    void passwordOnTheCommandLineIsRefusedUnrepeated()
    {
        const Run r = cli(m_db, {QStringLiteral("users"), QStringLiteral("set-password"),
                                 QStringLiteral("dir"), QString::fromUtf8(kPassword)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard input"), r.err.constData());
        QVERIFY(!r.err.contains(kPassword));
        QCOMPARE(user(QStringLiteral("dir")).value(QStringLiteral("has_password")).toBool(), false);
        const Run empty =
            cli(m_db, {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("dir")});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains("standard input"), empty.err.constData());
        Options shortOne;
        shortOne.stdinData = "abc\n";
        const Run weak = cli(
            m_db, {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("dir")}, shortOne);
        QCOMPARE(weak.exitCode, 1);
        QCOMPARE(user(QStringLiteral("dir")).value(QStringLiteral("has_password")).toBool(), false);
    }

    // --as a user with a password needs it: from PRISTRIY_PASSWORD or --password-file.
    void actingAsAUserWithAPassword()
    {
        Options in;
        in.stdinData = kPassword + '\n';
        QCOMPARE(
            cli(m_db, {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("dir")}, in)
                .exitCode,
            0);
        const QStringList asDir{QStringLiteral("deals"), QStringLiteral("count"), QStringLiteral("--as"),
                                QStringLiteral("dir")};
        Run r = cli(m_db, asDir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("PRISTRIY_PASSWORD") && r.err.contains("--password-file"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        r = cli(m_db, asDir, withPassword(QStringLiteral("not it at all")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Wrong password"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        r = cli(m_db, asDir, withPassword(QString::fromUtf8(kPassword)));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("0"));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pw"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassword + '\n');
        }
        r = cli(m_db, asDir + QStringList{QStringLiteral("--password-file"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(m_db,
                asDir + QStringList{QStringLiteral("--password-file"), dir.filePath(QStringLiteral("none"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("password file"), r.err.constData());

        // Acting as oneself asks nothing; --password-file without --as is a mistake.
        QCOMPARE(cli(m_db, {QStringLiteral("deals"), QStringLiteral("count")}).exitCode, 0);
        QCOMPARE(cli(m_db, {QStringLiteral("deals"), QStringLiteral("count"),
                            QStringLiteral("--password-file"), file})
                     .exitCode,
                 2);
    }

    // Three wrong passwords in a row make the next try wait, also in a new process; --now is its clock.
    void wrongPasswordsMakeTheNextTryWait()
    {
        Options in;
        in.stdinData = kPassword + '\n';
        QCOMPARE(
            cli(m_db, {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("dir")}, in)
                .exitCode,
            0);
        const auto asDirAt = [&](const QString &now, const QString &password) {
            return cli(m_db,
                       {QStringLiteral("--now"), now, QStringLiteral("users"), QStringLiteral("list"),
                        QStringLiteral("--as"), QStringLiteral("dir")},
                       withPassword(password));
        };
        for (int i = 0; i < UserService::kFreeFailures; ++i)
            QCOMPARE(asDirAt(QStringLiteral("2026-03-02T09:00:00Z"), QStringLiteral("guess")).exitCode, 1);
        Run r = asDirAt(QStringLiteral("2026-03-02T09:00:05Z"), QString::fromUtf8(kPassword));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Too many wrong passwords") && r.err.contains("in 5 second"),
                 r.err.constData());
        r = asDirAt(QStringLiteral("2026-03-02T09:00:11Z"), QString::fromUtf8(kPassword));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void administratorClearsAPassword()
    {
        Options in;
        in.stdinData = kPassword + '\n';
        QCOMPARE(
            cli(m_db, {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("dir")}, in)
                .exitCode,
            0);
        QCOMPARE(cli(m_db, {QStringLiteral("users"), QStringLiteral("clear-password"), QStringLiteral("dir")})
                     .exitCode,
                 0);
        QCOMPARE(user(QStringLiteral("dir")).value(QStringLiteral("has_password")).toBool(), false);
        QCOMPARE(cli(m_db, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--as"),
                            QStringLiteral("dir")})
                     .exitCode,
                 0);
        // A user sets his own password; not another's.
        Run r = cli(m_db,
                    {QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("ana"),
                     QStringLiteral("--as"), QStringLiteral("dir")},
                    in);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Only an administrator"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_userscli.moc"
