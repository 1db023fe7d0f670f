#pragma once

// Shared by the activity tests: a database with users of every role, a contact and a company of the sales
// manager ana, and a deal of hers in the pipeline "Sales".
#include "../testutil.h"
#include "crm/companyservice.h"
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "store/systemuser.h"

#include <QSqlError>
#include <QSqlQuery>

struct ActivityFixture
{
    std::unique_ptr<TempDatabase> tmp;
    DatabasePtr db;
    QString admin;
    Pipeline sales;
    qint64 contact = 0; // ana's, phone +40 721 234 567
    qint64 company = 0; // ana's
    qint64 deal = 0;    // ana's, of contact and company
    qint64 ivanContact = 0;

    void setUp()
    {
        tmp = std::make_unique<TempDatabase>();
        db = tmp->db();
        db->setSetting(QStringLiteral("phone.default_region"), QStringLiteral("RO"));
        admin = SystemUser::login();
        UserService users(db, admin);
        if (!users.current())
            qFatal("no current user");
        const std::pair<const char *, User::Role> people[] = {{"ana", User::Role::SalesManager},
                                                              {"ivan", User::Role::SalesManager},
                                                              {"olena", User::Role::Director}};
        for (const auto &[login, role] : people) {
            User u;
            u.login = QString::fromLatin1(login);
            u.displayName = u.login;
            u.role = role;
            if (!users.create(u))
                qFatal("cannot create a user");
        }
        sales = *PipelineService(db, admin).pipelineNamed(QStringLiteral("Sales"));
        Company co;
        co.name = QStringLiteral("Carpathia Tiles");
        co.owner = QStringLiteral("ana");
        co.phones = {{0, QStringLiteral("work"), QStringLiteral("+40 21 555 0101")}};
        company = must(CompanyService(db, admin).create(co));
        Contact c;
        c.givenName = QStringLiteral("Radu");
        c.familyName = QStringLiteral("Ene");
        c.companyId = company;
        c.owner = QStringLiteral("ana");
        c.phones = {{0, QStringLiteral("mobile"), QStringLiteral("+40 721 234 567")}};
        contact = must(ContactService(db, admin).create(c));
        Contact other;
        other.givenName = QStringLiteral("Vera");
        other.familyName = QStringLiteral("Lungu");
        other.owner = QStringLiteral("ivan");
        other.phones = {{0, QStringLiteral("mobile"), QStringLiteral("+40 744 000 111")}};
        ivanContact = must(ContactService(db, admin).create(other));
        Deal d;
        d.title = QStringLiteral("Showroom floor");
        d.pipelineId = sales.id;
        d.amountMinor = 990000;
        d.currency = QStringLiteral("RON");
        d.owner = QStringLiteral("ana");
        d.contactId = contact;
        d.companyId = company;
        deal = must(DealService(db, admin).create(d));
    }
    void tearDown()
    {
        db.reset();
        tmp.reset();
    }

    static qint64 must(const Result<qint64> &r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().fullText()));
        return *r;
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Everything the activity services write, to show that a refusal wrote nothing.
    QString snapshot() const
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
            "SELECT (SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || "
            "coalesce(group_concat(status), '') FROM task) || '|' || (SELECT count(*) FROM call) || '|' || "
            "(SELECT count(*) || ':' || coalesce(max(updated_at), '') FROM note) || '|' || "
            "(SELECT count(*) FROM record_share) || '|' || (SELECT count(*) FROM event)"));
        q.next();
        return q.value(0).toString();
    }

    QStringList eventsSince(qint64 id) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT type FROM event WHERE id > ? ORDER BY id"));
        q.addBindValue(id);
        q.exec();
        QStringList types;
        while (q.next())
            types << q.value(0).toString();
        return types;
    }
    qint64 lastEvent() const { return scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM event")); }
};
