#include "bpmnedgepainter.h"
#include "bpmnmarkerpainter.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QTest>

// Declared before the helpers: moc must see the class before their XML strings.
//
// The drawing as process owners compare it with other BPMN tools and the MIWG reference
// pictures: every name drawn and never clipped, labels that keep to their side of the shape
// and clear of a task's icon and markers, the file's label style and colours.
class TestBpmnDrawing : public QObject
{
    Q_OBJECT

private slots:
    void miwgNamesAreDrawnWhole_data();
    void miwgNamesAreDrawnWhole();
    void miwgAnalyticModel();
    void externalLabelsGrowAwayFromTheirShape();
    void taskTextKeepsClearOfIconAndMarkers();
    void taskTextUsesThePaddingBeforeANarrowColumn();
    void stateInTheNameIsShownOnce();
    void longWordsWidenTheLabel();
    void labelFontIsMetricCompatible();
    void labelStyleSetsTheSize();
    void fileColoursAreDrawn();
    void fileColoursSurviveSaving();
    void hostileColoursAndSizesAreIgnored();
};

#include "bpmnpicturetest.h"

using namespace BpmnPictureTest;

void TestBpmnDrawing::miwgNamesAreDrawnWhole_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(miwgDir()).entryList({u"*.bpmn"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << QDir(miwgDir()).filePath(name);
}

void TestBpmnDrawing::miwgNamesAreDrawnWhole()
{
    QFETCH(QString, file);
    BpmnReadResult result = BpmnReader::readFile(file);
    QVERIFY(result.readable);
    const BpmnSemanticModel semantic = BpmnSemanticModel::fromDocument(result.document);
    const QVector<BpmnRenderer> renderers = BpmnExporter::renderers(result.document);
    QVERIFY(!renderers.isEmpty());
    for (const BpmnRenderer &renderer : renderers) {
        const QSet<QString> drawn = svgWords(renderer);
        const QByteArray svg = BpmnExporter::toSvg(renderer);
        // Nothing drawn is cut off: the SVG has no clipping at all.
        QVERIFY2(!svg.contains("clip-path") && !svg.contains("clipPath"), qPrintable(file));
        int checked = 0;
        for (const BpmnRenderModel::Shape &shape : renderer.model().shapes()) {
            const BpmnSemanticModel::Element *element = semantic.element(shape.elementId);
            if (!element)
                continue;
            const BpmnElementType type = element->type;
            const bool wanted = BpmnSchema::isFlowNode(type) || type == BpmnElementType::DataObject ||
                                type == BpmnElementType::DataObjectReference ||
                                type == BpmnElementType::DataInput || type == BpmnElementType::DataOutput ||
                                type == BpmnElementType::TextAnnotation;
            // The name as the file has it (an annotation's text), not as the renderer saw it.
            QString name = element->name;
            if (type == BpmnElementType::TextAnnotation) {
                const BpmnXmlNode *node = result.document.elementById(element->id);
                const BpmnXmlNode *text =
                    node ? node->firstChildElement(BpmnNamespaces::model, u"text") : nullptr;
                name = text ? text->textContent() : QString();
            }
            if (!wanted || name.trimmed().isEmpty())
                continue;
            for (const QString &word : wordsOf(name))
                QVERIFY2(isDrawn(drawn, word), qPrintable(u"%1: \"%2\" of %3 is not drawn"_s.arg(
                                                   QFileInfo(file).fileName(), word, element->id)));
            if (type == BpmnElementType::DataInput || type == BpmnElementType::DataOutput)
                QCOMPARE(shape.type, type); // drawn as a data object with its arrow, not as a frame
            const std::optional<BpmnLabelPainter::Layout> layout = BpmnLabelPainter::layout(shape);
            QVERIFY(layout);
            QVERIFY2(holdsItsText(*layout), qPrintable(element->id));
            // A label outside its shape covers no more of it than the file's label bounds do.
            if (BpmnLabelPainter::hasExternalLabel(type) && shape.labelBounds &&
                shape.labelBounds->width() > 0) {
                // (Half a unit of slack on each side, where other tools fitted the text exactly.)
                const QRectF drawnOn = layout->rect() & shape.bounds;
                const QRectF fileOn = *shape.labelBounds & shape.bounds;
                QVERIFY2(drawnOn.width() * drawnOn.height() <=
                             fileOn.width() * fileOn.height() + 0.5 * shape.labelBounds->height() + 0.5,
                         qPrintable(u"the label of %1 climbs onto it"_s.arg(element->id)));
            }
            ++checked;
        }
        for (const BpmnRenderModel::Edge &edge : renderer.model().edges()) {
            const BpmnSemanticModel::Element *element = semantic.element(edge.elementId);
            if (!element || element->name.trimmed().isEmpty())
                continue;
            for (const QString &word : wordsOf(element->name))
                QVERIFY2(isDrawn(drawn, word), qPrintable(u"%1: \"%2\" of %3 is not drawn"_s.arg(
                                                   QFileInfo(file).fileName(), word, element->id)));
            const std::optional<BpmnLabelPainter::Layout> layout = BpmnLabelPainter::layout(edge);
            QVERIFY(layout);
            QVERIFY2(holdsItsText(*layout), qPrintable(element->id));
            ++checked;
        }
        qInfo("%s: %d names drawn whole", qPrintable(QFileInfo(file).fileName()), checked);
    }
}

void TestBpmnDrawing::miwgAnalyticModel()
{
    // B.2.0, every element of the Analytic conformance class.
    BpmnReadResult result = BpmnReader::readFile(QDir(miwgDir()).filePath(u"B.2.0.bpmn"_s));
    QVERIFY(result.readable);
    const BpmnRenderer renderer = BpmnExporter::renderers(result.document).first();
    const Picture picture(renderer);

    // A call activity calling a global user task: the user icon, no [+].
    const BpmnRenderModel::Shape *callsTask = shapeOf(renderer, u"_a74c1d4d-db90-43ff-8920-139a300b39a5"_s);
    QVERIFY(callsTask);
    QCOMPARE(callsTask->iconType, BpmnElementType::UserTask);
    QVERIFY(!callsTask->collapsedMarker);
    QVERIFY(picture.inkIn(BpmnMarkerPainter::taskIconRect(*callsTask)) > 20);
    QVERIFY(shapeOf(renderer, u"_1237e756-d53c-4591-a731-dafffbf0b3f9"_s)->collapsedMarker);
    QVERIFY(!shapeOf(renderer, u"_ba16239e-181e-4b9f-bc5b-0bb2ee973450"_s)->collapsedMarker);

    // "Collapsed Sub-Process 1 Multi-Instances": III left of [+].
    const BpmnRenderModel::Shape *multi = shapeOf(renderer, u"_149a6e1d-0385-4d0f-a90c-c2150a291a67"_s);
    QVERIFY(multi);
    const QRectF row = BpmnMarkerPainter::activityMarkerRect(*multi);
    QCOMPARE(row.width(), 14.0 * 2 + 4);
    QVERIFY(!picture.isInk(QPointF(row.left() + 0.5, row.top() + 0.5)));
    QVERIFY(picture.isInk(QPointF(row.right() - 7, row.center().y())));

    // Message Flow 1 is initiating: a white envelope on it.
    int envelopes = 0;
    for (const BpmnRenderModel::Edge &edge : renderer.model().edges()) {
        if (edge.message == BpmnRenderModel::MessageMarker::None)
            continue;
        ++envelopes;
        QCOMPARE(edge.message, BpmnRenderModel::MessageMarker::Initiating);
        QVERIFY(picture.inkIn(BpmnEdgePainter::envelopeRect(edge)) > 30);
    }
    QCOMPARE(envelopes, 1);

    // Every error event: the bolt, solid when thrown, hollow when caught.
    int errors = 0;
    for (const BpmnRenderModel::Shape &shape : renderer.model().shapes()) {
        if (shape.eventDefinitions != QVector<BpmnEventDefinitionType>{BpmnEventDefinitionType::Error})
            continue;
        ++errors;
        const QPointF inside = shape.bounds.topLeft() + QPointF(17.5, 17.5) * (shape.bounds.width() / 36);
        const bool thrown = shape.type == BpmnElementType::EndEvent;
        QVERIFY2(thrown ? picture.isInk(inside) : picture.isWhite(inside), qPrintable(shape.elementId));
    }
    QVERIFY(errors >= 2);
}

void TestBpmnDrawing::externalLabelsGrowAwayFromTheirShape()
{
    const QString name = u"A name long enough to need three lines or more"_s;
    const QString semantic = uR"(
    <startEvent id="Below" name="%1"/>
    <exclusiveGateway id="Above" name="%1"/>
    <intermediateThrowEvent id="Right" name="%1"/>)"_s.arg(name);
    // Label boxes one line high: below the event, above the gateway, right of the other event.
    const QString di = shapeDi(u"Below"_s, QRectF(100, 100, 36, 36), {}, labelDi(QRectF(78, 141, 80, 14))) +
                       shapeDi(u"Above"_s, QRectF(300, 200, 50, 50), {}, labelDi(QRectF(285, 180, 80, 14))) +
                       shapeDi(u"Right"_s, QRectF(500, 100, 36, 36), {}, labelDi(QRectF(541, 111, 80, 14)));
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const BpmnRenderModel::Shape *below = shapeOf(renderer, u"Below"_s);
    const BpmnRenderModel::Shape *above = shapeOf(renderer, u"Above"_s);
    const BpmnRenderModel::Shape *right = shapeOf(renderer, u"Right"_s);
    QVERIFY(below && above && right);

    const QRectF belowLabel = BpmnLabelPainter::labelRect(*below);
    QVERIFY(belowLabel.height() > 14 * 2);
    QVERIFY(std::abs(belowLabel.top() - 141) < 0.01); // the edge next to the event stays
    const QRectF aboveLabel = BpmnLabelPainter::labelRect(*above);
    QVERIFY(aboveLabel.height() > 14 * 2);
    QVERIFY(std::abs(aboveLabel.bottom() - 194) < 0.01);
    const QRectF rightLabel = BpmnLabelPainter::labelRect(*right);
    QVERIFY(std::abs(rightLabel.left() - (541 - 0.5)) < 0.01);

    // Nothing of the text lies on the shapes.
    const Picture picture(renderer);
    QCOMPARE(picture.inkIn(QRectF(100, 137, 36, 3)), 0);  // between the event and its label
    QCOMPARE(picture.inkIn(QRectF(300, 195, 50, 3)), 0);  // between the label and the gateway
    QVERIFY(picture.inkIn(QRectF(78, 141, 80, 60)) > 50); // the text is there
}

