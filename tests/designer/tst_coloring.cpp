#include "colorcommand.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "propertiespanel.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnwriter.h"

#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Colouring elements as Camunda Modeler users do: from the context pad and the properties
// panel, written so that other tools show the colours, one undo step that gives back the file
// exactly, kept on save.
class TestColoring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void contextPadColoursTheElement();
    void severalElementsAreOneUndoStep();
    void propertiesPanelSetsFillAndLine();
    void defaultRemovesTheColours();
    void coloursSurviveSaveAndOpen();

private:
    QString xml() const
    {
        return QString::fromUtf8(BpmnWriter::toByteArray(m_editor->document()->document()));
    }
    const BpmnXmlNode *di(const QString &id) const
    {
        return m_editor->document()->document().elementById(id);
    }
    QAction *menuAction(QToolButton *button, const QString &name) const
    {
        if (!button || !button->menu())
            return nullptr;
        emit button->menu()->aboutToShow(); // menus are filled when they open
        return button->menu()->findChild<QAction *>(name);
    }

    ProcessEditor *m_editor = nullptr;
};

namespace {

const QString colorNs = BpmnDiModel::colorNamespace.toString();
const QString biocNs = BpmnDiModel::biocNamespace.toString();

} // namespace

void TestColoring::init()
{
    m_editor = new ProcessEditor;
    m_editor->resize(1280, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QVERIFY(m_editor->openFile(QStringLiteral(PRISTRIY_TEST_DATA "/process-properties.bpmn"), false));
}

void TestColoring::cleanup()
{
    m_editor->document()->undoStack()->setClean();
    delete m_editor;
}

void TestColoring::contextPadColoursTheElement()
{
    const QString before = xml();
    m_editor->selectElement(u"Task_1"_s);
    QTRY_VERIFY(m_editor->contextPad()->isVisible());
    auto *button = m_editor->contextPad()->findChild<QToolButton *>(u"padColor"_s);
    QVERIFY(button && button->isVisible());
    QAction *blue = button->menu()->findChild<QAction *>(u"colorPreset1"_s);
    QVERIFY(blue);
    const ColorCommand::Preset preset = ColorCommand::presets().at(1);
    const int steps = m_editor->document()->undoStack()->count();
    blue->trigger();
    QCOMPARE(m_editor->document()->undoStack()->count(), steps + 1);

    const ProcessShapeItem *item = m_editor->scene()->shapeItemForElement(u"Task_1"_s);
    QVERIFY(item);
    const BpmnXmlNode *shape = di(item->diId());
    QCOMPARE(shape->attribute(colorNs, u"background-color"), preset.fill.name());
    QCOMPARE(shape->attribute(colorNs, u"border-color"), preset.stroke.name());
    QCOMPARE(shape->attribute(biocNs, u"fill"), preset.fill.name());
    QCOMPARE(shape->attribute(biocNs, u"stroke"), preset.stroke.name());
    // The canvas follows, and the file declares the namespaces once, on its root.
    QCOMPARE(item->renderShape().colors.fill, preset.fill);
    QCOMPARE(item->renderShape().colors.stroke, preset.stroke);
    const QString after = xml();
    QCOMPARE(after.count(u"xmlns:color="_s), 1);
    QCOMPARE(after.count(u"xmlns:bioc="_s), 1);
    QVERIFY(after.section(u'\n', 0, 3).contains(u"xmlns:bioc="_s));

    m_editor->document()->undoStack()->undo();
    QCOMPARE(xml(), before);
    QVERIFY(!item->renderShape().colors.fill.isValid());
    m_editor->document()->undoStack()->redo();
    QCOMPARE(xml(), after);
}

void TestColoring::severalElementsAreOneUndoStep()
{
    const QString before = xml();
    ProcessShapeItem *task = m_editor->scene()->shapeItemForElement(u"Task_1"_s);
    ProcessShapeItem *gateway = m_editor->scene()->shapeItemForElement(u"Gateway_1"_s);
    ProcessEdgeItem *flow = m_editor->scene()->edgeItemForElement(u"Flow_1"_s);
    QVERIFY(task && gateway && flow);
    m_editor->scene()->clearSelection();
    for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(task), static_cast<QGraphicsItem *>(gateway),
                                static_cast<QGraphicsItem *>(flow)})
        item->setSelected(true);
    const int steps = m_editor->document()->undoStack()->count();
    QVERIFY(m_editor->colorSelection(QColor(0xff, 0xe0, 0xb2), QColor(0xe6, 0x51, 0x00)));
    QCOMPARE(m_editor->document()->undoStack()->count(), steps + 1);
    QCOMPARE(di(task->diId())->attribute(biocNs, u"fill"), u"#ffe0b2"_s);
    QCOMPARE(di(gateway->diId())->attribute(biocNs, u"stroke"), u"#e65100"_s);
    // A flow has a line colour only.
    QCOMPARE(di(flow->diId())->attribute(colorNs, u"border-color"), u"#e65100"_s);
    QVERIFY(di(flow->diId())->findAttribute(colorNs, u"background-color") == nullptr);
    QCOMPARE(flow->renderEdge().colors.stroke, QColor(0xe6, 0x51, 0x00));
    // The same colours again change nothing: no empty undo step.
    QVERIFY(!m_editor->colorSelection(QColor(0xff, 0xe0, 0xb2), QColor(0xe6, 0x51, 0x00)));
    m_editor->document()->undoStack()->undo();
    QCOMPARE(xml(), before);
}

