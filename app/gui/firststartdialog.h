#pragma once

#include <QDialog>

class QComboBox;
class QRadioButton;

// Asked once, before a new database file is made (the first start, or --db with a file that does not exist
// yet): demo contacts and deals to try the program, or an empty database; and the language its pipelines,
// stages, lost reasons, products and route maps are named in. Demo data and the program's language are
// preselected, so that Enter (or one click) starts.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        bool demo = true;
        QString language; // en, ro, ru, uk
    };

    FirstStartDialog(const QString &path, qint64 demoContacts, qint64 demoDeals, QWidget *parent = nullptr);

    Choice choice() const;

    // Shows the dialog; false when the user quits instead.
    static bool ask(const QString &path, qint64 demoContacts, qint64 demoDeals, QWidget *parent,
                    Choice *choice);

private:
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_empty = nullptr;
    QComboBox *m_language = nullptr;
};
