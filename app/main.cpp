#include "ui/mainwindow.hpp"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StaffPlan"));
    QApplication::setOrganizationName(QStringLiteral("StaffPlan"));
    QApplication::setApplicationVersion(QStringLiteral(STAFFPLAN_VERSION));
    staffplan::ui::MainWindow window;
    window.show();
    return app.exec();
}
