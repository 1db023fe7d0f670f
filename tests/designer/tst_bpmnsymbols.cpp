#include "bpmnedgepainter.h"
#include "bpmnmarkerpainter.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnwriter.h"

#include <QTest>

// Declared before the helpers: moc must see the class before their XML strings.
//
// The symbols of the drawing as the BPMN specification shows them: data inputs and outputs,
// collections, the error bolt, activity markers and their order, the [+] and icon of call
// activities, association arrowheads, links that name no element, message envelopes.
class TestBpmnSymbols : public QObject
{
    Q_OBJECT

private slots:
    void dataInputsAndOutputsAreDataObjects();
    void errorGlyphIsABolt();
    void errorGlyphFilledForThrowHollowForCatch();
    void callActivityMarkers();
    void associationDirection();
    void edgeWithoutElementIsDotted();
    void collectionMarker();
    void messageEnvelopes();
    void markerOrder();
};

#include "bpmnpicturetest.h"

using namespace BpmnPictureTest;

void TestBpmnSymbols::dataInputsAndOutputsAreDataObjects()
{
    const QString semantic = uR"(
    <ioSpecification>
      <dataInput id="In" name="Order" isCollection="true"/>
      <dataOutput id="Out" name="Invoice"><dataState name="Approved"/></dataOutput>
      <inputSet><dataInputRefs>In</dataInputRefs></inputSet>
      <outputSet><dataOutputRefs>Out</dataOutputRefs></outputSet>
    </ioSpecification>
    <task id="Task" name="Bill"/>)"_s;
    const QString di = shapeDi(u"In"_s, QRectF(100, 100, 36, 50)) +
                       shapeDi(u"Out"_s, QRectF(300, 100, 36, 50)) +
                       shapeDi(u"Task"_s, QRectF(160, 90, 100, 80));
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const BpmnRenderModel::Shape *in = shapeOf(renderer, u"In"_s);
    const BpmnRenderModel::Shape *out = shapeOf(renderer, u"Out"_s);
    QVERIFY(in && out);
    QCOMPARE(in->type, BpmnElementType::DataInput);
    QCOMPARE(out->type, BpmnElementType::DataOutput);
    QVERIFY(in->collection);
    QVERIFY(!out->collection);
    QCOMPARE(BpmnLabelPainter::displayText(*out), u"Invoice\n[Approved]"_s);

    const Picture picture(renderer);
    for (const BpmnRenderModel::Shape *shape : {in, out}) {
        const QRectF &b = shape->bounds;
        // The page with its folded corner: the fold's diagonal and the left edge are inked.
        QVERIFY(picture.isInk(QPointF(b.right() - 5, b.top() + 5)));
        QVERIFY(picture.isInk(QPointF(b.left(), b.center().y())));
        // The arrow's outline at its tail.
        QVERIFY(picture.isInk(QPointF(b.left() + 4, b.top() + 10.5)));
        // Its name below the page, the state on a line of its own under it.
        const QRectF label = BpmnLabelPainter::labelRect(*shape);
        QVERIFY(label.top() >= b.bottom());
        QVERIFY(picture.inkIn(label) > 20);
    }
    // Hollow for an input, filled for an output.
    QVERIFY(picture.isWhite(in->bounds.topLeft() + QPointF(8, 10.5)));
    QVERIFY(picture.isInk(out->bounds.topLeft() + QPointF(8, 10.5)));
    QVERIFY(BpmnLabelPainter::labelRect(*out).height() >
            2 * QFontMetricsF(BpmnLabelPainter::font()).height() - 1);
    const QSet<QString> words = svgWords(renderer);
    QVERIFY(words.contains(u"Order"_s));
    QVERIFY(words.contains(u"Invoice"_s));
    QVERIFY(words.contains(u"[Approved]"_s));
}

