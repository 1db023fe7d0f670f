#include "bpmn/bpmngenerator.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnvalidator.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

// Declared first: moc must see the class before the XML string tables below.
class TestBpmnValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void findingsPointAtTheElement();
    void everyRuleIsKnown();
    void runsOnWorkerThread();
    void largeProcessIsLinear();
};

namespace {

using Severity = BpmnDiagnostic::Severity;

BpmnSemanticModel modelOf(const QString &processBody)
{
    const QByteArray xml = (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\" "
                            "targetNamespace=\"urn:t\">\n<process id=\"P\">\n"_s +
                            processBody + u"\n</process>\n</definitions>\n"_s)
                               .toUtf8();
    const BpmnReadResult result = BpmnReader::read(xml);
    if (!result.readable)
        qFatal("test model is not readable: %s", qPrintable(result.diagnostics.value(0).message));
    return BpmnSemanticModel::fromDocument(result.document);
}

const BpmnDiagnostic *find(const QVector<BpmnDiagnostic> &findings, const QString &rule,
                           const QString &elementId)
{
    for (const BpmnDiagnostic &finding : findings) {
        if (finding.rule == rule && finding.elementId == elementId)
            return &finding;
    }
    return nullptr;
}

// A connected, labelled frame around the element under test.
const QString frame = u"<startEvent id=\"S\" name=\"s\"/><endEvent id=\"E\" name=\"e\"/>"_s;

} // namespace