void TestBpmnDrawing::taskTextKeepsClearOfIconAndMarkers()
{
    const auto task = [](const QString &name) {
        return definitions(
            uR"(<userTask id="Task" name="%1"><standardLoopCharacteristics/></userTask>)"_s.arg(name),
            shapeDi(u"Task"_s, QRectF(100, 100, 100, 80)));
    };
    const BpmnRenderer unnamed = rendererOf(task(QString()));
    const Picture without(unnamed);
    const QFontMetricsF metrics(BpmnLabelPainter::font());
    // Three lines (they would cover the icon centred in the task), and far too much text.
    for (const QString &name : {u"Check the documents and the contract of the customer"_s,
                                u"Check the customer's documents, the signed contract, the invoice address "
                                u"and the delivery terms before the approval"_s}) {
        const BpmnRenderer named = rendererOf(task(name));
        const BpmnRenderModel::Shape *shape = shapeOf(named, u"Task"_s);
        QVERIFY(shape);
        QVERIFY(BpmnLabelPainter::textSize(BpmnLabelPainter::font(), name, 90).height() >
                3 * metrics.height());
        const QRectF icon = BpmnMarkerPainter::taskIconRect(*shape);
        const QRectF markers = BpmnMarkerPainter::activityMarkerRect(*shape);
        QVERIFY(!icon.isNull() && !markers.isNull());
        // The icon and the loop marker look exactly as they do without a name.
        const Picture withText(named);
        for (const QRectF &area : {icon.adjusted(-1, -1, 1, 1), markers.adjusted(-1, -1, 1, 1)}) {
            for (qreal y = area.top(); y < area.bottom(); ++y) {
                for (qreal x = area.left(); x < area.right(); ++x)
                    QVERIFY2(withText.at(QPointF(x, y)) == without.at(QPointF(x, y)),
                             qPrintable(u"text over the icon or markers at %1,%2"_s.arg(x).arg(y)));
            }
        }
        QVERIFY(withText.inkIn(BpmnLabelPainter::labelRect(*shape)) > 100);
    }
    // A short name stays centred in the task, as other tools draw it.
    const BpmnRenderer shortName = rendererOf(task(u"Check"_s));
    const QRectF centred = BpmnLabelPainter::labelRect(*shapeOf(shortName, u"Task"_s));
    QVERIFY(std::abs(centred.center().y() - 140) < 1);
}

