#include "channellisteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Stored labels are data; the combo shows them translated.
QList<std::pair<QString, QString>> labelChoices(ChannelListEditor::Kind kind)
{
    if (kind == ChannelListEditor::Email) {
        return {{QStringLiteral("work"), ChannelListEditor::tr("work")},
                {QStringLiteral("office"), ChannelListEditor::tr("office")},
                {QStringLiteral("personal"), ChannelListEditor::tr("personal")},
                {QStringLiteral("other"), ChannelListEditor::tr("other")}};
    }
    return {{QStringLiteral("mobile"), ChannelListEditor::tr("mobile")},
            {QStringLiteral("work"), ChannelListEditor::tr("work")},
            {QStringLiteral("office"), ChannelListEditor::tr("office")},
            {QStringLiteral("home"), ChannelListEditor::tr("home")},
            {QStringLiteral("fax"), ChannelListEditor::tr("fax")},
            {QStringLiteral("other"), ChannelListEditor::tr("other")}};
}

} // namespace

ChannelListEditor::ChannelListEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setObjectName(kind == Email ? QStringLiteral("emails") : QStringLiteral("phones"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    m_add = new QPushButton(kind == Email ? tr("Add e-mail") : tr("Add phone"), this);
    m_add->setObjectName(kind == Email ? QStringLiteral("addEmail") : QStringLiteral("addPhone"));
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    layout->addLayout(addLine);
    connect(m_add, &QPushButton::clicked, this, &ChannelListEditor::addRow);
}

void ChannelListEditor::setChannels(const Channels &channels)
{
    while (!m_list.isEmpty())
        removeRow(m_list.last().widget);
    for (const Channel &channel : channels)
        appendRow(channel);
    if (m_list.isEmpty())
        appendRow({});
}

Channels ChannelListEditor::channels() const
{
    Channels result;
    for (const Row &row : m_list) {
        const QString value = row.value->text().trimmed();
        if (value.isEmpty())
            continue;
        result.append(Channel{row.id, labelData(row.label), value});
    }
    return result;
}

int ChannelListEditor::rowCount() const
{
    return int(m_list.size());
}

void ChannelListEditor::addRow()
{
    appendRow({});
    m_list.last().value->setFocus();
}

void ChannelListEditor::appendRow(const Channel &channel)
{
    Row row;
    row.id = channel.id;
    row.widget = new QWidget(this);
    auto *line = new QHBoxLayout(row.widget);
    line->setContentsMargins(0, 0, 0, 0);
    row.label = new QComboBox(row.widget);
    row.label->setEditable(true);
    row.label->setInsertPolicy(QComboBox::NoInsert);
    row.label->setToolTip(tr("Label: choose one or type your own"));
    for (const auto &[stored, text] : labelChoices(m_kind))
        row.label->addItem(text, stored);
    const QString label = channel.label.isEmpty() ? labelChoices(m_kind).first().first : channel.label;
    const int known = row.label->findData(label);
    if (known >= 0)
        row.label->setCurrentIndex(known);
    else
        row.label->setEditText(label);
    row.label->setMinimumContentsLength(8);
    row.value = new QLineEdit(channel.value, row.widget);
    row.value->setCursorPosition(0); // a value longer than the field shows its start, not its end
    row.value->setPlaceholderText(m_kind == Email ? tr("name@example.com") : tr("+40 721 234 567"));
    row.value->setObjectName(m_kind == Email ? QStringLiteral("emailValue") : QStringLiteral("phoneValue"));
    auto *remove = new QToolButton(row.widget);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(m_kind == Email ? tr("Remove this e-mail") : tr("Remove this phone"));
    remove->setAutoRaise(true);
    line->addWidget(row.label);
    line->addWidget(row.value, 1);
    line->addWidget(remove);
    QWidget *rowWidget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    m_rows->addWidget(row.widget);
    m_list.append(row);
}

void ChannelListEditor::removeRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list.at(i).widget == rowWidget) {
            m_list.removeAt(i);
            rowWidget->hide();
            rowWidget->deleteLater();
            return;
        }
    }
}

QString ChannelListEditor::labelData(const QComboBox *combo) const
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0)
        return combo->itemData(index).toString();
    return text;
}
