// Two programs on one file, as users run them: a writer loop (demo loads, contacts added) beside a
// reader loop and a second writer. Nothing may fail: no false "damaged", and "locked" only after the
// busy timeout, which these short writes never reach. 30 s; PRISTRIY_STRESS_SECONDS sets another length.
#include "filetools.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using namespace FileTools;

namespace {

struct Loop
{
    QString name;
    int runs = 0;
    QStringList failures;
};

// Runs the command made by next(i) again and again until the deadline, each as a new process.
void runLoop(Loop *loop, const QDeadlineTimer &deadline, const std::function<QStringList(int)> &next)
{
    while (!deadline.hasExpired()) {
        const QStringList args = next(loop->runs);
        QElapsedTimer timer;
        timer.start();
        const Run r = cli(args, 120000);
        ++loop->runs;
        if (r.exitCode != 0) {
            loop->failures.append(QStringLiteral("%1 #%2 (%3 ms): %4")
                                      .arg(loop->name)
                                      .arg(loop->runs)
                                      .arg(timer.elapsed())
                                      .arg(QString::fromUtf8(r.err.trimmed())));
        }
    }
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void readersAndWritersNeverFailFalsely()
    {
        const int seconds = qEnvironmentVariableIsSet("PRISTRIY_STRESS_SECONDS")
                                ? qEnvironmentVariableIntValue("PRISTRIY_STRESS_SECONDS")
                                : 30;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        const Run made = cli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                              QStringLiteral("--contacts"), QStringLiteral("2000")});
        QVERIFY2(made.exitCode == 0, made.err.constData());

        const QDeadlineTimer deadline(seconds * 1000);
        Loop demoWriter{QStringLiteral("demo --contacts 2000"), 0, {}};
        Loop adder{QStringLiteral("contacts add"), 0, {}};
        Loop reader{QStringLiteral("contacts count"), 0, {}};
        const QString dbArg = QStringLiteral("--db");
        std::unique_ptr<QThread> writing(QThread::create([&] {
            runLoop(&demoWriter, deadline, [&](int) {
                return QStringList{dbArg, db, QStringLiteral("demo"), QStringLiteral("--contacts"),
                                   QStringLiteral("2000")};
            });
        }));
        std::unique_ptr<QThread> adding(QThread::create([&] {
            runLoop(&adder, deadline, [&](int i) {
                return QStringList{dbArg,
                                   db,
                                   QStringLiteral("contacts"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--given-name"),
                                   QStringLiteral("Ana"),
                                   QStringLiteral("--family-name"),
                                   QStringLiteral("Stress%1").arg(i)};
            });
        }));
        writing->start();
        adding->start();
        runLoop(&reader, deadline, [&](int) {
            return QStringList{dbArg, db, QStringLiteral("contacts"), QStringLiteral("count")};
        });
        QVERIFY(writing->wait());
        QVERIFY(adding->wait());

        qInfo("%d s: %d demo loads, %d contacts added, %d counts", seconds, demoWriter.runs, adder.runs,
              reader.runs);
        const QStringList failures = demoWriter.failures + adder.failures + reader.failures;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(demoWriter.runs > 0 && adder.runs > 0 && reader.runs > 0);

        // Everything that said it was written is there, and the file is sound.
        const Run count = cli({dbArg, db, QStringLiteral("contacts"), QStringLiteral("count")});
        QCOMPARE(count.out.trimmed().toLongLong(), 2000 + 2000 * qint64(demoWriter.runs) + adder.runs);
        QCOMPARE(sqliteAnswer(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
