#include "processeditor.h"

#include "arrangeshapescommand.h"
#include "bpmnlabelpainter.h"
#include "bpmnshapepainter.h"
#include "connectcommand.h"
#include "connecttool.h"
#include "createelementcommand.h"
#include "createtool.h"
#include "deletecommand.h"
#include "handtool.h"
#include "lassotool.h"
#include "poolcommands.h"
#include "problemspanel.h"
#include "processclipboard.h"
#include "processcontainers.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processexport.h"
#include "processmapdialog.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processtemplates.h"
#include "processview.h"
#include "propertiespanel.h"
#include "renamecommand.h"
#include "resizeshapecommand.h"
#include "retargetflowcommand.h"
#include "selecttool.h"
#include "spacetool.h"

#include "bpmn/bpmnnamespaces.h"
#include "demo/democatalog.h"
#include "process/processmapstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDrag>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// The palette icon of an element variant, drawn by the canvas's own shape painter.
QIcon elementIcon(const BpmnElementSpec &spec)
{
    QPixmap pixmap(QSize(32, 32) * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    BpmnRenderModel::Shape shape;
    shape.type = spec.type;
    QSizeF size = spec.defaultSize();
    if (spec.type == BpmnElementType::Participant || spec.type == BpmnElementType::Lane) {
        // Pools keep their name band readable: a small pool, drawn at half scale.
        size = spec.horizontal ? QSizeF(56, 40) : QSizeF(40, 56);
        painter.scale(0.5, 0.5);
        shape.bounds = QRectF(QPointF(32 - size.width() / 2, 32 - size.height() / 2), size);
    } else if (spec.type == BpmnElementType::BoundaryEvent) {
        // On the border of a small task, as it is drawn on the canvas.
        BpmnRenderModel::Shape task;
        task.type = BpmnElementType::Task;
        task.bounds = QRectF(2, 3, 28, 17);
        BpmnShapePainter::paint(&painter, task);
        shape.bounds = QRectF(8, 12, 17, 17);
    } else {
        size = size.scaled(QSizeF(28, 28), Qt::KeepAspectRatio);
        shape.bounds = QRectF(QPointF(16 - size.width() / 2, 16 - size.height() / 2), size);
    }
    shape.markerVisible = true;
    shape.horizontal = spec.horizontal;
    shape.expanded = spec.expanded || spec.triggeredByEvent;
    shape.triggeredByEvent = spec.triggeredByEvent;
    shape.interrupting = spec.interrupting;
    shape.collapsedMarker =
        (BpmnSchema::isSubProcess(spec.type) || spec.type == BpmnElementType::CallActivity) &&
        !shape.expanded;
    if (BpmnSchema::isTask(spec.type))
        shape.iconType = spec.type;
    if (spec.definition != BpmnEventDefinitionType::None)
        shape.eventDefinitions = {spec.definition};
    BpmnShapePainter::paint(&painter, shape);
    if (spec.type == BpmnElementType::Participant && spec.horizontal)
        painter.drawLine(QPointF(shape.bounds.left() + 12, shape.bounds.top()),
                         QPointF(shape.bounds.left() + 12, shape.bounds.bottom()));
    return QIcon(pixmap);
}

// A new map, as bpmn-js starts one: a process with a start event to append the first step to.
constexpr char blankMap[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="182" y="182" width="36" height="36"/>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

BpmnElementSpec variant(BpmnElementType type,
                        BpmnEventDefinitionType definition = BpmnEventDefinitionType::None)
{
    BpmnElementSpec spec(type);
    spec.definition = definition;
    return spec;
}

} // namespace

ProcessEditor::ProcessEditor(QWidget *parent)
    : QWidget(parent)
    , m_document(new ProcessDocument(this))
    , m_scene(new ProcessScene(m_document, this))
    , m_view(new ProcessView(m_scene, this))
    , m_toolBar(new QToolBar(this))
    , m_palette(new QToolBar(this))
    , m_menuBar(new QMenuBar(this))
    , m_window(new QMainWindow(this))
    , m_properties(new PropertiesPanel(m_document)) // the docks take them in createDocks()
    , m_problems(new ProblemsPanel(m_document))
    , m_status(new QLabel(this))
    , m_tools(new QActionGroup(this))
    , m_selectTool(std::make_unique<SelectTool>(m_scene))
    , m_connectTool(std::make_unique<ConnectTool>(m_scene))
    , m_createTool(std::make_unique<CreateTool>(m_scene, BpmnElementType::Task))
    , m_handTool(std::make_unique<HandTool>(m_scene))
    , m_lassoTool(std::make_unique<LassoTool>(m_scene))
    , m_spaceTool(std::make_unique<SpaceTool>(m_scene))
{
    m_palette->setOrientation(Qt::Vertical);
    m_palette->setIconSize(QSize(32, 32));
    m_view->setObjectName(QStringLiteral("processView"));
    m_palette->setObjectName(QStringLiteral("processPalette"));
    createActions();
    createPalette();
    createMenus(m_fileActions.at(0), m_fileActions.at(1), m_fileActions.at(2));

    m_window->setWindowFlags(Qt::Widget); // QMainWindow's constructor always makes a window
    auto *canvasWidget = new QWidget(m_window);
    auto *canvas = new QHBoxLayout(canvasWidget);
    canvas->setContentsMargins(0, 0, 0, 0);
    canvas->setSpacing(0);
    canvas->addWidget(m_palette);
    canvas->addWidget(m_view, 1);
    m_window->setCentralWidget(canvasWidget);
    createDocks();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->setMenuBar(m_menuBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_diagramBar);
    layout->addWidget(m_window, 1);
    layout->addWidget(m_status);
    m_status->setContentsMargins(6, 2, 6, 2);

    connect(m_scene, &ProcessScene::statusMessage, this, &ProcessEditor::showMessage);
    connect(m_scene, &ProcessScene::renameRequested, this, &ProcessEditor::editLabel);
    // Whatever replaced the diagram or moved the items, an open label editor is out of place.
    connect(m_document, &ProcessDocument::structureChanged, this, [this] { finishLabelEdit(false); });
    connect(m_scene, &ProcessScene::toolFinished, m_selectAction, &QAction::trigger);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &ProcessEditor::updateTitle);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ProcessEditor::followSelection);
    connect(m_document, &ProcessDocument::structureChanged, this, &ProcessEditor::followSelection);
    connect(m_problems, &ProblemsPanel::elementActivated, this, &ProcessEditor::selectElement);
    connect(m_view, &ProcessView::elementDropped, this, &ProcessEditor::createElementAt);
    connect(m_scene, &ProcessScene::contextMenuRequested, this, &ProcessEditor::showContextMenu);
    createContextPad();
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ProcessEditor::updateContextPad);
    connect(m_document, &ProcessDocument::elementsChanged, this, &ProcessEditor::updateContextPad);
    connect(m_document, &ProcessDocument::structureChanged, this, &ProcessEditor::updateContextPad);
    connect(m_view, &ProcessView::viewChanged, this, &ProcessEditor::updateContextPad);
    chooseTool(m_selectAction);
    updateTitle();
    resize(1280, 800);
}

