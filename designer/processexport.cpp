#include "processexport.h"

#include "bpmnexporter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProcessExport", text);
}

} // namespace

bool ProcessExport::writeFile(const BpmnDocument &document, const QString &fileName, QString *errorString)
{
    const std::optional<BpmnExporter::Format> format = BpmnExporter::formatForFile(fileName);
    if (!format) {
        *errorString = tr("Choose a file name ending in .png, .svg or .pdf.");
        return false;
    }
    const QVector<BpmnRenderer> renderers = BpmnExporter::renderers(document);
    if (renderers.isEmpty()) {
        *errorString = tr("The process map has no diagram to draw.");
        return false;
    }
    QByteArray data;
    switch (*format) {
    case BpmnExporter::Format::Png:
        data = BpmnExporter::toPng(renderers.first());
        break;
    case BpmnExporter::Format::Svg:
        data = BpmnExporter::toSvg(renderers.first());
        break;
    case BpmnExporter::Format::Pdf:
        data = BpmnExporter::toPdf({renderers.first()});
        break;
    }
    if (data.isEmpty()) {
        *errorString = tr("The picture could not be drawn (too little memory?).");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *errorString = file.errorString();
        return false;
    }
    return true;
}

bool ProcessExport::print(const BpmnDocument &document, QPrinter *printer, QString *errorString)
{
    const QVector<BpmnRenderer> renderers = BpmnExporter::renderers(document);
    if (renderers.isEmpty()) {
        *errorString = tr("The process map has no diagram to print.");
        return false;
    }
    QPainter painter;
    if (!painter.begin(printer)) {
        *errorString = tr("The printer could not be started.");
        return false;
    }
    const BpmnRenderer &renderer = renderers.first();
    const QRectF page = BpmnExporter::pageRect(renderer);
    const QRectF paper = printer->pageRect(QPrinter::DevicePixel);
    // Diagram units are screen pixels; a printer has more dots per inch.
    const qreal natural = printer->resolution() / 96.0;
    const qreal scale = std::min({natural, paper.width() / page.width(), paper.height() / page.height()});
    painter.scale(scale, scale);
    painter.translate(-page.topLeft());
    renderer.render(&painter);
    painter.end();
    return true;
}