void TestBpmnDrawing::taskTextUsesThePaddingBeforeANarrowColumn()
{
    // A Trisotech task of C.5.0: 96 by 76 with a user icon and four lines of 11 pt text. Under
    // the icon the text needs a little of the bottom padding; in the column beside the icon it
    // would take six lines and run over the task's border.
    const QString name = u"Obtain supporting data and documents of the customer"_s;
    const auto task = [](const QString &taskName) {
        return definitions(uR"(<userTask id="Task" name="%1"/>)"_s.arg(taskName),
                           shapeDi(u"Task"_s, QRectF(100, 100, 96, 76)));
    };
    const BpmnRenderer named = rendererOf(task(name));
    const BpmnRenderModel::Shape *shape = shapeOf(named, u"Task"_s);
    QVERIFY(shape);
    const std::optional<BpmnLabelPainter::Layout> layout = BpmnLabelPainter::layout(*shape);
    QVERIFY(layout);
    QVERIFY(holdsItsText(*layout));
    QVERIFY2(shape->bounds.adjusted(2, 2, -2, -2).contains(layout->box),
             qPrintable(u"the text runs over the task's border"_s));
    const QFontMetricsF metrics(layout->font);
    QVERIFY(metrics.boundingRect(QRectF(0, 0, layout->box.width(), 1e6), Qt::TextWordWrap, name).height() <
            5 * metrics.height());
    // The icon looks exactly as it does without a name.
    const Picture without(rendererOf(task(QString())));
    const Picture withText(named);
    const QRectF icon = BpmnMarkerPainter::taskIconRect(*shape).adjusted(-1, -1, 1, 1);
    for (qreal y = icon.top(); y < icon.bottom(); ++y) {
        for (qreal x = icon.left(); x < icon.right(); ++x)
            QVERIFY2(withText.at(QPointF(x, y)) == without.at(QPointF(x, y)),
                     qPrintable(u"text over the icon at %1,%2"_s.arg(x).arg(y)));
    }
}

