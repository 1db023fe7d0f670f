#pragma once

#include <QString>

class PhoneNumbers;

// What the user typed in a search box, split into a full-text part (every word must match as
// the prefix of a word of the name, company or e-mail) and a phone part (the last digits of a
// phone number, in any formatting, with or without the country code).
struct SearchQuery
{
    QString ftsMatch; // FTS5 MATCH expression, empty when there are no words
    QString phoneKey; // reversed national digits to look up as a prefix, empty when none

    bool isEmpty() const { return ftsMatch.isEmpty() && phoneKey.isEmpty(); }
    // The smallest string greater than every key starting with phoneKey.
    QString phoneKeyEnd() const { return phoneKey + QLatin1Char(':'); }

    static SearchQuery parse(const QString &text, const PhoneNumbers &phones);
};