void ProcessEditor::createDiagramChooser()
{
    // A file may hold several diagrams (other tools draw each process or collaboration on its own):
    // a bar under the toolbar appears when there is more than one and shows one at a time.
    m_diagramBar = new QWidget(this);
    m_diagramBar->setObjectName(QStringLiteral("diagramBar"));
    auto *box = new QComboBox(m_diagramBar);
    box->setObjectName(QStringLiteral("diagramBox"));
    box->setToolTip(tr("The diagram of the file shown on the canvas"));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&Diagram:"), m_diagramBar);
    label->setBuddy(box);
    auto *row = new QHBoxLayout(m_diagramBar);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(label);
    row->addWidget(box);
    row->addStretch(1);
    const auto reload = [this, box] {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(m_document->diagramNames());
        box->setCurrentIndex(m_document->currentDiagram());
        m_diagramBar->setVisible(box->count() > 1);
    };
    connect(m_document, &ProcessDocument::documentReplaced, this, reload);
    connect(box, &QComboBox::activated, this, [this](int index) {
        m_scene->clearSelection();
        m_document->setCurrentDiagram(index);
        m_view->zoomToFit();
        showMessage(tr("Showing the diagram “%1”.").arg(m_document->diagramNames().value(index)));
    });
    reload();
}

ProcessEditor::~ProcessEditor()
{
    // The document goes first (it is the oldest child); nothing may follow the scene after it.
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_view, nullptr, this, nullptr); // its scroll bars still move while it goes
    disconnect(m_document, nullptr, this, nullptr);
    m_contextPad = nullptr;
    m_scene->setTool(nullptr);
}

QAction *ProcessEditor::paletteAction(BpmnElementType type) const
{
    for (const PaletteVariant &entry : m_variants) {
        if (entry.spec == BpmnElementSpec(type))
            return paletteAction(entry.spec);
    }
    for (const PaletteVariant &entry : m_variants) {
        if (entry.spec.type == type)
            return paletteAction(entry.spec);
    }
    return nullptr;
}

QAction *ProcessEditor::paletteAction(const BpmnElementSpec &spec) const
{
    for (const PaletteVariant &entry : m_variants) {
        if (entry.spec == spec) {
            selectVariant(entry);
            return entry.family;
        }
    }
    return nullptr;
}

QIcon ProcessEditor::paletteIcon(const BpmnElementSpec &spec)
{
    return elementIcon(spec);
}

QList<BpmnElementSpec> ProcessEditor::paletteSpecs() const
{
    QList<BpmnElementSpec> specs;
    for (const PaletteVariant &entry : m_variants)
        specs.append(entry.spec);
    return specs;
}

void ProcessEditor::selectVariant(const PaletteVariant &entry) const
{
    QAction *action = entry.family;
    if (m_familySpecs.contains(action) && m_familySpecs.value(action) == entry.spec &&
        action->text() == entry.text)
        return;
    m_familySpecs.insert(action, entry.spec);
    action->setIcon(elementIcon(entry.spec));
    action->setText(entry.text);
    action->setData(int(entry.spec.type));
    action->setToolTip(tr("%1: drag it onto the canvas, or click here and then on the canvas; the arrow "
                          "shows the other kinds")
                           .arg(entry.text));
}

