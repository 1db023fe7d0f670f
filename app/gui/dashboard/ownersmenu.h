#pragma once

#include <QMenu>

// The dashboard's Owners drop-down: "Everybody" and a checkable entry per user. It stays open while
// several owners are ticked (Esc or a click outside closes it). Its entries are made before it opens and
// never while it is shown, so that no entry is deleted from inside its own click.
class OwnersMenu : public QMenu
{
    Q_OBJECT

public:
    struct Owner
    {
        QString login;
        QString label;
    };

    explicit OwnersMenu(QWidget *parent = nullptr);

    // The owners offered. While the menu is shown they take effect the next time it opens.
    void setOwners(const QList<Owner> &owners);
    // The logins ticked; empty: everybody.
    QStringList selection() const { return m_selection; }
    // Ticks exactly these owners (no selectionChanged()).
    void setSelection(const QStringList &logins);

    // The entry of an owner (for tests); null when not offered.
    QAction *ownerAction(const QString &login) const;

signals:
    // After the user ticked or unticked an entry.
    void selectionChanged(const QStringList &logins);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void updateChecks();
    void entryTriggered(QAction *action, bool checked);

    QList<Owner> m_owners;
    QStringList m_selection;
    QAction *m_everybody = nullptr;
    QList<QAction *> m_entries;
    bool m_stale = false;
    bool m_pressedHere = false;
};
