#include "app/cli/cli.hpp"
#include "ui/text/language.hpp"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // the report paints a PDF, which needs Qt Gui's fonts; on the "offscreen" platform no display is needed
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("staffplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAFFPLAN_VERSION));
    // messages and --help in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); report --lang overrides
    staffplan::text::useLanguage({});
    return staffplan::cli::run(QCoreApplication::arguments());
}