void ProcessEditor::createActions()
{
    // Menu entries, found by object name; `toolBar` also puts them on the tool bar.
    const auto add = [this](const char *name, const QString &text, const QKeySequence &shortcut, auto slot,
                            bool toolBar = false, bool edits = false) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        if (toolBar)
            m_toolBar->addAction(action);
        if (edits)
            m_editActions.append(action);
        return action;
    };
    add("newMap", tr("&New Process Map"), QKeySequence::New, &ProcessEditor::newWindow);
    QAction *open = add("open", tr("&Open…"), QKeySequence::Open, &ProcessEditor::open, true);
    QAction *save = add("save", tr("&Save"), QKeySequence::Save, &ProcessEditor::save, true);
    QAction *saveAs = add("saveAs", tr("Save &As…"), QKeySequence::SaveAs, &ProcessEditor::saveAs, true);
    add("openFromDatabase", tr("Open Map from &Database…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
        &ProcessEditor::openFromDatabase);
    add("saveToDatabase", tr("Save to Data&base as…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
        &ProcessEditor::saveToDatabaseAs);
    add("versionHistory", tr("&Version History…"), QKeySequence(), &ProcessEditor::showVersionHistory);
    add("exportDrawing", tr("&Export Drawing…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        &ProcessEditor::exportAs);
    add("print", tr("&Print…"), QKeySequence::Print, &ProcessEditor::print);
    m_toolBar->addSeparator();
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    // Both of the usual redo keys, whatever the platform's standard one is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // The toolbar's buttons keep a short, steady label ("Undo Connect Flow" would widen and clip them);
    // the step they undo or redo is in their tooltip, and the Edit menu names it.
    const auto toolbarProxy = [this](QAction *action, const QString &text) {
        auto *button = new QAction(text, m_toolBar);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        const auto follow = [action, button] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text().remove(u'&'));
        };
        connect(action, &QAction::changed, button, follow);
        connect(button, &QAction::triggered, action, &QAction::trigger);
        follow();
        m_toolBar->addAction(button);
    };
    toolbarProxy(undo, tr("Undo"));
    toolbarProxy(redo, tr("Redo"));
    add("cut", tr("Cu&t"), QKeySequence::Cut, &ProcessEditor::cut, false, true);
    add("copy", tr("&Copy"), QKeySequence::Copy, &ProcessEditor::copy);
    add("paste", tr("&Paste"), QKeySequence::Paste, &ProcessEditor::paste, false, true);
    QAction *deleteAction =
        add("delete", tr("&Delete"), QKeySequence::Delete, &ProcessEditor::deleteSelection, true, true);
    deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    add(
        "selectAll", tr("Select &All"), QKeySequence::SelectAll, [this] { m_scene->selectAllElements(); },
        true);
    QAction *rename =
        add("rename", tr("&Rename"), QKeySequence(Qt::Key_F2), &ProcessEditor::renameSelection, true, true);
    rename->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_E)});
    m_toolBar->addSeparator();
    add(
        "zoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); }, true);
    add(
        "zoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); }, true);
    add(
        "zoomFit", tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->zoomToFit(); }, true);
    add("zoomActual", tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_view->resetZoom(); });
    createDiagramChooser();
    const std::pair<const char *, Qt::Key> arrows[] = {{"nudgeLeft", Qt::Key_Left},
                                                       {"nudgeRight", Qt::Key_Right},
                                                       {"nudgeUp", Qt::Key_Up},
                                                       {"nudgeDown", Qt::Key_Down}};
    for (const auto &[name, key] : arrows) {
        const QPointF direction(key == Qt::Key_Left    ? -1
                                : key == Qt::Key_Right ? 1
                                                       : 0,
                                key == Qt::Key_Up     ? -1
                                : key == Qt::Key_Down ? 1
                                                      : 0);
        QAction *action = add(
            name, QString(), QKeySequence(key), [this, direction] { nudge(direction); }, false, true);
        // Only while the canvas has the focus: text fields of the panels need their arrow keys.
        action->setShortcutContext(Qt::WidgetShortcut);
        removeAction(action);
        m_view->addAction(action);
    }
    // A: append a task to the selected element, connected (as the context pad's first entry).
    add(
        "appendTask", tr("A&ppend Task"), QKeySequence(Qt::Key_A),
        [this] {
            if (!m_padElement.isEmpty())
                appendElement(m_padElement, BpmnElementType::Task);
        },
        false, true);
    // R: the Change Type menu of the selected element, as bpmn-js's replace menu.
    add("changeType", tr("Change &Type…"), QKeySequence(Qt::Key_R), &ProcessEditor::showTypeMenu, false,
        true);
    add("find", tr("&Find Element…"), QKeySequence::Find, &ProcessEditor::showFind);
    QAction *shortcuts = add("keyboardShortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1),
                             &ProcessEditor::showShortcuts);
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    QAction *snap = add("snapToGrid", tr("&Snap to Grid"), QKeySequence(), &ProcessEditor::setSnapToGrid);
    snap->setCheckable(true);
    snap->setChecked(m_scene->gridSize() > 0);
    m_fileActions = {open, save, saveAs};
}

QAction *ProcessEditor::editorAction(const QString &objectName) const
{
    return findChild<QAction *>(objectName); // menu entries belong to their menus
}

QAction *ProcessEditor::addTool(const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_tools);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setCheckable(true);
    action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    m_palette->addAction(action);
    return action;
}

