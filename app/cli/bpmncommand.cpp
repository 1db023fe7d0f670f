#include "bpmncommand.h"

#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnvalidator.h"
#include "bpmn/bpmnwriter.h"
#include "bpmnexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    Unreadable = 2
};

QString usage()
{
    return QCoreApplication::translate(
        "bpmn", "Usage: pristriy-cli bpmn validate FILE\n"
                "       pristriy-cli bpmn convert IN OUT\n"
                "       pristriy-cli bpmn render IN OUT [--diagram ID]\n"
                "\n"
                "render draws the diagrams of IN as PNG, SVG or PDF, chosen by the\n"
                "suffix of OUT. A PDF gets one page per diagram. For PNG and SVG the\n"
                "first diagram goes to OUT and every other one to OUT-DIAGRAMID.png\n"
                "(or .svg) beside it. --diagram ID draws only that diagram, to OUT.\n");
}

QString formatDiagnostic(const QString &file, const BpmnDiagnostic &diagnostic)
{
    // Machine-readable like a compiler's: FILE:LINE:COLUMN: SEVERITY: RULE: message
    return QStringLiteral("%1:%2:%3: %4: %5: %6")
        .arg(file)
        .arg(diagnostic.line)
        .arg(diagnostic.column)
        .arg(BpmnDiagnostic::severityName(diagnostic.severity), diagnostic.rule, diagnostic.message);
}

void printDiagnostics(QTextStream &stream, const QString &file, const QVector<BpmnDiagnostic> &diagnostics)
{
    for (const BpmnDiagnostic &diagnostic : diagnostics)
        stream << formatDiagnostic(file, diagnostic) << Qt::endl;
}

int validate(const QString &file)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BpmnReadResult result = BpmnReader::readFile(file);
    if (!result.readable) {
        printDiagnostics(err, file, result.diagnostics);
        return Unreadable;
    }
    QVector<BpmnDiagnostic> findings = result.diagnostics;
    findings += BpmnValidator::validate(BpmnSemanticModel::fromDocument(result.document));
    BpmnDiagnostic::sortByPosition(findings);
    printDiagnostics(out, file, findings);
    return BpmnDiagnostic::hasErrors(findings) ? Failure : Success;
}

int convert(const QString &input, const QString &output)
{
    QTextStream err(stderr);
    BpmnReadResult result = BpmnReader::readFile(input);
    if (!result.readable) {
        printDiagnostics(err, input, result.diagnostics);
        err << QCoreApplication::translate("bpmn", "pristriy-cli: %1 was not converted; %2 is unchanged.")
                   .arg(input, output)
            << Qt::endl;
        return Unreadable;
    }
    // Inconsistencies (dangling references, ...) are reported but do not stop a lossless copy.
    printDiagnostics(err, input, result.diagnostics);
    QString error;
    if (!BpmnWriter::writeFile(result.document, output, &error)) {
        err << QCoreApplication::translate("bpmn", "pristriy-cli: %1").arg(error) << Qt::endl;
        return Failure;
    }
    return Success;
}

struct RenderedFile
{
    QString path;
    QByteArray data;
};

// OUT for the first diagram, OUT-DIAGRAMID.SUFFIX beside it for the others.
QString siblingPath(const QString &output, const QString &diagramId, int index)
{
    const QFileInfo info(output);
    QString tag = diagramId;
    tag.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (tag.isEmpty())
        tag = QString::number(index + 1);
    const QString name = QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), tag, info.suffix());
    return info.dir().filePath(name);
}

QVector<RenderedFile> renderFiles(const QVector<BpmnRenderer> &renderers, BpmnExporter::Format format,
                                  const QString &output)
{
    if (format == BpmnExporter::Format::Pdf)
        return {RenderedFile{output, BpmnExporter::toPdf(renderers)}};
    QVector<RenderedFile> files;
    for (int i = 0; i < renderers.size(); ++i) {
        const BpmnRenderer &renderer = renderers.at(i);
        const QString path = i == 0 ? output : siblingPath(output, renderer.model().diagramId(), i);
        const QByteArray data = format == BpmnExporter::Format::Png ? BpmnExporter::toPng(renderer)
                                                                    : BpmnExporter::toSvg(renderer);
        files.append(RenderedFile{path, data});
    }
    return files;
}

