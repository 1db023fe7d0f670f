#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmndocument.h"
#include "bpmn/bpmngenerator.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnvalidator.h"
#include "bpmn/bpmnwriter.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Declared before the helpers: moc must see the class before the raw XML strings below.
class TestBpmnXml : public QObject
{
    Q_OBJECT

private slots:
    void miwgRoundTrip_data();
    void miwgRoundTrip();
    void miwgDiagramInterchange();
    void prefixVariants_data();
    void prefixVariants();
    void declaredEncodings_data();
    void declaredEncodings();
    void extensionsSurvive();
    void craftedExtensionsSurvive();
    void namesArePlainText();
    void severalDiagrams();
    void malformedFiles_data();
    void malformedFiles();
    void partialModelAfterXmlError();
    void editsAreWritten();
    void failedSaveLeavesTargetUntouched();
    void largeGeneratedProcess();
};

namespace {

QString miwgDir()
{
    return QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(path));
    return file.readAll();
}

// Start tags of a local name under any prefix, counted on the raw text: an independent check
// that the reader saw every element.
int countTags(const QString &text, const QString &localName)
{
    const QRegularExpression tag(u"<(?:[A-Za-z_][\\w.-]*:)?"_s + localName + u"[\\s/>]"_s);
    return int(text.count(tag));
}

QString diagnosticsText(const QVector<BpmnDiagnostic> &diagnostics)
{
    QStringList lines;
    for (const BpmnDiagnostic &d : diagnostics)
        lines.append(u"%1:%2 %3 %4"_s.arg(d.line).arg(d.column).arg(d.rule, d.message));
    return lines.join(u'\n');
}

int countOf(const BpmnSemanticModel &model, bool (*predicate)(BpmnElementType))
{
    int count = 0;
    for (const BpmnSemanticModel::Element &element : model.elements())
        count += predicate(element.type) ? 1 : 0;
    return count;
}

// A small process; %1 is the prefix with colon ("bpmn:") or empty for the default namespace,
// %2 the namespace declaration attribute.
QByteArray smallProcess(const QString &prefix)
{
    const QString p = prefix.isEmpty() ? QString() : prefix + u':';
    const QString declaration = prefix.isEmpty() ? u"xmlns"_s : u"xmlns:"_s + prefix;
    QString xml = uR"(<?xml version="1.0" encoding="UTF-8"?>
<%1definitions %2="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
    id="Defs_1" targetNamespace="urn:test">
  <%1process id="Process_1" isExecutable="true">
    <%1startEvent id="Start_1" name="Start"/>
    <%1task id="Task_1" name="Check the deal">
      <%1documentation>Look at the amount.</%1documentation>
    </%1task>
    <%1endEvent id="End_1" name="Done"/>
    <%1sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="Task_1"/>
    <%1sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="End_1"/>
  </%1process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Start_1_di" bpmnElement="Start_1"><dc:Bounds x="10" y="20" width="36" height="36"/>
        <bpmndi:BPMNLabel><dc:Bounds x="5" y="60" width="50" height="14"/></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1"><dc:Bounds x="100" y="0" width="100" height="80"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_1_di" bpmnElement="End_1"><dc:Bounds x="250" y="20" width="36" height="36"/></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="46" y="38"/><di:waypoint x="100" y="38"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="200" y="38"/><di:waypoint x="250" y="38"/></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</%1definitions>
)"_s;
    return xml.arg(p, declaration).toUtf8();
}

QByteArray wrapProcess(const QString &body)
{
    return (uR"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
 xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
 xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="urn:test">
)"_s + body +
            u"\n</bpmn:definitions>\n"_s)
        .toUtf8();
}

} // namespace

void TestBpmnXml::miwgRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(miwgDir()).entryList({u"*.bpmn"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 9, "the MIWG reference models are missing from tests/data/bpmn/miwg");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QDir(miwgDir()).filePath(file);
}

