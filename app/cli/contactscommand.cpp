#include "contactscommand.h"

#include "clicontext.h"
#include "crm/contactservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

int count(CliContext &ctx)
{
    if (!ctx.args().value(1).isEmpty())
        return ctx.fail(tr("contacts count takes no arguments."), 2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    const Result<qint64> n = ContactService(db, CliContext::actor()).count();
    if (!n)
        return ctx.fail(n.error().message);
    ctx.out() << *n << Qt::endl;
    return 0;
}

int add(CliContext &ctx)
{
    Contact c;
    const QStringList &args = ctx.args();
    for (int i = 1; i < args.size(); ++i) {
        const QString option = args.at(i);
        if (i + 1 >= args.size())
            return ctx.fail(tr("%1 needs a value.").arg(option), 2);
        const QString value = args.at(++i);
        if (option == QLatin1String("--given-name"))
            c.givenName = value;
        else if (option == QLatin1String("--family-name"))
            c.familyName = value;
        else if (option == QLatin1String("--email"))
            c.emails.append({0, QString(), value});
        else if (option == QLatin1String("--phone"))
            c.phones.append({0, QString(), value});
        else if (option == QLatin1String("--company"))
            c.companyName = value;
        else if (option == QLatin1String("--position"))
            c.position = value;
        else if (option == QLatin1String("--source"))
            c.source = value;
        else if (option == QLatin1String("--owner"))
            c.owner = value;
        else if (option == QLatin1String("--birthday")) {
            c.birthday = QDate::fromString(value, Qt::ISODate);
            if (!c.birthday.isValid())
                return ctx.fail(tr("--birthday expects a date as YYYY-MM-DD, not “%1”.").arg(value), 2);
        } else {
            return ctx.fail(tr("unknown option %1 for contacts add").arg(option), 2);
        }
    }
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    const Result<qint64> id = ContactService(db, CliContext::actor()).create(c);
    if (!id)
        return ctx.fail(id.error().fullText());
    ctx.out() << *id << Qt::endl;
    return 0;
}

int search(CliContext &ctx)
{
    const QStringList &args = ctx.args();
    QString text;
    int limit = 50;
    QString format = QStringLiteral("json");
    bool haveText = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--limit") || a == QLatin1String("--format")) {
            if (i + 1 >= args.size())
                return ctx.fail(tr("%1 needs a value.").arg(a), 2);
            const QString value = args.at(++i);
            if (a == QLatin1String("--limit")) {
                bool ok = false;
                limit = value.toInt(&ok);
                if (!ok || limit < 1)
                    return ctx.fail(tr("--limit expects a positive whole number, not “%1”.").arg(value), 2);
            } else {
                format = value;
                if (format != QLatin1String("json") && format != QLatin1String("csv"))
                    return ctx.fail(tr("--format is json or csv, not “%1”.").arg(value), 2);
            }
        } else if (!haveText) {
            text = a;
            haveText = true;
        } else {
            return ctx.fail(tr("contacts search takes one TEXT; quote it when it has spaces."), 2);
        }
    }
    if (!haveText)
        return ctx.fail(tr("contacts search needs the TEXT to look for."), 2);
    DatabasePtr db = ctx.database();
    if (!db)
        return 1;
    const Result<QList<ContactSummary>> found = ContactService(db, CliContext::actor()).search(text, limit);
    if (!found)
        return ctx.fail(found.error().message);
    if (format == QLatin1String("csv")) {
        ctx.out() << "id,given_name,family_name,company,emails,phones\n";
        for (const ContactSummary &s : *found) {
            ctx.out() << s.id << ',' << csvField(s.givenName) << ',' << csvField(s.familyName) << ','
                      << csvField(s.company) << ',' << csvField(s.emails.join(u';')) << ','
                      << csvField(s.phones.join(u';')) << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    QJsonArray array;
    for (const ContactSummary &s : *found) {
        array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("given_name"), s.givenName},
                                 {QStringLiteral("family_name"), s.familyName},
                                 {QStringLiteral("company"), s.company},
                                 {QStringLiteral("emails"), QJsonArray::fromStringList(s.emails)},
                                 {QStringLiteral("phones"), QJsonArray::fromStringList(s.phones)}});
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out().flush();
    return 0;
}

} // namespace

int runContactsCommand(CliContext &ctx)
{
    const QString sub = ctx.args().value(0);
    if (sub == QLatin1String("count"))
        return count(ctx);
    if (sub == QLatin1String("add"))
        return add(ctx);
    if (sub == QLatin1String("search"))
        return search(ctx);
    return ctx.fail(tr("contacts: expected count, add or search, not “%1”.").arg(sub), 2);
}