void TestColoring::propertiesPanelSetsFillAndLine()
{
    m_editor->selectElement(u"Task_1"_s);
    QTRY_COMPARE(m_editor->propertiesPanel()->elementId(), u"Task_1"_s);
    auto *fill = m_editor->propertiesPanel()->findChild<QToolButton *>(u"propertyFillColor"_s);
    auto *line = m_editor->propertiesPanel()->findChild<QToolButton *>(u"propertyLineColor"_s);
    QVERIFY(fill && line);
    QVERIFY(fill->isVisible() && line->isVisible());
    const QString diId = m_editor->scene()->shapeItemForElement(u"Task_1"_s)->diId();
    const ColorCommand::Preset green = ColorCommand::presets().at(3);
    const int steps = m_editor->document()->undoStack()->count();

    QAction *greenFill = menuAction(fill, u"colorPreset3"_s);
    QVERIFY(greenFill);
    greenFill->trigger();
    QCOMPARE(di(diId)->attribute(colorNs, u"background-color"), green.fill.name());
    QVERIFY(di(diId)->findAttribute(colorNs, u"border-color") == nullptr); // the line stays as it was

    QAction *greenLine = menuAction(line, u"colorPreset3"_s);
    QVERIFY(greenLine);
    greenLine->trigger();
    QCOMPARE(di(diId)->attribute(biocNs, u"stroke"), green.stroke.name());
    QCOMPARE(m_editor->document()->undoStack()->count(), steps + 2);

    // A flow's panel offers the line colour only.
    m_editor->selectElement(u"Flow_1"_s);
    QTRY_COMPARE(m_editor->propertiesPanel()->elementId(), u"Flow_1"_s);
    QVERIFY(!fill->isVisible());
    QVERIFY(line->isVisible());
}

void TestColoring::defaultRemovesTheColours()
{
    m_editor->selectElement(u"Gateway_1"_s);
    QTRY_VERIFY(m_editor->contextPad()->isVisible());
    auto *button = m_editor->contextPad()->findChild<QToolButton *>(u"padColor"_s);
    button->menu()->findChild<QAction *>(u"colorPreset4"_s)->trigger();
    const QString diId = m_editor->scene()->shapeItemForElement(u"Gateway_1"_s)->diId();
    QVERIFY(di(diId)->findAttribute(biocNs, u"fill") != nullptr);
    button->menu()->findChild<QAction *>(u"colorPreset0"_s)->trigger();
    for (const QString &ns : {colorNs, biocNs}) {
        for (const QString &name : {u"background-color"_s, u"border-color"_s, u"fill"_s, u"stroke"_s})
            QVERIFY(di(diId)->findAttribute(ns, name) == nullptr);
    }
    QVERIFY(!m_editor->scene()->shapeItemForElement(u"Gateway_1"_s)->renderShape().colors.fill.isValid());
}

void TestColoring::coloursSurviveSaveAndOpen()
{
    m_editor->selectElement(u"Task_1"_s);
    QTRY_VERIFY(m_editor->contextPad()->isVisible());
    m_editor->contextPad()
        ->findChild<QToolButton *>(u"padColor"_s)
        ->menu()
        ->findChild<QAction *>(u"colorPreset5"_s)
        ->trigger();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"colored.bpmn"_s);
    QVERIFY(m_editor->saveFile(path, false));

    // Other tools read either form; this one reads it back.
    BpmnReadResult read = BpmnReader::readFile(path);
    QVERIFY(read.readable);
    const BpmnDiModel model = BpmnDiModel::fromDocument(read.document);
    bool found = false;
    for (const BpmnDiModel::Shape &shape : model.diagrams().first().shapes) {
        if (shape.bpmnElement == u"Task_1") {
            found = true;
            QCOMPARE(shape.colors.fill, ColorCommand::presets().at(5).fill.name());
        }
    }
    QVERIFY(found);
    ProcessEditor reopened;
    QVERIFY(reopened.openFile(path, false));
    QCOMPARE(reopened.scene()->shapeItemForElement(u"Task_1"_s)->renderShape().colors.stroke,
             ColorCommand::presets().at(5).stroke);
}

QTEST_MAIN(TestColoring)
#include "tst_coloring.moc"
