// ProcessEditor, second part: route maps in the database, export and print, the clipboard,
// arranging shapes and editing labels in place. The first part builds the window and its tools.
#include "processeditor.h"

#include "arrangeshapescommand.h"
#include "changetypecommand.h"
#include "colorcommand.h"
#include "connectcommand.h"
#include "createelementcommand.h"
#include "labelplacement.h"
#include "moveshapescommand.h"
#include "poolcommands.h"
#include "processclipboard.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processexport.h"
#include "processmapdialog.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"
#include "propertiespanel.h"
#include "renamecommand.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnwriter.h"
#include "process/processmapstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStringListModel>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace {

// A colour preset as the context pad offers it: a rounded square filled and framed in its colours.
QIcon colorPresetIcon(const ColorCommand::Preset &preset)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(preset.stroke.isValid() ? preset.stroke : QColor(Qt::black), 2));
    painter.setBrush(preset.fill.isValid() ? preset.fill : QColor(Qt::white));
    painter.drawRoundedRect(QRectF(2, 2, 16, 16), 3, 3);
    return QIcon(pixmap);
}

// The context pad's colour entry: three overlapping swatches of the presets.
QIcon colorPadIcon()
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<ColorCommand::Preset> presets = ColorCommand::presets();
    for (int i = 0; i < 3 && i + 1 < presets.size(); ++i) {
        painter.setPen(QPen(presets.at(i + 1).stroke, 1.5));
        painter.setBrush(presets.at(i + 1).fill);
        painter.drawEllipse(QRectF(2 + i * 4, 2 + i * 4, 10, 10));
    }
    return QIcon(pixmap);
}

// A one-line editor over the canvas (the in-place label, the find line): Enter finishes it, Esc
// cancels it (Esc would otherwise choose the select tool), and leaving it either finishes it (a label
// keeps what was typed) or cancels it (the find line closes; not while its completion list has the
// focus for a moment).
class CanvasLineEdit : public QLineEdit
{
public:
    CanvasLineEdit(QWidget *parent, bool keepOnFocusOut)
        : QLineEdit(parent)
        , m_keepOnFocusOut(keepOnFocusOut)
    {}
    std::function<void(bool)> finished;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape) {
            if (finished)
                finished(false);
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            if (finished)
                finished(true);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QLineEdit::focusOutEvent(event);
        if (!finished)
            return;
        if (m_keepOnFocusOut)
            finished(true);
        else if (event->reason() != Qt::PopupFocusReason)
            finished(false);
    }

private:
    bool m_keepOnFocusOut;
};

// The text a label shows: a text annotation's <text>, otherwise the name.
QString labelOf(const BpmnXmlNode *element)
{
    if (element->is(BpmnNamespaces::model, u"textAnnotation")) {
        const BpmnXmlNode *text = element->firstChildElement(BpmnNamespaces::model, u"text");
        return text ? text->textContent() : QString();
    }
    return element->attribute(u"name");
}

} // namespace