void TestBpmnDrawing::stateInTheNameIsShownOnce()
{
    // Trisotech writes the state into the name too (C.5.0): "[scanned]" is drawn once, and a
    // name without it still gets the state on a line of its own.
    const QByteArray xml = definitions(uR"(<dataObject id="Doc"/>
    <dataObjectReference id="Named" name="ID document [scanned]" dataObjectRef="Doc"><dataState name="scanned"/></dataObjectReference>
    <dataObjectReference id="Plain" name="ID document" dataObjectRef="Doc"><dataState name="analysed"/></dataObjectReference>)"_s,
                                       shapeDi(u"Named"_s, QRectF(100, 100, 36, 50)) +
                                           shapeDi(u"Plain"_s, QRectF(300, 100, 36, 50)));
    const BpmnRenderer renderer = rendererOf(xml);
    const BpmnRenderModel::Shape *named = shapeOf(renderer, u"Named"_s);
    const BpmnRenderModel::Shape *plain = shapeOf(renderer, u"Plain"_s);
    QVERIFY(named && plain);
    QCOMPARE(BpmnLabelPainter::displayText(*named), u"ID document [scanned]"_s);
    QCOMPARE(BpmnLabelPainter::displayText(*plain), u"ID document\n[analysed]"_s);
    const QByteArray svg = BpmnExporter::toSvg(renderer);
    QCOMPARE(svg.count("scanned"), 1);
    QCOMPARE(svg.count("analysed"), 1);
}

