#include "problemspanel.h"
#include "processdocument.h"
#include "processeditor.h"
#include "processproperties.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "propertiespanel.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnwriter.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

// What a process owner relies on in the properties panel: each property edit changes the
// model as BPMN (or the documented Pristriy extension) says, is one undo step, and undo gives
// back exactly the document that was there before.
class TestPropertiesPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editThenUndoRestoresXml_data();
    void editThenUndoRestoresXml();
    void changeIdRenamesReferences();
    void invalidIdIsRefused_data();
    void invalidIdIsRefused();
    void extensionsSurviveSaveAndOpen();
    void panelShowsOnlyWhatTheElementHas();
    void panelFollowsUndo();
    void severalSelectedAreCounted();

private:
    template<typename T>
    T *field(const char *name) const
    {
        return m_editor->propertiesPanel()->findChild<T *>(QString::fromLatin1(name));
    }
    void editLine(const char *name, const QString &text);
    const BpmnXmlNode *element(const QString &id) const
    {
        return m_editor->document()->document().elementById(id);
    }

    ProcessEditor *m_editor = nullptr;
};

void TestPropertiesPanel::init()
{
    m_editor = new ProcessEditor;
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QVERIFY(m_editor->propertiesPanel()->isVisible());
    QVERIFY(m_editor->openFile(QStringLiteral(PRISTRIY_TEST_DATA "/process-properties.bpmn"), false));
}

void TestPropertiesPanel::cleanup()
{
    m_editor->document()->undoStack()->setClean();
    delete m_editor;
}

