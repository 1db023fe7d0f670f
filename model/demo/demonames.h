#pragma once

#include <QList>
#include <QString>

// The vocabulary demo data is made of: names in Romanian, Russian, Ukrainian and English, each with
// its Latin spelling for e-mail addresses, and the parts of company names, positions and streets.
namespace DemoNames {

struct Name
{
    const char *native; // UTF-8
    const char *latin;  // for e-mail addresses
};

struct Locale
{
    const char *code;        // ro, ru, uk, en
    const char *countryCode; // phone country calling code
    QList<Name> maleGiven;
    QList<Name> femaleGiven;
    QList<Name> family; // male forms; femaleFamily() derives the female ones
    QList<const char *> cities;
    QList<const char *> streets;
    QList<const char *> companyWords;
    QList<const char *> companyForms; // SRL, ООО, ТОВ, Ltd
    QList<const char *> positions;
    QList<const char *> mailDomains;
};

const QList<Locale> &locales();
// Russian -ов/-ев/-ин and Ukrainian -ський take a female ending; most others stay the same.
Name femaleFamily(const Locale &locale, const Name &male, QByteArray *nativeStore, QByteArray *latinStore);

extern const QList<const char *> industries;
extern const QList<const char *> sources;

} // namespace DemoNames