void TestBpmnDrawing::longWordsWidenTheLabel()
{
    // Words wider than their boxes: in a narrow task, under a gateway, on a flow.
    const QString semantic = uR"(
    <task id="Task" name="Documentation"/>
    <exclusiveGateway id="Gateway" name="Approval? Bookkeeping"/>
    <sequenceFlow id="Flow" sourceRef="Task" targetRef="Gateway" name="Bookkeeping"/>)"_s;
    const QString di =
        shapeDi(u"Task"_s, QRectF(100, 100, 50, 80)) +
        shapeDi(u"Gateway"_s, QRectF(300, 115, 50, 50), {}, labelDi(QRectF(310, 170, 30, 14))) +
        edgeDi(u"Flow_di"_s, u"Flow"_s, {QPointF(150, 140), QPointF(300, 140)})
            .replace(u"</bpmndi:BPMNEdge>"_s,
                     QString(labelDi(QRectF(205, 120, 30, 14)) + u"</bpmndi:BPMNEdge>"_s));
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const QFont font = BpmnLabelPainter::font();
    const QFontMetricsF metrics(font);
    for (const QString &id : {u"Task"_s, u"Gateway"_s}) {
        const std::optional<BpmnLabelPainter::Layout> layout =
            BpmnLabelPainter::layout(*shapeOf(renderer, id));
        QVERIFY(layout);
        QVERIFY(holdsItsText(*layout));
    }
    const std::optional<BpmnLabelPainter::Layout> flow =
        BpmnLabelPainter::layout(*edgeOf(renderer, u"Flow_di"_s));
    QVERIFY(flow && holdsItsText(*flow));
    QVERIFY(flow->box.width() >= metrics.horizontalAdvance(u"Bookkeeping"_s));

    // In the picture the whole word is inked: as wide as the word, centred on the task.
    const Picture picture(renderer);
    const qreal word = metrics.horizontalAdvance(u"Documentation"_s);
    const QRect row =
        QRectF(60, 130, 130, 20).translated(-picture.origin).toAlignedRect() & picture.image.rect();
    int first = -1;
    int last = -1;
    for (int x = row.left(); x <= row.right(); ++x) {
        for (int y = row.top(); y <= row.bottom(); ++y) {
            // The task's own border is a vertical line: count only what lies off it.
            const qreal diagramX = x + picture.origin.x();
            if (std::abs(diagramX - 100) < 2 || std::abs(diagramX - 150) < 2)
                continue;
            if (qGray(picture.image.pixel(x, y)) < 160) {
                if (first < 0)
                    first = x;
                last = x;
            }
        }
    }
    QVERIFY(first >= 0);
    QVERIFY2(last - first + 1 >= word - 3,
             qPrintable(u"ink %1 px for a word of %2 px"_s.arg(last - first + 1).arg(word)));
    const QSet<QString> words = svgWords(renderer);
    for (const QString &expected : {u"Documentation"_s, u"Approval?"_s, u"Bookkeeping"_s})
        QVERIFY2(words.contains(expected), qPrintable(expected));
    QVERIFY(!BpmnExporter::toSvg(renderer).contains("clip"));
}