void TestBpmnSymbols::errorGlyphIsABolt()
{
    const QPolygonF bolt = BpmnMarkerPainter::errorBolt();
    QVERIFY(bolt.size() >= 6);
    // A simple polygon whose vertices all keep off the edges they do not end: no corner is
    // pinched onto the outline (the "M" the old glyph drew).
    for (int i = 0; i < bolt.size(); ++i) {
        const QPointF a = bolt.at(i);
        const QPointF b = bolt.at((i + 1) % bolt.size());
        for (int v = 0; v < bolt.size(); ++v) {
            if (v == i || v == (i + 1) % bolt.size())
                continue;
            QVERIFY2(distanceToSegment(bolt.at(v), a, b) > 1.5,
                     qPrintable(u"vertex %1 on edge %2"_s.arg(v).arg(i)));
        }
        for (int j = i + 2; j < bolt.size(); ++j) {
            if ((j + 1) % bolt.size() == i)
                continue;
            QVERIFY2(!segmentsCross(a, b, bolt.at(j), bolt.at((j + 1) % bolt.size())),
                     qPrintable(u"edges %1 and %2 cross"_s.arg(i).arg(j)));
        }
    }
    // The zig-zag rises from the bottom left to the top right of the event.
    const QRectF box = bolt.boundingRect();
    QPointF lowest = bolt.first();
    QPointF highest = bolt.first();
    for (const QPointF &point : bolt) {
        if (point.y() > lowest.y())
            lowest = point;
        if (point.y() < highest.y())
            highest = point;
    }
    QVERIFY(lowest.x() < box.center().x());
    QVERIFY(highest.x() > box.center().x());
    QVERIFY(box.width() > 15 && box.height() > 15 && box.width() < 24 && box.height() < 24);
}

void TestBpmnSymbols::errorGlyphFilledForThrowHollowForCatch()
{
    const QString semantic = uR"(
    <task id="Task"/>
    <boundaryEvent id="Catch" attachedToRef="Task"><errorEventDefinition/></boundaryEvent>
    <endEvent id="Throw"><errorEventDefinition/></endEvent>)"_s;
    const QString di = shapeDi(u"Task"_s, QRectF(100, 100, 100, 80)) +
                       shapeDi(u"Catch"_s, QRectF(132, 162, 36, 36)) +
                       shapeDi(u"Throw"_s, QRectF(300, 122, 36, 36));
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const Picture picture(renderer);
    // The middle stroke of the bolt, well inside it.
    const QPointF inside(17.5, 17.5);
    QVERIFY(picture.isInk(QPointF(300, 122) + inside));
    QVERIFY(picture.isWhite(QPointF(132, 162) + inside));
    // The hollow one still has its outline: ink along the bolt's edges.
    QVERIFY(picture.inkIn(QRectF(132 + 7, 162 + 8, 22, 20)) > 30);
}

void TestBpmnSymbols::callActivityMarkers()
{
    const QString outside = uR"(
  <globalUserTask id="Approve" name="Approve"/>
  <process id="Other"/>)"_s;
    const QString semantic = uR"(
    <callActivity id="CallsProcess" name="Calls a process" calledElement="Other"/>
    <callActivity id="CallsTask" name="Calls a task" calledElement="Approve"/>
    <callActivity id="Expanded" name="Expanded" calledElement="Other"/>)"_s;
    const QString di = shapeDi(u"CallsProcess"_s, QRectF(100, 100, 100, 80)) +
                       shapeDi(u"CallsTask"_s, QRectF(250, 100, 100, 80)) +
                       shapeDi(u"Expanded"_s, QRectF(400, 100, 200, 150), u"isExpanded=\"true\""_s);
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di, outside));
    const BpmnRenderModel::Shape *process = shapeOf(renderer, u"CallsProcess"_s);
    const BpmnRenderModel::Shape *task = shapeOf(renderer, u"CallsTask"_s);
    const BpmnRenderModel::Shape *expanded = shapeOf(renderer, u"Expanded"_s);
    QVERIFY(process && task && expanded);
    QVERIFY(process->collapsedMarker);
    QVERIFY(!task->collapsedMarker);
    QCOMPARE(task->iconType, BpmnElementType::UserTask);
    QVERIFY(!expanded->collapsedMarker);

    const Picture picture(renderer);
    // The [+] at the bottom middle of the collapsed one; nothing there for the task.
    const QRectF plus(143, 162, 14, 14);
    QVERIFY(picture.isInk(plus.center()));
    QCOMPARE(picture.inkIn(QRectF(293, 160, 14, 14)), 0);
    // The user icon in the corner of the one that calls a global user task.
    QVERIFY(picture.inkIn(BpmnMarkerPainter::taskIconRect(*task)) > 20);
    QVERIFY(BpmnMarkerPainter::taskIconRect(*process).isNull());
}

