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

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void keep(QTranslator *translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

// name_xx.qm for the locale's language.
void installFor(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(qApp);
    keep(translator, translator->load(locale, name, QStringLiteral("_"), directory));
}

} // namespace

void install()
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    const QString code = configuredLanguage();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    const QString ours = QStringLiteral(":/i18n");
    // English first: it holds the plural forms the "(s)" sources stand for, and every string a
    // language has not translated yet falls back to it (the translator installed last is asked first).
    auto *english = new QTranslator(qApp);
    keep(english, english->load(QStringLiteral("pristriy_en"), ours));
    if (locale.language() != QLocale::English)
        installFor(locale, QStringLiteral("pristriy"), ours);
    // Qt's own strings (standard buttons, text menus, file dialogs): the system's catalogue, and for
    // Romanian, which Qt does not translate, Pristriy's, asked after the system's.
    installFor(locale, QStringLiteral("qtbase"), ours);
    installFor(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Translator
