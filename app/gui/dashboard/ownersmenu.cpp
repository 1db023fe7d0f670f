#include "ownersmenu.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>

#include <utility>

OwnersMenu::OwnersMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("ownersMenu"));
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (m_stale)
            rebuild();
    });
    rebuild();
}

void OwnersMenu::setOwners(const QList<Owner> &owners)
{
    m_owners = owners;
    if (isVisible())
        m_stale = true; // an entry may be in the middle of its click: rebuilt when next opened
    else
        rebuild();
}

void OwnersMenu::setSelection(const QStringList &logins)
{
    m_selection = logins;
    bool offered = true;
    for (const QString &login : logins)
        offered = offered && ownerAction(login);
    if (!offered && !isVisible())
        rebuild(); // an owner no longer listed keeps an entry while chosen
    else
        updateChecks();
}

QAction *OwnersMenu::ownerAction(const QString &login) const
{
    for (QAction *a : m_entries) {
        if (a->data().toString() == login)
            return a;
    }
    return nullptr;
}

void OwnersMenu::rebuild()
{
    m_stale = false;
    clear(); // deletes the entries: the menu owns them
    m_entries.clear();
    // The words of the Owners button, translated once for both.
    m_everybody = addAction(QCoreApplication::translate("DashboardPage", "Everybody"));
    m_everybody->setObjectName(QStringLiteral("ownersEverybody"));
    m_everybody->setCheckable(true);
    QAction *everybody = m_everybody;
    connect(everybody, &QAction::triggered, this,
            [this, everybody](bool on) { entryTriggered(everybody, on); });
    addSeparator();
    QList<Owner> offered = m_owners;
    for (const QString &login : std::as_const(m_selection)) {
        const bool listed = std::any_of(offered.cbegin(), offered.cend(),
                                        [&login](const Owner &o) { return o.login == login; });
        if (!listed)
            offered.append({login, login});
    }
    for (const Owner &owner : std::as_const(offered)) {
        QAction *a = addAction(owner.label);
        a->setCheckable(true);
        a->setData(owner.login);
        connect(a, &QAction::triggered, this, [this, a](bool on) { entryTriggered(a, on); });
        m_entries.append(a);
    }
    updateChecks();
}

void OwnersMenu::updateChecks()
{
    m_everybody->setChecked(m_selection.isEmpty());
    for (QAction *a : std::as_const(m_entries))
        a->setChecked(m_selection.contains(a->data().toString()));
}

void OwnersMenu::entryTriggered(QAction *action, bool checked)
{
    if (action == m_everybody) {
        m_selection.clear();
    } else {
        const QString login = action->data().toString();
        if (checked && !m_selection.contains(login))
            m_selection.append(login);
        else if (!checked)
            m_selection.removeAll(login);
    }
    updateChecks(); // only check marks change here: the entries live on
    emit selectionChanged(m_selection);
}

void OwnersMenu::mousePressEvent(QMouseEvent *event)
{
    m_pressedHere = rect().contains(event->position().toPoint());
    QMenu::mousePressEvent(event);
}

void OwnersMenu::mouseReleaseEvent(QMouseEvent *event)
{
    // A click on an owner ticks it and leaves the menu open for the next one. A release that ends the
    // press which opened the menu (on the button) ticks nothing.
    const bool pressedHere = std::exchange(m_pressedHere, false);
    QAction *action = actionAt(event->position().toPoint());
    if (pressedHere && event->button() == Qt::LeftButton && action && action->isCheckable() &&
        action->isEnabled()) {
        action->trigger();
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void OwnersMenu::keyPressEvent(QKeyEvent *event)
{
    // Space ticks and stays open; Enter ticks and closes, as in any menu.
    QAction *action = activeAction();
    if (event->key() == Qt::Key_Space && action && action->isCheckable() && action->isEnabled()) {
        action->trigger();
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}
