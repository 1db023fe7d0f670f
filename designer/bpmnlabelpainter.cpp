#include "bpmnlabelpainter.h"

#include "bpmnmarkerpainter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <cmath>

namespace {

constexpr qreal defaultFontSize = 11;
constexpr qreal defaultLabelWidth = 90;
constexpr qreal padding = 5;
constexpr qreal headerBand = 30;
constexpr qreal externalGap = 4; // between a shape and a label placed below it by default
// Other tools lay labels out with their own font engines: a line they fitted exactly into its
// DI bounds may be a hair wider here, and would wrap without this slack.
constexpr qreal wrapSlack = 1;
constexpr int wrapFlags = Qt::TextWordWrap;

// Which edges of a label box stay when the text needs more room than the box gives.
enum class Grow
{
    Centre,
    Down, // the top stays: a label below its shape
    Up    // the bottom stays: a label above its shape
};

enum class Spread
{
    Centre,
    Right, // the left edge stays
    Left   // the right edge stays
};

struct Measure
{
    qreal boxWidth; // the width to lay the text out in: the given one or the longest word's
    QSizeF natural; // what the wrapped lines cover
};

qreal longestWord(const QFontMetricsF &metrics, const QString &text)
{
    qreal longest = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (!space && start < 0) {
            start = i;
        } else if (space && start >= 0) {
            longest = std::max(longest, metrics.horizontalAdvance(text.mid(start, i - start)));
            start = -1;
        }
    }
    return longest;
}

Measure measure(const QFont &font, const QString &text, qreal width)
{
    const QFontMetricsF metrics(font);
    const QRectF needed = metrics.boundingRect(QRectF(0, 0, width, 1e6), wrapFlags, text);
    if (needed.width() <= width)
        return Measure{width, needed.size()};
    // A word is wider than the box: lay the text out as wide as that word.
    const qreal boxWidth = std::max(width, std::ceil(longestWord(metrics, text)) + 1);
    return Measure{boxWidth, metrics.boundingRect(QRectF(0, 0, boxWidth, 1e6), wrapFlags, text).size()};
}

struct Fitted
{
    QRectF box;
    QSizeF natural; // what the text covers in it
};

// `box` grown to hold `text`, keeping in place the edges that `grow` and `spread` name.
Fitted fitted(const QFont &font, const QString &text, QRectF box, Grow grow, Spread spread)
{
    const Measure measured = measure(font, text, box.width());
    if (measured.boxWidth > box.width()) {
        const qreal extra = measured.boxWidth - box.width();
        switch (spread) {
        case Spread::Centre:
            box.adjust(-extra / 2, 0, extra / 2, 0);
            break;
        case Spread::Right:
            box.setRight(box.right() + extra);
            break;
        case Spread::Left:
            box.setLeft(box.left() - extra);
            break;
        }
    }
    if (measured.natural.height() > box.height()) {
        const qreal extra = measured.natural.height() - box.height();
        switch (grow) {
        case Grow::Centre:
            box.adjust(0, -extra / 2, 0, extra / 2);
            break;
        case Grow::Down:
            box.setBottom(box.bottom() + extra);
            break;
        case Grow::Up:
            box.setTop(box.top() - extra);
            break;
        }
    }
    return Fitted{box, measured.natural};
}

QRectF fit(const QFont &font, const QString &text, const QRectF &box, Grow grow, Spread spread)
{
    return fitted(font, text, box, grow, spread).box;
}

// What centred text covers inside its box.
QRectF centredBlock(const Fitted &text)
{
    QRectF block(QPointF(0, 0), text.natural);
    block.moveCenter(text.box.center());
    return block;
}

// The middle of a polyline measured along its length, where bpmn-js puts a flow's label.
QPointF midpoint(const QVector<QPointF> &points)
{
    qreal total = 0;
    for (int i = 1; i < points.size(); ++i)
        total += QLineF(points.at(i - 1), points.at(i)).length();
    qreal remaining = total / 2;
    for (int i = 1; i < points.size(); ++i) {
        const QLineF segment(points.at(i - 1), points.at(i));
        if (remaining <= segment.length() && segment.length() > 0)
            return segment.pointAt(remaining / segment.length());
        remaining -= segment.length();
    }
    return points.isEmpty() ? QPointF() : points.last();
}

bool isExpandedContainer(const BpmnRenderModel::Shape &shape)
{
    return BpmnSchema::isActivity(shape.type) && shape.expanded;
}

bool hasLabelBounds(const std::optional<QRectF> &bounds)
{
    return bounds && bounds->width() > 0;
}

} // namespace