void TestBpmnDrawing::labelFontIsMetricCompatible()
{
    // Arial's metrics (or Liberation Sans's, the same): DI label bounds are made for them.
    const QFontInfo info(BpmnLabelPainter::font());
    QVERIFY2(QStringList({u"Arial"_s, u"Liberation Sans"_s, u"Arimo"_s}).contains(info.family()),
             qPrintable(u"labels are drawn in %1; install fonts-liberation2"_s.arg(info.family())));
    QCOMPARE(info.pixelSize(), 11);
}

void TestBpmnDrawing::labelStyleSetsTheSize()
{
    const auto model = [](const QString &size) {
        const QString style =
            uR"(<bpmndi:BPMNLabelStyle id="Style"><dc:Font name="Arial" size="%1"/></bpmndi:BPMNLabelStyle>)"_s
                .arg(size);
        QByteArray xml = definitions(
            u"<startEvent id=\"Start\" name=\"Begin\"/>"_s,
            shapeDi(
                u"Start"_s, QRectF(100, 100, 36, 36), {},
                uR"(<bpmndi:BPMNLabel labelStyle="Style"><dc:Bounds x="88" y="140" width="60" height="14"/></bpmndi:BPMNLabel>)"_s));
        xml.replace("</bpmndi:BPMNPlane>", QByteArray(QByteArray("</bpmndi:BPMNPlane>") + style.toUtf8()));
        return xml;
    };
    const BpmnRenderer large = rendererOf(model(u"18"_s));
    const BpmnRenderer small = rendererOf(model(u"9.0"_s));
    const std::optional<BpmnLabelPainter::Layout> largeLayout =
        BpmnLabelPainter::layout(*shapeOf(large, u"Start"_s));
    const std::optional<BpmnLabelPainter::Layout> smallLayout =
        BpmnLabelPainter::layout(*shapeOf(small, u"Start"_s));
    QVERIFY(largeLayout && smallLayout);
    QCOMPARE(largeLayout->font.pixelSize(), 18);
    QCOMPARE(smallLayout->font.pixelSize(), 9);
    // In the picture: the larger text is taller.
    const auto inkRows = [](const BpmnRenderer &renderer) {
        const Picture picture(renderer);
        int rows = 0;
        for (qreal y = 138; y < 175; ++y)
            rows += picture.inkIn(QRectF(80, y, 80, 1)) > 0 ? 1 : 0;
        return rows;
    };
    QVERIFY(inkRows(large) > inkRows(small) + 4);
}