void ProcessEditor::createPalette()
{
    m_selectAction = addTool(tr("Select"), QKeySequence(Qt::Key_Escape));
    m_handAction = addTool(tr("Hand"), QKeySequence(Qt::Key_H));
    m_lassoAction = addTool(tr("Lasso"), QKeySequence(Qt::Key_L));
    m_connectAction = addTool(tr("Connect"), QKeySequence(Qt::Key_C));
    m_spaceAction = addTool(tr("Space"), QKeySequence(Qt::Key_S));
    m_spaceAction->setObjectName(QStringLiteral("spaceTool"));
    m_spaceAction->setToolTip(tr("Space (S): drag to make space, drag back to remove it; Ctrl moves the "
                                 "left or upper side"));
    m_palette->addSeparator();
    using T = BpmnElementType;
    using D = BpmnEventDefinitionType;
    addPaletteFamily(tr("Start event"),
                     {{variant(T::StartEvent), tr("Start event")},
                      {variant(T::StartEvent, D::Message), tr("Message start event")},
                      {variant(T::StartEvent, D::Timer), tr("Timer start event")},
                      {variant(T::StartEvent, D::Conditional), tr("Conditional start event")},
                      {variant(T::StartEvent, D::Signal), tr("Signal start event")}});
    addPaletteFamily(tr("Intermediate event"),
                     {{variant(T::IntermediateThrowEvent), tr("Intermediate event")},
                      {variant(T::IntermediateCatchEvent, D::Message), tr("Message catch event")},
                      {variant(T::IntermediateCatchEvent, D::Timer), tr("Timer catch event")},
                      {variant(T::IntermediateCatchEvent, D::Conditional), tr("Conditional catch event")},
                      {variant(T::IntermediateCatchEvent, D::Signal), tr("Signal catch event")},
                      {variant(T::IntermediateCatchEvent, D::Link), tr("Link catch event")},
                      {variant(T::IntermediateThrowEvent, D::Message), tr("Message throw event")},
                      {variant(T::IntermediateThrowEvent, D::Signal), tr("Signal throw event")},
                      {variant(T::IntermediateThrowEvent, D::Escalation), tr("Escalation throw event")},
                      {variant(T::IntermediateThrowEvent, D::Link), tr("Link throw event")},
                      {variant(T::IntermediateThrowEvent, D::Compensation), tr("Compensation throw event")}});
    QList<std::pair<BpmnElementSpec, QString>> boundary = {
        {variant(T::BoundaryEvent), tr("Boundary event")},
        {variant(T::BoundaryEvent, D::Message), tr("Message boundary event")},
        {variant(T::BoundaryEvent, D::Timer), tr("Timer boundary event")},
        {variant(T::BoundaryEvent, D::Error), tr("Error boundary event")},
        {variant(T::BoundaryEvent, D::Escalation), tr("Escalation boundary event")},
        {variant(T::BoundaryEvent, D::Conditional), tr("Conditional boundary event")},
        {variant(T::BoundaryEvent, D::Signal), tr("Signal boundary event")},
        {variant(T::BoundaryEvent, D::Compensation), tr("Compensation boundary event")}};
    for (const auto &[definition, text] :
         {std::pair(D::Message, tr("Message boundary event (non-interrupting)")),
          std::pair(D::Timer, tr("Timer boundary event (non-interrupting)")),
          std::pair(D::Escalation, tr("Escalation boundary event (non-interrupting)")),
          std::pair(D::Conditional, tr("Conditional boundary event (non-interrupting)")),
          std::pair(D::Signal, tr("Signal boundary event (non-interrupting)"))}) {
        BpmnElementSpec spec = variant(T::BoundaryEvent, definition);
        spec.interrupting = false;
        boundary.append({spec, text});
    }
    addPaletteFamily(tr("Boundary event"), boundary);
    addPaletteFamily(tr("End event"), {{variant(T::EndEvent), tr("End event")},
                                       {variant(T::EndEvent, D::Message), tr("Message end event")},
                                       {variant(T::EndEvent, D::Escalation), tr("Escalation end event")},
                                       {variant(T::EndEvent, D::Error), tr("Error end event")},
                                       {variant(T::EndEvent, D::Compensation), tr("Compensation end event")},
                                       {variant(T::EndEvent, D::Signal), tr("Signal end event")},
                                       {variant(T::EndEvent, D::Terminate), tr("Terminate end event")}});
    addPaletteFamily(tr("Task"), {{variant(T::Task), tr("Task")},
                                  {variant(T::UserTask), tr("User task")},
                                  {variant(T::ServiceTask), tr("Service task")},
                                  {variant(T::SendTask), tr("Send task")},
                                  {variant(T::ReceiveTask), tr("Receive task")},
                                  {variant(T::ManualTask), tr("Manual task")},
                                  {variant(T::BusinessRuleTask), tr("Business rule task")},
                                  {variant(T::ScriptTask), tr("Script task")},
                                  {variant(T::CallActivity), tr("Call activity")}});
    BpmnElementSpec expanded(T::SubProcess);
    expanded.expanded = true;
    BpmnElementSpec eventSubProcess(T::SubProcess);
    eventSubProcess.triggeredByEvent = true;
    BpmnElementSpec transaction(T::Transaction);
    transaction.expanded = true;
    addPaletteFamily(tr("Sub-process"), {{variant(T::SubProcess), tr("Sub-process (collapsed)")},
                                         {expanded, tr("Sub-process (expanded)")},
                                         {eventSubProcess, tr("Event sub-process")},
                                         {transaction, tr("Transaction")},
                                         {variant(T::AdHocSubProcess), tr("Ad-hoc sub-process")}});
    addPaletteFamily(tr("Gateway"), {{variant(T::ExclusiveGateway), tr("Exclusive gateway")},
                                     {variant(T::ParallelGateway), tr("Parallel gateway")},
                                     {variant(T::InclusiveGateway), tr("Inclusive gateway")},
                                     {variant(T::EventBasedGateway), tr("Event-based gateway")},
                                     {variant(T::ComplexGateway), tr("Complex gateway")}});
    addPaletteFamily(tr("Data"), {{variant(T::DataObjectReference), tr("Data object")},
                                  {variant(T::DataStoreReference), tr("Data store")}});
    addPaletteFamily(tr("Artifacts"),
                     {{variant(T::TextAnnotation), tr("Text annotation")}, {variant(T::Group), tr("Group")}});
    BpmnElementSpec verticalPool(T::Participant);
    verticalPool.horizontal = false;
    addPaletteFamily(tr("Pool"), {{variant(T::Participant), tr("Pool")},
                                  {verticalPool, tr("Pool (vertical)")},
                                  {variant(T::Lane), tr("Lane")}});
    connect(m_tools, &QActionGroup::triggered, this, &ProcessEditor::chooseTool);
}