void TestBpmnSymbols::associationDirection()
{
    const QString semantic = uR"(
    <task id="A"/><textAnnotation id="N1"><text>one</text></textAnnotation>
    <textAnnotation id="N2"><text>two</text></textAnnotation><textAnnotation id="N3"><text>three</text></textAnnotation>
    <association id="None" sourceRef="A" targetRef="N1" associationDirection="None"/>
    <association id="One" sourceRef="A" targetRef="N2" associationDirection="One"/>
    <association id="Both" sourceRef="A" targetRef="N3" associationDirection="Both"/>)"_s;
    QString di = shapeDi(u"A"_s, QRectF(0, 100, 100, 80));
    for (int i = 0; i < 3; ++i) {
        const qreal y = 50 + i * 100;
        di += shapeDi(u"N%1"_s.arg(i + 1), QRectF(400, y - 15, 100, 30));
        di += edgeDi(u"E%1"_s.arg(i), QStringList{u"None"_s, u"One"_s, u"Both"_s}.at(i),
                     {QPointF(200, y), QPointF(400, y)});
    }
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const BpmnRenderModel::Edge *none = edgeOf(renderer, u"E0"_s);
    const BpmnRenderModel::Edge *one = edgeOf(renderer, u"E1"_s);
    const BpmnRenderModel::Edge *both = edgeOf(renderer, u"E2"_s);
    QVERIFY(none && one && both);
    QVERIFY(!none->arrowAtTarget && !none->arrowAtSource);
    QVERIFY(one->arrowAtTarget && !one->arrowAtSource);
    QVERIFY(both->arrowAtTarget && both->arrowAtSource);

    const Picture picture(renderer);
    // The wings of an open arrowhead lie off the line, a few units before its end.
    // (Off the shapes at the ends: from 2 to 9 units before the tip.)
    const auto wings = [&](qreal y, qreal tipX, qreal towards) {
        const qreal left = towards < 0 ? tipX - 9 : tipX + 2;
        return picture.inkIn(QRectF(left, y - 4.5, 7, 2)) + picture.inkIn(QRectF(left, y + 2.5, 7, 2));
    };
    QCOMPARE(wings(50, 400, -1), 0);
    QVERIFY(wings(150, 400, -1) > 2);
    QCOMPARE(wings(150, 200, 1), 0);
    QVERIFY(wings(250, 400, -1) > 2);
    QVERIFY(wings(250, 200, 1) > 2);
}

void TestBpmnSymbols::edgeWithoutElementIsDotted()
{
    // A vendor's link from a data object to a sequence flow: a DI edge that names no element.
    const QString semantic = uR"(
    <task id="A"/><task id="B"/><sequenceFlow id="Flow" sourceRef="A" targetRef="B"/>
    <dataObjectReference id="Data" name="Order" dataObjectRef="DataObject"/><dataObject id="DataObject"/>)"_s;
    const QString di = shapeDi(u"A"_s, QRectF(0, 100, 100, 80)) + shapeDi(u"B"_s, QRectF(300, 100, 100, 80)) +
                       shapeDi(u"Data"_s, QRectF(182, 300, 36, 50)) +
                       edgeDi(u"Flow_di"_s, u"Flow"_s, {QPointF(100, 140), QPointF(300, 140)}) +
                       edgeDi(u"Link_di"_s, QString(), {QPointF(200, 300), QPointF(200, 141)},
                              u"sourceElement=\"Data_di\" targetElement=\"Flow_di\""_s);
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const BpmnRenderModel::Edge *link = edgeOf(renderer, u"Link_di"_s);
    QVERIFY(link);
    QVERIFY(link->unnamedLink);
    QVERIFY(!link->arrowAtTarget);
    const Picture picture(renderer);
    // Dots with gaps between them, where the sequence flow is one solid line.
    int inked = 0;
    int blank = 0;
    for (qreal y = 160; y < 290; ++y) {
        inked += picture.isInk(QPointF(200, y)) ? 1 : 0;
        blank += picture.isWhite(QPointF(200, y)) ? 1 : 0;
    }
    QVERIFY2(inked > 10 && blank > 30, qPrintable(u"%1 inked, %2 blank"_s.arg(inked).arg(blank)));
    int solid = 0;
    for (qreal x = 120; x < 280; ++x)
        solid += picture.isInk(QPointF(x, 140)) ? 1 : 0;
    QCOMPARE(solid, 160);
}

void TestBpmnSymbols::collectionMarker()
{
    const QString semantic = uR"(
    <dataObject id="Many" isCollection="true"/><dataObject id="One"/>
    <dataObjectReference id="ManyRef" dataObjectRef="Many"/>
    <dataObjectReference id="OneRef" dataObjectRef="One"/>)"_s;
    const QString di =
        shapeDi(u"ManyRef"_s, QRectF(100, 100, 36, 50)) + shapeDi(u"OneRef"_s, QRectF(200, 100, 36, 50));
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    QVERIFY(shapeOf(renderer, u"ManyRef"_s)->collection);
    QVERIFY(!shapeOf(renderer, u"OneRef"_s)->collection);
    const Picture picture(renderer);
    // Three bars centred at the bottom of the page.
    const QRectF bars(100 + 12, 100 + 39, 12, 6);
    QVERIFY(picture.inkIn(bars) > 20);
    QCOMPARE(picture.inkIn(bars.translated(100, 0)), 0);
}