void TestBpmnXml::miwgRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    const BpmnReadResult first = BpmnReader::read(original);
    QVERIFY2(first.readable, qPrintable(diagnosticsText(first.diagnostics)));
    QVERIFY2(!first.hasErrors(), qPrintable(diagnosticsText(first.diagnostics)));

    const QByteArray written = BpmnWriter::toByteArray(first.document);
    const BpmnReadResult second = BpmnReader::read(written);
    QVERIFY2(second.readable, qPrintable(diagnosticsText(second.diagnostics)));
    QCOMPARE(second.diagnostics.size(), first.diagnostics.size());

    const BpmnXmlCompare::Result comparison = BpmnXmlCompare::compare(first.document, second.document);
    QVERIFY2(comparison.equal, qPrintable(comparison.differences.join(u'\n')));
    // Saving an unedited file twice gives the same bytes.
    QCOMPARE(BpmnWriter::toByteArray(second.document), written);

    // Counts the user would notice: every node, flow, shape, edge, waypoint and label bound.
    const BpmnSemanticModel before = BpmnSemanticModel::fromDocument(first.document);
    const BpmnSemanticModel after = BpmnSemanticModel::fromDocument(second.document);
    QCOMPARE(countOf(after, BpmnSchema::isTask), countOf(before, BpmnSchema::isTask));
    QCOMPARE(countOf(after, BpmnSchema::isFlowNode), countOf(before, BpmnSchema::isFlowNode));
    QCOMPARE(after.count(BpmnElementType::SequenceFlow), before.count(BpmnElementType::SequenceFlow));
    QCOMPARE(after.count(BpmnElementType::MessageFlow), before.count(BpmnElementType::MessageFlow));
    const BpmnDiModel diBefore = BpmnDiModel::fromDocument(first.document);
    const BpmnDiModel diAfter = BpmnDiModel::fromDocument(second.document);
    QCOMPARE(diAfter.shapeCount(), diBefore.shapeCount());
    QCOMPARE(diAfter.edgeCount(), diBefore.edgeCount());
    QCOMPARE(diAfter.waypointCount(), diBefore.waypointCount());
    QCOMPARE(diAfter.labelBoundsCount(), diBefore.labelBoundsCount());

    const QString text = QString::fromUtf8(written);
    const QString originalText = QString::fromLatin1(original); // ASCII markup is enough for counting
    for (const QString &tag :
         {u"task"_s, u"userTask"_s, u"sequenceFlow"_s, u"messageFlow"_s, u"BPMNShape"_s, u"BPMNEdge"_s,
          u"waypoint"_s, u"Bounds"_s, u"BPMNLabel"_s, u"extensionElements"_s}) {
        QCOMPARE(countTags(text, tag), countTags(originalText, tag));
    }
    QCOMPARE(diBefore.shapeCount(), countTags(originalText, u"BPMNShape"_s));
    QCOMPARE(diBefore.edgeCount(), countTags(originalText, u"BPMNEdge"_s));
    QCOMPARE(diBefore.waypointCount(), countTags(originalText, u"waypoint"_s));
}

void TestBpmnXml::miwgDiagramInterchange()
{
    const BpmnReadResult result = BpmnReader::read(readAll(miwgDir() + u"/A.1.0.bpmn"_s));
    QVERIFY(result.readable);
    const BpmnDiModel di = BpmnDiModel::fromDocument(result.document);
    QCOMPARE(di.diagrams().size(), 1);
    const BpmnDiModel::Diagram &diagram = di.diagrams().first();
    QCOMPARE(diagram.planeElement, u"WFP-6-"_s);
    const BpmnDiModel::Shape &start = diagram.shapes.first();
    QCOMPARE(start.bpmnElement, u"_93c466ab-b271-4376-a427-f4c353d55ce8"_s);
    QCOMPARE(start.bounds.value(), QRectF(186, 336, 30, 30));
    QVERIFY(start.label.present);
    QVERIFY(start.label.bounds.has_value());
    for (const BpmnDiModel::Edge &edge : diagram.edges)
        QVERIFY(edge.waypoints.size() >= 2);

    const BpmnSemanticModel model = BpmnSemanticModel::fromDocument(result.document);
    const BpmnSemanticModel::Element *task = model.element(u"_ec59e164-68b4-4f94-98de-ffb1c58a84af"_s);
    QVERIFY(task);
    QCOMPARE(task->type, BpmnElementType::Task);
    QCOMPARE(task->name, u"Task 1"_s);
    QCOMPARE(task->incoming.size(), 1);
    QCOMPARE(task->outgoing.size(), 1);
    QCOMPARE(model.at(task->parent).id, u"WFP-6-"_s);
    QCOMPARE(task->line, 7);
    QCOMPARE(task->column, 9);
}

