#pragma once

#include "activity/activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Asks for a task's title, description, due time, priority and reminder. The caller saves it.
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaskDialog(const Task &task, QWidget *parent = nullptr);
    Task task() const;
    // Shows a refusal or validation message from the service above the fields.
    void showError(const QString &message);

private:
    Task m_task;
    QLabel *m_error = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_reminder = nullptr;
};

// Asks for a call's direction, outcome, number, start, duration and notes.
class CallDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CallDialog(const Call &call, QWidget *parent = nullptr);
    Call call() const;
    void showError(const QString &message);

private:
    Call m_call;
    QLabel *m_error = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateTimeEdit *m_started = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_seconds = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

// Asks for the text of a note.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoteDialog(const QString &body, QWidget *parent = nullptr);
    QString body() const;
    void showError(const QString &message);

private:
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_body = nullptr;
};
