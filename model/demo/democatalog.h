#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

// The words of the demo data in the database's language (English, Romanian, Russian or Ukrainian): the
// seeded pipelines, stages and lost reasons, and what the demo makes (products, deal subjects, sources,
// industries, tasks, calls, notes, route maps). This is data written into the database, not the user
// interface: it follows the language chosen when the database was made, whatever language the program
// later runs in.
namespace DemoCatalog {

// The language codes, English first.
QStringList languages();
// True for a code of languages().
bool isLanguage(const QString &code);
// The language's own name ("Română"), for choosers.
QString nativeName(const QString &code);
// The code of languages() closest to a locale name ("ro_RO" → "ro"); "en" when none is.
QString languageFor(const QString &localeName);
// The language the database was made in (setting "database.language"); "en" when none was recorded.
QString databaseLanguage(const Database &db);

// The language demo data is made in: requested, or the database's when requested is empty. An error when
// requested is not a language, or not the one the database's data is already in.
Result<QString> languageForDemo(const Database &db, const QString &requested);

// The demo words of a language (the English ones for an unknown code), as UTF-8.
struct Words
{
    QList<QByteArray> salesSubjects;      // deal titles of the first pipeline
    QList<QByteArray> renovationSubjects; // and of the others
    QList<QByteArray> products;
    QList<QByteArray> units;
    QList<QByteArray> sources;
    QList<QByteArray> industries;
    QList<QByteArray> tasks;
    QList<QByteArray> callNotes;
    QList<QByteArray> notes;
};
const Words &words(const QString &code);

// Gives the seeded pipelines, stages and lost reasons that still have their English names the names of
// code, and records code as the database's language; on the raw handle, inside the caller's transaction.
Status applyLanguage(sqlite3 *db, const QString &code);
// The same in a transaction of its own, for a new database that gets no demo data.
Status applyLanguage(const Database &db, const QString &code);

// A route map template (BPMN XML) with the names of its elements and its roles in code.
QString localizedTemplate(const QString &xml, const QString &code);

// The route maps the demo stores: resource path of the template and its English name.
struct MapTemplate
{
    const char *resource;
    const char *name;
};
const QList<MapTemplate> &mapTemplates();
// A name of the catalogue (pipelines, stages, lost reasons, route maps and their elements) in code;
// english itself when the catalogue does not know it.
QString translate(const QString &english, const QString &code);

} // namespace DemoCatalog
