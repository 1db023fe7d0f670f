#pragma once

#include "bpmn/bpmnschema.h"

#include <QPointF>
#include <QWidget>

#include <memory>

class ConnectTool;
class CreateTool;
class ProblemsPanel;
class ProcessDocument;
class ProcessScene;
class ProcessView;
class PropertiesPanel;
class QAction;
class QActionGroup;
class QLabel;
class QMainWindow;
class QMenuBar;
class QToolBar;
class SelectTool;

// The process designer for one diagram: a palette of tools and element kinds, the canvas, and
// the edit actions (undo/redo, delete, select all, rename, zoom, open and save .bpmn files),
// a properties panel for the selected element and the problems of the diagram, docked.
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
    // The palette entry that creates elements of `type`, or the select/connect tools.
    QAction *paletteAction(BpmnElementType type) const;
    QAction *selectToolAction() const { return m_selectAction; }
    QAction *connectToolAction() const { return m_connectAction; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QMenuBar *menuBar() const { return m_menuBar; }

    // Asks for a .bpmn file and opens it in a new editor window (a tool window of `parent`,
    // deleted on close); null when cancelled or the file cannot be read (the user was told).
    static ProcessEditor *openInWindow(QWidget *parent);

    // Shows a message box on failure when `interactive`.
    bool openFile(const QString &fileName, bool interactive = true);
    bool saveFile(const QString &fileName, bool interactive = true);
    // Starts an untitled map from a template (a resource path of ProcessTemplates).
    bool newFromTemplate(const QString &resource, bool interactive = true);

public slots:
    void open();
    bool save();
    bool saveAs();
    void deleteSelection();
    void renameSelection();
    void rename(const QString &elementId);
    // Selects the shape or flow of a semantic element and centres the view on it.
    void selectElement(const QString &elementId);

    // Creates an element of `type` centred on `scenePos` (a palette drop), selected, one undo step.
    void createElementAt(BpmnElementType type, QPointF scenePos);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Starts a drag from a palette entry once the mouse moved far enough with the button down.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createPalette();
    void createMenus(QAction *open, QAction *save, QAction *saveAs);
    void createDocks();
    void followSelection();
    void addPaletteEntry(BpmnElementType type, const QString &text);
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
    std::unique_ptr<SelectTool> m_selectTool;
    std::unique_ptr<ConnectTool> m_connectTool;
    std::unique_ptr<CreateTool> m_createTool;
    QPoint m_pressPos; // in the palette button pressed last
};
