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
