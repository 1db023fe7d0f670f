// `pristriy --help` and `pristriy --version` answer without a display: on a server, in a script, over ssh.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    // Runs the desktop application with no display at all: no X server, no Wayland, no chosen platform.
    static std::pair<int, QByteArray> runWithoutDisplay(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PRISTRIY_GUI_PATH), args);
        if (!p.waitForFinished(60000))
            return {-1, {}};
        if (err)
            *err = p.readAllStandardError();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput()};
    }

private slots:
    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
    }

    void helpWithoutDisplay()
    {
        QFETCH(QString, option);
        QByteArray err;
        const auto [code, out] = runWithoutDisplay({option}, &err);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("--db <FILE>"), out.constData());
        QVERIFY(out.contains("--user <LOGIN>"));
        QVERIFY(out.contains("--version"));
    }

    void versionWithoutDisplay()
    {
        QByteArray err;
        const auto [code, out] = runWithoutDisplay({QStringLiteral("--version")}, &err);
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(out.trimmed(), QByteArray("Pristriy " PRISTRIY_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
