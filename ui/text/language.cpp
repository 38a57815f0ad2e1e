#include "ui/text/language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace staffplan::text {
namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours, qt;
};

Installed& installed()
{
    static Installed i;
    return i;
}

QLocale localeFor(const QString& code)
{
    // the system's own formats when it speaks the language (an English translation on the C locale too)
    const QLocale system = QLocale::system();
    if (code == QStringLiteral("en"))
        return system.language() == QLocale::English || system.language() == QLocale::C
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    const QLocale wanted(code);
    if (system.language() == wanted.language() && system.script() == wanted.script())
        return system;
    return wanted;
}

} // namespace

const std::vector<Language>& languages()
{
    static const std::vector<Language> list = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return list;
}

bool isLanguage(const QString& code)
{
    for (const Language& l : languages())
        if (l.code == code)
            return true;
    return false;
}

QString nearestLanguage(const QString& localeName)
{
    const QLocale l(localeName);
    if (localeName.startsWith(QLatin1String("ru"), Qt::CaseInsensitive) || l.language() == QLocale::Russian)
        return QStringLiteral("ru");
    if (localeName.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) || l.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN"); // Simplified is all we have; nearer to a Chinese reader than English
    return QStringLiteral("en");
}

QString systemLanguage()
{
    // the first of the user's preferred UI languages that we speak; English when none is
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = nearestLanguage(name);
        if (code != QStringLiteral("en") || name.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return code;
    }
    return QStringLiteral("en");
}

QString useLanguage(const QString& wanted)
{
    const QString code = wanted.isEmpty()      ? systemLanguage()
                         : isLanguage(wanted) ? wanted
                                              : QStringLiteral("en");
    Installed& i = installed();
    for (auto* t : {i.ours.get(), i.qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    i.ours.reset();
    i.qt.reset();
    if (code != QStringLiteral("en")) {
        i.ours = std::make_unique<QTranslator>();
        if (i.ours->load(QStringLiteral(":/i18n/staffplan_") + code))
            QCoreApplication::installTranslator(i.ours.get());
        i.qt = std::make_unique<QTranslator>();
        if (i.qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(i.qt.get());
    }
    QLocale::setDefault(localeFor(code));
    i.code = code;
    return code;
}

QString currentLanguage()
{
    return installed().code;
}

} // namespace staffplan::text
