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

// SQL NULL is not an empty string: columns that are NOT NULL DEFAULT '' get "" for a null QString.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace TextCheck
