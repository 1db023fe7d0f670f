#pragma once

#include <QList>
#include <QObject>
#include <QString>

// Tells item models and views that records changed after a commit. Emitted from whichever thread
// committed; receivers in the GUI thread get it queued.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // entity: "contact", "company", "custom_field", ...; ids empty when many rows changed.
    void changed(const QString &entity, const QList<qint64> &ids);
};
