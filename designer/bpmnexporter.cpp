#include "bpmnexporter.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnsemanticmodel.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace {

// PDF viewers refuse pages larger than 200 inches (14,400 points).
constexpr qreal maxPdfPage = 14400;
// Qt maps PNG "quality" to zlib levels; 80 gives level 1: several times faster than the default
// on large pictures, and diagrams (mostly white) still compress well.
constexpr int pngQuality = 80;

void paintPage(QPainter *painter, const BpmnRenderer &renderer, const QRectF &page, qreal scale)
{
    painter->fillRect(QRectF(QPointF(0, 0), page.size() * scale), Qt::white);
    painter->scale(scale, scale);
    painter->translate(-page.topLeft());
    renderer.render(painter);
}

QString pdfTitle(const BpmnRenderModel &model)
{
    return model.diagramName().isEmpty() ? model.diagramId() : model.diagramName();
}

} // namespace

std::optional<BpmnExporter::Format> BpmnExporter::formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QVector<BpmnRenderer> BpmnExporter::renderers(const BpmnDocument &document)
{
    const BpmnSemanticModel semantic = BpmnSemanticModel::fromDocument(document);
    const BpmnDiModel di = BpmnDiModel::fromDocument(document);
    QVector<BpmnRenderer> result;
    result.reserve(di.diagrams().size());
    for (const BpmnDiModel::Diagram &diagram : di.diagrams())
        result.append(BpmnRenderer(BpmnRenderModel::build(semantic, diagram, &document)));
    return result;
}

QRectF BpmnExporter::pageRect(const BpmnRenderer &renderer)
{
    QRectF rect = renderer.boundingRect();
    if (rect.isEmpty())
        rect = QRectF(0, 0, 1, 1);
    rect.adjust(-margin, -margin, margin, margin);
    // On whole units, so that a 1:1 picture puts DI's whole coordinates on pixel edges: lines stay
    // as sharp as the file draws them, whatever fractional label box widens the page.
    return QRectF(QPointF(std::floor(rect.left()), std::floor(rect.top())),
                  QPointF(std::ceil(rect.right()), std::ceil(rect.bottom())));
}

QImage BpmnExporter::toImage(const BpmnRenderer &renderer)
{
    const QRectF page = pageRect(renderer);
    const qreal side = std::max(page.width(), page.height());
    const qreal scale =
        std::min({1.0, maxImageSide / side, std::sqrt(maxImagePixels / (page.width() * page.height()))});
    const QSize size(std::max(1, int(std::ceil(page.width() * scale))),
                     std::max(1, int(std::ceil(page.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    QPainter painter(&image);
    paintPage(&painter, renderer, page, scale);
    painter.end();
    return image;
}

QByteArray BpmnExporter::toPng(const BpmnRenderer &renderer)
{
    const QImage image = toImage(renderer);
    QByteArray data;
    QBuffer buffer(&data);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG", pngQuality))
        return QByteArray();
    return data;
}

QByteArray BpmnExporter::toSvg(const BpmnRenderer &renderer)
{
    const QRectF page = pageRect(renderer);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(page.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), page.size()));
    generator.setTitle(pdfTitle(renderer.model()));
    QPainter painter;
    if (!painter.begin(&generator))
        return QByteArray();
    paintPage(&painter, renderer, page, 1);
    painter.end();
    return data;
}

QByteArray BpmnExporter::toPdf(const QVector<BpmnRenderer> &renderers)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // One device unit per point, so that 1 diagram unit prints as 1 pt unless scaled down.
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Pristriy"));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    for (int i = 0; i < renderers.size(); ++i) {
        const BpmnRenderer &renderer = renderers.at(i);
        const QRectF page = pageRect(renderer);
        const qreal scale = std::min(1.0, maxPdfPage / std::max(page.width(), page.height()));
        writer.setPageSize(
            QPageSize(page.size() * scale, QPageSize::Point, QString(), QPageSize::ExactMatch));
        if (i == 0) {
            writer.setTitle(pdfTitle(renderer.model()));
            if (!painter.begin(&writer))
                return QByteArray();
        } else if (!writer.newPage()) {
            return QByteArray();
        }
        painter.save();
        paintPage(&painter, renderer, page, scale);
        painter.restore();
    }
    if (!painter.isActive())
        return QByteArray();
    painter.end();
    return data;
}
