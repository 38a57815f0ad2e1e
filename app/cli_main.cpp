#include "app/cli/cli.hpp"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("staffplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAFFPLAN_VERSION));
    return staffplan::cli::run(QCoreApplication::arguments());
}
