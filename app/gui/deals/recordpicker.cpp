#include "recordpicker.h"

#include "crm/companyservice.h"
#include "crm/contactservice.h"
#include "guiutil.h"
#include "models/companylistmodel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace {
constexpr int kMatches = 15;
}

RecordPicker::RecordPicker(DatabasePtr db, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_kind(kind)
{
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(kind == Kind::Contact ? tr("Type a name, company or e-mail…")
                                                     : tr("Type a company name…"));
    m_matches = new QStringListModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kMatches);
    m_edit->setCompleter(m_completer);
    m_open = new QToolButton(this);
    m_open->setText(tr("Open"));
    m_open->setToolTip(kind == Kind::Contact ? tr("Open the contact") : tr("Open the company"));
    m_open->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_open);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_matches->setStringList(suggestions(text));
        if (!text.trimmed().isEmpty())
            m_completer->complete();
        if (text.trimmed().isEmpty() && m_id != 0) {
            m_id = 0;
            m_chosenText.clear();
            m_open->setEnabled(false);
        }
        emit changed();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { choose(text); });
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (m_id > 0)
            emit openRequested(m_id);
    });
}

QStringList RecordPicker::suggestions(const QString &text)
{
    m_ids.clear();
    QStringList shown;
    if (text.trimmed().isEmpty())
        return shown;
    if (m_kind == Kind::Contact) {
        const Result<QList<ContactSummary>> found =
            ContactService(m_db, GuiUtil::actor()).search(text, kMatches);
        if (!found)
            return shown;
        for (const ContactSummary &c : *found) {
            const QString name = QString(c.givenName + QLatin1Char(' ') + c.familyName).trimmed();
            QString line = c.company.isEmpty() ? name : tr("%1 — %2").arg(name, c.company);
            if (m_ids.contains(line))
                line = tr("%1 (%2)").arg(line).arg(c.id);
            m_ids.insert(line, c.id);
            shown.append(line);
        }
    } else {
        CompanyListModel companies(m_db);
        companies.setSearchText(text);
        for (int row = 0; row < qMin(kMatches, companies.rowCount()); ++row) {
            QString line = companies.index(row, CompanyListModel::NameColumn).data().toString();
            if (m_ids.contains(line))
                line = tr("%1 (%2)").arg(line).arg(companies.idAt(row));
            m_ids.insert(line, companies.idAt(row));
            shown.append(line);
        }
    }
    return shown;
}

bool RecordPicker::choose(const QString &text)
{
    if (!m_ids.contains(text))
        return false;
    m_id = m_ids.value(text);
    m_chosenText = text;
    m_edit->setText(text);
    m_open->setEnabled(true);
    emit changed();
    return true;
}

QString RecordPicker::nameOf(qint64 id) const
{
    if (m_kind == Kind::Contact) {
        const Result<Contact> c = ContactService(m_db, GuiUtil::actor()).get(id);
        if (!c)
            return tr("(contact %1)").arg(id);
        return c->companyName.isEmpty() ? c->displayName()
                                        : tr("%1 — %2").arg(c->displayName(), c->companyName);
    }
    const Result<Company> c = CompanyService(m_db, GuiUtil::actor()).get(id);
    return c ? c->name : tr("(company %1)").arg(id);
}

void RecordPicker::setRecordId(qint64 id)
{
    m_id = id;
    m_chosenText = id > 0 ? nameOf(id) : QString();
    m_edit->setText(m_chosenText);
    m_open->setEnabled(id > 0);
}

bool RecordPicker::isValid() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() || (m_id > 0 && text == m_chosenText.trimmed());
}