void TestPropertiesPanel::editLine(const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(name);
    QVERIFY(edit);
    QVERIFY2(edit->isVisible(), name);
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestPropertiesPanel::editThenUndoRestoresXml_data()
{
    QTest::addColumn<QString>("elementId");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");

    QTest::newRow("name") << "Task_1"
                          << "name"
                          << "Call the client back";
    QTest::newRow("clear name") << "Task_1"
                                << "name"
                                << "";
    QTest::newRow("documentation") << "Task_1"
                                   << "documentation"
                                   << "Ask about the budget.\nThen agree a date.";
    QTest::newRow("process documentation") << "Process_1"
                                           << "documentation"
                                           << "How we sell.";
    QTest::newRow("condition") << "Flow_3"
                               << "condition"
                               << "${interested && budget > 0}";
    QTest::newRow("remove condition") << "Flow_3"
                                      << "condition"
                                      << "";
    QTest::newRow("new condition") << "Flow_4"
                                   << "condition"
                                   << "${!interested}";
    QTest::newRow("timer duration") << "Timer_1"
                                    << "timer:0"
                                    << "P3D";
    QTest::newRow("timer date") << "Timer_1"
                                << "timer:1"
                                << "2026-12-01T09:00:00Z";
    QTest::newRow("timer cycle") << "Timer_1"
                                 << "timer:2"
                                 << "R3/PT1H";
    QTest::newRow("task role") << "Task_1"
                               << "role"
                               << "Sales manager";
    QTest::newRow("lane role") << "Lane_Sales"
                               << "role"
                               << "Head of sales";
    QTest::newRow("due days") << "Task_1"
                              << "due"
                              << "4";
    QTest::newRow("id") << "Task_1"
                        << "id"
                        << "Task_CallClient";
}

void TestPropertiesPanel::editThenUndoRestoresXml()
{
    QFETCH(QString, elementId);
    QFETCH(QString, property);
    QFETCH(QString, value);

    const BpmnDocument before = m_editor->document()->document().clone();
    m_editor->selectElement(elementId);
    QCOMPARE(m_editor->propertiesPanel()->elementId(), elementId);
    QUndoStack *stack = m_editor->document()->undoStack();
    const int count = stack->count();

    if (property == u"name") {
        editLine("propertyName", value);
        QCOMPARE(element(elementId)->attribute(u"name"), value);
        QCOMPARE(element(elementId)->hasAttribute(u"name"), !value.isEmpty());
    } else if (property == u"documentation") {
        auto *edit = field<QPlainTextEdit>("propertyDocumentation");
        edit->setPlainText(value);
        QFocusEvent focusOut(QEvent::FocusOut);
        QApplication::sendEvent(edit, &focusOut);
        QCOMPARE(ProcessProperties::documentation(element(elementId)), value);
    } else if (property == u"condition") {
        editLine("propertyCondition", value);
        QCOMPARE(ProcessProperties::condition(element(elementId)), value);
        const BpmnXmlNode *expression =
            element(elementId)->firstChildElement(BpmnNamespaces::model, u"conditionExpression");
        QCOMPARE(expression != nullptr, !value.isEmpty());
        if (expression)
            QVERIFY(expression->attribute(BpmnNamespaces::xsi, u"type").endsWith(u"tFormalExpression"));
    } else if (property.startsWith(u"timer:")) {
        auto *kind = field<QComboBox>("propertyTimerKind");
        kind->setCurrentIndex(property.mid(6).toInt());
        editLine("propertyTimerValue", value);
        QCOMPARE(int(ProcessProperties::timerKind(element(elementId))), property.mid(6).toInt() + 1);
        QCOMPARE(ProcessProperties::timerValue(element(elementId)), value);
        QCOMPARE(ProcessProperties::timerDefinition(element(elementId))
                     ->childElements(BpmnNamespaces::model, u"timeDuration")
                     .size(),
                 property == u"timer:0" ? 1 : 0); // one timer expression, never two
    } else if (property == u"role") {
        editLine("propertyRole", value);
        QCOMPARE(ProcessProperties::assigneeRole(element(elementId)), value);
    } else if (property == u"due") {
        auto *spin = field<QSpinBox>("propertyDueDays");
        QVERIFY(spin->isVisibleTo(m_editor));
        spin->setValue(value.toInt());
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(ProcessProperties::dueDays(element(elementId)), value.toInt());
    } else if (property == u"id") {
        editLine("propertyId", value);
        QVERIFY(element(value));
        QVERIFY(!element(elementId));
    }
    QCOMPARE(stack->count(), count + 1); // one undo step per edit

    stack->undo();
    const BpmnXmlCompare::Result restored = BpmnXmlCompare::compare(before, m_editor->document()->document());
    QVERIFY2(restored.equal, qPrintable(restored.differences.join(u'\n')));
    QVERIFY(element(elementId));
    stack->redo();
    QVERIFY(!BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

void TestPropertiesPanel::changeIdRenamesReferences()
{
    m_editor->selectElement(QStringLiteral("Gateway_1"));
    editLine("propertyId", QStringLiteral("Gateway_Interested"));
    const BpmnDocument &document = m_editor->document()->document();
    QVERIFY(!document.elementById(QStringLiteral("Gateway_1")));
    QCOMPARE(document.elementById(QStringLiteral("Flow_2"))->attribute(u"targetRef"), u"Gateway_Interested");
    QCOMPARE(document.elementById(QStringLiteral("Flow_3"))->attribute(u"sourceRef"), u"Gateway_Interested");
    QCOMPARE(document.elementById(QStringLiteral("Gateway_1_di"))->attribute(u"bpmnElement"),
             u"Gateway_Interested");
    const QByteArray xml = BpmnWriter::toByteArray(document);
    QVERIFY(xml.contains("<bpmn:flowNodeRef>Gateway_Interested</bpmn:flowNodeRef>"));
    QVERIFY(!xml.contains("\"Gateway_1\"") && !xml.contains(">Gateway_1<"));
    QVERIFY(BpmnConsistencyCheck::check(document).isEmpty());
    // The canvas still shows it, under its new id, and it stays selected.
    QVERIFY(m_editor->scene()->shapeItemForElement(QStringLiteral("Gateway_Interested")));
    QCOMPARE(m_editor->propertiesPanel()->elementId(), u"Gateway_Interested");

    m_editor->document()->undoStack()->undo();
    QVERIFY(m_editor->scene()->shapeItemForElement(QStringLiteral("Gateway_1")));
    QCOMPARE(m_editor->propertiesPanel()->elementId(), u"Gateway_1");
}

void TestPropertiesPanel::invalidIdIsRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("duplicate") << "Flow_1";
    QTest::newRow("starts with a digit") << "1Task";
    QTest::newRow("space") << "Call client";
    QTest::newRow("colon") << "a:b";
}

void TestPropertiesPanel::invalidIdIsRefused()
{
    QFETCH(QString, id);
    const BpmnDocument before = m_editor->document()->document().clone();
    m_editor->selectElement(QStringLiteral("Task_1"));
    editLine("propertyId", id);
    QCOMPARE(m_editor->document()->undoStack()->count(), 0);
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
    const QList<QLabel *> labels = m_editor->propertiesPanel()->findChildren<QLabel *>();
    const bool told = std::any_of(labels.begin(), labels.end(), [&](QLabel *label) {
        return label->isVisibleTo(m_editor) && label->text().contains(id);
    });
    QVERIFY2(told, "the panel says why the id was refused");
}

void TestPropertiesPanel::extensionsSurviveSaveAndOpen()
{
    m_editor->selectElement(QStringLiteral("Task_1"));
    editLine("propertyRole", QStringLiteral("Sales manager"));
    auto *spin = field<QSpinBox>("propertyDueDays");
    spin->setValue(3);
    QTest::keyClick(spin, Qt::Key_Return);
    auto *documentation = field<QPlainTextEdit>("propertyDocumentation");
    documentation->setPlainText(QStringLiteral("Call within a day."));
    QFocusEvent focusOut(QEvent::FocusOut);
    QApplication::sendEvent(documentation, &focusOut);

    const QByteArray xml = BpmnWriter::toByteArray(m_editor->document()->document());
    QVERIFY(xml.contains("https://pristriy.example/bpmn"));
    BpmnReadResult read = BpmnReader::read(xml);
    QVERIFY(read.readable);
    const BpmnXmlNode *task = read.document.elementById(QStringLiteral("Task_1"));
    QCOMPARE(ProcessProperties::assigneeRole(task), u"Sales manager");
    QCOMPARE(ProcessProperties::dueDays(task), 3);
    // BPMN's order: documentation, then extensionElements, then the flow references.
    int documentationAt = -1, extensionsAt = -1, incomingAt = -1;
    for (int i = 0; i < task->childCount(); ++i) {
        const BpmnXmlNode *child = task->childAt(i);
        if (child->is(BpmnNamespaces::model, u"documentation"))
            documentationAt = i;
        else if (child->is(BpmnNamespaces::model, u"extensionElements"))
            extensionsAt = i;
        else if (child->is(BpmnNamespaces::model, u"incoming"))
            incomingAt = i;
    }
    QVERIFY(documentationAt >= 0 && documentationAt < extensionsAt && extensionsAt < incomingAt);

    // Clearing both values removes the extension container again.
    editLine("propertyRole", QString());
    spin->setValue(0);
    QTest::keyClick(spin, Qt::Key_Return);
    QVERIFY(
        !element(QStringLiteral("Task_1"))->firstChildElement(BpmnNamespaces::model, u"extensionElements"));
}

void TestPropertiesPanel::panelShowsOnlyWhatTheElementHas()
{
    m_editor->selectElement(QStringLiteral("Flow_3"));
    QVERIFY(field<QLineEdit>("propertyCondition")->isVisibleTo(m_editor));
    QVERIFY(!field<QSpinBox>("propertyDueDays")->isVisibleTo(m_editor));
    QCOMPARE(field<QLineEdit>("propertyCondition")->text(), u"${interested}");
    m_editor->selectElement(QStringLiteral("Timer_1"));
    QVERIFY(field<QLineEdit>("propertyTimerValue")->isVisibleTo(m_editor));
    QCOMPARE(field<QLineEdit>("propertyTimerValue")->text(), u"P1D");
    QVERIFY(!field<QLineEdit>("propertyCondition")->isVisibleTo(m_editor));
    m_editor->selectElement(QStringLiteral("Lane_Sales"));
    QVERIFY(field<QLineEdit>("propertyRole")->isVisibleTo(m_editor));
    QVERIFY(!field<QSpinBox>("propertyDueDays")->isVisibleTo(m_editor));
    m_editor->scene()->clearSelection();
    QCOMPARE(m_editor->propertiesPanel()->elementId(), u"Process_1");
}

void TestPropertiesPanel::panelFollowsUndo()
{
    m_editor->selectElement(QStringLiteral("Task_1"));
    editLine("propertyName", QStringLiteral("Visit the client"));
    QCOMPARE(m_editor->scene()->shapeItemForElement(QStringLiteral("Task_1"))->renderShape().text,
             u"Visit the client");
    m_editor->document()->undoStack()->undo();
    QCOMPARE(field<QLineEdit>("propertyName")->text(), u"Call the client");
}

// Several elements selected: the panel edits none of them and says how many there are.
void TestPropertiesPanel::severalSelectedAreCounted()
{
    m_editor->scene()->selectAllElements();
    const int selected = int(m_editor->scene()->selectedItems().size());
    QVERIFY(selected > 1);
    auto *kind = field<QLabel>("propertyKind");
    QVERIFY(kind);
    QVERIFY2(kind->text().contains(QString::number(selected)), qPrintable(kind->text()));
    QVERIFY(!field<QLineEdit>("propertyId")->isVisibleTo(m_editor->propertiesPanel()) ||
            field<QLineEdit>("propertyId")->text().isEmpty());
    m_editor->scene()->clearSelection();
    QVERIFY(!kind->text().contains(QString::number(selected)));
}

QTEST_MAIN(TestPropertiesPanel)
#include "tst_propertiespanel.moc"