void ProcessEditor::addPaletteFamily(const QString &text,
                                     const QList<std::pair<BpmnElementSpec, QString>> &variants)
{
    auto *action = new QAction(text, m_tools);
    action->setCheckable(true);
    action->setObjectName(
        QStringLiteral("palette%1").arg(BpmnSchema::elementName(variants.first().first.type)));
    m_palette->addAction(action);
    auto *menu = new QMenu(m_palette);
    for (const auto &[spec, variantText] : variants) {
        const PaletteVariant entry{spec, variantText, action};
        m_variants.append(entry);
        QAction *item = menu->addAction(elementIcon(spec), variantText);
        item->setData(spec.key());
        connect(item, &QAction::triggered, this, [this, entry] {
            selectVariant(entry);
            entry.family->trigger();
        });
    }
    selectVariant(m_variants.at(m_variants.size() - variants.size()));
    if (auto *button = qobject_cast<QToolButton *>(m_palette->widgetForAction(action))) {
        button->setMenu(menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
        button->installEventFilter(this);
    }
}

void ProcessEditor::chooseTool(QAction *action)
{
    action->setChecked(true);
    if (m_readOnly && action != m_handAction) {
        m_handAction->setChecked(true); // a read-only map is only looked at
        return;
    }
    if (action == m_selectAction) {
        m_scene->setTool(m_selectTool.get());
        m_view->setDragMode(QGraphicsView::RubberBandDrag);
        // A rectangle from empty space or a pool's body takes what lies wholly inside it, so that one
        // drawn inside a pool selects what it holds, not the pool and its lanes.
        m_view->setRubberBandSelectionMode(Qt::ContainsItemShape);
    } else if (action == m_connectAction) {
        m_scene->setTool(m_connectTool.get());
        m_view->setDragMode(QGraphicsView::NoDrag);
    } else if (action == m_handAction) {
        m_scene->setTool(m_handTool.get());
        m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    } else if (action == m_lassoAction) {
        m_scene->setTool(m_lassoTool.get());
        m_view->setDragMode(QGraphicsView::RubberBandDrag);
        m_view->setRubberBandSelectionMode(Qt::IntersectsItemShape); // it may start on an element
    } else if (action == m_spaceAction) {
        m_scene->setTool(m_spaceTool.get());
        m_view->setDragMode(QGraphicsView::NoDrag);
    } else {
        m_createTool->setElementSpec(
            m_familySpecs.value(action, BpmnElementSpec(BpmnElementType(action->data().toInt()))));
        m_scene->setTool(m_createTool.get());
        m_view->setDragMode(QGraphicsView::NoDrag);
    }
    m_view->viewport()->setCursor(m_scene->tool()->cursor());
    updateContextPad(); // only with the select tool
}

void ProcessEditor::createMenus(QAction *open, QAction *save, QAction *saveAs)
{
    QMenu *file = m_menuBar->addMenu(tr("&File"));
    file->addAction(editorAction(QStringLiteral("newMap")));
    // A template never replaces the open map: it opens in a window of its own (or in this one
    // while it shows nothing worth keeping).
    QMenu *templates = file->addMenu(tr("New from &Template"));
    templates->setObjectName(QStringLiteral("templatesMenu"));
    for (const ProcessTemplates::Template &entry : ProcessTemplates::all()) {
        QAction *action = templates->addAction(entry.title);
        action->setData(entry.fileName);
        connect(action, &QAction::triggered, this,
                [this, fileName = entry.fileName] { openTemplate(fileName); });
    }
    file->addSeparator();
    file->addActions({open, save, saveAs});
    // Route maps in the database: shown once a database is set.
    file->addSeparator();
    for (const char *name : {"openFromDatabase", "saveToDatabase", "versionHistory"}) {
        QAction *action = editorAction(QString::fromLatin1(name));
        action->setVisible(false);
        file->addAction(action);
    }
    file->addSeparator();
    file->addAction(editorAction(QStringLiteral("exportDrawing")));
    file->addAction(editorAction(QStringLiteral("print")));

    QMenu *edit = m_menuBar->addMenu(tr("&Edit"));
    for (const char *name : {"undo", "redo", "", "cut", "copy", "paste", "delete", "", "selectAll", "rename",
                             "changeType", "", "find"}) {
        if (*name)
            edit->addAction(editorAction(QString::fromLatin1(name)));
        else
            edit->addSeparator();
    }
    createArrangeMenu(m_menuBar->addMenu(tr("&Arrange")));
    QMenu *view = m_menuBar->addMenu(tr("&View"));
    for (const char *name : {"zoomIn", "zoomOut", "zoomFit", "zoomActual"})
        view->addAction(editorAction(QString::fromLatin1(name)));
    view->addSeparator();
    view->addActions(m_tools->actions().mid(0, 5)); // select, hand, lasso, connect, space
    QMenu *help = m_menuBar->addMenu(tr("&Help"));
    help->addAction(editorAction(QStringLiteral("keyboardShortcuts")));
}

void ProcessEditor::createArrangeMenu(QMenu *menu)
{
    using A = ArrangeShapesCommand::Alignment;
    const std::pair<A, QString> alignments[] = {{A::Left, tr("Align &Left")},
                                                {A::HorizontalCentre, tr("Align &Centre")},
                                                {A::Right, tr("Align &Right")},
                                                {A::Top, tr("Align &Top")},
                                                {A::VerticalCentre, tr("Align &Middle")},
                                                {A::Bottom, tr("Align &Bottom")}};
    int index = 0;
    for (const auto &[alignment, text] : alignments) {
        QAction *action = menu->addAction(text, this, [this, a = alignment] { align(a); });
        action->setObjectName(QStringLiteral("align%1").arg(index++));
        m_editActions.append(action);
        if (alignment == A::Right)
            menu->addSeparator();
    }
    menu->addSeparator();
    QAction *horizontal =
        menu->addAction(tr("Distribute &Horizontally"), this, [this] { distribute(Qt::Horizontal); });
    horizontal->setObjectName(QStringLiteral("distributeHorizontally"));
    QAction *vertical =
        menu->addAction(tr("Distribute &Vertically"), this, [this] { distribute(Qt::Vertical); });
    vertical->setObjectName(QStringLiteral("distributeVertically"));
    m_editActions.append({horizontal, vertical});
    menu->addSeparator();
    menu->addAction(editorAction(QStringLiteral("snapToGrid")));
}

void ProcessEditor::createDocks()
{
    m_window->setDockOptions(QMainWindow::AnimatedDocks);
    auto *properties = new QDockWidget(tr("Properties"), m_window);
    properties->setObjectName(QStringLiteral("propertiesDock"));
    properties->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    properties->setWidget(m_properties);
    m_window->addDockWidget(Qt::RightDockWidgetArea, properties);
    auto *problems = new QDockWidget(tr("Problems"), m_window);
    problems->setObjectName(QStringLiteral("problemsDock"));
    problems->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    problems->setWidget(m_problems);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, problems);
    m_window->resizeDocks({properties}, {300}, Qt::Horizontal);
    m_window->resizeDocks({problems}, {160}, Qt::Vertical);
}