bool ProcessEditor::confirmDiscard(const QString &title)
{
    finishLabelEdit(true); // a name being typed is a change too
    if (m_document->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::question(this, title, tr("Save the changes to this process map first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

// Route maps in the database --------------------------------------------------------------------

void ProcessEditor::setDatabase(DatabasePtr db, const QString &actor)
{
    m_db = std::move(db);
    m_actor = actor;
    for (const char *name : {"openFromDatabase", "saveToDatabase", "versionHistory"})
        editorAction(QString::fromLatin1(name))->setVisible(m_db != nullptr);
    editorAction(QStringLiteral("versionHistory"))->setEnabled(m_mapId != 0);
}

bool ProcessEditor::openMap(qint64 mapId, int version, bool interactive)
{
    if (!m_db)
        return false;
    const ProcessMapStore store(m_db, m_actor);
    const Result<ProcessMap> map = store.map(mapId);
    const Result<ProcessMapVersion> read =
        map ? store.read(mapId, version) : Result<ProcessMapVersion>(map.error());
    QString error;
    if (!read || !m_document->loadData(read->xml, &error)) {
        const QString message =
            tr("The route map cannot be opened: %1").arg(read ? error : read.error().message);
        if (interactive)
            QMessageBox::warning(this, tr("Open Map from Database"), message);
        showMessage(message);
        return false;
    }
    m_mapId = mapId;
    m_mapName = map->name;
    m_mapVersion = read->version;
    // Older versions are history: look, export, print; a new version starts from the latest.
    setReadOnly(read->version != map->latestVersion || !map->deletedAt.isEmpty());
    editorAction(QStringLiteral("versionHistory"))->setEnabled(true);
    m_view->zoomToFit();
    updateTitle();
    showMessage(m_readOnly ? tr("Opened version %1 of “%2”, read-only: %n element(s).", nullptr,
                                m_scene->shapeItemCount())
                                 .arg(m_mapVersion)
                                 .arg(m_mapName)
                           : tr("Opened “%1”, version %2: %n element(s).", nullptr, m_scene->shapeItemCount())
                                 .arg(m_mapName)
                                 .arg(m_mapVersion));
    return true;
}

bool ProcessEditor::saveToDatabase(const QString &name, const QString &comment, bool interactive)
{
    if (!m_db || m_readOnly)
        return false;
    finishLabelEdit(true);
    ProcessMapStore store(m_db, m_actor);
    const QByteArray xml = BpmnWriter::toByteArray(m_document->document());
    QString error;
    if (m_mapId == 0) {
        QString mapName = name;
        if (mapName.isEmpty() && interactive) {
            bool ok = false;
            mapName = QInputDialog::getText(this, tr("Save to Database"), tr("Name of the route map:"),
                                            QLineEdit::Normal, m_mapName, &ok);
            if (!ok)
                return false;
        }
        const Result<qint64> created = store.create(mapName, xml, comment);
        if (created) {
            m_mapId = *created;
            m_mapName = mapName.trimmed();
            m_mapVersion = 1;
        } else {
            error = created.error().message;
        }
    } else {
        const Result<int> saved = store.save(m_mapId, xml, comment);
        if (saved)
            m_mapVersion = *saved;
        else
            error = saved.error().message;
    }
    if (!error.isEmpty()) {
        if (interactive)
            QMessageBox::warning(this, tr("Save to Database"), error);
        showMessage(error);
        return false;
    }
    m_document->undoStack()->setClean();
    editorAction(QStringLiteral("versionHistory"))->setEnabled(true);
    updateTitle();
    showMessage(tr("Saved “%1” as version %2.").arg(m_mapName).arg(m_mapVersion));
    return true;
}

void ProcessEditor::saveToDatabaseAs()
{
    if (!m_db)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save to Database"), tr("Name of the new route map:"),
                                               QLineEdit::Normal, m_mapName, &ok);
    if (!ok)
        return;
    const qint64 previous = m_mapId;
    const bool readOnly = m_readOnly;
    m_mapId = 0;
    setReadOnly(false); // a copy of an old version is a new map that can be edited
    if (!saveToDatabase(name, QString(), true)) {
        m_mapId = previous;
        setReadOnly(readOnly);
    }
}

void ProcessEditor::openFromDatabase()
{
    if (!m_db || !confirmDiscard(tr("Open Map from Database")))
        return;
    ProcessMapDialog dialog(m_db, m_actor, m_mapId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.selectedMapId() != 0)
        openMap(dialog.selectedMapId(), dialog.selectedVersion());
}

void ProcessEditor::showVersionHistory()
{
    if (!m_db || m_mapId == 0 || !confirmDiscard(tr("Version History")))
        return;
    ProcessMapDialog dialog(m_db, m_actor, m_mapId, this);
    dialog.setWindowTitle(tr("Version History"));
    if (dialog.exec() == QDialog::Accepted && dialog.selectedMapId() != 0)
        openMap(dialog.selectedMapId(), dialog.selectedVersion());
}

ProcessEditor *ProcessEditor::openMapInWindow(QWidget *parent, DatabasePtr db, const QString &actor)
{
    ProcessMapDialog dialog(db, actor, 0, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedMapId() == 0)
        return nullptr;
    auto *editor = new ProcessEditor(parent);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setDatabase(std::move(db), actor);
    if (!editor->openMap(dialog.selectedMapId(), dialog.selectedVersion())) {
        delete editor;
        return nullptr;
    }
    editor->show();
    return editor;
}

void ProcessEditor::setReadOnly(bool readOnly)
{
    finishLabelEdit(false);
    m_readOnly = readOnly;
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(!readOnly);
    for (QAction *action : m_tools->actions())
        action->setEnabled(!readOnly || action == m_handAction);
    m_properties->setEnabled(!readOnly);
    if (QAction *undo = editorAction(QStringLiteral("undo")))
        undo->setVisible(!readOnly);
    if (QAction *redo = editorAction(QStringLiteral("redo")))
        redo->setVisible(!readOnly);
    chooseTool(readOnly ? m_handAction : m_selectAction);
}

// Export and print ------------------------------------------------------------------------------

bool ProcessEditor::exportDrawing(const QString &fileName, bool interactive)
{
    QString error;
    if (!ProcessExport::writeFile(m_document->document(), fileName, &error)) {
        const QString message = tr("Could not export to %1: %2").arg(fileName, error);
        if (interactive)
            QMessageBox::warning(this, tr("Export Drawing"), message);
        showMessage(message);
        return false;
    }
    showMessage(tr("Exported the drawing to %1.").arg(fileName));
    return true;
}

void ProcessEditor::exportAs()
{
    QString selected;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Drawing"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (fileName.isEmpty())
        return;
    QString target = fileName;
    if (QFileInfo(target).suffix().isEmpty()) // the filter chosen tells the format
        target += selected.contains(u"svg")   ? QStringLiteral(".svg")
                  : selected.contains(u"pdf") ? QStringLiteral(".pdf")
                                              : QStringLiteral(".png");
    exportDrawing(target);
}

bool ProcessEditor::printTo(QPrinter *printer, bool interactive)
{
    QString error;
    if (!ProcessExport::print(m_document->document(), printer, &error)) {
        if (interactive)
            QMessageBox::warning(this, tr("Print"), error);
        showMessage(error);
        return false;
    }
    showMessage(tr("Sent the drawing to the printer."));
    return true;
}

void ProcessEditor::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Process Map"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

// Clipboard ---------------------------------------------------------------------------------------

void ProcessEditor::copy()
{
    const QByteArray xml = ProcessClipboard::copy(*m_document, m_scene->selectedIds());
    if (xml.isEmpty()) {
        showMessage(tr("Select the elements to copy first."));
        return;
    }
    QGuiApplication::clipboard()->setMimeData(ProcessClipboard::mimeData(xml));
    m_pasteCount = 0;
    showMessage(tr("Copied %n element(s).", nullptr, int(m_scene->selectedShapeIds().size())));
}

void ProcessEditor::cut()
{
    if (m_readOnly || m_scene->selectedShapeIds().isEmpty())
        return;
    copy();
    deleteSelection();
}

void ProcessEditor::paste()
{
    // At the mouse when it is over the canvas, otherwise in the middle of the view.
    const QPoint cursor = m_view->viewport()->mapFromGlobal(QCursor::pos());
    QPointF centre;
    if (m_view->viewport()->rect().contains(cursor)) {
        centre = m_view->mapToScene(cursor);
    } else {
        ++m_pasteCount; // each paste a step down and right, so that copies do not hide each other
        centre = m_view->mapToScene(m_view->viewport()->rect().center()) + QPointF(40, 40) * m_pasteCount;
    }
    pasteAt(centre);
}

void ProcessEditor::pasteAt(QPointF centre)
{
    if (m_readOnly)
        return;
    const QByteArray xml = ProcessClipboard::xmlFrom(QGuiApplication::clipboard()->mimeData());
    if (xml.isEmpty()) {
        showMessage(tr("The clipboard holds no BPMN elements to paste."));
        return;
    }
    auto *command = new PasteCommand(m_document, xml, m_scene->snapped(centre));
    if (!command->problem().isEmpty()) {
        showMessage(command->problem());
        delete command;
        return;
    }
    const QStringList pasted = command->pastedIds();
    m_document->undoStack()->push(command);
    m_scene->selectIds(pasted);
    showMessage(tr("Pasted %n element(s).", nullptr, int(m_scene->selectedShapeIds().size())));
}

// Arrange ---------------------------------------------------------------------------------------

void ProcessEditor::pushArrange(const QHash<QString, QPointF> &deltas, const QString &text)
{
    if (m_readOnly || deltas.isEmpty())
        return;
    const QStringList selected = m_scene->selectedIds();
    m_document->undoStack()->push(new ArrangeShapesCommand(m_document, deltas, text));
    m_scene->selectIds(selected);
}

void ProcessEditor::align(ArrangeShapesCommand::Alignment alignment)
{
    const QStringList ids = m_scene->selectedShapeIds();
    if (ids.size() < 2) {
        showMessage(tr("Select two or more elements to align."));
        return;
    }
    pushArrange(ArrangeShapesCommand::alignDeltas(*m_document, ids, alignment),
                tr("Align %n element(s)", nullptr, int(ids.size())));
}

void ProcessEditor::distribute(Qt::Orientation orientation)
{
    const QStringList ids = m_scene->selectedShapeIds();
    if (ids.size() < 3) {
        showMessage(tr("Select three or more elements to distribute."));
        return;
    }
    pushArrange(ArrangeShapesCommand::distributeDeltas(*m_document, ids, orientation),
                tr("Distribute %n element(s)", nullptr, int(ids.size())));
}

void ProcessEditor::nudge(QPointF direction)
{
    const QStringList ids = m_scene->selectedShapeIds();
    if (ids.isEmpty())
        return;
    const qreal step = m_scene->gridSize() > 0 ? m_scene->gridSize() : 1;
    // As a drag does: what is in a moved pool or sub-process moves with it, and where the
    // shapes land decides their lane, sub-process or pool.
    const MoveShapesCommand::Plan plan = MoveShapesCommand::plan(*m_document, ids);
    if (plan.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->push(new MoveShapesCommand(m_document, plan, direction * step));
    const QString problem = MoveShapesCommand::finishGesture(stack);
    if (!problem.isEmpty())
        showMessage(problem);
}

void ProcessEditor::setSnapToGrid(bool on)
{
    m_scene->setGridSize(on ? 10 : 0);
    editorAction(QStringLiteral("snapToGrid"))->setChecked(on);
}

// Labels in place ---------------------------------------------------------------------------------

void ProcessEditor::editLabel(const QString &elementId)
{
    if (m_readOnly)
        return;
    finishLabelEdit(true);
    const BpmnXmlNode *element = m_document->document().elementById(elementId);
    QGraphicsItem *item = m_scene->shapeItemForElement(elementId);
    if (!item)
        item = m_scene->edgeItemForElement(elementId);
    if (!element || !item)
        return;
    QRectF area;
    if (item->type() == ProcessShapeItem::Type) {
        const BpmnRenderModel::Shape &shape = static_cast<ProcessShapeItem *>(item)->renderShape();
        // Events, gateways and data carry their name outside: the editor opens where the label is,
        // or where it goes once named (below, or on the side no flow runs); activities inside.
        const QRectF label = LabelPlacement::labelRect(*m_document, elementId, labelOf(element));
        area = label.isEmpty() ? shape.bounds : label;
        // The element and its label in sight, scrolled to when they are not.
        m_view->ensureVisible(shape.bounds.united(area), 40, 40);
    } else {
        area = item->sceneBoundingRect();
        m_view->ensureVisible(area, 40, 40);
    }
    const QRect onView = m_view->mapFromScene(area).boundingRect();
    auto *editor = new CanvasLineEdit(m_view->viewport(), true);
    editor->setObjectName(QStringLiteral("labelEditor"));
    editor->setText(labelOf(element));
    editor->selectAll();
    editor->setAlignment(Qt::AlignCenter);
    // Wide enough for the name, over the whole label so that the old text does not show through;
    // inside an activity no wider than it while there is room to type.
    const bool inside = item->type() == ProcessShapeItem::Type &&
                        area == static_cast<ProcessShapeItem *>(item)->renderShape().bounds;
    const int least = inside && onView.width() >= 80 ? onView.width() : 120;
    const int width =
        std::max({onView.width(), editor->fontMetrics().horizontalAdvance(editor->text()) + 24, least});
    const int height = std::max(onView.height(), editor->sizeHint().height());
    // Centred on the label, kept inside the canvas when the label is near its edge.
    const QSize canvas = m_view->viewport()->size();
    const int x = std::clamp(onView.center().x() - width / 2, 0, std::max(0, canvas.width() - width));
    const int y = std::clamp(onView.center().y() - height / 2, 0, std::max(0, canvas.height() - height));
    editor->setGeometry(x, y, width, height);
    // Queued: the editor must not be deleted inside its own event handler.
    editor->finished = [this](bool keep) {
        QMetaObject::invokeMethod(
            this, [this, keep] { finishLabelEdit(keep); }, Qt::QueuedConnection);
    };
    // It grows with the text around the label's centre (kept, not recomputed from the geometry,
    // so that it does not creep aside key by key), within the canvas.
    connect(editor, &QLineEdit::textChanged, editor, [editor, minimum = width, centre = onView.center().x()] {
        const QWidget *holder = editor->parentWidget();
        const int wanted = std::max(minimum, editor->fontMetrics().horizontalAdvance(editor->text()) + 24);
        const int left = std::clamp(centre - wanted / 2, 0, std::max(0, holder->width() - wanted));
        editor->setGeometry(left, editor->y(), wanted, editor->height());
    });
    if (m_contextPad)
        m_contextPad->hide(); // it would cover a long name
    m_labelEditor = editor;
    m_labelElement = elementId;
    editor->show();
    editor->setFocus();
}

void ProcessEditor::finishLabelEdit(bool keep)
{
    if (!m_labelEditor)
        return;
    QLineEdit *editor = m_labelEditor;
    m_labelEditor = nullptr; // before anything that could call back
    static_cast<CanvasLineEdit *>(editor)->finished = nullptr;
    const QString name = editor->text();
    const BpmnXmlNode *element = m_document->document().elementById(m_labelElement);
    editor->hide();
    editor->deleteLater();
    m_view->setFocus();
    updateContextPad();
    if (keep && element && name != labelOf(element))
        m_document->undoStack()->push(new RenameCommand(m_document, m_labelElement, name));
}

// Context pad -------------------------------------------------------------------------------------

void ProcessEditor::createContextPad()
{
    m_contextPad = new QFrame(m_view->viewport());
    m_contextPad->setObjectName(QStringLiteral("contextPad"));
    static_cast<QFrame *>(m_contextPad)->setFrameShape(QFrame::StyledPanel);
    m_contextPad->setAutoFillBackground(true);
    auto *grid = new QGridLayout(m_contextPad);
    grid->setContentsMargins(2, 2, 2, 2);
    grid->setSpacing(1);
    const auto button = [this](const QString &name, const QIcon &icon, const QString &tip) {
        auto *b = new QToolButton(m_contextPad);
        b->setObjectName(name);
        b->setIcon(icon);
        b->setIconSize(QSize(20, 20));
        b->setAutoRaise(true);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    const std::pair<BpmnElementType, QString> appends[] = {
        {BpmnElementType::Task, tr("Append task")},
        {BpmnElementType::ExclusiveGateway, tr("Append gateway")},
        {BpmnElementType::IntermediateThrowEvent, tr("Append intermediate event")},
        {BpmnElementType::EndEvent, tr("Append end event")}};
    int index = 0;
    for (const auto &[type, tip] : appends) {
        QToolButton *b = button(QStringLiteral("append%1").arg(BpmnSchema::elementName(type)),
                                paletteAction(type)->icon(), tip);
        connect(b, &QToolButton::clicked, this,
                [this, elementType = type] { appendElement(m_padElement, elementType); });
        grid->addWidget(b, index / 2, index % 2);
        ++index;
    }
    QToolButton *connectButton =
        button(QStringLiteral("padConnect"), style()->standardIcon(QStyle::SP_ArrowRight), tr("Connect (C)"));
    connect(connectButton, &QToolButton::clicked, m_connectAction, &QAction::trigger);
    grid->addWidget(connectButton, 2, 0);
    QToolButton *deleteButton =
        button(QStringLiteral("padDelete"), style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete (Del)"));
    connect(deleteButton, &QToolButton::clicked, this, &ProcessEditor::deleteSelection);
    grid->addWidget(deleteButton, 2, 1);
    // Change the kind (task, event definition, gateway): a menu of the family's variants.
    QToolButton *typeButton = button(QStringLiteral("padChangeType"),
                                     style()->standardIcon(QStyle::SP_BrowserReload), tr("Change type"));
    auto *typeMenu = new QMenu(typeButton);
    typeMenu->setObjectName(QStringLiteral("changeTypeMenu"));
    connect(typeMenu, &QMenu::aboutToShow, this, [this, typeMenu] {
        typeMenu->clear();
        for (const auto &[spec, text] : typeChoices(m_padElement)) {
            QAction *action = typeMenu->addAction(paletteIcon(spec), text);
            connect(action, &QAction::triggered, this,
                    [this, elementSpec = spec] { changeElementType(m_padElement, elementSpec); });
        }
    });
    typeButton->setMenu(typeMenu);
    typeButton->setPopupMode(QToolButton::InstantPopup);
    grid->addWidget(typeButton, 3, 0);
    // Colour the selection, as Camunda Modeler's colour picker does.
    QToolButton *colorButton = button(QStringLiteral("padColor"), colorPadIcon(), tr("Set colour"));
    auto *colorMenu = new QMenu(colorButton);
    colorMenu->setObjectName(QStringLiteral("colorMenu"));
    int preset = 0;
    for (const ColorCommand::Preset &entry : ColorCommand::presets()) {
        QAction *action = colorMenu->addAction(colorPresetIcon(entry), entry.name);
        action->setObjectName(QStringLiteral("colorPreset%1").arg(preset++));
        connect(action, &QAction::triggered, this,
                [this, fill = entry.fill, stroke = entry.stroke] { colorSelection(fill, stroke); });
    }
    colorButton->setMenu(colorMenu);
    colorButton->setPopupMode(QToolButton::InstantPopup);
    grid->addWidget(colorButton, 3, 1);
    // Pools and lanes: another lane above or below (left or right in a vertical pool).
    QToolButton *laneAbove = button(QStringLiteral("padLaneAbove"), style()->standardIcon(QStyle::SP_ArrowUp),
                                    tr("Add lane above"));
    connect(laneAbove, &QToolButton::clicked, this, [this] { addLane(m_padElement, true); });
    grid->addWidget(laneAbove, 4, 0);
    QToolButton *laneBelow = button(QStringLiteral("padLaneBelow"),
                                    style()->standardIcon(QStyle::SP_ArrowDown), tr("Add lane below"));
    connect(laneBelow, &QToolButton::clicked, this, [this] { addLane(m_padElement, false); });
    grid->addWidget(laneBelow, 4, 1);
    m_contextPad->adjustSize();
    m_contextPad->hide();
}

void ProcessEditor::updateContextPad()
{
    if (!m_contextPad)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    const ProcessShapeItem *item = selected.size() == 1 && selected.first()->type() == ProcessShapeItem::Type
                                       ? static_cast<ProcessShapeItem *>(selected.first())
                                       : nullptr;
    const BpmnElementType type = item ? item->renderShape().type : BpmnElementType::Unknown;
    const bool flowNode = BpmnSchema::isFlowNode(type) && type != BpmnElementType::EndEvent;
    if (!item || m_readOnly || m_labelEditor || !m_selectAction->isChecked() ||
        (!flowNode && !ProcessRules::canCreate(type))) {
        m_contextPad->hide();
        m_padElement.clear();
        return;
    }
    m_padElement = item->elementId();
    // Artifacts only get connect and delete; end events take no flow out.
    const bool container = type == BpmnElementType::Participant || type == BpmnElementType::Lane;
    const bool vertical = container && !item->renderShape().horizontal;
    for (QToolButton *b : m_contextPad->findChildren<QToolButton *>()) {
        if (b->objectName().startsWith(u"append"))
            b->setVisible(flowNode);
        else if (b->objectName() == u"padChangeType")
            b->setVisible(ChangeTypeCommand::hasAlternatives(type));
        else if (b->objectName().startsWith(u"padLane"))
            b->setVisible(container);
    }
    if (QToolButton *above = m_contextPad->findChild<QToolButton *>(QStringLiteral("padLaneAbove"))) {
        above->setIcon(style()->standardIcon(vertical ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowUp));
        above->setToolTip(vertical ? tr("Add lane to the left") : tr("Add lane above"));
    }
    if (QToolButton *below = m_contextPad->findChild<QToolButton *>(QStringLiteral("padLaneBelow"))) {
        below->setIcon(style()->standardIcon(vertical ? QStyle::SP_ArrowRight : QStyle::SP_ArrowDown));
        below->setToolTip(vertical ? tr("Add lane to the right") : tr("Add lane below"));
    }
    m_contextPad->adjustSize();
    const QRectF bounds = item->renderShape().bounds;
    const QPoint at = m_view->mapFromScene(bounds.topRight()) + QPoint(10, -2);
    m_contextPad->move(at);
    m_contextPad->show();
    m_contextPad->raise();
}

bool ProcessEditor::colorSelection(const QColor &fill, const QColor &stroke)
{
    QStringList diIds;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == ProcessShapeItem::Type)
            diIds.append(static_cast<ProcessShapeItem *>(item)->diId());
        else if (item->type() == ProcessEdgeItem::Type)
            diIds.append(static_cast<ProcessEdgeItem *>(item)->diId());
    }
    if (m_readOnly || diIds.isEmpty())
        return false;
    auto *command = new ColorCommand(m_document, diIds, fill, stroke);
    if (command->isEmpty()) {
        delete command;
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

bool ProcessEditor::appendElement(const QString &elementId, BpmnElementType type)
{
    const ProcessShapeItem *source = m_scene->shapeItemForElement(elementId);
    if (m_readOnly || !source || !BpmnSchema::isFlowNode(source->renderShape().type))
        return false;
    const QRectF bounds = source->renderShape().bounds;
    const QSizeF size = ProcessRules::defaultSize(type);
    // To the right, as bpmn-js's auto-place puts it; below what is already there when that place is
    // taken (a second branch of a gateway), within the pool, lane or sub-process of the source.
    const QPointF first =
        m_scene->snapped(QPointF(bounds.right() + 80 + size.width() / 2, bounds.center().y()));
    QRectF container;
    QVector<QRectF> others;
    if (const BpmnXmlNode *plane = m_document->plane()) {
        for (const BpmnXmlNode *shape : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
            const QRectF other = ProcessDocument::bounds(shape);
            if (other.contains(bounds)) {
                if (other != bounds && (container.isNull() || container.contains(other)))
                    container = other; // the innermost one around the source
                continue;
            }
            others.append(other);
        }
    }
    QPointF centre = first;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const QRectF candidate(centre - QPointF(size.width() / 2, size.height() / 2), size);
        const QRectF *blocker = nullptr;
        for (const QRectF &other : std::as_const(others)) {
            if (other.intersects(candidate.adjusted(-10, -10, 10, 10)) &&
                (!blocker || other.bottom() > blocker->bottom()))
                blocker = &other;
        }
        if (!blocker)
            break;
        const QPointF next =
            m_scene->snapped(QPointF(centre.x(), std::max(blocker->bottom() + 30 + size.height() / 2,
                                                          centre.y() + size.height() + 30)));
        if (!container.isNull() &&
            !container.contains(QRectF(next - QPointF(size.width() / 2, size.height() / 2), size))) {
            centre = first; // no room further down: next to the source, as before
            break;
        }
        centre = next;
    }
    auto *create = new CreateElementCommand(m_document, type, centre);
    if (create->isEmpty()) {
        delete create;
        return false;
    }
    const QString newId = create->elementId();
    const QString shapeId = create->shapeId();
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Append %1").arg(BpmnSchema::elementName(type)));
    stack->push(create);
    auto *connect = new ConnectCommand(m_document, elementId, newId);
    if (connect->isEmpty())
        delete connect;
    else
        stack->push(connect);
    stack->endMacro();
    m_scene->selectIds({shapeId});
    // As bpmn-js does: the new element's name is typed at once, where it shows.
    editLabel(newId);
    return true;
}

// Change type, lanes, the context menu -------------------------------------------------------------

QList<std::pair<BpmnElementSpec, QString>> ProcessEditor::typeChoices(const QString &elementId) const
{
    QList<std::pair<BpmnElementSpec, QString>> choices;
    if (elementId.isEmpty() || m_readOnly)
        return choices;
    for (const PaletteVariant &entry : m_variants) {
        // Expanded or collapsed is how a sub-process is drawn, not its kind.
        if (entry.spec.expanded && entry.spec.type == BpmnElementType::SubProcess)
            continue;
        if (ChangeTypeCommand::problem(*m_document, elementId, entry.spec).isEmpty())
            choices.append({entry.spec, entry.text});
    }
    return choices;
}

bool ProcessEditor::changeElementType(const QString &elementId, const BpmnElementSpec &spec)
{
    if (m_readOnly)
        return false;
    const QString problem = ChangeTypeCommand::problem(*m_document, elementId, spec);
    if (!problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    const QStringList selected = m_scene->selectedIds();
    m_document->undoStack()->push(new ChangeTypeCommand(m_document, elementId, spec));
    m_scene->selectIds(selected);
    return true;
}

bool ProcessEditor::addLane(const QString &laneOrPoolId, bool before)
{
    if (m_readOnly)
        return false;
    // A lane inside a lane gets its neighbour in the same child lane set.
    if (NestedLaneCommand::isNested(*m_document, laneOrPoolId))
        return pushLaneCommand(NestedLaneCommand::addBeside(m_document, laneOrPoolId, before));
    auto *command = CreateElementCommand::addLane(m_document, laneOrPoolId, before);
    if (command->isEmpty()) {
        showMessage(command->problem());
        delete command;
        return false;
    }
    const QString shapeId = command->shapeId();
    pushGrowingPool(command);
    m_scene->selectIds({shapeId});
    return true;
}

namespace {

// The DI bounds of every pool of the shown diagram, by DI id.
QHash<QString, QRectF> poolBounds(const ProcessDocument &document)
{
    QHash<QString, QRectF> pools;
    const BpmnXmlNode *plane = document.plane();
    if (!plane)
        return pools;
    for (const BpmnXmlNode *shape : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
        const BpmnXmlNode *element = document.document().elementById(shape->attribute(u"bpmnElement"));
        if (element && element->is(BpmnNamespaces::model, u"participant"))
            pools.insert(shape->attribute(u"id"), ProcessDocument::bounds(shape));
    }
    return pools;
}

} // namespace

void ProcessEditor::pushGrowingPool(QUndoCommand *command)
{
    // A pool that grows for a new lane pushes the pools beyond it aside, as other BPMN tools do, so
    // that it never overlaps them: one undo step for both.
    QUndoStack *stack = m_document->undoStack();
    const QHash<QString, QRectF> before = poolBounds(*m_document);
    stack->beginMacro(command->text());
    stack->push(command);
    const QHash<QString, QRectF> after = poolBounds(*m_document);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QRectF old = before.value(it.key());
        const QRectF grown = it.value();
        if (old.isNull() || old == grown)
            continue;
        const qreal down = grown.bottom() - old.bottom();
        const qreal up = old.top() - grown.top();
        const qreal right = grown.right() - old.right();
        const qreal left = old.left() - grown.left();
        QStringList below, above, beyondRight, beyondLeft;
        for (auto other = before.cbegin(); other != before.cend(); ++other) {
            if (other.key() == it.key())
                continue;
            const QRectF r = other.value();
            const bool besideVertically = r.right() > old.left() && r.left() < old.right();
            const bool besideHorizontally = r.bottom() > old.top() && r.top() < old.bottom();
            if (besideVertically && r.top() >= old.bottom() - 0.5)
                below.append(other.key());
            else if (besideVertically && r.bottom() <= old.top() + 0.5)
                above.append(other.key());
            else if (besideHorizontally && r.left() >= old.right() - 0.5)
                beyondRight.append(other.key());
            else if (besideHorizontally && r.right() <= old.left() + 0.5)
                beyondLeft.append(other.key());
        }
        const auto push = [&](const QStringList &pools, QPointF delta) {
            if (pools.isEmpty() || delta.isNull())
                return;
            stack->push(
                new MoveShapesCommand(m_document, MoveShapesCommand::plan(*m_document, pools), delta));
        };
        push(below, QPointF(0, qMax<qreal>(0, down)));
        push(above, QPointF(0, -qMax<qreal>(0, up)));
        push(beyondRight, QPointF(qMax<qreal>(0, right), 0));
        push(beyondLeft, QPointF(-qMax<qreal>(0, left), 0));
    }
    stack->endMacro();
}

bool ProcessEditor::divideLane(const QString &laneId)
{
    if (m_readOnly)
        return false;
    return pushLaneCommand(NestedLaneCommand::divide(m_document, laneId, false));
}

bool ProcessEditor::pushLaneCommand(NestedLaneCommand *command)
{
    if (!command->problem().isEmpty() || command->isEmpty()) {
        showMessage(command->problem());
        delete command;
        return false;
    }
    const QString shapeId = command->shapeId();
    pushGrowingPool(command);
    m_scene->selectIds({shapeId});
    return true;
}

QMenu *ProcessEditor::createTypeMenu(QWidget *parent, const QString &elementId)
{
    auto *menu = new QMenu(tr("Change &Type"), parent);
    for (const auto &[spec, text] : typeChoices(elementId)) {
        QAction *action = menu->addAction(paletteIcon(spec), text);
        connect(action, &QAction::triggered, this,
                [this, elementId, elementSpec = spec] { changeElementType(elementId, elementSpec); });
    }
    menu->setEnabled(!menu->isEmpty());
    return menu;
}

void ProcessEditor::showContextMenu(const QString &elementId, QPoint screenPos)
{
    if (m_readOnly || elementId.isEmpty())
        return;
    QMenu menu(this);
    const ProcessShapeItem *item = m_scene->shapeItemForElement(elementId);
    const BpmnElementType type = item ? item->renderShape().type : BpmnElementType::Unknown;
    if (item && !typeChoices(elementId).isEmpty())
        menu.addMenu(createTypeMenu(&menu, elementId));
    if (type == BpmnElementType::Participant || type == BpmnElementType::Lane) {
        const bool vertical = !item->renderShape().horizontal;
        menu.addAction(vertical ? tr("Add Lane to the &Left") : tr("Add Lane &Above"), this,
                       [this, elementId] { addLane(elementId, true); });
        menu.addAction(vertical ? tr("Add Lane to the &Right") : tr("Add Lane &Below"), this,
                       [this, elementId] { addLane(elementId, false); });
        if (type == BpmnElementType::Lane)
            menu.addAction(tr("&Divide Lane in Two"), this, [this, elementId] { divideLane(elementId); });
    }
    // A sequence flow: default and conditional markers.
    if (m_scene->edgeItemForElement(elementId))
        ProcessEdgeItem::addContextActions(&menu, m_document, elementId);
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(editorAction(QStringLiteral("rename")));
    menu.addAction(editorAction(QStringLiteral("delete")));
    menu.exec(screenPos);
}

void ProcessEditor::showTypeMenu()
{
    if (m_readOnly)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.size() != 1 || selected.first()->type() != ProcessShapeItem::Type) {
        showMessage(tr("Select one element to change its type."));
        return;
    }
    const auto *item = static_cast<ProcessShapeItem *>(selected.first());
    const QString elementId = item->elementId();
    if (typeChoices(elementId).isEmpty()) {
        showMessage(tr("This element has no other type to change to."));
        return;
    }
    QMenu *menu = createTypeMenu(this, elementId);
    menu->setObjectName(QStringLiteral("changeTypePopup"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Under the element, at its left edge, as the context pad's menu opens next to it.
    const QRectF bounds = item->renderShape().bounds;
    const QPoint at = m_view->mapFromScene(bounds.bottomLeft()) + QPoint(0, 4);
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

// Find ----------------------------------------------------------------------------------------------

QList<std::pair<QString, QString>> ProcessEditor::findChoices() const
{
    QList<std::pair<QString, QString>> choices;
    const BpmnXmlNode *plane = m_document->plane();
    if (!plane)
        return choices;
    const BpmnDocument &bpmn = m_document->document();
    QSet<QString> seen;
    for (const auto &child : plane->children()) {
        if (!child->is(BpmnNamespaces::bpmnDi, u"BPMNShape") &&
            !child->is(BpmnNamespaces::bpmnDi, u"BPMNEdge"))
            continue;
        const QString id = child->attribute(u"bpmnElement");
        const BpmnXmlNode *element = bpmn.elementById(id);
        if (!element || seen.contains(id))
            continue;
        seen.insert(id);
        const QString name = labelOf(element).simplified();
        choices.append({name.isEmpty() ? id : tr("%1 (%2)").arg(name, id), id});
    }
    return choices;
}

bool ProcessEditor::findElement(const QString &text)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return false;
    const QList<std::pair<QString, QString>> choices = findChoices();
    const BpmnDocument &bpmn = m_document->document();
    QString found;
    // A completion as offered, an id, a whole name, then any part of a name or id.
    for (const auto &[display, id] : choices) {
        if (display == wanted || id == wanted) {
            found = id;
            break;
        }
    }
    for (int pass = 0; pass < 2 && found.isEmpty(); ++pass) {
        for (const auto &[display, id] : choices) {
            const QString name = labelOf(bpmn.elementById(id)).simplified();
            const bool match = pass == 0 ? name.compare(wanted, Qt::CaseInsensitive) == 0
                                         : display.contains(wanted, Qt::CaseInsensitive);
            if (match) {
                found = id;
                break;
            }
        }
    }
    if (found.isEmpty())
        return false;
    selectElement(found);
    return true;
}

void ProcessEditor::showFind()
{
    if (m_findEditor) {
        m_findEditor->selectAll();
        m_findEditor->setFocus();
        return;
    }
    finishLabelEdit(true);
    auto *editor = new CanvasLineEdit(m_view, false);
    editor->setObjectName(QStringLiteral("findEditor"));
    editor->setPlaceholderText(tr("Find an element by name or id"));
    editor->setClearButtonEnabled(true);
    QStringList names;
    for (const auto &[display, id] : findChoices())
        names.append(display);
    auto *completer = new QCompleter(new QStringListModel(names, editor), editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    editor->setCompleter(completer);
    // Chosen with the mouse from the list: found at once.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        if (m_findEditor && findElement(text))
            closeFind();
    });
    // Queued: the editor must not be deleted inside its own event handler.
    editor->finished = [this, editor](bool find) {
        QMetaObject::invokeMethod(
            this,
            [this, editor, find] {
                if (m_findEditor != editor)
                    return;
                if (!find) {
                    closeFind();
                    return;
                }
                if (findElement(editor->text())) {
                    closeFind();
                    return;
                }
                showMessage(tr("No element is named “%1” or has that id.").arg(editor->text().simplified()));
                editor->selectAll();
            },
            Qt::QueuedConnection);
    };
    const int width = std::min(360, m_view->width() - 20);
    editor->setGeometry((m_view->width() - width) / 2, 8, width, editor->sizeHint().height());
    m_findEditor = editor;
    editor->show();
    editor->raise();
    editor->setFocus();
}

void ProcessEditor::closeFind()
{
    if (!m_findEditor)
        return;
    QLineEdit *editor = m_findEditor;
    m_findEditor = nullptr;
    static_cast<CanvasLineEdit *>(editor)->finished = nullptr;
    editor->hide();
    editor->deleteLater();
    m_view->setFocus();
}

// Keyboard shortcuts ----------------------------------------------------------------------------------

QList<std::pair<QString, QString>> ProcessEditor::keyboardShortcuts()
{
    const auto key = [](const QKeySequence &sequence) { return sequence.toString(QKeySequence::NativeText); };
    return {
        {tr("S"), tr("Space tool: drag to make space, drag back to remove it (Ctrl: the other side)")},
        {tr("H"), tr("Hand tool: drag to pan")},
        {tr("L"), tr("Lasso tool: drag to select, also starting on an element")},
        {tr("C"), tr("Connect tool: drag from one element to another")},
        {tr("E, F2"), tr("Edit the label of the selected element")},
        {tr("R"), tr("Change the type of the selected element")},
        {tr("A"), tr("Append a task to the selected element")},
        {tr("Esc"), tr("Select tool; cancels a drag or an edit")},
        {key(QKeySequence::Find), tr("Find an element by name or id")},
        {tr("Del, Backspace"), tr("Delete the selection")},
        {tr("Arrow keys"), tr("Move the selection by one grid step")},
        {key(QKeySequence::SelectAll), tr("Select all")},
        {tr("%1, %2, %3").arg(key(QKeySequence::Cut), key(QKeySequence::Copy), key(QKeySequence::Paste)),
         tr("Cut, copy, paste")},
        {key(QKeySequence::Undo), tr("Undo")},
        {tr("%1, %2").arg(key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)),
                          key(QKeySequence(Qt::CTRL | Qt::Key_Y))),
         tr("Redo")},
        {tr("Space + drag, middle button drag"), tr("Pan the canvas with any tool")},
        {tr("Ctrl + wheel, %1, %2").arg(key(QKeySequence::ZoomIn), key(QKeySequence::ZoomOut)), tr("Zoom")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_0)), tr("Fit the diagram in the window")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Actual size")},
        {key(QKeySequence::Save), tr("Save")},
        {tr("F1, ?"), tr("This list")},
    };
}

void ProcessEditor::showShortcuts()
{
    if (auto *open = findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    const QList<std::pair<QString, QString>> shortcuts = keyboardShortcuts();
    auto *table = new QTableWidget(int(shortcuts.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    for (int row = 0; row < shortcuts.size(); ++row) {
        auto *keyItem = new QTableWidgetItem(shortcuts.at(row).first);
        QFont bold = keyItem->font();
        bold.setBold(true);
        keyItem->setFont(bold);
        table->setItem(row, 0, keyItem);
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->resizeColumnsToContents();
    table->setColumnWidth(0, table->columnWidth(0) + 16);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    // All of it at once, without scrolling, where the screen allows.
    dialog->resize(table->horizontalHeader()->length() + 40,
                   std::min(760, table->verticalHeader()->length() +
                                     table->horizontalHeader()->sizeHint().height() +
                                     buttons->sizeHint().height() + 40));
    dialog->show();
}
