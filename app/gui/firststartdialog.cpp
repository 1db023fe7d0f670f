#include "firststartdialog.h"

#include "demo/democatalog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Under its radio button's text, not under the button.
    const int indent = parent->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       parent->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    label->setContentsMargins(indent, 0, 0, 6);
    return label;
}

} // namespace

FirstStartDialog::FirstStartDialog(const QString &path, qint64 demoContacts, qint64 demoDeals,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("New Database"));
    const QLocale locale;

    auto *title = new QLabel(tr("Welcome to Pristriy"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *where =
        new QLabel(tr("A new database will be made in %1.").arg(QDir::toNativeSeparators(path)), this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_demo = new QRadioButton(tr("&Demo contacts and deals"), this);
    m_demo->setObjectName(QStringLiteral("demoChoice"));
    const QString contacts = tr("%Ln contact(s)", nullptr, int(demoContacts));
    const QString deals = tr("%Ln deal(s)", nullptr, int(demoDeals));
    auto *demoText =
        explanation(tr("%1 and %2 with their stage history, tasks and calls, five sales managers "
                       "and route maps: to try Pristriy out. Its people and companies are made "
                       "up.")
                        .arg(contacts, deals),
                    this);
    m_empty = new QRadioButton(tr("&Empty database"), this);
    m_empty->setObjectName(QStringLiteral("emptyChoice"));
    auto *emptyText = explanation(tr("Only the pipelines “Sales” and “Turnkey renovation” and a few lost "
                                     "reasons, ready for your own contacts and deals."),
                                  this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_demo);
    group->addButton(m_empty);
    m_demo->setChecked(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("dataLanguage"));
    for (const QString &code : DemoCatalog::languages())
        m_language->addItem(DemoCatalog::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(DemoCatalog::languageFor(locale.name())));
    auto *languageText =
        new QLabel(tr("Pipelines, stages, lost reasons, products and route maps are named in "
                      "this language. You can rename them later."),
                   this);
    languageText->setTextFormat(Qt::PlainText);
    languageText->setWordWrap(true);
    languageText->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language of the data:"), m_language);
    form->addRow(QString(), languageText);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("&Create Database"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addWidget(demoText);
    layout->addWidget(m_empty);
    layout->addWidget(emptyText);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    create->setFocus();
}

FirstStartDialog::Choice FirstStartDialog::choice() const
{
    return {m_demo->isChecked(), m_language->currentData().toString()};
}

bool FirstStartDialog::ask(const QString &path, qint64 demoContacts, qint64 demoDeals, QWidget *parent,
                           Choice *choice)
{
    FirstStartDialog dialog(path, demoContacts, demoDeals, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *choice = dialog.choice();
    return true;
}
