#pragma once

// Helpers of the drawing tests: small BPMN models written inline, their pictures, and what the
// SVG export writes.
#include "bpmnexporter.h"
#include "bpmnlabelpainter.h"
#include "bpmnrenderer.h"

#include "bpmn/bpmnreader.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLineF>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace BpmnPictureTest {

inline QString miwgDir()
{
    return QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg");
}

// A definitions element around `semantic` (process content) and `di` (plane content).
inline QByteArray definitions(const QString &semantic, const QString &di, const QString &outside = QString())
{
    return (uR"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:color="http://www.omg.org/spec/BPMN/non-normative/color/1.0"
  xmlns:bioc="http://bpmn.io/schema/bpmn/biocolor/1.0" id="D" targetNamespace="urn:t">%3
  <process id="P">%1
  </process>
  <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="P">%2
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
)"_s.arg(semantic, di, outside))
        .toUtf8();
}

inline QString shapeDi(const QString &element, const QRectF &bounds, const QString &extra = QString(),
                       const QString &label = QString())
{
    return uR"(<bpmndi:BPMNShape id="%1_di" bpmnElement="%1"%6><dc:Bounds x="%2" y="%3" width="%4" height="%5"/>%7</bpmndi:BPMNShape>)"_s
        .arg(element)
        .arg(bounds.x())
        .arg(bounds.y())
        .arg(bounds.width())
        .arg(bounds.height())
        .arg(extra.isEmpty() ? QString() : u' ' + extra, label);
}

inline QString labelDi(const QRectF &bounds, const QString &extra = QString())
{
    return uR"(<bpmndi:BPMNLabel%5><dc:Bounds x="%1" y="%2" width="%3" height="%4"/></bpmndi:BPMNLabel>)"_s
        .arg(bounds.x())
        .arg(bounds.y())
        .arg(bounds.width())
        .arg(bounds.height())
        .arg(extra.isEmpty() ? QString() : u' ' + extra);
}

inline QString edgeDi(const QString &id, const QString &element, const QVector<QPointF> &points,
                      const QString &extra = QString())
{
    QString waypoints;
    for (const QPointF &point : points)
        waypoints += uR"(<di:waypoint x="%1" y="%2"/>)"_s.arg(point.x()).arg(point.y());
    const QString reference = element.isEmpty() ? QString() : uR"( bpmnElement="%1")"_s.arg(element);
    return uR"(<bpmndi:BPMNEdge id="%1"%2%3>%4</bpmndi:BPMNEdge>)"_s.arg(
        id, reference, extra.isEmpty() ? QString() : u' ' + extra, waypoints);
}

inline BpmnRenderer rendererOf(const QByteArray &xml)
{
    BpmnReadResult result = BpmnReader::read(xml);
    if (!result.readable)
        qFatal("unreadable test model: %s", xml.constData());
    const QVector<BpmnRenderer> renderers = BpmnExporter::renderers(result.document);
    if (renderers.isEmpty())
        qFatal("no diagram in the test model");
    return renderers.first();
}

const BpmnRenderModel::Shape *shapeOf(const BpmnRenderer &renderer, const QString &elementId)
{
    for (const BpmnRenderModel::Shape &shape : renderer.model().shapes()) {
        if (shape.elementId == elementId)
            return &shape;
    }
    return nullptr;
}

const BpmnRenderModel::Edge *edgeOf(const BpmnRenderer &renderer, const QString &diId)
{
    for (const BpmnRenderModel::Edge &edge : renderer.model().edges()) {
        if (edge.id == diId)
            return &edge;
    }
    return nullptr;
}

// A picture of the renderer and where diagram points land in it.
struct Picture
{
    explicit Picture(const BpmnRenderer &renderer)
        : image(BpmnExporter::toImage(renderer))
        , origin(BpmnExporter::pageRect(renderer).topLeft())
    {}

    QRgb at(QPointF point) const { return image.pixel((point - origin).toPoint()); }
    bool isInk(QPointF point) const { return qGray(at(point)) < 160; }
    bool isWhite(QPointF point) const { return qGray(at(point)) > 235; }
    int inkIn(const QRectF &rect) const
    {
        const QRect area = rect.translated(-origin).toAlignedRect() & image.rect();
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                count += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        }
        return count;
    }
    // How many pixels of `rect` are close to `color`.
    int colorIn(const QRectF &rect, const QColor &color) const
    {
        const QRect area = rect.translated(-origin).toAlignedRect() & image.rect();
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                count += std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                                     std::abs(pixel.blue() - color.blue()) <
                                 40
                             ? 1
                             : 0;
            }
        }
        return count;
    }

    QImage image;
    QPointF origin;
};

// The words of every text the SVG export writes.
inline QSet<QString> svgWords(const BpmnRenderer &renderer)
{
    QXmlStreamReader xml(BpmnExporter::toSvg(renderer));
    QSet<QString> words;
    int inText = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            ++inText;
        else if (xml.isEndElement() && xml.name() == u"text")
            --inText;
        else if (xml.isCharacters() && inText > 0) {
            static const QRegularExpression space(u"\\s+"_s);
            for (const QString &word : xml.text().toString().split(space, Qt::SkipEmptyParts))
                words.insert(word);
        }
    }
    return words;
}

inline QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

// A word is drawn whole, or broken after its hyphens as text layout may wrap it ("Multi-" and
// "Instances" on two lines), every piece there.
inline bool isDrawn(const QSet<QString> &drawn, const QString &word)
{
    if (drawn.contains(word))
        return true;
    static const QRegularExpression afterHyphen(u"(?<=-)"_s);
    const QStringList pieces = word.split(afterHyphen, Qt::SkipEmptyParts);
    return pieces.size() > 1 && std::all_of(pieces.cbegin(), pieces.cend(),
                                            [&drawn](const QString &piece) { return drawn.contains(piece); });
}

// The text of a layout fits its box: nothing of it lies outside, so nothing can be cut.
inline bool holdsItsText(const BpmnLabelPainter::Layout &layout)
{
    const QRectF needed =
        QFontMetricsF(layout.font)
            .boundingRect(QRectF(0, 0, layout.box.width(), 1e6), Qt::TextWordWrap, layout.text);
    return needed.width() <= layout.box.width() + 0.5 && needed.height() <= layout.box.height() + 0.5;
}

inline qreal distanceToSegment(QPointF point, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF closest = a + ab * t;
    return QLineF(point, closest).length();
}

inline bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    QPointF crossing;
    return QLineF(a, b).intersects(QLineF(c, d), &crossing) == QLineF::BoundedIntersection;
}

} // namespace BpmnPictureTest
