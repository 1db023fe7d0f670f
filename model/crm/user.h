#pragma once

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

    // Sales managers see and change only the deals they own; every other role sees all of them.
    bool seesAllDeals() const { return role != Role::SalesManager; }
    bool editsPipelines() const { return role == Role::ProcessOwner || role == Role::Administrator; }
    bool managesUsers() const { return role == Role::Administrator; }

    // The stored names: sales_manager, process_owner, director, administrator.
    static QString roleName(Role role);
    static bool roleFromName(const QString &name, Role *role);
};
