#include "translator.h"

#include <QCoreApplication>
#include <QDebug>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

namespace Translator {

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("ro"), QStringLiteral("ru"), QStringLiteral("uk")};
}

QString configuredLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void setConfiguredLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

void install()
{
    const QString code = configuredLanguage();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // English first: it holds the plural forms the "(s)" sources stand for, and every string a
    // language has not translated yet falls back to it (the translator installed last is asked first).
    auto *english = new QTranslator(qApp);
    if (english->load(QStringLiteral("pristriy_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    auto *own = new QTranslator(qApp);
    if (locale.language() != QLocale::English &&
        own->load(locale, QStringLiteral("pristriy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Translator
