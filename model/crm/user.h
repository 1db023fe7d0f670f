#pragma once

#include <QDateTime>
#include <QString>

// A person who works in the database, and what their role lets them do.
struct User
{
    enum class Role
    {
        SalesManager,
        ProcessOwner,
        Director,
        Administrator,
    };

    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::SalesManager;
    bool active = true;
    bool hasPassword = false; // the hash itself never leaves UserService
    // An absence, the half-open UTC interval [awayFrom, awayUntil); both invalid when none is set.
    QDateTime awayFrom;
    QDateTime awayUntil;

    // Sales managers see and change only the deals they own; every other role sees all of them.
    bool seesAllDeals() const { return role != Role::SalesManager; }
    bool editsPipelines() const { return role == Role::ProcessOwner || role == Role::Administrator; }
    bool managesUsers() const { return role == Role::Administrator; }

    bool hasAbsence() const { return awayFrom.isValid() && awayUntil.isValid(); }
    bool isAwayAt(const QDateTime &at) const { return hasAbsence() && awayFrom <= at && at < awayUntil; }
    // What robots ask before they give someone work: active and not away at that time.
    bool isAvailableAt(const QDateTime &at) const { return active && !isAwayAt(at); }
    // Starting as this user asks for its password, unless the operating-system login is this user.
    bool asksPasswordFrom(const QString &systemLogin) const { return hasPassword && login != systemLogin; }

    // The stored names: sales_manager, process_owner, director, administrator.
    static QString roleName(Role role);
    static bool roleFromName(const QString &name, Role *role);
    static QList<Role> allRoles()
    {
        return {Role::SalesManager, Role::ProcessOwner, Role::Director, Role::Administrator};
    }
};