void TestBpmnDrawing::fileColoursAreDrawn()
{
    const QString semantic = uR"(
    <task id="Task" name="Red"/><task id="Other"/>
    <sequenceFlow id="Flow" sourceRef="Task" targetRef="Other"/>)"_s;
    const QString di =
        shapeDi(u"Task"_s, QRectF(100, 100, 100, 80),
                u"color:background-color=\"#ffcdd2\" color:border-color=\"#0000ff\""_s,
                u"<bpmndi:BPMNLabel color:color=\"#008000\"/>"_s) +
        shapeDi(u"Other"_s, QRectF(400, 100, 100, 80),
                u"bioc:fill=\"#c8e6c9\" bioc:stroke=\"rgb(200, 0, 200)\""_s) +
        edgeDi(u"Flow_di"_s, u"Flow"_s, {QPointF(200, 140), QPointF(400, 140)}, u"bioc:stroke=\"#ff8000\""_s);
    const BpmnRenderer renderer = rendererOf(definitions(semantic, di));
    const BpmnRenderModel::Shape *task = shapeOf(renderer, u"Task"_s);
    QCOMPARE(task->colors.fill, QColor(0xff, 0xcd, 0xd2));
    QCOMPARE(task->colors.stroke, QColor(0, 0, 0xff));
    QCOMPARE(task->colors.label, QColor(0, 0x80, 0));
    QCOMPARE(shapeOf(renderer, u"Other"_s)->colors.stroke, QColor(200, 0, 200));
    const Picture picture(renderer);
    QVERIFY(picture.colorIn(QRectF(110, 105, 20, 10), QColor(0xff, 0xcd, 0xd2)) > 150); // fill
    QVERIFY(picture.colorIn(QRectF(99, 120, 3, 40), QColor(0, 0, 0xff)) > 20);          // border
    int green = 0; // the name: its letters are green, the only green of the task
    for (int y = 130; y < 150; ++y) {
        for (int x = 120; x < 180; ++x) {
            const QColor pixel = picture.image.pixelColor((QPointF(x, y) - picture.origin).toPoint());
            green += pixel.green() > pixel.red() + 60 && pixel.green() > pixel.blue() + 60 ? 1 : 0;
        }
    }
    QVERIFY2(green > 5, qPrintable(QString::number(green)));
    QVERIFY(picture.colorIn(QRectF(410, 105, 20, 10), QColor(0xc8, 0xe6, 0xc9)) > 150);
    QVERIFY(picture.colorIn(QRectF(398, 120, 4, 40), QColor(200, 0, 200)) > 20);
    int orange = 0; // the flow, antialiased into the white around it
    for (qreal x = 250; x < 300; ++x) {
        for (qreal y = 138; y < 143; ++y) {
            const QColor pixel = picture.image.pixelColor((QPointF(x, y) - picture.origin).toPoint());
            orange += pixel.red() > 200 && pixel.blue() < 140 && pixel.green() < pixel.red() - 50 ? 1 : 0;
        }
    }
    QVERIFY2(orange >= 50, qPrintable(QString::number(orange)));
}

void TestBpmnDrawing::fileColoursSurviveSaving()
{
    const QByteArray xml = definitions(
        u"<task id=\"Task\"/>"_s, shapeDi(u"Task"_s, QRectF(100, 100, 100, 80),
                                          u"color:background-color=\"#ffcdd2\" bioc:stroke=\"#831311\""_s));
    BpmnReadResult result = BpmnReader::read(xml);
    QVERIFY(result.readable);
    BpmnReadResult again = BpmnReader::read(BpmnWriter::toByteArray(result.document));
    QVERIFY(again.readable);
    const BpmnDiModel di = BpmnDiModel::fromDocument(again.document);
    QCOMPARE(di.diagrams().first().shapes.first().colors.fill, u"#ffcdd2"_s);
    QCOMPARE(di.diagrams().first().shapes.first().colors.stroke, u"#831311"_s);
}

void TestBpmnDrawing::hostileColoursAndSizesAreIgnored()
{
    QByteArray xml =
        definitions(u"<task id=\"Task\" name=\"Still drawn\"/>"_s,
                    shapeDi(u"Task"_s, QRectF(100, 100, 100, 80),
                            u"color:background-color=\"javascript:alert(1)\" bioc:stroke=\"rgb(999,0,0)\""_s,
                            u"<bpmndi:BPMNLabel labelStyle=\"Huge\"/>"_s));
    xml.replace("</bpmndi:BPMNPlane>", "</bpmndi:BPMNPlane><bpmndi:BPMNLabelStyle id=\"Huge\"><dc:Font "
                                       "name=\"x\" size=\"100000\"/></bpmndi:BPMNLabelStyle>");
    const BpmnRenderer renderer = rendererOf(xml);
    const BpmnRenderModel::Shape *task = shapeOf(renderer, u"Task"_s);
    QVERIFY(!task->colors.fill.isValid());
    QVERIFY(!task->colors.stroke.isValid());
    QCOMPARE(BpmnLabelPainter::layout(*task)->font.pixelSize(), 11);
    const Picture picture(renderer);
    QVERIFY(picture.isWhite(QPointF(110, 110)));
    QVERIFY(picture.isInk(QPointF(100, 140)));
}

QTEST_MAIN(TestBpmnDrawing)
#include "tst_bpmndrawing.moc"
