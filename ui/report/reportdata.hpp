#pragma once
// The staffing report as data: every text (in the language of the installed translator), number and chart
// series, before anything is painted.  buildReport() is what tests check; writePdf() paints it (pdfreport.hpp),
// writePlanCsv() / writeXlsx() write its tables (tablesout.hpp).  The app and staffplan-cli report both come here.

#include "core/kpi.hpp"
#include "core/shift_plan.hpp"
#include "core/staffing_plan.hpp"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace staffplan::report {

struct Line
{
    QString name;
    std::vector<QPointF> points; ///< x: wall-clock seconds on a time chart, else a number
    QColor color;
    bool dashed = false;
    bool stepped = false;
};

struct Chart
{
    QString title, xTitle, yTitle;
    bool timeAxis = true;
    std::vector<Line> lines;
    std::optional<double> yMin, yMax;
};

struct Table
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> numeric; ///< per column: right-aligned
};

/// What the report is made from: the project, the forecast staffed, the plan, the history's KPIs.
struct ReportInput
{
    QString projectName, forecastName, forecastMethod, queue;
    int intervalMin = 30;
    std::vector<double> starts;     ///< per interval, wall-clock seconds
    std::vector<QueueInput> inputs; ///< calls, AHT, patience, threshold per interval
    std::vector<PlanRow> plan;      ///< staffPlan() of the inputs
    Model model = Model::ErlangA;
    StaffingTargets targets;
    QString ahtSource, patienceSource;
    std::vector<double> ahtActual; ///< per interval, NaN where the history has none
    std::vector<KpiRow> history;   ///< the imported calls' KPIs by week (all queues)
    double fteHoursPerWeek = 40;

    /// A shift plan of the same intervals (the app's Shifts page), when there is one.
    struct Shifts
    {
        ShiftPlan plan;
        std::vector<ShiftTemplate> templates;
        std::optional<ServiceTotals> service;
    };
    std::optional<Shifts> shifts;
};

struct ReportData
{
    QString title, projectLine, periodLine, generatedLine, footer;
    std::vector<std::pair<QString, QString>> assumptions; ///< label, value
    std::vector<std::pair<QString, QString>> summary;
    std::vector<Chart> charts;
    Table intervals; ///< the per-interval plan
    Table history;   ///< the KPI summary of the imported history
    std::vector<std::pair<QString, QString>> shiftSummary; ///< empty without a shift plan
    Table shifts;                                          ///< the shifts to start (empty without a plan)
};

ReportData buildReport(const ReportInput& in);

} // namespace staffplan::report
