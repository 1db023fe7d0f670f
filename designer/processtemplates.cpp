#include "processtemplates.h"

QVector<ProcessTemplates::Template> ProcessTemplates::all()
{
    return {
        {QStringLiteral(":/templates/sales.bpmn"), tr("Sales")},
        {QStringLiteral(":/templates/complaint-handling.bpmn"), tr("Complaint handling")},
        {QStringLiteral(":/templates/marketing-event.bpmn"), tr("Marketing event")},
        {QStringLiteral(":/templates/assignment.bpmn"), tr("Assignment")},
    };
}
