#pragma once

#include "crm/channel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

// Several e-mail addresses or phone numbers, each with a label, with rows to add and remove.
class ChannelListEditor : public QWidget
{
    Q_OBJECT

public:
    enum Kind
    {
        Email,
        Phone
    };

    explicit ChannelListEditor(Kind kind, QWidget *parent = nullptr);

    void setChannels(const Channels &channels);
    // The rows with a value, in order; ids kept for rows that came from setChannels.
    Channels channels() const;
    int rowCount() const;

    // Adds an empty row and focuses it.
    void addRow();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *label = nullptr;
        QLineEdit *value = nullptr;
        qint64 id = 0;
    };

    void appendRow(const Channel &channel);
    void removeRow(QWidget *rowWidget);
    QString labelData(const QComboBox *combo) const;

    Kind m_kind;
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_add = nullptr;
    QList<Row> m_list;
};
