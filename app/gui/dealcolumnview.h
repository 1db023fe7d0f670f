#pragma once

#include <QFrame>
#include <QListView>
#include <QStyledItemDelegate>

class QLabel;

// One column of the deal board: the cards of a stage. Cards are dragged out of it and dropped on it;
// a drop only reports the deal and the stage (the page moves the deal).
class DealColumnView : public QListView
{
    Q_OBJECT

public:
    static const QString kMimeType; // the deal id and its stage id, "dealId:stageId"

    explicit DealColumnView(qint64 stageId, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stageId; }

    // The deal id and stage id a drag carries; false when the data is not a deal.
    static bool dealOf(const QMimeData *mime, qint64 *dealId, qint64 *fromStageId);

signals:
    void dealDropped(qint64 dealId, qint64 stageId);
    // Around a drag of one of its cards (the board shows its drop zones and scrolls at its edges).
    void dragStarted();
    void dragFinished();
    // A right click on a card (or the menu key on the current one).
    void dealMenuRequested(qint64 dealId, const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsDrag(const QMimeData *mime, qint64 *dealId) const;
    void setHighlighted(bool on);

    qint64 m_stageId = 0;
};

// A place to drop a card on while dragging it: the Won and Lost outcomes of the pipeline, and the trash
// (stageId 0). Shown at the bottom of the board only during a drag, as Pipedrive does.
class DealDropZone : public QFrame
{
    Q_OBJECT

public:
    DealDropZone(const QString &text, const QColor &colour, qint64 stageId, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    void setStageId(qint64 stageId) { m_stageId = stageId; }
    bool isHighlighted() const { return m_highlighted; }

signals:
    void dealDropped(qint64 dealId, qint64 stageId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);

    QColor m_colour;
    qint64 m_stageId = 0;
    bool m_highlighted = false;
    QLabel *m_label = nullptr;
};

// Paints a deal card: title, amount, contact, and owner with a "Late" marker beside it.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