void TestBpmnXml::prefixVariants_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("bpmn:") << u"bpmn"_s;
    QTest::newRow("bpmn2:") << u"bpmn2"_s;
    QTest::newRow("semantic:") << u"semantic"_s;
    QTest::newRow("default namespace") << QString();
}

void TestBpmnXml::prefixVariants()
{
    QFETCH(QString, prefix);
    const BpmnReadResult reference = BpmnReader::read(smallProcess(u"bpmn"_s));
    const BpmnReadResult variant = BpmnReader::read(smallProcess(prefix));
    QVERIFY2(variant.readable && variant.diagnostics.isEmpty(),
             qPrintable(diagnosticsText(variant.diagnostics)));
    const BpmnXmlCompare::Result comparison = BpmnXmlCompare::compare(reference.document, variant.document);
    QVERIFY2(comparison.equal, qPrintable(comparison.differences.join(u'\n')));

    const BpmnSemanticModel model = BpmnSemanticModel::fromDocument(variant.document);
    QCOMPARE(model.count(BpmnElementType::Task), 1);
    QCOMPARE(model.count(BpmnElementType::SequenceFlow), 2);
    QCOMPARE(model.element(u"Task_1"_s)->name, u"Check the deal"_s);

    // Saved with the prefix the file used.
    const QString written = QString::fromUtf8(BpmnWriter::toByteArray(variant.document));
    const QString tag = prefix.isEmpty() ? u"<task "_s : u"<"_s + prefix + u":task "_s;
    QVERIFY2(written.contains(tag), qPrintable(written.left(600)));
}

void TestBpmnXml::declaredEncodings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expectedName");

    const QString latinName = u"Überprüfung des Angebots à la carte"_s;
    const QString template_ = uR"(<?xml version="1.0" encoding="%1"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:t">
  <bpmn:process id="P"><bpmn:task id="T" name="%2"/></bpmn:process>
</bpmn:definitions>
)"_s;
    QStringEncoder latin1(QStringConverter::Latin1);
    const QByteArray latin1Bytes = latin1.encode(template_.arg(u"ISO-8859-1"_s, latinName));
    QVERIFY(!latin1Bytes.contains("\xc3")); // really single-byte, not UTF-8
    QTest::newRow("ISO-8859-1") << latin1Bytes << latinName;

    const QString cyrillic = u"Сделка: проверка — Überprüfung"_s;
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16") << QByteArray(utf16.encode(template_.arg(u"UTF-16"_s, cyrillic))) << cyrillic;
    QTest::newRow("UTF-8") << template_.arg(u"UTF-8"_s, cyrillic).toUtf8() << cyrillic;
}

void TestBpmnXml::declaredEncodings()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expectedName);
    const BpmnReadResult result = BpmnReader::read(data);
    QVERIFY2(result.readable, qPrintable(diagnosticsText(result.diagnostics)));
    const BpmnSemanticModel model = BpmnSemanticModel::fromDocument(result.document);
    QCOMPARE(model.element(u"T"_s)->name, expectedName);

    // Written as UTF-8, the name is the same.
    const BpmnReadResult again = BpmnReader::read(BpmnWriter::toByteArray(result.document));
    QCOMPARE(BpmnSemanticModel::fromDocument(again.document).element(u"T"_s)->name, expectedName);
}

