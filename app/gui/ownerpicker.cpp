#include "ownerpicker.h"

#include "crm/userservice.h"
#include "guiutil.h"

#include <QCollator>

#include <algorithm>

OwnerPicker::OwnerPicker(DatabasePtr db, QWidget *parent)
    : QComboBox(parent)
    , m_db(std::move(db))
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { setToolTip(owner()); });
}

QString OwnerPicker::owner() const
{
    return currentData().toString();
}

void OwnerPicker::setOwner(const QString &login)
{
    const QSignalBlocker blocker(this);
    clear();
    const Result<QList<User>> users = UserService(m_db, GuiUtil::actor()).list();
    QList<User> shown;
    if (users) {
        for (const User &u : *users) {
            if (u.active || u.login == login)
                shown.append(u);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto name = [](const User &u) { return u.displayName.isEmpty() ? u.login : u.displayName; };
    std::sort(shown.begin(), shown.end(),
              [&](const User &a, const User &b) { return collator.compare(name(a), name(b)) < 0; });
    for (const User &u : std::as_const(shown)) {
        // Two people of one name are told apart by their logins.
        const bool twin = std::count_if(shown.cbegin(), shown.cend(),
                                        [&](const User &o) { return name(o) == name(u); }) > 1;
        QString text = twin ? tr("%1 (%2)").arg(name(u), u.login) : name(u);
        if (!u.active)
            text = tr("%1 (inactive)").arg(text);
        addItem(text, u.login);
        setItemData(count() - 1, u.login, Qt::ToolTipRole);
    }
    if (!login.isEmpty() && findData(login) < 0) {
        addItem(login, login); // not a user: kept as it is
        setItemData(count() - 1, tr("Not a user of this database"), Qt::ToolTipRole);
    }
    setCurrentIndex(findData(login));
    setToolTip(owner());
}
