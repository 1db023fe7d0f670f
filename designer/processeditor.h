#pragma once

#include "arrangeshapescommand.h"
#include "createelementcommand.h"

#include "bpmn/bpmnschema.h"
#include "store/database.h"

#include <QColor>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <optional>

class ConnectTool;
class CreateTool;
class HandTool;
class LassoTool;
class NestedLaneCommand;
class QLineEdit;
class QUndoCommand;
class QPrinter;
class ProblemsPanel;
class ProcessDocument;
class ProcessScene;
class ProcessView;
class PropertiesPanel;
class QAction;
class QActionGroup;
class QLabel;
class QMainWindow;
class QMenu;
class QMenuBar;
class QToolBar;
class SelectTool;
class SpaceTool;

// The process designer for one diagram: a palette of tools and element kinds, the canvas, and
// the edit actions (undo/redo, cut/copy/paste, delete, select all, rename in place, align and
// distribute, snap to grid, zoom and pan, open and save .bpmn files, route maps in the database
// with their versions, export to PNG/SVG/PDF and print), a properties panel for the selected
// element and the problems of the diagram, docked. Keyboard letters as in other BPMN tools:
// H hand, L lasso, C connect, S space tool, E edit the label, R change the type, A append a task,
// Ctrl+F find an element, F1 or ? the list of keys; Space+drag pans.
class ProcessEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessEditor(QWidget *parent = nullptr);
    ~ProcessEditor() override;

    ProcessDocument *document() const { return m_document; }
    ProcessScene *scene() const { return m_scene; }
    ProcessView *view() const { return m_view; }
    QToolBar *palette() const { return m_palette; }
    // The palette entry that creates elements of `type` (or of the variant `spec`): the palette
    // groups variants in families, one button each with a menu of its variants; this makes the
    // variant the family's current one and returns the family button's action.
    QAction *paletteAction(BpmnElementType type) const;
    QAction *paletteAction(const BpmnElementSpec &spec) const;
    // The icon of a palette variant, drawn by the canvas's shape painter.
    static QIcon paletteIcon(const BpmnElementSpec &spec);
    // Every variant the palette offers, family by family.
    QList<BpmnElementSpec> paletteSpecs() const;
    QAction *selectToolAction() const { return m_selectAction; }
    QAction *connectToolAction() const { return m_connectAction; }
    QAction *handToolAction() const { return m_handAction; }
    QAction *lassoToolAction() const { return m_lassoAction; }
    QAction *spaceToolAction() const { return m_spaceAction; }
    SpaceTool *spaceTool() const { return m_spaceTool.get(); }
    // An action of the menus by its object name ("saveToDatabase", "exportDrawing", "paste", ...).
    QAction *editorAction(const QString &objectName) const;
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QMenuBar *menuBar() const { return m_menuBar; }

    // A new editor window (a window of its own, child of `parent` so that it closes with the
    // application, deleted on close) with the route maps of `db` when given. Not shown yet.
    static ProcessEditor *createWindow(QWidget *parent, DatabasePtr db = {}, const QString &actor = {});
    // Asks for a .bpmn file and opens it in a new editor window (as createWindow()); null when
    // cancelled or the file cannot be read (the user was told).
    static ProcessEditor *openInWindow(QWidget *parent, DatabasePtr db = {}, const QString &actor = {});
    // A new window with a new blank map, or with an untitled map from a template (a resource path
    // of ProcessTemplates); shown. Null when the template cannot be read (the user was told).
    static ProcessEditor *newMapInWindow(QWidget *parent, DatabasePtr db = {}, const QString &actor = {});
    static ProcessEditor *newFromTemplateInWindow(const QString &resource, QWidget *parent,
                                                  DatabasePtr db = {}, const QString &actor = {});

    // Shows a message box on failure when `interactive`.
    bool openFile(const QString &fileName, bool interactive = true);
    bool saveFile(const QString &fileName, bool interactive = true);
    // Starts an untitled map from a template (a resource path of ProcessTemplates) in this editor,
    // replacing what it shows: the menus ask first (see openTemplate()).
    bool newFromTemplate(const QString &resource, bool interactive = true);
    // Replaces what the editor shows by a new blank map: a process with one start event, as
    // bpmn-js starts a new diagram, shown near the top left with room to the right.
    void newMap();
    // Nothing worth keeping is shown: an untitled map, never stored, not edited since it was
    // started (a new blank map or a template not touched yet).
    bool isPristine() const;
    // File › New from Template: in this window when it shows nothing worth keeping, else in a new
    // window; the open map is never replaced. Returns the editor that shows the template.
    ProcessEditor *openTemplate(const QString &resource, bool interactive = true);

    // Route maps in the database: the menu entries appear once a database is set.
    void setDatabase(DatabasePtr db, const QString &actor);
    DatabasePtr database() const { return m_db; }
    // The stored map being edited (0: none) and the version that was opened or saved last.
    qint64 mapId() const { return m_mapId; }
    int mapVersion() const { return m_mapVersion; }
    // An older version opens read-only: it can be viewed, exported and printed, not edited.
    bool isReadOnly() const { return m_readOnly; }
    // Version 0 opens the latest one.
    bool openMap(qint64 mapId, int version = 0, bool interactive = true);
    // Saves the drawing as a new version of the stored map; a map not stored yet is created
    // under `name` (asked for when interactive and empty).
    bool saveToDatabase(const QString &name = QString(), const QString &comment = QString(),
                        bool interactive = true);
    // Lets the user choose a stored map and opens it in a new editor window, as openInWindow().
    static ProcessEditor *openMapInWindow(QWidget *parent, DatabasePtr db, const QString &actor);

    // PNG, SVG or PDF by the file name's suffix.
    bool exportDrawing(const QString &fileName, bool interactive = true);
    bool printTo(QPrinter *printer, bool interactive = true);

    // The context pad next to a selected flow node: append a task, gateway, intermediate or end
    // event (created to the right and connected, one undo step), connect, delete.
    QWidget *contextPad() const { return m_contextPad; }
    // Colours the selected shapes and flows (fill and line; invalid colours: the default), one
    // undo step; false when nothing is selected or nothing changes.
    bool colorSelection(const QColor &fill, const QColor &stroke);
    // Appends an element of `type` after the flow node `elementId`, connected to it.
    bool appendElement(const QString &elementId, BpmnElementType type);
    // Replaces the kind of an element within its family (task kinds, events with their event
    // definitions, gateways), keeping id, name, flows and shape; one undo step.
    bool changeElementType(const QString &elementId, const BpmnElementSpec &spec);
    // Adds a lane above or below a lane (left or right in a vertical pool), or at the edge of a pool.
    bool addLane(const QString &laneOrPoolId, bool before);
    // Divides a lane into two child lanes (the first keeps what it holds).
    bool divideLane(const QString &laneId);
    // The variants an element may change to ("change type"), as the palette names them.
    QList<std::pair<BpmnElementSpec, QString>> typeChoices(const QString &elementId) const;

    // The in-place editor of a label while one is open (null otherwise).
    QLineEdit *labelEditor() const { return m_labelEditor; }
    // The find line (Ctrl+F) while it is open (null otherwise).
    QLineEdit *findEditor() const { return m_findEditor; }
    // The elements find offers: "name (id)" or the id of unnamed ones, with their semantic ids.
    QList<std::pair<QString, QString>> findChoices() const;
    // The keyboard letters and keys of the editor, as the shortcuts help lists them: key, what it does.
    static QList<std::pair<QString, QString>> keyboardShortcuts();