void TestBpmnXml::extensionsSurvive()
{
    const BpmnReadResult result = BpmnReader::read(readAll(miwgDir() + u"/C.1.0.bpmn"_s));
    QVERIFY(result.readable);
    const QByteArray written = BpmnWriter::toByteArray(result.document);
    const QString text = QString::fromUtf8(written);
    const QString original = QString::fromUtf8(readAll(miwgDir() + u"/C.1.0.bpmn"_s));
    for (const QString &tag : {u"signavioMetaData"_s, u"graphStyle"_s, u"field"_s, u"string"_s})
        QCOMPARE(countTags(text, tag), countTags(original, tag));
    QCOMPARE(text.count(u"camunda:assignee=\""_s), 3);
    QCOMPARE(text.count(u"camunda:formKey=\""_s), 5);
    QVERIFY(text.contains(u"xmlns:signavio=\"http://www.signavio.com\""_s));
    QVERIFY(text.contains(u"<signavio:signavioMetaData "_s));
    QVERIFY(text.contains(u"<![CDATA["_s));
}

void TestBpmnXml::craftedExtensionsSurvive()
{
    const QByteArray xml = uR"(<?xml version="1.0" encoding="UTF-8"?>
<!-- made by hand -->
<bpmn2:definitions xmlns:bpmn2="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:acme="urn:acme:crm" id="D" targetNamespace="urn:t"
    acme:owner="sales">
  <acme:settings acme:level="3">free <acme:b>text</acme:b> inside</acme:settings>
  <bpmn2:process id="P" camunda:historyTimeToLive="30">
    <bpmn2:extensionElements>
      <camunda:properties><camunda:property name="deal" value="42"/></camunda:properties>
      <other:thing xmlns:other="urn:other" id="T">not a BPMN id</other:thing>
    </bpmn2:extensionElements>
    <bpmn2:userTask id="T" name="Call" camunda:assignee="${owner}" acme:color="#ff0000"/>
    <bpmn2:scriptTask id="S" scriptFormat="javascript"><bpmn2:script><![CDATA[if (a < b) { go(); }]]></bpmn2:script></bpmn2:scriptTask>
  </bpmn2:process>
</bpmn2:definitions>
)"_s.toUtf8();
    const BpmnReadResult result = BpmnReader::read(xml);
    // The extension's "id" is vendor data and does not clash with the task's id.
    QVERIFY2(result.readable && result.diagnostics.isEmpty(),
             qPrintable(diagnosticsText(result.diagnostics)));
    const QByteArray written = BpmnWriter::toByteArray(result.document);
    const QString text = QString::fromUtf8(written);
    for (const QString &expected :
         {u"<!-- made by hand -->"_s, u"acme:owner=\"sales\""_s, u"camunda:historyTimeToLive=\"30\""_s,
          u"<camunda:property name=\"deal\" value=\"42\"/>"_s, u"xmlns:other=\"urn:other\""_s,
          u"camunda:assignee=\"${owner}\""_s, u"acme:color=\"#ff0000\""_s,
          u"<![CDATA[if (a < b) { go(); }]]>"_s, u"free <acme:b>text</acme:b> inside"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
    }
    const BpmnReadResult again = BpmnReader::read(written);
    const BpmnXmlCompare::Result comparison = BpmnXmlCompare::compare(result.document, again.document);
    QVERIFY2(comparison.equal, qPrintable(comparison.differences.join(u'\n')));
}

void TestBpmnXml::namesArePlainText()
{
    const BpmnReadResult result = BpmnReader::read(
        wrapProcess(u"<bpmn:process id=\"P\"><bpmn:task id=\"T\" name=\"&lt;b&gt;Bold&lt;/b&gt; &amp; co\"/>"
                    "</bpmn:process>"_s));
    QVERIFY(result.readable);
    QCOMPARE(BpmnSemanticModel::fromDocument(result.document).element(u"T"_s)->name, u"<b>Bold</b> & co"_s);
    const QString written = QString::fromUtf8(BpmnWriter::toByteArray(result.document));
    QVERIFY(written.contains(u"name=\"&lt;b>Bold&lt;/b> &amp; co\""_s) ||
            written.contains(u"name=\"&lt;b&gt;Bold&lt;/b&gt; &amp; co\""_s));
}