QFont BpmnLabelPainter::font()
{
    return font(BpmnRenderModel::LabelFont());
}

QFont BpmnLabelPainter::font(const BpmnRenderModel::LabelFont &style)
{
    // Asked for by every label without a style: built once, once the application (which fonts
    // need) exists.
    if (style.family.isEmpty() && style.size <= 0 && !style.bold && !style.italic &&
        QGuiApplication::instance()) {
        static const QFont defaultFont =
            font(BpmnRenderModel::LabelFont{QString(), defaultFontSize, false, false});
        return defaultFont;
    }
    // Arial, as bpmn-js and the MIWG pictures use, or one of its metric twins (Liberation Sans
    // is a dependency), so that labels take the room their DI bounds were made for.
    QStringList families{QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("Arimo"),
                         QStringLiteral("Helvetica"), QStringLiteral("Nimbus Sans")};
    if (!style.family.isEmpty() && !families.contains(style.family, Qt::CaseInsensitive))
        families.prepend(style.family);
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(std::lround(style.size > 0 ? style.size : defaultFontSize)));
    font.setBold(style.bold);
    font.setItalic(style.italic);
    return font;
}

bool BpmnLabelPainter::hasExternalLabel(BpmnElementType type)
{
    switch (type) {
    case BpmnElementType::DataObject:
    case BpmnElementType::DataObjectReference:
    case BpmnElementType::DataStore:
    case BpmnElementType::DataStoreReference:
    case BpmnElementType::DataInput:
    case BpmnElementType::DataOutput:
        return true;
    default:
        return BpmnSchema::isEvent(type) || BpmnSchema::isGateway(type);
    }
}

QString BpmnLabelPainter::displayText(const BpmnRenderModel::Shape &shape)
{
    if (shape.state.isEmpty())
        return shape.text;
    const QString state = u'[' + shape.state + u']';
    // Trisotech and Signavio write the state into the name as well ("ID document [scanned]"):
    // the state is shown once.
    if (shape.text.simplified().endsWith(state.simplified(), Qt::CaseInsensitive))
        return shape.text;
    return shape.text.isEmpty() ? state : shape.text + u'\n' + state;
}

QSizeF BpmnLabelPainter::textSize(const QFont &font, const QString &text, qreal width)
{
    const Measure result = measure(font, text, width);
    return QSizeF(result.boxWidth > width ? result.boxWidth : result.natural.width(),
                  result.natural.height());
}

std::optional<BpmnLabelPainter::Layout> BpmnLabelPainter::layout(const BpmnRenderModel::Shape &shape)
{
    const QString text = displayText(shape);
    if (text.isEmpty())
        return std::nullopt;
    const QFont labelFont = font(shape.font);
    if (hasExternalLabel(shape.type))
        return externalLayout(shape, text, labelFont);
    if (shape.type == BpmnElementType::Participant || shape.type == BpmnElementType::Lane)
        return headerLayout(shape, text, labelFont);

    const QRectF &bounds = shape.bounds;
    Layout result;
    result.text = text;
    result.font = labelFont;
    if (isExpandedContainer(shape) || shape.type == BpmnElementType::TextAnnotation) {
        // From the top left corner, growing to the right and downwards.
        const qreal inset = shape.type == BpmnElementType::TextAnnotation ? padding : padding * 2;
        const QRectF box(bounds.left() + inset, bounds.top() + padding, bounds.width() - 2 * inset, 0);
        result.alignment = Qt::AlignLeft | Qt::AlignTop;
        result.box = fit(labelFont, text, box, Grow::Down, Spread::Right);
        if (shape.type == BpmnElementType::TextAnnotation)
            result.box.setBottom(std::max(result.box.bottom(), bounds.bottom() - padding));
        return result;
    }
    if (shape.type == BpmnElementType::Group) {
        const QRectF box = hasLabelBounds(shape.labelBounds)
                               ? *shape.labelBounds
                               : QRectF(bounds.center().x() - defaultLabelWidth / 2, bounds.top() + padding,
                                        defaultLabelWidth, 0);
        result.alignment = Qt::AlignHCenter | Qt::AlignTop;
        result.box = fit(labelFont, text, box, Grow::Down, Spread::Centre);
        return result;
    }
    return activityLayout(shape, text, labelFont);
}

