#pragma once
// The user's language: English, Russian or Simplified Chinese.  Installs StaffPlan's translations (embedded
// in the executable) and Qt's own (Debian's qt6-translations-l10n, for the standard dialogs' buttons), and
// makes the language's locale the default, so numbers, dates and times follow it (decimal comma in Russian).
// Qt Core only: the command line and the app share it.

#include <QString>

#include <vector>

namespace staffplan::text {

struct Language
{
    QString code;       ///< "en", "ru", "zh_CN": the --lang values and the .ts suffixes
    QString nativeName; ///< the language's name in itself, e.g. "Русский"
};

/// The languages StaffPlan speaks, English first.
const std::vector<Language>& languages();

/// The supported language nearest to `localeName` ("ru_RU.UTF-8" -> "ru", "zh_Hans_CN" -> "zh_CN"), or
/// English when none is near.
QString nearestLanguage(const QString& localeName);

/// The supported language nearest to the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux).
QString systemLanguage();

/// Whether `code` is one of languages().
bool isLanguage(const QString& code);

/// Installs `code`'s translations in the running application (replacing the last ones) and makes its locale
/// the default (the system's locale when it is of the same language, so a user's own formats stay).
/// An empty code is the system's language (systemLanguage()); an unknown one installs English.  Returns the code
/// installed.
QString useLanguage(const QString& code);

/// The code useLanguage() installed last ("en" before any).
QString currentLanguage();

} // namespace staffplan::text
