#include "ui/importwizard.hpp"
#include "ui/mainwindow.hpp"
#include "ui/reportpage.hpp"
#include "ui/shiftspage.hpp"
#include "ui/staffingpage.hpp"
#include "ui/text/language.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QDialog>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

/// Calls `then` once the window has finished loading and computing (polled; gives up after `limitMs`).
void whenIdle(staffplan::ui::MainWindow& window, int limitMs, std::function<void(bool)> then)
{
    auto* timer = new QTimer(&window);
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, clock, limitMs, then] {
        const bool idle = !window.busy();
        if (!idle && clock->elapsed() < limitMs)
            return;
        timer->stop();
        timer->deleteLater();
        delete clock;
        then(idle);
    });
    timer->start(100);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StaffPlan"));
    QApplication::setOrganizationName(QStringLiteral("StaffPlan"));
    QApplication::setApplicationVersion(QStringLiteral(STAFFPLAN_VERSION));

    // the language chosen in the app (Language menu), else the system's; --lang overrides for this run
    staffplan::text::useLanguage(staffplan::ui::MainWindow::chosenLanguage());
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--lang") == 0)
            staffplan::text::useLanguage(QString::fromLocal8Bit(argv[i + 1]));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workforce planning for call centers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QApplication::translate("main", "Open the bundled sample project."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the main window as a PNG once it has loaded, and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save every page of the window as PNGs in DIR once loaded, and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language for this run: en, ru or zh_CN (default: as chosen in the app, "
                                        "else the system's)."),
        QStringLiteral("CODE"));
    parser.addOptions({sample, screenshot, screenshots, lang});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A project (*.staffplan) to open."));
    parser.process(app);

    if (parser.isSet(lang) && !staffplan::text::isLanguage(parser.value(lang))) {
        std::fputs(qPrintable(QApplication::translate("main", "staffplan: --lang expects en, ru or zh_CN, got '%1'.")
                                  .arg(parser.value(lang)) + QLatin1Char('\n')),
                   stderr);
        return 2;
    }

    // the first window; the Language menu replaces it with a new one (each deletes itself on closing)
    auto* first = new staffplan::ui::MainWindow;
    first->setAttribute(Qt::WA_DeleteOnClose);
    staffplan::ui::MainWindow& window = *first;
    window.show();
    const QStringList files = parser.positionalArguments();
    bool opened = false;
    if (!files.isEmpty())
        opened = window.openProject(QFileInfo(files.first()).absoluteFilePath());
    else if (parser.isSet(sample))
        window.openSample(), opened = true;
    else
        opened = window.openLastProject();

    const bool one = parser.isSet(screenshot), all = parser.isSet(screenshots);
    if (one || all) {
        auto capture = [&window, &parser, one, screenshot, screenshots](bool idle) {
            if (!idle)
                std::fputs("staffplan: still busy after 120 s; saving the screens as they are.\n", stderr);
            bool saved = true;
            if (one) {
                saved = window.grab().save(parser.value(screenshot));
            } else {
                // the Shifts page with the example templates solved
                window.shiftsPage()->solve();
                QElapsedTimer solving;
                solving.start();
                while (window.shiftsPage()->busy() && solving.elapsed() < 120000)
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
                const QDir dir(parser.value(screenshots));
                QDir().mkpath(dir.absolutePath());
                // the report of that plan, as the Report page writes it
                window.reportPage()->exportTo(staffplan::ui::ReportPage::Format::Pdf, dir.filePath(QStringLiteral("report.pdf")));
                while (window.reportPage()->busy())
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
                const char* names[] = {"1-data", "2-forecast", "3-staffing", "4-shifts", "5-report"};
                for (int p = 0; p < staffplan::ui::MainWindow::PageCount; ++p) {
                    window.showPage(static_cast<staffplan::ui::MainWindow::Page>(p));
                    QApplication::processEvents();
                    saved = window.grab().save(dir.filePath(QString::fromLatin1(names[p]) + QStringLiteral(".png"))) && saved;
                }
                // the Staffing page's other charts
                QTabWidget* charts = window.staffingPage()->charts();
                window.showPage(staffplan::ui::MainWindow::Staffing);
                for (int tab = 1; tab < charts->count(); ++tab) {
                    charts->setCurrentIndex(tab);
                    QApplication::processEvents();
                    saved = window.grab().save(dir.filePath(QStringLiteral("3-staffing-chart-%1.png").arg(tab + 1))) && saved;
                }
                charts->setCurrentIndex(0);
                // the comparison of the scenarios (the sample has one, with the shift plan solved above)
                if (auto* compare = window.staffingPage()->findChild<QPushButton*>(QStringLiteral("compareScenarios"))) {
                    compare->click();
                    QApplication::processEvents();
                    for (QWidget* w : QApplication::topLevelWidgets())
                        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible()) {
                            saved = dialog->grab().save(dir.filePath(QStringLiteral("3-staffing-scenarios.png"))) && saved;
                            dialog->close();
                        }
                }
                // the import wizard's preview, on the sample log
                QTemporaryDir temp;
                const QString log = temp.filePath(QStringLiteral("sample-calls.csv"));
                if (QFile::copy(QStringLiteral(":/sample/sample-calls.csv"), log)) {
                    staffplan::ui::ImportWizard wizard(temp.filePath(QStringLiteral("p.staffplan")), log, &window);
                    wizard.show();
                    QApplication::processEvents();
                    saved = wizard.grab().save(dir.filePath(QStringLiteral("6-import-wizard.png"))) && saved;
                }
            }
            QApplication::exit(saved ? 0 : 1);
        };
        if (opened)
            whenIdle(window, 120000, capture);
        else
            QTimer::singleShot(200, &window, [capture] { capture(true); });
    }
    const int rc = app.exec();
    QList<QPointer<staffplan::ui::MainWindow>> open; // windows still open when the app quits
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* main = qobject_cast<staffplan::ui::MainWindow*>(w))
            open.append(main);
    for (const auto& w : open)
        delete w.data();
    return rc;
}
