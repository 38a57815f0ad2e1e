#include "ui/mainwindow.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StaffPlan"));
    QApplication::setOrganizationName(QStringLiteral("StaffPlan"));
    QApplication::setApplicationVersion(QStringLiteral(STAFFPLAN_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the main window as a PNG and quit."), QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    staffplan::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(0, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
