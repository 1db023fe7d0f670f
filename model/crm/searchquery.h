#pragma once

#include "text/phonenumbers.h"

#include <QString>

// What the user typed in a search box, split into a full-text part (every word must match as
// the prefix of a word of the name, company or e-mail) and a phone part (the start of a number in
// international or national form, or its last digits, in any formatting).
struct SearchQuery
{
    QString ftsMatch;           // FTS5 MATCH expression, empty when there are no words
    PhoneNumbers::Search phone; // empty when the text has no phone number
    // The text has something in it, but nothing that can be searched for (only punctuation,
    // "%", "*", quotes): it matches no record, rather than every record.
    bool matchesNothing = false;

    bool hasPhone() const { return !phone.e164Prefix.isEmpty() || !phone.reversedSuffix.isEmpty(); }
    // Nothing typed (or blanks only): no filter at all.
    bool isEmpty() const { return ftsMatch.isEmpty() && !hasPhone() && !matchesNothing; }
    // The smallest string greater than every string starting with prefix (digits and '+' sort below ':').
    static QString prefixEnd(const QString &prefix) { return prefix + QLatin1Char(':'); }

    static SearchQuery parse(const QString &text, const PhoneNumbers &phones);
    // The FTS5 expression for words (each one a prefix), quoted so that no FTS syntax gets through.
    static QString matchExpression(const QStringList &words);
};
