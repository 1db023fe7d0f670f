#include "bpmncommand.h"

#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnvalidator.h"
#include "bpmn/bpmnwriter.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    Unreadable = 2
};

QString usage()
{
    return QCoreApplication::translate("bpmn", "Usage: pristriy-cli bpmn validate FILE\n"
                                               "       pristriy-cli bpmn convert IN OUT\n");
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

} // namespace

int runBpmnCommand(const QStringList &args)
{
    const QString subcommand = args.value(0);
    if (subcommand == u"validate" && args.size() == 2)
        return validate(args.at(1));
    if (subcommand == u"convert" && args.size() == 3)
        return convert(args.at(1), args.at(2));
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
