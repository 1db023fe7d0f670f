#pragma once

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class ProcessDocument;
class ProcessEdgeItem;
class ProcessShapeItem;
class ProcessTool;

// The canvas of one diagram. Observes a ProcessDocument: one item per DI shape and edge of
// the edited diagram, keyed by DI id; a structural change resynchronises the items by id (new
// ones created, gone ones deleted, the rest refreshed), an attribute change refreshes only the
// items concerned. Mouse input goes to the current tool, which pushes commands.
class ProcessScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ProcessScene(ProcessDocument *document, QObject *parent = nullptr);
    ~ProcessScene() override;

    ProcessDocument *document() const { return m_document; }

    ProcessShapeItem *shapeItem(const QString &diId) const { return m_shapes.value(diId); }
    ProcessShapeItem *shapeItemForElement(const QString &elementId) const;
    ProcessEdgeItem *edgeItem(const QString &diId) const { return m_edges.value(diId); }
    ProcessEdgeItem *edgeItemForElement(const QString &elementId) const
    {
        return m_edgesByElement.value(elementId);
    }
    int shapeItemCount() const { return int(m_shapes.size()); }
    int edgeItemCount() const { return int(m_edges.size()); }
    // The topmost shape (or, with `edges`, edge) under a scene position.
    QGraphicsItem *elementItemAt(QPointF scenePos, bool edges = true) const;

    // DI ids of the selected shapes and edges.
    QStringList selectedIds() const;
    QStringList selectedShapeIds() const;
    void selectIds(const QStringList &diIds);
    void selectAllElements();

    ProcessTool *tool() const { return m_tool; }
    // The scene does not own tools; the editor does.
    void setTool(ProcessTool *tool);

    // Snap to grid: moves and new elements land on multiples of the grid size; 0 turns it off.
    // The grid is drawn as light dots while it is on.
    int gridSize() const { return m_gridSize; }
    void setGridSize(int size);
    QPointF snapped(QPointF point) const;
    qreal snapped(qreal value) const;

    // Item caching for the designer's items (QGraphicsItem::CacheMode), chosen by measurement.
    void setItemCacheMode(int mode);

public slots:
    void synchronise();
    void updateElements(const QStringList &ids);

signals:
    void statusMessage(const QString &message);
    void renameRequested(const QString &elementId);
    void toolFinished();
    // A right click on an element (semantic id; empty on the canvas), at a screen position.
    void contextMenuRequested(const QString &elementId, QPoint screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void refreshShape(ProcessShapeItem *item);
    void refreshEdge(ProcessEdgeItem *item);
    void growSceneRect(const QRectF &rect);

    ProcessDocument *m_document;
    QHash<QString, ProcessShapeItem *> m_shapes;          // by DI id
    QHash<QString, ProcessEdgeItem *> m_edges;            // by DI id
    QHash<QString, ProcessShapeItem *> m_shapesByElement; // by semantic id
    QHash<QString, ProcessEdgeItem *> m_edgesByElement;
    ProcessTool *m_tool = nullptr;
    // Measured (tests/bench/bench_designer): a drag frame of 100 of 5,000 elements takes about half
    // the time with the device coordinate cache; open and selection do not change.
    int m_cacheMode = QGraphicsItem::DeviceCoordinateCache;
    QRectF m_sceneRect;
    int m_gridSize = 10;
    int m_pressIndex = -1; // of the undo stack when the mouse went down
};
