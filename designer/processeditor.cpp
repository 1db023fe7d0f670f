#include "processeditor.h"

#include "bpmnlabelpainter.h"
#include "bpmnshapepainter.h"
#include "connecttool.h"
#include "createelementcommand.h"
#include "createtool.h"
#include "deletecommand.h"
#include "problemspanel.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processtemplates.h"
#include "processview.h"
#include "propertiespanel.h"
#include "renamecommand.h"
#include "selecttool.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDrag>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// The palette icon of an element kind, drawn by the canvas's own shape painter.
QIcon elementIcon(BpmnElementType type)
{
    QPixmap pixmap(QSize(32, 32) * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    BpmnRenderModel::Shape shape;
    shape.type = type;
    const QSizeF size = ProcessRules::defaultSize(type).scaled(QSizeF(28, 28), Qt::KeepAspectRatio);
    shape.bounds = QRectF(QPointF(16 - size.width() / 2, 16 - size.height() / 2), size);
    shape.markerVisible = true;
    shape.collapsedMarker = type == BpmnElementType::SubProcess;
    BpmnShapePainter::paint(&painter, shape);
    return QIcon(pixmap);
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
{
    m_palette->setOrientation(Qt::Vertical);
    m_palette->setIconSize(QSize(32, 32));
    m_view->setObjectName(QStringLiteral("processView"));
    m_palette->setObjectName(QStringLiteral("processPalette"));
    createActions();
    createPalette();

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
    layout->addWidget(m_window, 1);
    layout->addWidget(m_status);
    m_status->setContentsMargins(6, 2, 6, 2);

    connect(m_scene, &ProcessScene::statusMessage, this, &ProcessEditor::showMessage);
    connect(m_scene, &ProcessScene::renameRequested, this, &ProcessEditor::rename);
    connect(m_scene, &ProcessScene::toolFinished, m_selectAction, &QAction::trigger);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &ProcessEditor::updateTitle);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ProcessEditor::followSelection);
    connect(m_document, &ProcessDocument::structureChanged, this, &ProcessEditor::followSelection);
    connect(m_problems, &ProblemsPanel::elementActivated, this, &ProcessEditor::selectElement);
    connect(m_view, &ProcessView::elementDropped, this, &ProcessEditor::createElementAt);
    chooseTool(m_selectAction);
    updateTitle();
    resize(1280, 800);
}

ProcessEditor::~ProcessEditor()
{
    // The document goes first (it is the oldest child); nothing may follow the scene after it.
    disconnect(m_scene, nullptr, this, nullptr);
    m_scene->setTool(nullptr);
}

QAction *ProcessEditor::paletteAction(BpmnElementType type) const
{
    for (QAction *action : m_tools->actions()) {
        if (action->data().toInt() == int(type) && action != m_selectAction && action != m_connectAction)
            return action;
    }
    return nullptr;
}

void ProcessEditor::createActions()
{
    const auto add = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    QAction *open = add(tr("&Open…"), QKeySequence::Open, &ProcessEditor::open);
    QAction *save = add(tr("&Save"), QKeySequence::Save, &ProcessEditor::save);
    QAction *saveAs = add(tr("Save &As…"), QKeySequence::SaveAs, &ProcessEditor::saveAs);
    createMenus(open, save, saveAs);
    m_toolBar->addSeparator();
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_toolBar->addAction(action);
    }
    QAction *deleteAction = add(tr("&Delete"), QKeySequence::Delete, &ProcessEditor::deleteSelection);
    deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    add(tr("Select &All"), QKeySequence::SelectAll, [this] { m_scene->selectAllElements(); });
    add(tr("&Rename…"), QKeySequence(Qt::Key_F2), &ProcessEditor::renameSelection);
    m_toolBar->addSeparator();
    add(tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    add(tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    add(tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->zoomToFit(); });
}

