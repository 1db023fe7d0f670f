#pragma once

#include <QString>
#include <QStringList>

// Phone numbers through libphonenumber: parsed with a default region, stored in E.164, and
// searched by their start (in international or national form, as Pipedrive does) and by their
// national number's last digits, as caller-ID lookup does.
class PhoneNumbers
{
public:
    explicit PhoneNumbers(const QString &defaultRegion = defaultRegionFromLocale());

    struct Parsed
    {
        bool valid = false;     // libphonenumber could parse it as a possible number
        QString e164;           // +40721234567, empty when not valid
        QString nationalDigits; // 721234567 when valid, else every digit typed
    };

    // What typed digits can mean in a search box. "+40 721" or "0040 721" (the region's international
    // prefix) is the start of an international number; "0721" (the region's trunk prefix) the start of a
    // national one; a bare "721 082" either the start of a national number or the last digits of one.
    struct Search
    {
        QString e164Prefix;        // stored E.164 numbers that start with it ("+40721"); empty for none
        QString reversedSuffix;    // national numbers ending in the digits: their reversed digits start
                                   // with it; empty when the digits are read as a number's start only
        QStringList reversedWhole; // whole national numbers (reversed) the digits end with: a foreign
                                   // number typed with its country code but without the +
    };

    QString defaultRegion() const { return m_region; }
    Parsed parse(const QString &text) const;
    Search searchFor(const QString &text) const;

    // The key stored with a phone for suffix search: its national digits reversed.
    QString indexKey(const QString &text) const { return reversed(parse(text).nationalDigits); }
    // The key a query is looked up with (a prefix of stored keys); empty when it has no digits.
    QString queryKey(const QString &text) const { return indexKey(text); }
    // "+40 721 234 567" in international format, or the text unchanged when it cannot be parsed.
    QString formatInternational(const QString &text) const;

    static QString reversed(const QString &digits);
    static QString digitsOf(const QString &text);
    // Does the text look like (part of) a phone number: digits with + ( ) - . / spaces only?
    static bool looksLikePhone(const QString &text);
    static QString defaultRegionFromLocale();
    static bool isKnownRegion(const QString &region);

private:
    QString m_region;
    mutable QString m_idd;         // the region's international prefix ("00"), found on first use
    mutable QString m_trunk;       // the region's national (trunk) prefix ("0"), may be empty
    mutable QString m_countryCode; // "40"
};
