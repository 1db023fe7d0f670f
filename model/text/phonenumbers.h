#pragma once

#include <QString>

// Phone numbers through libphonenumber: parsed with a default region, stored in E.164, and
// searched by their national number's last digits, as caller-ID lookup does.
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

    QString defaultRegion() const { return m_region; }
    Parsed parse(const QString &text) const;

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
};
