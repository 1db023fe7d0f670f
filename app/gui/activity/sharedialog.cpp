#include "sharedialog.h"

#include "activity/shareservice.h"
#include "guiutil.h"
#include "userchooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

ShareDialog::ShareDialog(DatabasePtr db, const QString &entity, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_entity(entity)
    , m_recordId(recordId)
{
    setWindowTitle(tr("Share"));
    auto *intro = new QLabel(tr("The users ticked here see and change this record besides its owner."), this);
    intro->setWordWrap(true);
    m_users = new QListWidget(this);
    m_users->setObjectName(QStringLiteral("shareUsers"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_error->hide();

    const Result<QStringList> shared = ShareService(m_db, GuiUtil::actor()).sharedWith(m_entity, m_recordId);
    if (shared)
        m_before = *shared;
    else {
        m_error->setText(shared.error().message);
        m_error->show();
    }
    for (const User &u : UserChooser::activeUsers(m_db)) {
        const QString name = u.displayName.isEmpty() ? u.login : u.displayName;
        auto *item = new QListWidgetItem(tr("%1 (%2) — %3").arg(name, u.login, UserChooser::roleText(u.role)),
                                         m_users);
        item->setData(Qt::UserRole, u.login);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_before.contains(u.login) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_users->count() == 0) {
        m_error->setText(tr(
            "This database has no other users to share with; an administrator adds them in Tools › Users."));
        m_error->show();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, 360);
}

QStringList ShareDialog::chosen() const
{
    QStringList logins;
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->checkState() == Qt::Checked)
            logins << m_users->item(i)->data(Qt::UserRole).toString();
    }
    return logins;
}

void ShareDialog::accept()
{
    ShareService service(m_db, GuiUtil::actor());
    const QStringList now = chosen();
    for (const QString &login : now) {
        if (m_before.contains(login))
            continue;
        if (Status s = service.share(m_entity, m_recordId, login); !s) {
            m_error->setText(s.error().message);
            m_error->show();
            return;
        }
        m_before << login;
    }
    for (const QString &login : QStringList(m_before)) {
        if (now.contains(login))
            continue;
        if (Status s = service.unshare(m_entity, m_recordId, login); !s) {
            m_error->setText(s.error().message);
            m_error->show();
            return;
        }
        m_before.removeAll(login);
    }
    QDialog::accept();
}