void TestBpmnXml::severalDiagrams()
{
    const BpmnReadResult result = BpmnReader::read(wrapProcess(uR"(
<bpmn:process id="P"><bpmn:subProcess id="Sub"><bpmn:task id="T" name="Inner"/></bpmn:subProcess></bpmn:process>
<bpmndi:BPMNDiagram id="D1" name="Overview"><bpmndi:BPMNPlane id="PL1" bpmnElement="P">
  <bpmndi:BPMNShape id="Sub_di" bpmnElement="Sub" isExpanded="false"><dc:Bounds x="0" y="0" width="100" height="80"/></bpmndi:BPMNShape>
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
<bpmndi:BPMNDiagram id="D2" name="Inside"><bpmndi:BPMNPlane id="PL2" bpmnElement="Sub">
  <bpmndi:BPMNShape id="T_di" bpmnElement="T" isHorizontal="true"><dc:Bounds x="10" y="10" width="100" height="80"/>
    <bpmndi:BPMNLabel><dc:Bounds x="12" y="30" width="90" height="20"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>)"_s));
    QVERIFY2(result.readable && result.diagnostics.isEmpty(),
             qPrintable(diagnosticsText(result.diagnostics)));
    const BpmnDiModel di = BpmnDiModel::fromDocument(result.document);
    QCOMPARE(di.diagrams().size(), 2);
    QCOMPARE(di.diagrams().at(1).name, u"Inside"_s);
    QCOMPARE(di.diagrams().at(1).planeElement, u"Sub"_s);
    QCOMPARE(di.diagrams().at(0).shapes.first().isExpanded, std::optional<bool>(false));
    QCOMPARE(di.diagrams().at(1).shapes.first().isHorizontal, std::optional<bool>(true));
    QCOMPARE(di.diagrams().at(1).shapes.first().label.bounds.value(), QRectF(12, 30, 90, 20));
}

void TestBpmnXml::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("elementId");

    QTest::newRow("mismatched tag") << wrapProcess(u"<bpmn:process id=\"P\">\n  <bpmn:task id=\"T\">\n"
                                                   "</bpmn:process>"_s)
                                    << false << u"xml-not-well-formed"_s << 7 << 15 << QString();
    QTest::newRow("truncated")
        << QByteArray("<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"x\">\n<bpmn:pro") << false
        << u"xml-not-well-formed"_s << 3 << 9 << QString();
    QTest::newRow("undeclared prefix")
        << wrapProcess(u"<bpmn:process id=\"P\"><foo:task id=\"T\"/></bpmn:process>"_s) << false
        << u"xml-not-well-formed"_s << 5 << 39 << QString();
    QTest::newRow("nested too deep") << QByteArray("<a>").repeated(100000) << false
                                     << u"xml-not-well-formed"_s << 1 << 1539 << QString();
    QTest::newRow("empty") << QByteArray() << false << u"xml-not-well-formed"_s << 1 << 1 << QString();
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0IHDR", 16) << false
                            << u"xml-not-well-formed"_s << 1 << 1 << QString();
    QTest::newRow("not BPMN") << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>") << false
                              << u"not-bpmn"_s << 2 << 1 << QString();
    QTest::newRow("definitions of another namespace")
        << QByteArray("<definitions xmlns=\"http://www.omg.org/spec/DMN/20151101/dmn.xsd\"/>") << false
        << u"not-bpmn"_s << 1 << 1 << QString();
    QTest::newRow("duplicate id") << wrapProcess(
                                         u"<bpmn:process id=\"P\">\n<bpmn:task id=\"T\" name=\"a\"/>\n"
                                         "  <bpmn:task id=\"T\" name=\"b\"/></bpmn:process>"_s)
                                  << true << u"duplicate-id"_s << 7 << 3 << u"T"_s;
    QTest::newRow("dangling sourceRef")
        << wrapProcess(u"<bpmn:process id=\"P\"><bpmn:task id=\"T\"/>\n"
                       "<bpmn:sequenceFlow id=\"F\" sourceRef=\"Nowhere\" targetRef=\"T\"/></bpmn:process>"_s)
        << true << u"dangling-reference"_s << 6 << 1 << u"F"_s;
    QTest::newRow("dangling bpmnElement")
        << wrapProcess(
               u"<bpmn:process id=\"P\"/><bpmndi:BPMNDiagram id=\"DI\"><bpmndi:BPMNPlane id=\"PL\" "
               "bpmnElement=\"P\">\n <bpmndi:BPMNShape id=\"S\" bpmnElement=\"Gone\"><dc:Bounds x=\"0\" "
               "y=\"0\" width=\"1\" height=\"1\"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"_s)
        << true << u"dangling-reference"_s << 6 << 2 << u"S"_s;
    QTest::newRow("dangling attachedToRef")
        << wrapProcess(u"<bpmn:process id=\"P\">\n<bpmn:boundaryEvent id=\"B\" attachedToRef=\"Missing\"/>"
                       "</bpmn:process>"_s)
        << true << u"dangling-reference"_s << 6 << 1 << u"B"_s;
    QTest::newRow("edge without waypoints")
        << wrapProcess(
               u"<bpmn:process id=\"P\"><bpmn:task id=\"A\"/><bpmn:task id=\"B\"/><bpmn:sequenceFlow "
               "id=\"F\" sourceRef=\"A\" targetRef=\"B\"/></bpmn:process>\n<bpmndi:BPMNDiagram id=\"DI\">"
               "<bpmndi:BPMNPlane id=\"PL\" bpmnElement=\"P\">\n<bpmndi:BPMNEdge id=\"E\" "
               "bpmnElement=\"F\"/></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"_s)
        << true << u"edge-without-waypoints"_s << 7 << 1 << u"E"_s;
    QTest::newRow("shape without bounds")
        << wrapProcess(
               u"<bpmn:process id=\"P\"><bpmn:task id=\"A\"/></bpmn:process><bpmndi:BPMNDiagram id=\"DI\">"
               "<bpmndi:BPMNPlane id=\"PL\" bpmnElement=\"P\">\n<bpmndi:BPMNShape id=\"S\" "
               "bpmnElement=\"A\"/></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"_s)
        << true << u"shape-without-bounds"_s << 6 << 1 << u"S"_s;
}

