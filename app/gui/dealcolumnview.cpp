#include "dealcolumnview.h"

#include "models/dealcolumnmodel.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

const QString DealColumnView::kMimeType = QStringLiteral("application/x-pristriy-deal");

namespace {

constexpr int kMargin = 4;
constexpr int kPadding = 8;

} // namespace

DealColumnView::DealColumnView(qint64 stageId, QWidget *parent)
    : QListView(parent)
    , m_stageId(stageId)
{
    setObjectName(QStringLiteral("dealColumn%1").arg(stageId));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setItemDelegate(new DealCardDelegate(this));
    setModelColumn(DealColumnModel::TitleColumn);
    viewport()->setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("DealColumnView { background: transparent; }"
                                 "DealColumnView[dropTarget=\"true\"] { background: palette(midlight); }"));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QModelIndex index = indexAt(pos);
        QPoint at = viewport()->mapToGlobal(pos);
        if (!index.isValid() && !underMouse()) {
            // The menu key: the current card.
            index = currentIndex();
            at = viewport()->mapToGlobal(visualRect(index).center());
        }
        if (!index.isValid())
            return;
        setCurrentIndex(index);
        if (const qint64 dealId = index.data(DealColumnModel::kIdRole).toLongLong(); dealId > 0)
            emit dealMenuRequested(dealId, at);
    });
}

bool DealColumnView::dealOf(const QMimeData *mime, qint64 *dealId, qint64 *fromStageId)
{
    if (!mime || !mime->hasFormat(kMimeType))
        return false;
    const QList<QByteArray> parts = mime->data(kMimeType).split(':');
    if (parts.size() != 2)
        return false;
    *dealId = parts.at(0).toLongLong();
    *fromStageId = parts.at(1).toLongLong();
    return *dealId > 0;
}

void DealColumnView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    const qint64 dealId = index.data(DealColumnModel::kIdRole).toLongLong();
    if (dealId <= 0)
        return;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, QStringLiteral("%1:%2").arg(dealId).arg(m_stageId).toLatin1());
    mime->setText(index.data().toString());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QRect rect = visualRect(index);
    QPixmap pixmap(rect.size() * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = QRect(QPoint(0, 0), rect.size());
        itemDelegate()->paint(&painter, option, index);
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
    emit dragStarted();
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    emit dragFinished();
}

bool DealColumnView::acceptsDrag(const QMimeData *mime, qint64 *dealId) const
{
    qint64 fromStage = 0;
    return dealOf(mime, dealId, &fromStage) && fromStage != m_stageId;
}

void DealColumnView::setHighlighted(bool on)
{
    setProperty("dropTarget", on);
    style()->unpolish(this);
    style()->polish(this);
}

void DealColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    qint64 dealId = 0;
    if (acceptsDrag(event->mimeData(), &dealId)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setHighlighted(true);
    } else {
        event->ignore();
    }
}

void DealColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    qint64 dealId = 0;
    if (acceptsDrag(event->mimeData(), &dealId)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DealColumnView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    event->accept();
}

void DealColumnView::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    qint64 dealId = 0;
    if (!acceptsDrag(event->mimeData(), &dealId)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // After the drag has finished: the page may ask for a lost reason.
    QMetaObject::invokeMethod(
        this, [this, dealId] { emit dealDropped(dealId, m_stageId); }, Qt::QueuedConnection);
}

DealDropZone::DealDropZone(const QString &text, const QColor &colour, qint64 stageId, QWidget *parent)
    : QFrame(parent)
    , m_colour(colour)
    , m_stageId(stageId)
{
    setAcceptDrops(true);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(56);
    m_label = new QLabel(text, this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignCenter);
    QFont bold = m_label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_label->setFont(bold);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    setHighlighted(false);
}

void DealDropZone::setHighlighted(bool on)
{
    m_highlighted = on;
    QPalette p = palette();
    p.setColor(QPalette::Window, on ? m_colour.darker(115) : m_colour);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    m_label->setPalette(p);
}

void DealDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    qint64 dealId = 0;
    qint64 from = 0;
    if (!DealColumnView::dealOf(event->mimeData(), &dealId, &from)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setHighlighted(true);
}

void DealDropZone::dragMoveEvent(QDragMoveEvent *event)
{
    qint64 dealId = 0;
    qint64 from = 0;
    if (!DealColumnView::dealOf(event->mimeData(), &dealId, &from)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void DealDropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    event->accept();
}

void DealDropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    qint64 dealId = 0;
    qint64 from = 0;
    if (!DealColumnView::dealOf(event->mimeData(), &dealId, &from)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // After the drag has finished: Lost asks for the reason.
    QMetaObject::invokeMethod(
        this, [this, dealId] { emit dealDropped(dealId, m_stageId); }, Qt::QueuedConnection);
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    painter->fillPath(path, palette.base());
    painter->setPen(QPen(selected ? palette.highlight().color() : palette.mid().color(), selected ? 2 : 1));
    painter->drawPath(path);

    const QModelIndex title = index.siblingAtColumn(DealColumnModel::TitleColumn);
    const QString amount = index.siblingAtColumn(DealColumnModel::AmountColumn).data().toString();
    const QString contact = index.siblingAtColumn(DealColumnModel::ContactColumn).data().toString();
    const QString owner = index.siblingAtColumn(DealColumnModel::OwnerColumn).data().toString();
    const bool late = index.siblingAtColumn(DealColumnModel::LateColumn).data().toBool();

    const QRect inner = card.toRect().adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    QFont bold = option.font;
    bold.setBold(true);

    // The title and the amount have their lines to themselves; the "Late" marker sits at the end of the
    // owner's line (its Romanian "Întârziată" would otherwise cut the amount short).
    const QRect titleRect(inner.left(), inner.top(), inner.width(), line);
    const QRect amountRect(inner.left(), inner.top() + line, inner.width(), line);
    QRect ownerRect(inner.left(), inner.top() + 3 * line, inner.width(), line);
    if (late) {
        const QString text = DealColumnView::tr("Late");
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(true);
        const QFontMetrics sfm(small);
        const QRect pill(inner.right() - sfm.horizontalAdvance(text) - 8, ownerRect.top() + 1,
                         sfm.horizontalAdvance(text) + 8, line - 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, 4, 4);
        painter->fillPath(pillPath, QColor(0xd9, 0x3f, 0x3f));
        painter->setFont(small);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        ownerRect.setRight(pill.left() - 4);
    }
    painter->setFont(bold);
    painter->setPen(palette.text().color());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(title.data().toString(), Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    painter->drawText(amountRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(amount, Qt::ElideRight, amountRect.width()));
    painter->setPen(palette.placeholderText().color());
    painter->drawText(QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(contact, Qt::ElideRight, inner.width()));
    painter->drawText(ownerRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(owner, Qt::ElideRight, ownerRect.width()));
    painter->restore();
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return {200, 4 * fm.height() + kPadding + kMargin + 2};
}