void TestBpmnValidator::rules_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("elementId");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<int>("severity");
    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);

    QTest::newRow("start-event-required: missing")
        << u"<task id=\"T\" name=\"t\"/><endEvent id=\"E\" name=\"e\"/>"_s << u"start-event-required"_s
        << u"P"_s << true << error;
    QTest::newRow("start-event-required: present")
        << frame << u"start-event-required"_s << u"P"_s << false << error;
    QTest::newRow("start-event-required: in sub-process")
        << frame + u"<subProcess id=\"Sub\"><endEvent id=\"SE\"/></subProcess>"_s << u"start-event-required"_s
        << u"Sub"_s << true << error;
    QTest::newRow("end-event-required: missing")
        << u"<startEvent id=\"S\" name=\"s\"/>"_s << u"end-event-required"_s << u"P"_s << true << error;
    QTest::newRow("end-event-required: present")
        << frame << u"end-event-required"_s << u"P"_s << false << error;

    QTest::newRow("no-disconnected: lonely task")
        << frame + u"<task id=\"T\" name=\"t\"/><sequenceFlow id=\"F\" sourceRef=\"S\" targetRef=\"E\"/>"_s
        << u"no-disconnected"_s << u"T"_s << true << error;
    QTest::newRow("no-disconnected: connected task")
        << frame + u"<task id=\"T\" name=\"t\"/><sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"T\"/>"
                   "<sequenceFlow id=\"F2\" sourceRef=\"T\" targetRef=\"E\"/>"_s
        << u"no-disconnected"_s << u"T"_s << false << error;
    QTest::newRow("no-disconnected: event sub-process is exempt")
        << frame + u"<subProcess id=\"Ev\" triggeredByEvent=\"true\"/>"_s << u"no-disconnected"_s << u"Ev"_s
        << false << error;

    const QString split = u"<task id=\"T\" name=\"t\"/><endEvent id=\"E2\" name=\"e2\"/>"
                          "<sequenceFlow id=\"F0\" sourceRef=\"S\" targetRef=\"T\"/>"
                          "<sequenceFlow id=\"F1\" sourceRef=\"T\" targetRef=\"E\"/>"_s;
    QTest::newRow("no-implicit-split: two plain outgoing flows")
        << frame + split + u"<sequenceFlow id=\"F2\" sourceRef=\"T\" targetRef=\"E2\"/>"_s
        << u"no-implicit-split"_s << u"T"_s << true << error;
    QTest::newRow("no-implicit-split: conditional flow")
        << frame + split +
               u"<sequenceFlow id=\"F2\" name=\"big\" sourceRef=\"T\" targetRef=\"E2\">"
               "<conditionExpression>amount &gt; 100</conditionExpression></sequenceFlow>"_s
        << u"no-implicit-split"_s << u"T"_s << false << error;

    const QString join =
        u"<task id=\"A\" name=\"a\"/><sequenceFlow id=\"F0\" sourceRef=\"S\" targetRef=\"A\"/>"
        "<sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"X\"/>"
        "<sequenceFlow id=\"F2\" sourceRef=\"A\" targetRef=\"X\"/>"
        "<sequenceFlow id=\"F3\" sourceRef=\"X\" targetRef=\"E\"/>"_s;
    QTest::newRow("fake-join: task joins")
        << frame + join + u"<task id=\"X\" name=\"x\"/>"_s << u"fake-join"_s << u"X"_s << true << warning;
    QTest::newRow("fake-join: gateway joins")
        << frame + join + u"<parallelGateway id=\"X\"/>"_s << u"fake-join"_s << u"X"_s << false << warning;
    QTest::newRow("no-implicit-join: sub-process joins")
        << frame + join + u"<subProcess id=\"X\" name=\"x\"/>"_s << u"no-implicit-join"_s << u"X"_s << true
        << warning;
    QTest::newRow("no-implicit-join: single incoming")
        << frame +
               u"<subProcess id=\"X\" name=\"x\"/><sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"X\"/>"_s
        << u"no-implicit-join"_s << u"X"_s << false << warning;

    QTest::newRow("label-required: task without name")
        << frame + u"<task id=\"T\"/>"_s << u"label-required"_s << u"T"_s << true << error;
    QTest::newRow("label-required: blank name")
        << frame + u"<task id=\"T\" name=\"  \"/>"_s << u"label-required"_s << u"T"_s << true << error;
    QTest::newRow("label-required: named task")
        << frame + u"<task id=\"T\" name=\"Call\"/>"_s << u"label-required"_s << u"T"_s << false << error;
    QTest::newRow("label-required: joining gateway") << frame + join + u"<exclusiveGateway id=\"X\"/>"_s
                                                     << u"label-required"_s << u"X"_s << false << error;
    QTest::newRow("label-required: forking gateway")
        << frame + u"<exclusiveGateway id=\"G\" default=\"F2\"/><sequenceFlow id=\"F1\" sourceRef=\"G\" "
                   u"targetRef=\"S\">"
                   "<conditionExpression>x</conditionExpression></sequenceFlow>"
                   "<sequenceFlow id=\"F2\" sourceRef=\"G\" targetRef=\"E\"/>"_s
        << u"label-required"_s << u"G"_s << true << error;

    const QString gateway =
        u"<exclusiveGateway id=\"G\" name=\"g\" %1/><sequenceFlow id=\"F0\" sourceRef=\"S\" "
        "targetRef=\"G\"/><sequenceFlow id=\"F1\" name=\"yes\" sourceRef=\"G\" targetRef=\"E\">"
        "<conditionExpression>ok</conditionExpression></sequenceFlow>"
        "<sequenceFlow id=\"F2\" sourceRef=\"G\" targetRef=\"E2\"/><endEvent id=\"E2\" "
        "name=\"e2\"/>"_s;
    QTest::newRow("conditional-flows: flow without condition")
        << frame + gateway.arg(QString()) << u"conditional-flows"_s << u"F2"_s << true << error;
    QTest::newRow("conditional-flows: default flow")
        << frame + gateway.arg(u"default=\"F2\""_s) << u"conditional-flows"_s << u"F2"_s << false << error;

    const QString duplicate =
        u"<task id=\"T\" name=\"t\"/><sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"T\"/>"
        "<sequenceFlow id=\"F2\" sourceRef=\"S\" targetRef=\"%1\"/>"_s;
    QTest::newRow("no-duplicate-sequence-flows: same ends")
        << frame + duplicate.arg(u"T"_s) << u"no-duplicate-sequence-flows"_s << u"F2"_s << true << error;
    QTest::newRow("no-duplicate-sequence-flows: other target")
        << frame + duplicate.arg(u"E"_s) << u"no-duplicate-sequence-flows"_s << u"F2"_s << false << error;

    QTest::newRow("single-blank-start-event: two blank")
        << frame + u"<startEvent id=\"S2\" name=\"s2\"/>"_s << u"single-blank-start-event"_s << u"P"_s << true
        << error;
    QTest::newRow("single-blank-start-event: one typed")
        << frame + u"<startEvent id=\"S2\" name=\"s2\"><messageEventDefinition/></startEvent>"_s
        << u"single-blank-start-event"_s << u"P"_s << false << error;

    const QString gatewayOneToOne =
        u"<exclusiveGateway id=\"G\"/><sequenceFlow id=\"F1\" sourceRef=\"S\" "
        "targetRef=\"G\"/><sequenceFlow id=\"F2\" sourceRef=\"G\" targetRef=\"E\"/>"_s;
    QTest::newRow("superfluous-gateway: one in, one out")
        << frame + gatewayOneToOne << u"superfluous-gateway"_s << u"G"_s << true << warning;
    QTest::newRow("superfluous-gateway: forking")
        << frame + gatewayOneToOne + u"<sequenceFlow id=\"F3\" sourceRef=\"G\" targetRef=\"S\"/>"_s
        << u"superfluous-gateway"_s << u"G"_s << false << warning;

    const QString joinFork =
        u"<parallelGateway id=\"G\"/><sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"G\"/>"
        "<sequenceFlow id=\"F2\" sourceRef=\"S\" targetRef=\"G\"/>"
        "<sequenceFlow id=\"F3\" sourceRef=\"G\" targetRef=\"E\"/>"_s;
    QTest::newRow("no-gateway-join-fork: both")
        << frame + joinFork + u"<sequenceFlow id=\"F4\" sourceRef=\"G\" targetRef=\"E\"/>"_s
        << u"no-gateway-join-fork"_s << u"G"_s << true << error;
    QTest::newRow("no-gateway-join-fork: join only")
        << frame + joinFork << u"no-gateway-join-fork"_s << u"G"_s << false << error;

    QTest::newRow("sub-process-blank-start-event: timer start")
        << frame +
               u"<subProcess id=\"Sub\"><startEvent id=\"SS\"><timerEventDefinition/></startEvent></subProcess>"_s
        << u"sub-process-blank-start-event"_s << u"SS"_s << true << error;
    QTest::newRow("sub-process-blank-start-event: event sub-process")
        << frame + u"<subProcess id=\"Sub\" triggeredByEvent=\"true\"><startEvent "
                   u"id=\"SS\"><messageEventDefinition/>"
                   "</startEvent></subProcess>"_s
        << u"sub-process-blank-start-event"_s << u"SS"_s << false << error;

    QTest::newRow("single-event-definition: two")
        << frame +
               u"<intermediateCatchEvent id=\"C\" name=\"c\"><messageEventDefinition/><timerEventDefinition/>"
               "</intermediateCatchEvent>"_s
        << u"single-event-definition"_s << u"C"_s << true << error;
}

