#include "activitydialogs.h"

#include "store/timestamps.h"
#include "text/displaytime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    label->hide();
    return label;
}

QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

// The next whole hour, local time: a sensible default due time.
QDateTime nextHour()
{
    const QDateTime now = Timestamps::now().toLocalTime();
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

// Reminder choices: minutes before the due time (-1: none).
const int kReminderMinutes[] = {-1, 0, 15, 60, 1440};

} // namespace

TaskDialog::TaskDialog(const Task &task, QWidget *parent)
    : QDialog(parent)
    , m_task(task)
{
    setWindowTitle(task.id > 0 ? tr("Task") : tr("New Task"));
    m_error = errorLabel(this);
    m_title = new QLineEdit(task.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What is to be done"));
    m_description = new QPlainTextEdit(task.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_hasDue = new QCheckBox(tr("&Due:"), this);
    m_hasDue->setObjectName(QStringLiteral("hasDue"));
    m_hasDue->setChecked(task.id == 0 || task.dueAt.isValid());
    m_due = new QDateTimeEdit(task.dueAt.isValid() ? task.dueAt.toLocalTime() : nextHour(), this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setDisplayFormat(DisplayTime::dateTimeFormat());
    m_due->setCalendarPopup(true);
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->addItems({tr("Low"), tr("Normal"), tr("High")});
    m_priority->setCurrentIndex(qBound(0, task.priority, 2));
    m_reminder = new QComboBox(this);
    m_reminder->setObjectName(QStringLiteral("reminder"));
    m_reminder->addItems({tr("None"), tr("At the due time"), tr("15 minutes before"), tr("1 hour before"),
                          tr("1 day before")});
    if (task.remindAt.isValid() && task.dueAt.isValid()) {
        const qint64 before = task.remindAt.secsTo(task.dueAt) / 60;
        for (int i = 1; i < 5; ++i) {
            if (kReminderMinutes[i] == before)
                m_reminder->setCurrentIndex(i);
        }
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_hasDue, m_due);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Reminder:"), m_reminder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons(this));
    resize(460, sizeHint().height());
}

Task TaskDialog::task() const
{
    Task t = m_task;
    t.title = m_title->text();
    t.description = m_description->toPlainText();
    t.dueAt = m_hasDue->isChecked() ? m_due->dateTime().toUTC() : QDateTime();
    t.priority = m_priority->currentIndex();
    const int minutes = kReminderMinutes[qBound(0, m_reminder->currentIndex(), 4)];
    t.remindAt = minutes >= 0 && t.dueAt.isValid() ? t.dueAt.addSecs(-60 * minutes) : QDateTime();
    return t;
}

void TaskDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

CallDialog::CallDialog(const Call &call, QWidget *parent)
    : QDialog(parent)
    , m_call(call)
{
    setWindowTitle(tr("Log Call"));
    m_error = errorLabel(this);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->addItems({tr("Incoming"), tr("Outgoing")});
    m_direction->setCurrentIndex(call.direction == Call::Direction::In ? 0 : 1);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItems({tr("Answered"), tr("Missed")});
    m_outcome->setCurrentIndex(call.outcome == Call::Outcome::Answered ? 0 : 1);
    m_phone = new QLineEdit(call.phone, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("+40 721 234 567"));
    m_started = new QDateTimeEdit(
        call.startedAt.isValid() ? call.startedAt.toLocalTime() : Timestamps::now().toLocalTime(), this);
    m_started->setObjectName(QStringLiteral("started"));
    m_started->setDisplayFormat(DisplayTime::dateTimeFormat());
    m_started->setCalendarPopup(true);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(0, 600);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(call.durationS / 60);
    m_seconds = new QSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("seconds"));
    m_seconds->setRange(0, 59);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setValue(call.durationS % 60);
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_minutes);
    duration->addWidget(m_seconds);
    duration->addStretch(1);
    const auto missed = [this] {
        const bool isMissed = m_outcome->currentIndex() == 1;
        m_minutes->setEnabled(!isMissed);
        m_seconds->setEnabled(!isMissed);
        if (isMissed) {
            m_minutes->setValue(0);
            m_seconds->setValue(0);
        }
    };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, missed);
    missed();
    m_notes = new QPlainTextEdit(call.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    auto *form = new QFormLayout;
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Started:"), m_started);
    form->addRow(tr("D&uration:"), duration);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons(this));
    resize(440, sizeHint().height());
}

Call CallDialog::call() const
{
    Call c = m_call;
    c.direction = m_direction->currentIndex() == 0 ? Call::Direction::In : Call::Direction::Out;
    c.outcome = m_outcome->currentIndex() == 0 ? Call::Outcome::Answered : Call::Outcome::Missed;
    c.phone = m_phone->text();
    c.startedAt = m_started->dateTime().toUTC();
    c.durationS = m_minutes->value() * 60 + m_seconds->value();
    c.notes = m_notes->toPlainText();
    return c;
}

void CallDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

NoteDialog::NoteDialog(const QString &body, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Note"));
    m_error = errorLabel(this);
    m_body = new QPlainTextEdit(body, this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setPlaceholderText(tr("What should the team know?"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons(this));
    resize(460, 260);
}

QString NoteDialog::body() const
{
    return m_body->toPlainText();
}

void NoteDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
