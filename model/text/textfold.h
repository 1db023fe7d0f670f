#pragma once

#include <QString>
#include <QStringList>

// Case- and diacritics-insensitive forms of text, shared by the search index, search queries and
// sort keys, so that "stefan" finds "Ștefan" and sorts beside it.
namespace TextFold {

// Lower case, accents and other marks removed, a few letters without a decomposition spelled out
// (ß → ss, ł → l, ø → o, æ → ae). Cyrillic letters stay Cyrillic (й → и, ё → е, ї → і).
QString fold(const QString &text);

// The folded words of a text: runs of letters and digits ("W1", "popescu87" and "n15" are one word
// each, so that "W1" does not find "W2 N15"). The full-text index's tokenizer splits alike.
QStringList words(const QString &text);

// A key for ORDER BY: folded, with words joined by single spaces.
QString sortKey(const QString &text);

} // namespace TextFold