public slots:
    // File › New: a new blank map in a new window.
    void newWindow();
    void open();
    bool save();
    bool saveAs();
    void deleteSelection();
    void renameSelection();
    void rename(const QString &elementId);
    // Edits the name in place, over the element; Enter keeps it (one undo step), Esc cancels.
    void editLabel(const QString &elementId);

    void openFromDatabase();
    void saveToDatabaseAs();
    void showVersionHistory();
    void exportAs();
    void print();

    void copy();
    void cut();
    // Pastes at the mouse when it is over the canvas, else next to where the copy came from.
    void paste();
    // Pastes the clipboard centred on `centre` (scene coordinates, snapped to the grid).
    void pasteAt(QPointF centre);
    void align(ArrangeShapesCommand::Alignment alignment);
    void distribute(Qt::Orientation orientation);
    // Moves the selected shapes by one grid step (arrow keys).
    void nudge(QPointF direction);
    void setSnapToGrid(bool on);
    // Selects the shape or flow of a semantic element and centres the view on it.
    void selectElement(const QString &elementId);
    // R: the Change Type menu of the selected element, next to it.
    void showTypeMenu();
    // Ctrl+F: a line over the canvas with completion over the names and ids of the elements;
    // Enter selects the element found and centres the view on it, Esc closes.
    void showFind();
    // Selects the element whose name or id is `text` (or, failing that, the first whose name or
    // id contains it); false when there is none.
    bool findElement(const QString &text);
    // F1 or ?: the keyboard shortcuts.
    void showShortcuts();

    // Creates an element of `type` centred on `scenePos` (a palette drop), selected, one undo step.
    void createElementAt(BpmnElementType type, QPointF scenePos);
    void createElement(const BpmnElementSpec &spec, QPointF scenePos);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Starts a drag from a palette entry once the mouse moved far enough with the button down.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createPalette();
    void createDiagramChooser();
    bool pushLaneCommand(NestedLaneCommand *command);
    void pushGrowingPool(QUndoCommand *command);
    void createMenus(QAction *open, QAction *save, QAction *saveAs);
    void createArrangeMenu(QMenu *menu);
    QAction *addTool(const QString &text, const QKeySequence &shortcut);
    void setReadOnly(bool readOnly);
    void createContextPad();
    void updateContextPad();
    void finishLabelEdit(bool keep);
    void closeFind();
    void pushArrange(const QHash<QString, QPointF> &deltas, const QString &text);
    // Before what is shown is replaced or closed: unsaved changes are saved, discarded or kept
    // (Cancel: false) as the user answers.
    bool confirmDiscard(const QString &title);
    void placeViewAtStart();
    void createDocks();
    void followSelection();
    // The sequence flow under `scenePos` that a new element of `type` dropped there splits.
    QString flowToSplit(BpmnElementType type, QPointF scenePos) const;
    struct PaletteVariant
    {
        BpmnElementSpec spec;
        QString text;
        QAction *family = nullptr; // the family's palette action
    };
    void addPaletteFamily(const QString &text, const QList<std::pair<BpmnElementSpec, QString>> &variants);
    void selectVariant(const PaletteVariant &variant) const;
    void showContextMenu(const QString &elementId, QPoint screenPos);
    QMenu *createTypeMenu(QWidget *parent, const QString &elementId);
    void chooseTool(QAction *action);
    void updateTitle();
    void showMessage(const QString &message);

    ProcessDocument *m_document;
    ProcessScene *m_scene;
    ProcessView *m_view;
    QToolBar *m_toolBar;
    QToolBar *m_palette;
    QMenuBar *m_menuBar;
    QMainWindow *m_window; // holds the canvas and the docks
    PropertiesPanel *m_properties;
    ProblemsPanel *m_problems;
    QLabel *m_status;
    QActionGroup *m_tools;
    QAction *m_selectAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_handAction = nullptr;
    QAction *m_lassoAction = nullptr;
    QAction *m_spaceAction = nullptr;
    QList<QAction *> m_editActions; // disabled while read-only
    QList<QAction *> m_fileActions; // open, save, save as
    std::unique_ptr<SelectTool> m_selectTool;
    std::unique_ptr<ConnectTool> m_connectTool;
    std::unique_ptr<CreateTool> m_createTool;
    std::unique_ptr<HandTool> m_handTool;
    std::unique_ptr<LassoTool> m_lassoTool;
    std::unique_ptr<SpaceTool> m_spaceTool;
    QPoint m_pressPos; // in the palette button pressed last
    QList<PaletteVariant> m_variants;
    mutable QHash<QAction *, BpmnElementSpec> m_familySpecs; // the current variant of each family
    std::optional<BpmnElementSpec> m_dragSpec;               // what a palette drag in progress creates
    DatabasePtr m_db;
    QString m_actor;
    qint64 m_mapId = 0;
    int m_mapVersion = 0;
    QString m_mapName;
    bool m_readOnly = false;
    QLineEdit *m_labelEditor = nullptr;
    QString m_labelElement;
    QLineEdit *m_findEditor = nullptr;
    int m_pasteCount = 0;
    QString m_resizableId; // DI id of the shape showing its resize handle
    QWidget *m_contextPad = nullptr;
    QString m_padElement; // the element the context pad belongs to
    QWidget *m_diagramBar = nullptr;
};