void ProcessEditor::followSelection()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    // The resize handle shows on a resizable shape selected alone.
    if (ProcessShapeItem *previous = m_scene->shapeItem(m_resizableId))
        previous->setResizable(false);
    m_resizableId.clear();
    if (!m_readOnly && selected.size() == 1 && selected.first()->type() == ProcessShapeItem::Type) {
        auto *item = static_cast<ProcessShapeItem *>(selected.first());
        if (ResizeShapeCommand::isResizable(*m_document, item->diId())) {
            item->setResizable(true);
            m_resizableId = item->diId();
        }
    }
    QString elementId;
    if (selected.size() == 1 && selected.first()->type() == ProcessShapeItem::Type)
        elementId = static_cast<ProcessShapeItem *>(selected.first())->elementId();
    else if (selected.size() == 1 && selected.first()->type() == ProcessEdgeItem::Type)
        elementId = static_cast<ProcessEdgeItem *>(selected.first())->elementId();
    else if (selected.isEmpty() && m_document->process())
        elementId = m_document->process()->attribute(u"id"); // the process itself
    m_properties->setSelectionCount(int(selected.size()));
    m_properties->setElement(elementId);
}

void ProcessEditor::selectElement(const QString &elementId)
{
    QGraphicsItem *item = m_scene->shapeItemForElement(elementId);
    if (!item)
        item = m_scene->edgeItemForElement(elementId);
    m_scene->clearSelection();
    if (!item) {
        m_properties->setElement(elementId); // not drawn (a process, a definition): still editable
        return;
    }
    item->setSelected(true);
    m_view->centerOn(item);
}

ProcessEditor *ProcessEditor::createWindow(QWidget *parent, DatabasePtr db, const QString &actor)
{
    auto *editor = new ProcessEditor(parent);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (db)
        editor->setDatabase(std::move(db), actor);
    return editor;
}

ProcessEditor *ProcessEditor::openInWindow(QWidget *parent, DatabasePtr db, const QString &actor)
{
    const QString fileName = QFileDialog::getOpenFileName(parent, tr("Open Process Map"), QString(),
                                                          tr("BPMN 2.0 files (*.bpmn *.xml);;All files (*)"));
    if (fileName.isEmpty())
        return nullptr;
    ProcessEditor *editor = createWindow(parent, std::move(db), actor);
    if (!editor->openFile(fileName)) {
        delete editor;
        return nullptr;
    }
    editor->show();
    return editor;
}

ProcessEditor *ProcessEditor::newMapInWindow(QWidget *parent, DatabasePtr db, const QString &actor)
{
    ProcessEditor *editor = createWindow(parent, std::move(db), actor);
    editor->show();
    editor->newMap(); // once shown: the view places the start event by its size
    return editor;
}

ProcessEditor *ProcessEditor::newFromTemplateInWindow(const QString &resource, QWidget *parent,
                                                      DatabasePtr db, const QString &actor)
{
    ProcessEditor *editor = createWindow(parent, std::move(db), actor);
    editor->show();
    if (!editor->newFromTemplate(resource)) {
        delete editor;
        return nullptr;
    }
    return editor;
}

void ProcessEditor::newWindow()
{
    newMapInWindow(parentWidget(), m_db, m_actor);
}

ProcessEditor *ProcessEditor::openTemplate(const QString &resource, bool interactive)
{
    if (isPristine())
        return newFromTemplate(resource, interactive) ? this : nullptr;
    // The open map stays as it is, saved or not: the template gets a window of its own.
    ProcessEditor *editor = createWindow(parentWidget(), m_db, m_actor);
    editor->show();
    if (!editor->newFromTemplate(resource, interactive)) {
        delete editor;
        return nullptr;
    }
    return editor;
}

bool ProcessEditor::isPristine() const
{
    return m_document->fileName().isEmpty() && m_mapId == 0 && m_document->undoStack()->count() == 0;
}

void ProcessEditor::newMap()
{
    finishLabelEdit(false);
    QString error;
    m_document->loadData(QByteArray(blankMap), &error);
    m_mapId = 0;
    m_mapVersion = 0;
    m_mapName.clear();
    setReadOnly(false);
    placeViewAtStart();
    updateTitle();
    // Selected, the start event shows the buttons to append the first step.
    if (const ProcessShapeItem *start = m_scene->shapeItemForElement(QStringLiteral("StartEvent_1")))
        m_scene->selectIds({start->diId()});
    showMessage(tr("A new process map."));
}

void ProcessEditor::placeViewAtStart()
{
    // At actual size, the drawing near the top left, where a new diagram starts in other tools.
    m_view->resetZoom();
    const QRectF drawing = m_scene->itemsBoundingRect();
    const QSize viewport = m_view->viewport()->size();
    const QPointF margin(std::min(160, viewport.width() / 6), std::min(160, viewport.height() / 4));
    m_view->centerOn(drawing.topLeft() - margin + QPointF(viewport.width() / 2.0, viewport.height() / 2.0));
}

