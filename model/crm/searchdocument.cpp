#include "searchdocument.h"

#include "text/textcheck.h"
#include "text/textfold.h"

namespace {
void appendWords(QStringList &out, const QString &text)
{
    // Each word once: the index answers "does it have a word starting with", not "how often".
    for (const QString &word : TextFold::words(text)) {
        if (!out.contains(word))
            out.append(word);
    }
}
} // namespace

QString SearchDocument::forContact(const QString &givenName, const QString &familyName,
                                   const QString &company, const Channels &emails)
{
    QStringList words;
    appendWords(words, givenName);
    appendWords(words, familyName);
    appendWords(words, company);
    for (const Channel &e : emails)
        appendWords(words, e.value);
    return TextCheck::notNull(words.join(QLatin1Char(' ')));
}

QString SearchDocument::forCompany(const QString &name, const QString &website, const Channels &emails)
{
    QStringList words;
    appendWords(words, name);
    appendWords(words, website);
    for (const Channel &e : emails)
        appendWords(words, e.value);
    return TextCheck::notNull(words.join(QLatin1Char(' ')));
}