void TestBpmnXml::malformedFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, readable);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, elementId);

    const BpmnReadResult result = BpmnReader::read(data);
    QCOMPARE(result.readable, readable);
    QVERIFY(result.hasErrors());
    const auto it = std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                 [&rule](const BpmnDiagnostic &d) { return d.rule == rule; });
    QVERIFY2(it != result.diagnostics.cend(), qPrintable(diagnosticsText(result.diagnostics)));
    QVERIFY(it->isError());
    QVERIFY(!it->message.isEmpty());
    QCOMPARE(it->line, line);
    QCOMPARE(it->column, column);
    QCOMPARE(it->elementId, elementId);
    if (readable) {
        // Inconsistent but readable: the whole model is there and saves back unchanged.
        const BpmnReadResult again = BpmnReader::read(BpmnWriter::toByteArray(result.document));
        QVERIFY(BpmnXmlCompare::compare(result.document, again.document).equal);
    }
}

void TestBpmnXml::partialModelAfterXmlError()
{
    const BpmnReadResult result =
        BpmnReader::read(wrapProcess(u"<bpmn:process id=\"P\"><bpmn:task id=\"Kept\" name=\"Before the "
                                     u"error\"/>\n<bpmn:task id=\"X\"></bpmn:wrong>"
                                     "<bpmn:task id=\"Lost\"/></bpmn:process>"_s));
    QVERIFY(!result.readable);
    QVERIFY(result.document.root());
    QVERIFY(result.document.elementById(u"Kept"_s));
    QCOMPARE(result.document.elementById(u"Kept"_s)->attribute(u"name"), u"Before the error"_s);
    QVERIFY(!result.document.elementById(u"Lost"_s));
}

