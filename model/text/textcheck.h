#pragma once

#include <QCoreApplication>
#include <QString>

// Checks on text a user or a file gives: no control characters, a sane length.
namespace TextCheck {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("TextCheck", text);
}

// Empty when fine, else the reason, naming the field.
inline QString problem(const QString &fieldLabel, const QString &text, int maxLength = 1000,
                       bool multiLine = false)
{
    if (text.size() > maxLength) {
        return tr("%1 is too long (%2 characters; at most %3).")
            .arg(fieldLabel)
            .arg(text.size())
            .arg(maxLength);
    }
    for (const QChar c : text) {
        if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_NotAssigned ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            return tr("%1 contains a control character (U+%2), which cannot be stored.")
                .arg(fieldLabel)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return {};
}

// Whether the text has a character one can see: not only spaces, zero-width characters (U+200B,
// U+FEFF …), lone combining marks or replacement characters.
inline bool hasVisibleText(const QString &text)
{
    for (const QChar c : text) {
        const auto category = c.category();
        if (c.isSpace() || category == QChar::Other_Format || category == QChar::Mark_NonSpacing ||
            category == QChar::Mark_Enclosing || c == QChar::ReplacementCharacter) {
            continue;
        }
        return true;
    }
    return false;
}

// Empty when a name (of a contact, company, deal …) is fine or empty, else the reason, naming the
// field: a name must have a character one can see, and text that was not valid UTF-8 (read as U+FFFD)
// is refused rather than stored damaged. Then the checks of problem().
inline QString nameProblem(const QString &fieldLabel, const QString &text, int maxLength = 1000)
{
    if (text.contains(QChar::ReplacementCharacter)) {
        return tr("%1 contains bytes that are not valid UTF-8 text (shown as U+FFFD). Check the encoding "
                  "of the file or terminal it came from and type it again.")
            .arg(fieldLabel);
    }
    if (!text.isEmpty() && !hasVisibleText(text)) {
        return tr("%1 has no visible characters (only spaces or zero-width characters). Type a name one "
                  "can read.")
            .arg(fieldLabel);
    }
    return problem(fieldLabel, text, maxLength);
}

// SQL NULL is not an empty string: columns that are NOT NULL DEFAULT '' get "" for a null QString.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace TextCheck
