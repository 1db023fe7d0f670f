#include "searchquery.h"

#include "text/textfold.h"

#include <QRegularExpression>

namespace {
// Fewer digits than this are taken as words ("Firma 21"), not as part of a phone number.
constexpr int kMinPhoneDigits = 3;
} // namespace

QString SearchQuery::matchExpression(const QStringList &words)
{
    QStringList terms;
    for (const QString &word : words) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

SearchQuery SearchQuery::parse(const QString &text, const PhoneNumbers &phones)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList words;
    QString phoneText;
    const QStringList parts = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (PhoneNumbers::looksLikePhone(part)) {
            phoneText += part + QLatin1Char(' ');
            continue;
        }
        words += TextFold::words(part);
    }
    SearchQuery query;
    if (PhoneNumbers::digitsOf(phoneText).size() >= kMinPhoneDigits)
        query.phone = phones.searchFor(phoneText.trimmed());
    else
        words += TextFold::words(phoneText);
    query.ftsMatch = matchExpression(words);
    query.matchesNothing = !parts.isEmpty() && query.ftsMatch.isEmpty() && !query.hasPhone();
    return query;
}