void TestBpmnValidator::rules()
{
    QFETCH(QString, body);
    QFETCH(QString, rule);
    QFETCH(QString, elementId);
    QFETCH(bool, reported);
    QFETCH(int, severity);

    const QVector<BpmnDiagnostic> findings = BpmnValidator::validate(modelOf(body));
    const BpmnDiagnostic *finding = find(findings, rule, elementId);
    QCOMPARE(finding != nullptr, reported);
    if (finding) {
        QCOMPARE(int(finding->severity), severity);
        QVERIFY(!finding->message.isEmpty());
        QVERIFY(finding->line > 0);
    }
}

void TestBpmnValidator::findingsPointAtTheElement()
{
    const QVector<BpmnDiagnostic> findings = BpmnValidator::validate(
        modelOf(u"<startEvent id=\"S\" name=\"s\"/>\n<endEvent id=\"E\" name=\"e\"/>\n"
                "  <task id=\"T\"/>"_s));
    const BpmnDiagnostic *finding = find(findings, u"label-required"_s, u"T"_s);
    QVERIFY(finding);
    QCOMPARE(finding->line, 6);
    QCOMPARE(finding->column, 3);
}

void TestBpmnValidator::everyRuleIsKnown()
{
    const QStringList rules = BpmnValidator::ruleIds();
    for (const char *rule : {"start-event-required", "end-event-required", "no-disconnected",
                             "no-implicit-split", "no-implicit-join", "label-required", "conditional-flows",
                             "no-duplicate-sequence-flows", "single-blank-start-event", "superfluous-gateway",
                             "fake-join", "no-gateway-join-fork", "sub-process-blank-start-event"}) {
        QVERIFY2(rules.contains(QLatin1String(rule)), rule);
    }
}

void TestBpmnValidator::runsOnWorkerThread()
{
    const BpmnSemanticModel model = modelOf(u"<task id=\"T\"/><exclusiveGateway id=\"G\"/>"_s);
    const QVector<BpmnDiagnostic> here = BpmnValidator::validate(model);
    QVERIFY(here.size() >= 4);
    // Two workers at once on copies of the snapshot find exactly what the main thread found.
    QFuture<QVector<BpmnDiagnostic>> a =
        QtConcurrent::run([model] { return BpmnValidator::validate(model); });
    QFuture<QVector<BpmnDiagnostic>> b =
        QtConcurrent::run([model] { return BpmnValidator::validate(model); });
    for (const QVector<BpmnDiagnostic> &there : {a.result(), b.result()}) {
        QCOMPARE(there.size(), here.size());
        for (int i = 0; i < here.size(); ++i) {
            QCOMPARE(there.at(i).rule, here.at(i).rule);
            QCOMPARE(there.at(i).elementId, here.at(i).elementId);
        }
    }
}

void TestBpmnValidator::largeProcessIsLinear()
{
    const BpmnReadResult result = BpmnReader::read(generateLargeProcess(5001, 11));
    const BpmnSemanticModel model = BpmnSemanticModel::fromDocument(result.document);
    QElapsedTimer timer;
    timer.start();
    const QVector<BpmnDiagnostic> findings = BpmnValidator::validate(model);
    const qint64 ms = timer.elapsed();
    QVERIFY(findings.isEmpty());
    qInfo("validated %lld elements in %lld ms", qint64(model.elements().size()), ms);
    QVERIFY(ms < 1000); // a guard against quadratic scans, not a benchmark
}

QTEST_GUILESS_MAIN(TestBpmnValidator)
#include "tst_bpmnvalidator.moc"
