#include "bpmn/bpmngenerator.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Declared first: moc must see the class before the XML strings below.
class TestBpmnCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validate_data();
    void validate();
    void validateReportsPosition();
    void convertRoundTrips_data();
    void convertRoundTrips();
    void convertFailureKeepsOutput();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
};

namespace {

QByteArray process(const QString &body)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\" "
            "targetNamespace=\"urn:t\">\n"
            "  <process id=\"P\">\n"_s +
            body + u"\n  </process>\n</definitions>\n"_s)
        .toUtf8();
}

QString miwg(const QString &name)
{
    return QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg/") + name;
}

} // namespace

TestBpmnCli::Run TestBpmnCli::cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(PRISTRIY_CLI_PATH), QStringList{u"bpmn"_s} + args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestBpmnCli::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestBpmnCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PRISTRIY_CLI_PATH)), PRISTRIY_CLI_PATH);
}

void TestBpmnCli::validate_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expectedRules"); // on stdout, in this order

    QTest::newRow("clean") << generateLargeProcess(41, 5) << 0 << QStringList();
    QTest::newRow("warnings only")
        << process(
               u"<startEvent id=\"S\" name=\"s\"/><exclusiveGateway id=\"G\"/><endEvent id=\"E\" name=\"e\"/>"
               "<sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"G\"/>"
               "<sequenceFlow id=\"F2\" sourceRef=\"G\" targetRef=\"E\"/>"_s)
        << 0 << QStringList{u"warning: superfluous-gateway"_s};
    QTest::newRow("lint errors") << process(u"<startEvent id=\"S\" name=\"s\"/>\n<task id=\"T\"/>"_s) << 1
                                 << QStringList{u"error: end-event-required"_s, u"error: no-disconnected"_s,
                                                u"error: no-disconnected"_s, u"error: label-required"_s};
    QTest::newRow("dangling reference")
        << process(u"<startEvent id=\"S\" name=\"s\"/><endEvent id=\"E\" name=\"e\"/>"
                   "<sequenceFlow id=\"F\" sourceRef=\"S\" targetRef=\"Gone\"/>"_s)
        << 1 << QStringList{u"error: no-disconnected"_s, u"error: dangling-reference"_s};
}

void TestBpmnCli::validate()
{
    QFETCH(QByteArray, data);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expectedRules);
    const QString path =
        writeFile(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".bpmn"_s, data);
    const Run run = cli({u"validate"_s, path});
    QCOMPARE(run.exitCode, exitCode);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    const QRegularExpression format(u"^"_s + QRegularExpression::escape(path) +
                                    u":(\\d+):(\\d+): (error|warning): ([a-z-]+): \\S.*$"_s);
    QStringList rules;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = format.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        rules.append(match.captured(3) + u": "_s + match.captured(4));
    }
    QCOMPARE(rules, expectedRules);
}

void TestBpmnCli::validateReportsPosition()
{
    const QString path = writeFile(u"position.bpmn"_s, process(u"<startEvent id=\"S\" name=\"s\"/>\n"
                                                               "<endEvent id=\"E\" name=\"e\"/>\n"
                                                               "    <task id=\"T\"/>"_s));
    Run run = cli({u"validate"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(path + u":6:5: error: label-required: "_s), qPrintable(run.out));

    const QString broken = writeFile(u"broken.bpmn"_s, "<?xml version=\"1.0\"?>\n<definitions>\n  <process>\n"
                                                       "</definitions>\n");
    run = cli({u"validate"_s, broken});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QRegularExpression(QRegularExpression::escape(broken) + u":4:\\d+: error: "_s)
                 .match(run.err)
                 .hasMatch(),
             qPrintable(run.err));

    const QString notBpmn = writeFile(u"page.html"_s, "<html><body/></html>\n");
    run = cli({u"validate"_s, notBpmn});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(notBpmn + u":1:1: error: not-bpmn: "_s), qPrintable(run.err));

    run = cli({u"validate"_s, m_dir.filePath(u"no-such-file.bpmn"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestBpmnCli::convertRoundTrips_data()
{
    QTest::addColumn<QString>("input");
    for (const char *name : {"A.2.1.bpmn", "B.2.0.bpmn", "C.1.0.bpmn"})
        QTest::newRow(name) << miwg(QLatin1String(name));
}

void TestBpmnCli::convertRoundTrips()
{
    QFETCH(QString, input);
    const QString output = m_dir.filePath(u"converted.bpmn"_s);
    const Run run = cli({u"convert"_s, input, output});
    QCOMPARE(run.exitCode, 0);
    const BpmnReadResult original = BpmnReader::readFile(input);
    const BpmnReadResult converted = BpmnReader::readFile(output);
    QVERIFY(converted.readable);
    const BpmnXmlCompare::Result comparison = BpmnXmlCompare::compare(original.document, converted.document);
    QVERIFY2(comparison.equal, qPrintable(comparison.differences.join(u'\n')));
}

void TestBpmnCli::convertFailureKeepsOutput()
{
    const QString broken =
        writeFile(u"half.bpmn"_s, "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg"
                                  ".org/spec/BPMN/20100524/MODEL\"><process id=\"P\">");
    const QString fresh = m_dir.filePath(u"fresh.bpmn"_s);
    Run run = cli({u"convert"_s, broken, fresh});
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(fresh));

    const QString existing = writeFile(u"existing.bpmn"_s, "keep me");
    run = cli({u"convert"_s, broken, existing});
    QVERIFY(run.exitCode != 0);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));

    run = cli({u"convert"_s, miwg(u"A.1.0.bpmn"_s), m_dir.filePath(u"no/such/dir/out.bpmn"_s)});
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.isEmpty());
}

void TestBpmnCli::usageErrors()
{
    for (const QStringList &args :
         {QStringList{}, QStringList{u"validate"_s}, QStringList{u"frobnicate"_s, u"x"_s},
          QStringList{u"convert"_s, u"only-one"_s}}) {
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"bpmn validate"_s));
    }
}

QTEST_GUILESS_MAIN(TestBpmnCli)
#include "tst_bpmncli.moc"
