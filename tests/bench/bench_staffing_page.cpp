// How long the Staffing page takes to recompute after an edit, for a week of 15-minute intervals (672), with
// both models (issue 5 asks for < 50 ms).  Timed: one edited input -> staffPlan for Erlang C and A ->
// totals -> table update -> the two per-interval charts and the curves of the selected interval redrawn.
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_staffing_page
// Prints the median, fastest and slowest of 30 edits, and the core's part alone.

#include "core/staffing_plan.hpp"
#include "ui/forecastpage.hpp"
#include "ui/models/staffingmodel.hpp"
#include "ui/staffingpage.hpp"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace staffplan;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // a mid-size centre: weekday peaks of ~150 calls per 15 minutes, quiet nights, lighter weekends
    auto run = std::make_shared<ui::ForecastRun>();
    run->intervalMin = 15;
    run->fromSec = 1'788'825'600;
    run->days = 7;
    for (int i = 0; i < 7 * 96; ++i) {
        const double h = (i % 96) / 4.0;
        const double day = (i / 96) < 5 ? 1.0 : 0.4;
        run->starts.push_back(run->fromSec + i * 900.0);
        run->result.calls.push_back(day * (3 + 150 * std::exp(-std::pow((h - 10.5) / 2.2, 2)) +
                                           110 * std::exp(-std::pow((h - 15) / 2.8, 2))));
        run->result.ahtSec.push_back(h < 7 || h >= 21 ? 330 : 270);
    }
    run->patience = exponentialPatience(500, 500 * 170.0);

    ui::StaffingPage page;
    page.resize(1366, 700);
    page.show();
    page.setForecast(run);
    QApplication::processEvents();

    std::vector<double> full, core;
    ui::StaffingModel* model = page.model();
    for (int k = 0; k < 30; ++k) {
        const QModelIndex cell = model->index(40 + k, ui::StaffingModel::Calls);
        QElapsedTimer clock;
        clock.start();
        model->setData(cell, 100.0 + k); // recomputes the page
        QApplication::processEvents();   // the table and charts repaint
        full.push_back(clock.nsecsElapsed() / 1e6);

        clock.restart();
        const auto rows = staffPlan(model->inputs(), page.targets());
        const auto totals = planTotals(model->inputs(), rows, page.chosenModel());
        core.push_back(clock.nsecsElapsed() / 1e6);
        if (totals.peakRequired <= 0)
            return 1;
    }
    std::printf("week of 15-minute intervals (%d), Erlang C and A, SL 80/20 + abandonment <= 5%%\n",
                model->rowCount());
    std::printf("edit -> page recomputed and redrawn: median %.1f ms (fastest %.1f, slowest %.1f)\n",
                median(full), *std::min_element(full.begin(), full.end()),
                *std::max_element(full.begin(), full.end()));
    std::printf("of which the staffing core: median %.2f ms\n", median(core));
    return 0;
}
