#pragma once

#include "store/database.h"

#include <QHash>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

// Chooses a contact or a company by typing part of its name: the matches (at most a screenful, read
// from the search index, never the whole table) drop down as one types. "Open" shows the chosen record.
class RecordPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Contact,
        Company,
    };

    RecordPicker(DatabasePtr db, Kind kind, QWidget *parent = nullptr);

    qint64 recordId() const { return m_id; }
    // Shows the record's name (0: none).
    void setRecordId(qint64 id);
    // Whether the text names the chosen record (or is empty): typed text that matches nothing is not a
    // choice.
    bool isValid() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *openButton() const { return m_open; }
    // The matches for text, as the drop-down shows them (for tests and the first suggestion).
    QStringList suggestions(const QString &text);
    // Chooses the match shown as text (one of suggestions()).
    bool choose(const QString &text);

signals:
    void changed();
    void openRequested(qint64 id);

private:
    QString nameOf(qint64 id) const;

    DatabasePtr m_db;
    Kind m_kind;
    qint64 m_id = 0;
    QString m_chosenText;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_open = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_matches = nullptr;
    QHash<QString, qint64> m_ids;
};
