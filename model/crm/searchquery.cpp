#include "searchquery.h"

#include "text/phonenumbers.h"
#include "text/textfold.h"

#include <QRegularExpression>

namespace {
// Fewer digits than this are taken as words ("Firma 21"), not as the end of a phone number.
constexpr int kMinPhoneDigits = 3;
} // namespace

SearchQuery SearchQuery::parse(const QString &text, const PhoneNumbers &phones)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    QString phoneText;
    const QStringList parts = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (PhoneNumbers::looksLikePhone(part)) {
            phoneText += part + QLatin1Char(' ');
            continue;
        }
        for (const QString &word : TextFold::words(part))
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    SearchQuery query;
    if (PhoneNumbers::digitsOf(phoneText).size() >= kMinPhoneDigits) {
        query.phoneKey = phones.queryKey(phoneText.trimmed());
    } else {
        for (const QString &word : TextFold::words(phoneText))
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    // Words are letters or digits only, so quoting them is enough to keep FTS syntax out.
    query.ftsMatch = terms.join(QLatin1Char(' '));
    return query;
}
