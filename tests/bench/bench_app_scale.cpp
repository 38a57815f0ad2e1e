// The app on a big project (and, given a LOG, importing it into the project while the window runs): how long the window's event loop is ever held (the longest stall: the window
// cannot repaint or answer a click meanwhile) while the project opens and its calls load, while the Data page's
// KPI view changes, while a forecast runs, and when a staffing input is edited; and how long until each view is
// up to date.  For BENCHMARKS.md (issue 8: "each view update < 100 ms").
//   bench_app_scale PROJECT.staffplan [LOG.csv]
// Offscreen (QT_QPA_PLATFORM=offscreen), at 1366x768, with settings in a throwaway test location.

#include "ui/datapage.hpp"
#include "ui/forecastpage.hpp"
#include "ui/mainwindow.hpp"
#include "ui/models/staffingmodel.hpp"
#include "ui/project.hpp"
#include "ui/staffingpage.hpp"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace staffplan::ui;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_app_scale PROJECT.staffplan\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1366, 768);
    window.show();

    // a 2 ms heartbeat: the longest gap between beats, less the beat, is the longest the loop was held
    bool importing = false;
    QElapsedTimer sinceBeat, inPhase;
    qint64 longest = 0;
    QTimer beat;
    beat.setInterval(2);
    beat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 gap = sinceBeat.restart() - 2;
        longest = std::max(longest, gap);
        if (gap > 50 && std::getenv("STALLS")) // where they are: STALLS=1 bench_app_scale ...
            std::printf("    stall of %lld ms ending at %lld ms\n", static_cast<long long>(gap),
                        static_cast<long long>(inPhase.elapsed()));
    });
    auto phase = [&](const char* name, const std::function<void()>& act) {
        QElapsedTimer total;
        total.start();
        inPhase.start();
        sinceBeat.start();
        longest = 0;
        beat.start();
        QElapsedTimer inAct;
        inAct.start();
        act(); // on the event loop's thread: all of it is a stall
        longest = std::max(longest, inAct.elapsed());
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (!window.busy() && !window.project()->loading() && !importing)
                loop.quit();
        });
        poll.start(10);
        loop.exec();
        beat.stop();
        std::printf("%-44s up to date after %7.0f ms; longest stall %4lld ms\n", name,
                    static_cast<double>(total.elapsed()), static_cast<long long>(longest));
        std::fflush(stdout);
    };
    if (std::getenv("STALLS")) {
        QObject::connect(window.forecastPage(), &ForecastPage::forecastReady, [&] {
            std::printf("    forecast ready at %lld ms\n", static_cast<long long>(inPhase.elapsed()));
        });
    }
    auto combo = [&](const char* name) { return window.dataPage()->findChild<QComboBox*>(QLatin1String(name)); };

    phase("open the project (load calls, KPIs, forecast)", [&] {
        window.openProject(QString::fromLocal8Bit(argv[1]));
        if (std::getenv("STALLS"))
            QObject::connect(window.project(), &Project::callsChanged, [&] {
                std::printf("    calls loaded at %lld ms\n", static_cast<long long>(inPhase.elapsed()));
            });
    });
    std::printf("  calls in memory: %zu\n", window.project()->calls()->calls.size());
    phase("show the Data page", [&] { window.showPage(MainWindow::Data); });
    phase("KPIs by 15-minute intervals", [&] { combo("kpiPeriod")->setCurrentIndex(0); });
    phase("KPIs by weeks", [&] { combo("kpiPeriod")->setCurrentIndex(4); });
    phase("KPIs of one queue", [&] { combo("kpiQueue")->setCurrentIndex(1); });
    phase("KPIs of all queues, by days", [&] {
        combo("kpiQueue")->setCurrentIndex(0);
        combo("kpiPeriod")->setCurrentIndex(3);
    });
    phase("show the Forecast page", [&] { window.showPage(MainWindow::Forecast); });
    phase("forecast again", [&] { window.forecastPage()->run(); });
    phase("show the Staffing page", [&] { window.showPage(MainWindow::Staffing); });
    phase("staffing: an interval's calls typed over", [&] {
        StaffingModel* m = window.staffingPage()->model();
        m->setData(m->index(20, StaffingModel::Calls), 123.0);
    });
    phase("reload the calls (as after an import)", [&] { window.project()->reload(); });
    if (argc > 2) { // the import wizard's work: on a worker, with its progress shown, then the calls reloaded
        QFutureWatcher<ImportResult> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, [&] {
            window.project()->reload();
            importing = false;
        });
        phase("import a log and reload", [&] {
            importing = true;
            watcher.setFuture(startImport(window.project()->path(), QString::fromLocal8Bit(argv[2]), staffplan::ReadOptions{}));
        });
        std::printf("  calls in memory: %zu\n", window.project()->calls()->calls.size());
    }
    return 0;
}
