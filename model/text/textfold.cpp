#include "textfold.h"

namespace {

// Letters that Unicode does not decompose into a base letter and a mark.
QString spellOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF:
        return QStringLiteral("ss"); // ß
    case 0x00E6:
        return QStringLiteral("ae"); // æ
    case 0x0153:
        return QStringLiteral("oe"); // œ
    case 0x00F8:
        return QStringLiteral("o"); // ø
    case 0x0142:
        return QStringLiteral("l"); // ł
    case 0x0111:
        return QStringLiteral("d"); // đ
    case 0x0131:
        return QStringLiteral("i"); // dotless ı
    case 0x00FE:
        return QStringLiteral("th"); // þ
    default:
        return QString(c);
    }
}

} // namespace

QString TextFold::fold(const QString &text)
{
    // Compatibility decomposition splits "ș" into "s" + comma below, "й" into "и" + breve.
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Mark_SpacingCombining) {
            continue;
        }
        if (c.unicode() < 0x80)
            out.append(c);
        else
            out.append(spellOut(c));
    }
    return out;
}

QStringList TextFold::words(const QString &text)
{
    const QString folded = fold(text);
    QStringList result;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString TextFold::sortKey(const QString &text)
{
    const QString key = fold(text).simplified();
    return key.isNull() ? QStringLiteral("") : key; // NOT NULL columns
}