void TestBpmnXml::editsAreWritten()
{
    BpmnReadResult result = BpmnReader::read(smallProcess(u"semantic"_s));
    BpmnXmlNode *task = result.document.elementById(u"Task_1"_s);
    QVERIFY(task);
    task->setAttribute(u"name"_s, u"Call the client"_s);
    BpmnXmlNode *process = task->parent();
    auto added = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), u"userTask"_s);
    added->setAttribute(u"id"_s, u"Task_2"_s);
    added->setAttribute(BpmnXmlAttribute{u"urn:acme"_s, u"mood"_s, QString(), u"happy"_s});
    process->insertChild(process->indexOf(task) + 1, std::move(added));
    result.document.rebuildIndex();

    const QByteArray written = BpmnWriter::toByteArray(result.document);
    const QString text = QString::fromUtf8(written);
    QVERIFY2(text.contains(u"<semantic:userTask "_s), qPrintable(text));
    const BpmnReadResult again = BpmnReader::read(written);
    QVERIFY2(again.readable && again.diagnostics.isEmpty(), qPrintable(diagnosticsText(again.diagnostics)));
    QCOMPARE(again.document.elementById(u"Task_2"_s)->attribute(u"urn:acme", u"mood"), u"happy"_s);
    QCOMPARE(BpmnSemanticModel::fromDocument(again.document).element(u"Task_1"_s)->name,
             u"Call the client"_s);
}

void TestBpmnXml::failedSaveLeavesTargetUntouched()
{
    QTemporaryDir dir;
    const BpmnReadResult result = BpmnReader::read(smallProcess(u"bpmn"_s));
    QString error;
    QVERIFY(!BpmnWriter::writeFile(result.document, dir.filePath(u"missing/dir/out.bpmn"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(BpmnWriter::writeFile(result.document, dir.filePath(u"out.bpmn"_s), &error));
    QVERIFY(
        BpmnXmlCompare::compare(result.document, BpmnReader::readFile(dir.filePath(u"out.bpmn"_s)).document)
            .equal);
}

void TestBpmnXml::largeGeneratedProcess()
{
    const QByteArray data = generateLargeProcess(5001, 7);
    QCOMPARE(generateLargeProcess(5001, 7), data);
    QElapsedTimer timer;
    timer.start();
    const BpmnReadResult result = BpmnReader::read(data);
    const qint64 parseMs = timer.elapsed();
    QVERIFY2(result.readable && result.diagnostics.isEmpty(),
             qPrintable(diagnosticsText(result.diagnostics)));
    timer.restart();
    const BpmnSemanticModel model = BpmnSemanticModel::fromDocument(result.document);
    const qint64 modelMs = timer.elapsed();
    timer.restart();
    const QVector<BpmnDiagnostic> findings = BpmnValidator::validate(model);
    const qint64 validateMs = timer.elapsed();
    QVERIFY2(findings.isEmpty(), qPrintable(diagnosticsText(findings)));
    const int flowElements =
        countOf(model, BpmnSchema::isFlowNode) + model.count(BpmnElementType::SequenceFlow);
    QCOMPARE(flowElements, 5001);
    QCOMPARE(BpmnDiModel::fromDocument(result.document).shapeCount(), countOf(model, BpmnSchema::isFlowNode));
    qInfo("%d flow elements, %lld bytes: parse %lld ms, semantic model %lld ms, validate %lld ms",
          flowElements, qint64(data.size()), parseMs, modelMs, validateMs);
    // Not a benchmark; a guard against accidentally quadratic code.
    QVERIFY(parseMs < 2000);
    QVERIFY(validateMs < 1000);
}

QTEST_GUILESS_MAIN(TestBpmnXml)
#include "tst_bpmnxml.moc"