void TestBpmnSymbols::messageEnvelopes()
{
    const QString outside = uR"(
  <collaboration id="C">
    <participant id="Left" name="Customer"/><participant id="Right" name="Shop"/>
    <messageFlow id="M1" sourceRef="Left" targetRef="Right"/>
    <messageFlow id="M2" sourceRef="Right" targetRef="Left"/>
    <messageFlow id="M3" sourceRef="Left" targetRef="Right"/>
  </collaboration>)"_s;
    QString di = shapeDi(u"Left"_s, QRectF(0, 0, 600, 100)) + shapeDi(u"Right"_s, QRectF(0, 300, 600, 100));
    const QStringList kinds{u"messageVisibleKind=\"initiating\""_s,
                            u"messageVisibleKind=\"non_initiating\""_s, QString()};
    for (int i = 0; i < 3; ++i)
        di += edgeDi(u"E%1"_s.arg(i + 1), u"M%1"_s.arg(i + 1),
                     {QPointF(100 + i * 200, 100), QPointF(100 + i * 200, 300)}, kinds.at(i));
    QByteArray xml = definitions(QString(), di, outside);
    xml.replace("bpmnElement=\"P\"", "bpmnElement=\"C\"");
    const BpmnRenderer renderer = rendererOf(xml);
    QCOMPARE(edgeOf(renderer, u"E1"_s)->message, BpmnRenderModel::MessageMarker::Initiating);
    QCOMPARE(edgeOf(renderer, u"E2"_s)->message, BpmnRenderModel::MessageMarker::NonInitiating);
    QCOMPARE(edgeOf(renderer, u"E3"_s)->message, BpmnRenderModel::MessageMarker::None);
    const Picture picture(renderer);
    // Inside the envelope, off the line and off the flap: white, shaded, or no envelope at all.
    const QPointF offLine(6, 5);
    const QRgb initiating = picture.at(QPointF(100, 200) + offLine);
    const QRgb answering = picture.at(QPointF(300, 200) + offLine);
    QVERIFY(qGray(initiating) > 235);
    QVERIFY(qGray(answering) > 120 && qGray(answering) < 220);
    // The envelope's frame: its right side is inked on the first two flows only.
    QVERIFY(picture.isInk(QPointF(110, 203)));
    QVERIFY(picture.isInk(QPointF(310, 203)));
    QCOMPARE(picture.inkIn(QRectF(508, 195, 4, 10)), 0);
}

void TestBpmnSymbols::markerOrder()
{
    const QString semantic = uR"(
    <subProcess id="Sub" name="Many"><multiInstanceLoopCharacteristics/></subProcess>
    <adHocSubProcess id="AdHoc" name="Free"/>)"_s;
    const QString di = shapeDi(u"Sub"_s, QRectF(100, 100, 100, 80), u"isExpanded=\"false\""_s) +
                       shapeDi(u"AdHoc"_s, QRectF(300, 100, 100, 80), u"isExpanded=\"false\""_s);
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const BpmnRenderModel::Shape *sub = shapeOf(renderer, u"Sub"_s);
    const BpmnRenderModel::Shape *adHoc = shapeOf(renderer, u"AdHoc"_s);
    const QRectF row = BpmnMarkerPainter::activityMarkerRect(*sub);
    QCOMPARE(row.width(), 14.0 * 2 + 4);
    const Picture picture(renderer);
    // "III +": bars in the left box (no frame), the framed [+] in the right one.
    QVERIFY(picture.inkIn(QRectF(row.left() + 2, row.top() + 3, 10, 8)) > 20);
    QVERIFY(!picture.isInk(QPointF(row.left() + 0.5, row.top() + 0.5)));
    QVERIFY(picture.isInk(QPointF(row.right() - 14, row.center().y() - 4)));
    QVERIFY(picture.isInk(QPointF(row.right() - 7, row.center().y())));
    // "+ ~": the [+] left of the ad-hoc tilde.
    const QRectF adHocRow = BpmnMarkerPainter::activityMarkerRect(*adHoc);
    QVERIFY(picture.isInk(QPointF(adHocRow.left(), adHocRow.center().y() - 4)));
    QVERIFY(!picture.isInk(QPointF(adHocRow.right(), adHocRow.center().y() - 5)));
}

QTEST_MAIN(TestBpmnSymbols)
#include "tst_bpmnsymbols.moc"
