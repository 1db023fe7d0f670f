// pristriy-cli as other tools call it: a real process, real files, stable output and exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PRISTRIY_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

private slots:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("pristriy-cli 0."));
    }

    void helpListsCommands()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word :
             {"demo", "contacts count", "contacts add", "contacts search", "check", "--db"})
            QVERIFY2(r.out.contains(word), word);
    }

    // An empty --db (an unset shell variable) must not quietly mean the default database.
    void emptyDbOptionIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--db \"\"") << QStringList{QStringLiteral("--db"), QString(),
                                                  QStringLiteral("contacts"), QStringLiteral("count")};
        QTest::newRow("--db=") << QStringList{QStringLiteral("--db="), QStringLiteral("contacts"),
                                              QStringLiteral("count")};
    }

    void emptyDbOptionIsRefused()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--db was given an empty file name"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // check looks at a file as it is; a missing one is not made.
    void checkOfAMissingFileMakesNone()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const Run r = cli({QStringLiteral("--db"), missing, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!QFile::exists(missing));
    }

    void demoCountAddSearch()
    {
        Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("--contacts"),
                     QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("--db"), db(), QStringLiteral("contacts"), QStringLiteral("count")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("300"));

        r = cli({QStringLiteral("--db"), db(), QStringLiteral("contacts"), QStringLiteral("add"),
                 QStringLiteral("--given-name"), QStringLiteral("Ștefan"), QStringLiteral("--family-name"),
                 QStringLiteral("Zăvoianu"), QStringLiteral("--email"), QStringLiteral("stefan@zavoi.ro"),
                 QStringLiteral("--email"), QStringLiteral("s.z@gmail.com"), QStringLiteral("--phone"),
                 QStringLiteral("0721 999 888"), QStringLiteral("--company"),
                 QStringLiteral("Zăvoi, \"Nord\" SRL")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool ok = false;
        const qint64 id = r.out.trimmed().toLongLong(&ok);
        QVERIFY(ok && id > 300);

        r = cli({QStringLiteral("--db"), db(), QStringLiteral("contacts"), QStringLiteral("search"),
                 QStringLiteral("zavoi stef"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.first().toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(o.value(QStringLiteral("given_name")).toString(), QStringLiteral("Ștefan"));
        QCOMPARE(o.value(QStringLiteral("family_name")).toString(), QStringLiteral("Zăvoianu"));
        QCOMPARE(o.value(QStringLiteral("company")).toString(), QStringLiteral("Zăvoi, \"Nord\" SRL"));
        QCOMPARE(o.value(QStringLiteral("emails")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("phones")).toArray().first().toString(),
                 QStringLiteral("0721 999 888"));

        r = cli({QStringLiteral("--db"), db(), QStringLiteral("contacts"), QStringLiteral("search"),
                 QStringLiteral("+40 721 999-888"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QByteArray("id,given_name,family_name,company,emails,phones"));
        QCOMPARE(lines.at(1),
                 QString(QString::number(id) + QStringLiteral(",Ștefan,Zăvoianu,\"Zăvoi, \"\"Nord\"\" SRL\","
                                                              "stefan@zavoi.ro;s.z@gmail.com,0721 999 888"))
                     .toUtf8());

        r = cli({QStringLiteral("--db"), db(), QStringLiteral("contacts"), QStringLiteral("search"),
                 QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("7")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 7);
    }

    void errorsGoToStderrWithNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << 2;
        QTest::newRow("contacts without sub") << QStringList{QStringLiteral("contacts")} << 2;
        QTest::newRow("search without text")
            << QStringList{QStringLiteral("contacts"), QStringLiteral("search")} << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("contacts"), QStringLiteral("search"),
                                                   QStringLiteral("x"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 2;
        QTest::newRow("bad limit") << QStringList{QStringLiteral("contacts"), QStringLiteral("search"),
                                                  QStringLiteral("x"), QStringLiteral("--limit"),
                                                  QStringLiteral("-3")}
                                   << 2;
        QTest::newRow("demo without count") << QStringList{QStringLiteral("demo")} << 2;
        QTest::newRow("demo bad count")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("many")} << 2;
        QTest::newRow("add without name") << QStringList{QStringLiteral("contacts"), QStringLiteral("add"),
                                                         QStringLiteral("--email"), QStringLiteral("a@b.ro")}
                                          << 1;
        QTest::newRow("add bad email") << QStringList{QStringLiteral("contacts"),     QStringLiteral("add"),
                                                      QStringLiteral("--given-name"), QStringLiteral("A"),
                                                      QStringLiteral("--email"),      QStringLiteral("nope")}
                                       << 1;
    }
    void errorsGoToStderrWithNonZeroExit()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const QString path = m_dir.filePath(QStringLiteral("errors.sqlite"));
        const Run r = cli(QStringList{QStringLiteral("--db"), path} + args);
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void unusableDatabaseIsNamedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
        f.close();
        const Run r =
            cli({QStringLiteral("--db"), path, QStringLiteral("contacts"), QStringLiteral("count")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("notes.txt"));
        QVERIFY(r.out.isEmpty());
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("not a database\n"));
    }

    void refusedAddChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("contacts"), QStringLiteral("add"),
                      QStringLiteral("--given-name"), QStringLiteral("Ion")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("contacts"), QStringLiteral("add"),
                      QStringLiteral("--given-name"), QStringLiteral("Ion"), QStringLiteral("--phone"),
                      QStringLiteral("call me maybe")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("contacts"), QStringLiteral("count")})
                     .out.trimmed(),
                 QByteArray("1"));
    }

    void unreadableNameIsRefusedWithAMessage()
    {
        // A name of bytes that are not UTF-8, or of zero-width characters only: a message that says so,
        // exit 1, nothing written (no "NOT NULL constraint failed" from the search index).
        const QString path = m_dir.filePath(QStringLiteral("names.sqlite"));
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("\"$0\" --db \"$1\" contacts add --given-name \"$(printf '\\377\\376')\""),
                 QStringLiteral(PRISTRIY_CLI_PATH), path});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("not valid UTF-8"), err.constData());
        QVERIFY2(!err.contains("constraint"), err.constData());
        const Run zeroWidth =
            cli({QStringLiteral("--db"), path, QStringLiteral("contacts"), QStringLiteral("add"),
                 QStringLiteral("--given-name"), QStringLiteral("\u200b\u200b"), QStringLiteral("--company"),
                 QStringLiteral("Delta")});
        QCOMPARE(zeroWidth.exitCode, 1);
        QVERIFY2(zeroWidth.err.contains("no visible characters"), zeroWidth.err.constData());
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("contacts"), QStringLiteral("count")})
                     .out.trimmed(),
                 QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
