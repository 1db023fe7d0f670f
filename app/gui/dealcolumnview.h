#pragma once

#include <QListView>
#include <QStyledItemDelegate>

// One column of the deal board: the cards of a stage. Cards are dragged out of it and dropped on it;
// a drop only reports the deal and the stage (the page moves the deal).
class DealColumnView : public QListView
{
    Q_OBJECT

public:
    static const QString kMimeType; // the deal id and its stage id, "dealId:stageId"

    explicit DealColumnView(qint64 stageId, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stageId; }

signals:
    void dealDropped(qint64 dealId, qint64 stageId);

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

// Paints a deal card: title, amount, contact and owner, and a "Late" marker.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
