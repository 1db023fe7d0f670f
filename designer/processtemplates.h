#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// The route maps shipped with the designer (resources/templates/*.bpmn, embedded as Qt
// resources under :/templates/): starting points that already pass the validator.
class ProcessTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ProcessTemplates)

public:
    struct Template
    {
        QString fileName; // resource path
        QString title;    // translated, for the menu
    };

    static QVector<Template> all();
};
