#pragma once

#include "bpmnrenderer.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QVector>

#include <optional>

class BpmnDocument;

// Pictures of BPMN diagrams: PNG (antialiased, white background, 1:1 plus a margin, scaled
// down when huge), SVG and PDF (one page per diagram, the page fitted to the diagram). Results
// are built in memory, so a caller writes a file only when it is complete.
class BpmnExporter
{
public:
    enum class Format
    {
        Png,
        Svg,
        Pdf
    };

    // White space around a diagram, in diagram units.
    static constexpr qreal margin = 20;
    // A PNG is scaled down so that neither side passes this many pixels...
    static constexpr int maxImageSide = 10000;
    // ...and its area stays below this (a 5,000-element process must not need gigabytes).
    static constexpr qreal maxImagePixels = 25e6;

    // By the file name's suffix (case-insensitive): .png, .svg, .pdf.
    static std::optional<Format> formatForFile(const QString &fileName);

    // One renderer per diagram of the document, in document order.
    static QVector<BpmnRenderer> renderers(const BpmnDocument &document);
    // The area a picture of the diagram shows: what it paints plus the margin, on whole units.
    static QRectF pageRect(const BpmnRenderer &renderer);

    static QImage toImage(const BpmnRenderer &renderer);
    static QByteArray toPng(const BpmnRenderer &renderer);
    static QByteArray toSvg(const BpmnRenderer &renderer);
    // All diagrams, one page each; an empty array when the PDF could not be produced.
    static QByteArray toPdf(const QVector<BpmnRenderer> &renderers);
};