void ProcessEditor::createPalette()
{
    m_selectAction = new QAction(tr("Select"), m_tools);
    m_selectAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_connectAction = new QAction(tr("Connect"), m_tools);
    m_connectAction->setShortcut(QKeySequence(Qt::Key_C));
    for (QAction *action : {m_selectAction, m_connectAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setCheckable(true);
        addAction(action);
        m_palette->addAction(action);
    }
    m_palette->addSeparator();
    addPaletteEntry(BpmnElementType::StartEvent, tr("Start event"));
    addPaletteEntry(BpmnElementType::IntermediateThrowEvent, tr("Intermediate event"));
    addPaletteEntry(BpmnElementType::EndEvent, tr("End event"));
    addPaletteEntry(BpmnElementType::Task, tr("Task"));
    addPaletteEntry(BpmnElementType::UserTask, tr("User task"));
    addPaletteEntry(BpmnElementType::ServiceTask, tr("Service task"));
    addPaletteEntry(BpmnElementType::SubProcess, tr("Sub-process"));
    addPaletteEntry(BpmnElementType::ExclusiveGateway, tr("Exclusive gateway"));
    addPaletteEntry(BpmnElementType::ParallelGateway, tr("Parallel gateway"));
    connect(m_tools, &QActionGroup::triggered, this, &ProcessEditor::chooseTool);
}

void ProcessEditor::addPaletteEntry(BpmnElementType type, const QString &text)
{
    auto *action = new QAction(elementIcon(type), text, m_tools);
    action->setCheckable(true);
    action->setData(int(type));
    action->setToolTip(
        tr("Create a %1: drag it onto the canvas, or click here and then on the canvas").arg(text.toLower()));
    m_palette->addAction(action);
    if (QWidget *button = m_palette->widgetForAction(action))
        button->installEventFilter(this);
}

void ProcessEditor::chooseTool(QAction *action)
{
    action->setChecked(true);
    if (action == m_selectAction) {
        m_scene->setTool(m_selectTool.get());
        m_view->setDragMode(QGraphicsView::RubberBandDrag);
    } else if (action == m_connectAction) {
        m_scene->setTool(m_connectTool.get());
        m_view->setDragMode(QGraphicsView::NoDrag);
    } else {
        m_createTool->setElementType(BpmnElementType(action->data().toInt()));
        m_scene->setTool(m_createTool.get());
        m_view->setDragMode(QGraphicsView::NoDrag);
    }
    m_view->viewport()->setCursor(m_scene->tool()->cursor());
}

void ProcessEditor::createMenus(QAction *open, QAction *save, QAction *saveAs)
{
    QMenu *file = m_menuBar->addMenu(tr("&File"));
    QMenu *templates = file->addMenu(tr("New from &Template"));
    templates->setObjectName(QStringLiteral("templatesMenu"));
    for (const ProcessTemplates::Template &entry : ProcessTemplates::all()) {
        QAction *action = templates->addAction(entry.title);
        action->setData(entry.fileName);
        connect(action, &QAction::triggered, this, [this, fileName = entry.fileName] {
            if (!m_document->undoStack()->isClean() &&
                QMessageBox::question(this, tr("New from Template"),
                                      tr("Discard the unsaved changes of this process map?")) !=
                    QMessageBox::Yes)
                return;
            newFromTemplate(fileName);
        });
    }
    file->addSeparator();
    file->addActions({open, save, saveAs});
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
    QString elementId;
    if (selected.size() == 1 && selected.first()->type() == ProcessShapeItem::Type)
        elementId = static_cast<ProcessShapeItem *>(selected.first())->elementId();
    else if (selected.size() == 1 && selected.first()->type() == ProcessEdgeItem::Type)
        elementId = static_cast<ProcessEdgeItem *>(selected.first())->elementId();
    else if (selected.isEmpty() && m_document->process())
        elementId = m_document->process()->attribute(u"id"); // the process itself
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

ProcessEditor *ProcessEditor::openInWindow(QWidget *parent)
{
    const QString fileName = QFileDialog::getOpenFileName(parent, tr("Open Process Map"), QString(),
                                                          tr("BPMN 2.0 files (*.bpmn *.xml);;All files (*)"));
    if (fileName.isEmpty())
        return nullptr;
    auto *editor = new ProcessEditor(parent);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!editor->openFile(fileName)) {
        delete editor;
        return nullptr;
    }
    editor->show();
    return editor;
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
    m_view->zoomToFit();
    updateTitle();
    showMessage(tr("Opened %1: %n element(s).", nullptr, m_scene->shapeItemCount()).arg(fileName));
    return true;
}

bool ProcessEditor::newFromTemplate(const QString &resource, bool interactive)
{
    QFile file(resource);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !m_document->loadData(file.readAll(), &error)) {
        const QString message = tr("The template %1 cannot be opened: %2")
                                    .arg(resource, error.isEmpty() ? file.errorString() : error);
        if (interactive)
            QMessageBox::warning(this, tr("New from Template"), message);
        showMessage(message);
        return false;
    }
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
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Process Map"), QString(),
                                                          tr("BPMN 2.0 files (*.bpmn *.xml);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool ProcessEditor::save()
{
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
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    auto *command = new DeleteCommand(m_document, ids);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

void ProcessEditor::renameSelection()
{
    const QStringList ids = m_scene->selectedShapeIds();
    if (ids.size() == 1)
        rename(m_scene->shapeItem(ids.first())->elementId());
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
    auto *command = new CreateElementCommand(m_document, type, scenePos);
    if (command->isEmpty()) {
        delete command;
        showMessage(tr("This diagram has no process to add elements to."));
        return;
    }
    const QString shapeId = command->shapeId();
    m_document->undoStack()->push(command);
    m_scene->selectIds({shapeId});
    m_view->setFocus();
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
    auto *drag = new QDrag(button);
    drag->setMimeData(ProcessView::createElementMimeData(BpmnElementType(action->data().toInt())));
    drag->setPixmap(action->icon().pixmap(QSize(32, 32)));
    drag->setHotSpot(QPoint(16, 16));
    button->setDown(false);
    drag->exec(Qt::CopyAction);
    drag->deleteLater();
    return true;
}

void ProcessEditor::closeEvent(QCloseEvent *event)
{
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
    const QString name = fileName.isEmpty() ? tr("Untitled") : QFileInfo(fileName).fileName();
    setWindowTitle(tr("%1[*] — Process Map").arg(name));
    setWindowModified(!m_document->undoStack()->isClean());
}

void ProcessEditor::showMessage(const QString &message)
{
    m_status->setText(message);
}