BpmnLabelPainter::Layout BpmnLabelPainter::externalLayout(const BpmnRenderModel::Shape &shape,
                                                          const QString &text, const QFont &labelFont)
{
    Layout result;
    result.text = text;
    result.font = labelFont;
    result.alignment = Qt::AlignHCenter | Qt::AlignVCenter;
    const QRectF &bounds = shape.bounds;
    if (!hasLabelBounds(shape.labelBounds)) {
        const QRectF box(bounds.center().x() - defaultLabelWidth / 2, bounds.bottom() + externalGap,
                         defaultLabelWidth, 0);
        result.box = fit(labelFont, text, box, Grow::Down, Spread::Centre);
        return result;
    }
    // The edge of the label next to the shape stays where the file puts it.
    const QRectF &label = *shape.labelBounds;
    Grow grow = Grow::Centre;
    if (label.top() >= bounds.center().y())
        grow = Grow::Down;
    else if (label.bottom() <= bounds.center().y())
        grow = Grow::Up;
    Spread spread = Spread::Centre;
    if (grow == Grow::Centre && label.left() >= bounds.center().x())
        spread = Spread::Right;
    else if (grow == Grow::Centre && label.right() <= bounds.center().x())
        spread = Spread::Left;
    result.box = fit(labelFont, text, label.adjusted(-wrapSlack / 2, 0, wrapSlack / 2, 0), grow, spread);
    // Close to the shape in a box taller than the text, as bpmn-js aligns external labels.
    if (grow == Grow::Down)
        result.alignment = Qt::AlignHCenter | Qt::AlignTop;
    else if (grow == Grow::Up)
        result.alignment = Qt::AlignHCenter | Qt::AlignBottom;
    return result;
}

BpmnLabelPainter::Layout BpmnLabelPainter::activityLayout(const BpmnRenderModel::Shape &shape,
                                                          const QString &text, const QFont &labelFont)
{
    Layout result;
    result.text = text;
    result.font = labelFont;
    result.alignment = Qt::AlignCenter;
    const QRectF inside = shape.bounds.adjusted(padding, padding, -padding, -padding);
    // What the icon and the markers ink: the icon's last row is blank, the markers' frames are
    // half a unit wider than their boxes.
    QRectF icon = BpmnMarkerPainter::taskIconRect(shape);
    if (!icon.isNull())
        icon.setBottom(icon.bottom() - 1);
    QRectF markers = BpmnMarkerPainter::activityMarkerRect(shape);
    if (!markers.isNull())
        markers.setTop(markers.top() - 1);
    // Centred in the task as other tools draw it, unless the text would run into the icon or
    // the markers; then centred in the room between them; then beside the icon.
    const Fitted centred = fitted(labelFont, text, inside, Grow::Centre, Spread::Centre);
    if (icon.isNull() && markers.isNull()) {
        result.box = centred.box;
        return result;
    }
    // A line's box has room above the capitals that its letters do not ink: the first line may
    // reach that far into the icon's rows.
    const qreal above = QFontMetricsF(labelFont).ascent() * 0.2;
    const auto clear = [&](const Fitted &candidate) {
        // (A hundredth of slack: a block that only touches them is clear.)
        const QRectF block = centredBlock(candidate).adjusted(0.01, above + 0.01, -0.01, -0.01);
        return (icon.isNull() || !block.intersects(icon)) && (markers.isNull() || !block.intersects(markers));
    };
    if (clear(centred)) {
        result.box = centred.box;
        return result;
    }
    const qreal top = icon.isNull() ? inside.top() : icon.bottom() - above;
    const qreal bottom = markers.isNull() ? inside.bottom() : markers.top();
    const QRectF between(inside.left(), top, inside.width(), std::max(0.0, bottom - top));
    const Fitted middle = fitted(labelFont, text, between, Grow::Centre, Spread::Centre);
    if (middle.box.height() <= between.height() + 0.01 && clear(middle)) {
        result.box = middle.box;
        return result;
    }
    // A line more than that room: into the task's padding on the side without icon or markers,
    // still inside its border, rather than a narrow column of many lines.
    if (icon.isNull() != markers.isNull()) {
        const Fitted padded =
            fitted(labelFont, text, between, icon.isNull() ? Grow::Up : Grow::Down, Spread::Centre);
        const QRectF border = shape.bounds.adjusted(2, 2, -2, -2);
        if (border.contains(padded.box) && clear(padded)) {
            result.box = padded.box;
            return result;
        }
    }
    // Too much text for the task: beside the icon, and above the markers even if that takes
    // it over the top of the task; the icon and the markers stay readable either way. Centred
    // under the task's middle while that holds the text, else in all the width right of the
    // icon, which takes the fewest lines.
    const qreal indent = icon.isNull() ? 0 : icon.right() + 2 - inside.left();
    const QRectF beside(inside.left() + indent, inside.top(), inside.width() - 2 * indent,
                        std::max(0.0, bottom - inside.top()));
    const Grow grow = markers.isNull() ? Grow::Centre : Grow::Up;
    const Fitted centredBeside = fitted(labelFont, text, beside, grow, Spread::Right);
    if (indent <= 0 || centredBeside.natural.height() <= beside.height() + 0.01) {
        result.box = centredBeside.box;
        return result;
    }
    const QRectF right(beside.left(), beside.top(), inside.right() - beside.left(), beside.height());
    result.box = fit(labelFont, text, right, grow, Spread::Right);
    return result;
}