bool ProcessEditor::openFile(const QString &fileName, bool interactive)
{
    QString error;
    if (!m_document->load(fileName, &error)) {
        if (interactive)
            QMessageBox::warning(this, tr("Open Process Map"), error);
        showMessage(error);
        return false;
    }
    m_mapId = 0;
    m_mapVersion = 0;
    setReadOnly(false);
    m_view->zoomToFit();
    updateTitle();
    showMessage(tr("Opened %1: %n element(s).", nullptr, m_scene->shapeItemCount()).arg(fileName));
    return true;
}

bool ProcessEditor::newFromTemplate(const QString &resource, bool interactive)
{
    QFile file(resource);
    QString error;
    const bool opened = file.open(QIODevice::ReadOnly);
    QByteArray xml = opened ? file.readAll() : QByteArray();
    // Its tasks and roles are named in the language of the database's data, like its pipelines.
    if (m_db) {
        xml = DemoCatalog::localizedTemplate(QString::fromUtf8(xml), DemoCatalog::databaseLanguage(*m_db))
                  .toUtf8();
    }
    if (!opened || !m_document->loadData(xml, &error)) {
        const QString message = tr("The template %1 cannot be opened: %2")
                                    .arg(resource, error.isEmpty() ? file.errorString() : error);
        if (interactive)
            QMessageBox::warning(this, tr("New from Template"), message);
        showMessage(message);
        return false;
    }
    m_mapId = 0;
    m_mapVersion = 0;
    setReadOnly(false);
    m_view->zoomToFit();
    updateTitle();
    showMessage(tr("New process map from a template: %n element(s).", nullptr, m_scene->shapeItemCount()));
    return true;
}

bool ProcessEditor::saveFile(const QString &fileName, bool interactive)
{
    QString error;
    if (!m_document->save(fileName, &error)) {
        const QString message = tr("Could not save %1: %2. Choose another location.").arg(fileName, error);
        if (interactive)
            QMessageBox::warning(this, tr("Save Process Map"), message);
        showMessage(message);
        return false;
    }
    updateTitle();
    showMessage(tr("Saved %1.").arg(fileName));
    return true;
}

void ProcessEditor::open()
{
    if (!confirmDiscard(tr("Open Process Map")))
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Process Map"), QString(),
                                                          tr("BPMN 2.0 files (*.bpmn *.xml);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool ProcessEditor::save()
{
    if (m_readOnly) {
        showMessage(
            tr("This older version is read-only. Open the latest version to edit the map, or keep this "
               "one as a new map with Save to Database as…"));
        return false;
    }
    // A stored map saves a new version; an untitled one goes to the database when there is one.
    if (m_db && (m_mapId != 0 || m_document->fileName().isEmpty()))
        return saveToDatabase();
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveFile(m_document->fileName());
}

bool ProcessEditor::saveAs()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save Process Map"), m_document->fileName(), tr("BPMN 2.0 files (*.bpmn)"));
    return !fileName.isEmpty() && saveFile(fileName);
}

void ProcessEditor::deleteSelection()
{
    QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    // A pool goes with what it holds; a lane leaves no hole; the last pool gives back a plain
    // process diagram. All in one undo step.
    const BpmnDocument &bpmn = m_document->document();
    QStringList elementIds;
    for (const QString &id : std::as_const(ids)) {
        const BpmnXmlNode *node = bpmn.elementById(id);
        if (node && node->namespaceUri() == BpmnNamespaces::bpmnDi)
            elementIds.append(node->attribute(u"bpmnElement"));
        else if (node)
            elementIds.append(id);
    }
    QStringList deletedPools;
    QStringList lanes;
    for (const QString &id : std::as_const(elementIds)) {
        const BpmnElementType type = ProcessRules::typeOf(bpmn.elementById(id));
        if (type == BpmnElementType::Participant)
            deletedPools.append(id);
        else if (type == BpmnElementType::Lane)
            lanes.append(id);
    }
    QString keptProcess; // of the last pool: emptied, it stays as the diagram's process
    if (!deletedPools.isEmpty()) {
        const BpmnXmlNode *collaboration = bpmn.elementById(deletedPools.first())->parent();
        bool othersRemain = false;
        for (const BpmnXmlNode *participant :
             collaboration->childElements(BpmnNamespaces::model, u"participant"))
            othersRemain = othersRemain || !deletedPools.contains(participant->attribute(u"id"));
        for (const QString &poolId : std::as_const(deletedPools)) {
            const BpmnXmlNode *process = ProcessContainers::processOf(*m_document, bpmn.elementById(poolId));
            if (!process)
                continue;
            if (othersRemain || !keptProcess.isEmpty()) {
                ids.append(process->attribute(u"id"));
                continue;
            }
            keptProcess = process->attribute(u"id");
            for (const auto &child : process->children()) {
                if (child->isElement() && child->hasAttribute(u"id"))
                    ids.append(child->attribute(u"id"));
            }
        }
    }
    QVector<CloseLaneGapCommand::Gap> gaps;
    for (const QString &laneId : std::as_const(lanes)) {
        const BpmnXmlNode *pool = ProcessContainers::participantOf(
            *m_document, ProcessContainers::processOfElement(bpmn.elementById(laneId)));
        if (pool && deletedPools.contains(pool->attribute(u"id")))
            continue;
        const CloseLaneGapCommand::Gap gap = CloseLaneGapCommand::gapOf(*m_document, laneId, elementIds);
        if (!gap.neighbourId.isEmpty())
            gaps.append(gap);
    }
    auto *command = new DeleteCommand(m_document, ids);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    QUndoStack *stack = m_document->undoStack();
    if (gaps.isEmpty() && keptProcess.isEmpty()) {
        stack->push(command);
        return;
    }
    stack->beginMacro(command->text());
    stack->push(command);
    for (const CloseLaneGapCommand::Gap &gap : std::as_const(gaps)) {
        auto *close = new CloseLaneGapCommand(m_document, gap);
        if (close->isEmpty())
            delete close;
        else
            stack->push(close);
    }
    if (!keptProcess.isEmpty()) {
        auto *unwrap = new UnwrapCollaborationCommand(m_document, keptProcess);
        if (unwrap->isEmpty())
            delete unwrap;
        else
            stack->push(unwrap);
    }
    stack->endMacro();
}

void ProcessEditor::renameSelection()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.size() != 1)
        return;
    if (selected.first()->type() == ProcessShapeItem::Type)
        editLabel(static_cast<ProcessShapeItem *>(selected.first())->elementId());
    else if (selected.first()->type() == ProcessEdgeItem::Type)
        editLabel(static_cast<ProcessEdgeItem *>(selected.first())->elementId());
}

