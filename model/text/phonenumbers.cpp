#include "phonenumbers.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumbers::PhoneNumbers(const QString &defaultRegion)
    : m_region(defaultRegion.toUpper())
{}

PhoneNumbers::Parsed PhoneNumbers::parse(const QString &text) const
{
    Parsed result;
    result.nationalDigits = digitsOf(text);
    if (result.nationalDigits.isEmpty())
        return result;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text.toStdString(), m_region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    if (!util->IsPossibleNumber(number))
        return result;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    result.valid = true;
    result.e164 = QString::fromStdString(e164);
    result.nationalDigits = QString::fromStdString(national);
    return result;
}

PhoneNumbers::Search PhoneNumbers::searchFor(const QString &text) const
{
    // The shortest national number taken as a whole number when the typed digits are longer.
    constexpr int kMinNationalDigits = 7;
    Search search;
    const QString digits = digitsOf(text);
    if (digits.isEmpty())
        return search;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (m_countryCode.isEmpty()) {
        m_countryCode = QString::number(util->GetCountryCodeForRegion(m_region.toStdString()));
        std::string trunk;
        util->GetNddPrefixForRegion(m_region.toStdString(), true, &trunk);
        m_trunk = QString::fromStdString(trunk);
        // libphonenumber keeps the international prefix private; how it dials a foreign number from
        // here shows it ("00 44 …" from Romania, "011 44 …" from the United States).
        PhoneNumber foreign;
        std::string dialled;
        if (util->GetExampleNumber(m_region == QLatin1String("GB") ? "FR" : "GB", &foreign)) {
            util->FormatOutOfCountryCallingNumber(foreign, m_region.toStdString(), &dialled);
            const QString prefix = QString::fromStdString(dialled).section(QLatin1Char(' '), 0, 0);
            if (!prefix.startsWith(QLatin1Char('+')) && prefix == digitsOf(prefix))
                m_idd = prefix;
        }
        // "8~10" (Russia) has no fixed digits; 00 is understood there too.
        if (m_idd.isEmpty())
            m_idd = QStringLiteral("00");
    }
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('+'))) {
        search.e164Prefix = QLatin1Char('+') + digits;
        return search;
    }
    if (!m_idd.isEmpty() && digits.startsWith(m_idd) && digits.size() > m_idd.size()) {
        search.e164Prefix = QLatin1Char('+') + digits.mid(m_idd.size());
        return search;
    }
    const QString national =
        !m_trunk.isEmpty() && digits.startsWith(m_trunk) ? digits.mid(m_trunk.size()) : digits;
    if (!national.isEmpty())
        search.e164Prefix = QLatin1Char('+') + m_countryCode + national;
    search.reversedSuffix = reversed(digits);
    for (int length = kMinNationalDigits; length < digits.size(); ++length)
        search.reversedWhole.append(search.reversedSuffix.left(length));
    return search;
}

QString PhoneNumbers::formatInternational(const QString &text) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text.toStdString(), m_region.toStdString(), &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsPossibleNumber(number)) {
        return text;
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumbers::reversed(const QString &digits)
{
    QString r = digits;
    std::reverse(r.begin(), r.end());
    return r;
}

QString PhoneNumbers::digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

bool PhoneNumbers::looksLikePhone(const QString &text)
{
    bool anyDigit = false;
    for (const QChar c : text) {
        if (c.isDigit())
            anyDigit = true;
        else if (!QStringView(u"+()-./ ").contains(c) && !c.isSpace())
            return false;
    }
    return anyDigit;
}

QString PhoneNumbers::defaultRegionFromLocale()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    // The C locale names no country; the team this was first built for calls from Romania.
    return isKnownRegion(code) ? code : QStringLiteral("RO");
}

bool PhoneNumbers::isKnownRegion(const QString &region)
{
    if (region.size() != 2)
        return false;
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}
