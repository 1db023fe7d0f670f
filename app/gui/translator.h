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
// Installs the translators for the configured language into the application: Pristriy's, and Qt's own
// (the system's qtbase_*; for Romanian, which Qt lacks, the part Pristriy ships). Calling it again
// replaces the translators it installed before.
void install();

} // namespace Translator