BpmnLabelPainter::Layout BpmnLabelPainter::headerLayout(const BpmnRenderModel::Shape &shape,
                                                        const QString &text, const QFont &labelFont)
{
    Layout result;
    result.text = text;
    result.font = labelFont;
    result.alignment = Qt::AlignCenter;
    const QRectF &bounds = shape.bounds;
    if (shape.type == BpmnElementType::Participant && !shape.expanded) {
        // A black-box pool: the name in the middle, along the pool (read bottom to top when the
        // pool stands upright), as bpmn-js writes it.
        if (shape.horizontal) {
            result.box = fit(labelFont, text, bounds.adjusted(padding, padding, -padding, -padding),
                             Grow::Centre, Spread::Centre);
            return result;
        }
        result.transform.translate(bounds.center().x(), bounds.center().y());
        result.transform.rotate(-90);
        const QRectF box(-bounds.height() / 2 + padding, -bounds.width() / 2 + padding,
                         bounds.height() - 2 * padding, bounds.width() - 2 * padding);
        result.box = fit(labelFont, text, box, Grow::Centre, Spread::Centre);
        return result;
    }
    if (!shape.horizontal) {
        const QRectF box(bounds.left() + padding, bounds.top(), bounds.width() - 2 * padding, headerBand);
        result.box = fit(labelFont, text, box, Grow::Centre, Spread::Centre);
        return result;
    }
    // Horizontal pools and lanes carry their name upright along the left band, read bottom to top.
    result.transform.translate(bounds.left() + headerBand / 2, bounds.center().y());
    result.transform.rotate(-90);
    const QRectF box(-bounds.height() / 2 + padding, -headerBand / 2, bounds.height() - 2 * padding,
                     headerBand);
    result.box = fit(labelFont, text, box, Grow::Centre, Spread::Centre);
    return result;
}

std::optional<BpmnLabelPainter::Layout> BpmnLabelPainter::layout(const BpmnRenderModel::Edge &edge)
{
    if (edge.text.isEmpty())
        return std::nullopt;
    Layout result;
    result.text = edge.text;
    result.font = font(edge.font);
    result.alignment = Qt::AlignHCenter | Qt::AlignVCenter;
    QRectF box;
    if (hasLabelBounds(edge.labelBounds)) {
        // From the top of a box taller than the text, as bpmn-js places flow labels.
        result.alignment = Qt::AlignHCenter | Qt::AlignTop;
        box = edge.labelBounds->adjusted(-wrapSlack / 2, 0, wrapSlack / 2, 0);
    } else {
        const QPointF middle = midpoint(edge.waypoints);
        box = QRectF(middle.x() - defaultLabelWidth / 2, middle.y(), defaultLabelWidth, 0);
    }
    result.box = fit(result.font, result.text, box, Grow::Centre, Spread::Centre);
    return result;
}

QRectF BpmnLabelPainter::labelRect(const BpmnRenderModel::Shape &shape)
{
    const std::optional<Layout> result = layout(shape);
    return result ? result->rect() : QRectF();
}

QRectF BpmnLabelPainter::labelRect(const BpmnRenderModel::Edge &edge)
{
    const std::optional<Layout> result = layout(edge);
    return result ? result->rect() : QRectF();
}

void BpmnLabelPainter::paint(QPainter *painter, const Layout &layout, const QColor &color)
{
    painter->save();
    painter->setTransform(layout.transform, true);
    painter->setFont(layout.font);
    painter->setPen(color);
    // drawText() with flags lays out plain text only; markup in a name is shown as written. The
    // box holds the text, and nothing that slips past it by a rounding is cut off.
    painter->drawText(layout.box, int(layout.alignment) | wrapFlags | Qt::TextDontClip, layout.text);
    painter->restore();
}

void BpmnLabelPainter::paintShapeLabel(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    if (const std::optional<Layout> result = layout(shape))
        paint(painter, *result, shape.colors.labelColor());
}

void BpmnLabelPainter::paintEdgeLabel(QPainter *painter, const BpmnRenderModel::Edge &edge)
{
    if (const std::optional<Layout> result = layout(edge))
        paint(painter, *result, edge.colors.labelColor());
}
