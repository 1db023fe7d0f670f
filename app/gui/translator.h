#pragma once

#include <QList>
#include <QString>

class QTranslator;

// The user interface language: Pristriy's own translations and Qt's, chosen in settings.
namespace Translator {

// The languages there are translations for, as codes ("en", "ro", ...).
QStringList languages();
// The language in QSettings ("ui/language"); empty for the system's.
QString configuredLanguage();
void setConfiguredLanguage(const QString &code);
// Installs the translators for the configured language into the application.
void install();

} // namespace Translator