void ProcessEditor::rename(const QString &elementId)
{
    const BpmnXmlNode *element = m_document->document().elementById(elementId);
    if (!element)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal,
                                               element->attribute(u"name"), &ok);
    if (ok && name != element->attribute(u"name"))
        m_document->undoStack()->push(new RenameCommand(m_document, elementId, name));
}

void ProcessEditor::createElementAt(BpmnElementType type, QPointF scenePos)
{
    // A drag from the palette carries the variant the family button shows.
    createElement(m_dragSpec && m_dragSpec->type == type ? *m_dragSpec : BpmnElementSpec(type), scenePos);
}

void ProcessEditor::createElement(const BpmnElementSpec &spec, QPointF scenePos)
{
    if (m_readOnly)
        return;
    const BpmnElementType type = spec.type;
    const QString flowId = flowToSplit(type, scenePos);
    auto *command = new CreateElementCommand(m_document, spec, m_scene->snapped(scenePos));
    if (command->isEmpty()) {
        showMessage(command->problem());
        delete command;
        return;
    }
    const QString shapeId = command->shapeId();
    const QString elementId = command->elementId();
    QUndoStack *stack = m_document->undoStack();
    if (type == BpmnElementType::Lane) {
        pushGrowingPool(command); // the pool grows for it and pushes the pools beyond aside
    } else if (flowId.isEmpty()) {
        stack->push(command);
    } else {
        // Dropped on a sequence flow: the flow now ends at the new element, which continues to
        // the old target. One undo step.
        const QString oldTarget = m_document->document().elementById(flowId)->attribute(u"targetRef");
        stack->beginMacro(tr("Insert %1 into a flow").arg(BpmnSchema::elementName(type)));
        stack->push(command);
        stack->push(new RetargetFlowCommand(m_document, flowId, elementId));
        auto *connect = new ConnectCommand(m_document, elementId, oldTarget);
        if (connect->isEmpty())
            delete connect;
        else
            stack->push(connect);
        stack->endMacro();
    }
    m_scene->selectIds({shapeId});
    m_view->setFocus();
}

QString ProcessEditor::flowToSplit(BpmnElementType type, QPointF scenePos) const
{
    if (!ProcessRules::canInsertIntoFlow(type))
        return {};
    QGraphicsItem *item = m_scene->elementItemAt(scenePos, true);
    if (!item || item->type() != ProcessEdgeItem::Type)
        return {};
    const QString flowId = static_cast<ProcessEdgeItem *>(item)->elementId();
    const BpmnXmlNode *flow = m_document->document().elementById(flowId);
    // Only a flow of the container the new element goes into (the pool's process, the sub-process).
    if (!flow || !flow->is(BpmnNamespaces::model, u"sequenceFlow") ||
        flow->parent() != ProcessContainers::at(*m_document, m_scene->snapped(scenePos)).parent)
        return {};
    return flowId;
}

bool ProcessEditor::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    QAction *action = button ? button->defaultAction() : nullptr;
    if (!action || (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseMove))
        return QWidget::eventFilter(watched, event);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressPos = mouse->position().toPoint();
        return QWidget::eventFilter(watched, event);
    }
    if (!(mouse->buttons() & Qt::LeftButton) ||
        (mouse->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return QWidget::eventFilter(watched, event);
    const BpmnElementSpec spec =
        m_familySpecs.value(action, BpmnElementSpec(BpmnElementType(action->data().toInt())));
    auto *drag = new QDrag(button);
    drag->setMimeData(ProcessView::createElementMimeData(spec.type));
    drag->setPixmap(action->icon().pixmap(QSize(32, 32)));
    drag->setHotSpot(QPoint(16, 16));
    button->setDown(false);
    m_dragSpec = spec;
    drag->exec(Qt::CopyAction);
    m_dragSpec.reset();
    drag->deleteLater();
    return true;
}

void ProcessEditor::closeEvent(QCloseEvent *event)
{
    finishLabelEdit(true);
    if (m_document->undoStack()->isClean()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"), tr("Save the changes to this process map before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
        event->ignore();
    else
        event->accept();
}

void ProcessEditor::updateTitle()
{
    const QString fileName = m_document->fileName();
    QString name = fileName.isEmpty() ? tr("Untitled") : QFileInfo(fileName).fileName();
    if (m_mapId != 0 && m_readOnly)
        name = tr("%1, version %2 (read-only)").arg(m_mapName).arg(m_mapVersion);
    else if (m_mapId != 0)
        name = tr("%1, version %2").arg(m_mapName).arg(m_mapVersion);
    setWindowTitle(tr("%1[*] — Process Map").arg(name));
    setWindowModified(!m_document->undoStack()->isClean());
}

void ProcessEditor::showMessage(const QString &message)
{
    m_status->setText(message);
}