// All files are complete in memory before the first one replaces anything on disk.
bool writeFiles(const QVector<RenderedFile> &files, QTextStream &err)
{
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const RenderedFile &file : files) {
        auto save = std::make_unique<QSaveFile>(file.path);
        if (file.data.isEmpty()) {
            err << QCoreApplication::translate("bpmn", "pristriy-cli: cannot draw %1.").arg(file.path)
                << Qt::endl;
            return false;
        }
        if (!save->open(QIODevice::WriteOnly) || save->write(file.data) != file.data.size()) {
            err << QCoreApplication::translate("bpmn", "pristriy-cli: cannot write %1: %2")
                       .arg(file.path, save->errorString())
                << Qt::endl;
            return false;
        }
        saves.push_back(std::move(save));
    }
    for (const auto &save : saves) {
        if (!save->commit()) {
            err << QCoreApplication::translate("bpmn", "pristriy-cli: cannot write %1: %2")
                       .arg(save->fileName(), save->errorString())
                << Qt::endl;
            return false;
        }
    }
    return true;
}

int render(const QString &input, const QString &output, const QString &diagramId)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const std::optional<BpmnExporter::Format> format = BpmnExporter::formatForFile(output);
    if (!format) {
        err << QCoreApplication::translate("bpmn", "pristriy-cli: cannot tell the picture format of %1; "
                                                   "name it .png, .svg or .pdf.")
                   .arg(output)
            << Qt::endl;
        return Failure;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << QCoreApplication::translate("bpmn",
                                           "pristriy-cli: drawing needs a graphical application object.")
            << Qt::endl;
        return Failure;
    }
    BpmnReadResult result = BpmnReader::readFile(input);
    if (!result.readable) {
        printDiagnostics(err, input, result.diagnostics);
        err << QCoreApplication::translate("bpmn", "pristriy-cli: %1 was not drawn; %2 is unchanged.")
                   .arg(input, output)
            << Qt::endl;
        return Unreadable;
    }
    QVector<BpmnRenderer> renderers = BpmnExporter::renderers(result.document);
    if (renderers.isEmpty()) {
        err << QCoreApplication::translate("bpmn", "pristriy-cli: %1 has no diagram (BPMN DI) to draw.")
                   .arg(input)
            << Qt::endl;
        return Failure;
    }
    if (!diagramId.isNull()) {
        QStringList known;
        QVector<BpmnRenderer> chosen;
        for (const BpmnRenderer &renderer : std::as_const(renderers)) {
            known.append(renderer.model().diagramId());
            if (renderer.model().diagramId() == diagramId)
                chosen.append(renderer);
        }
        if (chosen.isEmpty()) {
            err << QCoreApplication::translate("bpmn",
                                               "pristriy-cli: %1 has no diagram \"%2\"; its diagrams: %3.")
                       .arg(input, diagramId, known.join(QStringLiteral(", ")))
                << Qt::endl;
            return Failure;
        }
        renderers = QVector<BpmnRenderer>{chosen.first()};
    }
    const QVector<RenderedFile> files = renderFiles(renderers, *format, output);
    if (!writeFiles(files, err))
        return Failure;
    for (const RenderedFile &file : files)
        out << file.path << Qt::endl;
    return Success;
}

int renderCommand(const QStringList &args)
{
    QStringList positional;
    QString diagramId;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--diagram" && i + 1 < args.size())
            diagramId = args.at(++i);
        else if (args.at(i).startsWith(u"--diagram="))
            diagramId = args.at(i).mid(10);
        else
            positional.append(args.at(i));
    }
    if (positional.size() != 2 || (args.contains(QStringLiteral("--diagram")) && diagramId.isNull())) {
        QTextStream err(stderr);
        err << QCoreApplication::translate("bpmn", "pristriy-cli: wrong arguments for bpmn render.")
            << Qt::endl
            << usage();
        return Unreadable;
    }
    return render(positional.at(0), positional.at(1), diagramId);
}

} // namespace

bool bpmnCommandNeedsGui(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "bpmn") == 0)
            return std::strcmp(argv[i + 1], "render") == 0;
    }
    return false;
}

int runBpmnCommand(const QStringList &args)
{
    const QString subcommand = args.value(0);
    if (subcommand == u"validate" && args.size() == 2)
        return validate(args.at(1));
    if (subcommand == u"convert" && args.size() == 3)
        return convert(args.at(1), args.at(2));
    if (subcommand == u"render")
        return renderCommand(args);
    QTextStream err(stderr);
    if (subcommand == u"validate" || subcommand == u"convert")
        err << QCoreApplication::translate("bpmn", "pristriy-cli: wrong number of arguments for bpmn %1.")
                   .arg(subcommand)
            << Qt::endl;
    else if (!subcommand.isEmpty())
        err << QCoreApplication::translate("bpmn", "pristriy-cli: unknown bpmn command \"%1\".")
                   .arg(subcommand)
            << Qt::endl;
    err << usage();
    return Unreadable;
}
