#include "ui/report/reportdata.hpp"

#include "ui/format.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace staffplan::report {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("staffplan::report", text, disambiguation, n);
}

QString agentsText(const std::optional<StaffingResult>& r)
{
    if (!r)
        return ui::dashText();
    return r->status == StaffingStatus::Ok ? QString::number(r->requiredAgents) : tr("not reachable");
}

QString modelText(Model m)
{
    return m == Model::ErlangA ? tr("Erlang A (callers abandon after their patience)")
                               : tr("Erlang C (callers never abandon)");
}

QString targetsText(const StaffingTargets& t, double thresholdSec)
{
    QStringList parts;
    if (t.serviceLevel) {
        const QString of = t.slDefinition == SlDefinition::Offered    ? tr("of offered calls")
                           : t.slDefinition == SlDefinition::Answered ? tr("of answered calls")
                                                                      : tr("virtual");
        parts << tr("service level %1 within %2 s (%3)").arg(ui::percentText(*t.serviceLevel, 0)).arg(thresholdSec).arg(of);
    }
    if (t.maxAsaSec)
        parts << tr("ASA at most %1 s").arg(ui::numberText(*t.maxAsaSec));
    if (t.maxAbandon)
        parts << tr("abandonment at most %1").arg(ui::percentText(*t.maxAbandon));
    if (t.maxOccupancy)
        parts << tr("occupancy at most %1").arg(ui::percentText(*t.maxOccupancy, 0));
    return parts.join(QStringLiteral("; "));
}

} // namespace

ReportData buildReport(const ReportInput& in)
{
    ReportData r;
    const QLocale locale;
    const std::size_t n = std::min({in.starts.size(), in.inputs.size(), in.plan.size()});
    r.title = tr("Staffing plan");
    r.projectLine = tr("Project: %1").arg(in.projectName);
    if (n > 0)
        r.periodLine = tr("Period: %1 to %2, %3-minute intervals; queue: %4")
                           .arg(ui::wallClockText(in.starts.front()),
                                ui::wallClockText(in.starts.back() + in.intervalMin * 60.0))
                           .arg(in.intervalMin)
                           .arg(in.queue.isEmpty() ? tr("all queues") : in.queue);
    const QString generated = locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    r.generatedLine = tr("Generated %1 by StaffPlan %2").arg(generated, QCoreApplication::applicationVersion());
    r.footer = tr("Staffing plan, %1, generated %2").arg(in.projectName, generated);

    const double threshold = n > 0 ? in.inputs.front().thresholdSec : 20;
    r.assumptions = {
        {tr("Model"), modelText(in.model)},
        {tr("Targets"), targetsText(in.targets, threshold)},
        {tr("Forecast"), in.forecastName.isEmpty() ? ui::dashText()
                                                   : tr("%1 (method: %2)").arg(in.forecastName, in.forecastMethod)},
        {tr("AHT"), in.ahtSource},
        {tr("Callers' patience"), in.patienceSource},
        {tr("Shrinkage"), tr("%1 of paid time off the phones").arg(ui::percentText(in.targets.shrinkage, 0))},
    };

    const PlanTotals t = planTotals(std::vector<QueueInput>(in.inputs.begin(), in.inputs.begin() + n),
                                    std::vector<PlanRow>(in.plan.begin(), in.plan.begin() + n), in.model,
                                    in.fteHoursPerWeek);
    r.summary = {
        {tr("Calls forecast"), ui::numberText(t.calls, 0)},
        {tr("Agent-hours on the phones"), ui::numberText(t.requiredAgentHours, 1)},
        {tr("Agent-hours scheduled (with shrinkage)"), ui::numberText(t.scheduledAgentHours, 1)},
        {tr("FTE (%1 h a week)").arg(in.fteHoursPerWeek), ui::numberText(t.fte, 1)},
        {tr("Peak requirement"),
         t.peakIndex >= 0 ? tr("%1 agents (%2 scheduled) at %3")
                                .arg(t.peakRequired)
                                .arg(t.peakScheduled)
                                .arg(ui::wallClockText(in.starts[t.peakIndex]))
                          : ui::dashText()},
        {tr("Predicted service level"), ui::percentText(t.serviceLevel)},
        {tr("Predicted abandonment"), ui::percentText(t.abandonRate)},
        {tr("Predicted ASA"), t.asaSec ? tr("%1 s").arg(ui::numberText(*t.asaSec, 1)) : ui::dashText()},
        {tr("Intervals whose targets cannot be met"), QString::number(t.unmet)},
    };

    // the per-interval table
    r.intervals.header = {tr("Interval"), tr("Calls"),     tr("AHT, s"), tr("Patience, s"), tr("Load, Erl"),
                          tr("Agents C"), tr("Agents A"),  tr("Scheduled"), tr("SL"),      tr("ASA, s"),
                          tr("Abandon"),  tr("Occupancy")};
    r.intervals.numeric = {false, true, true, true, true, true, true, true, true, true, true, true};
    Line requiredC{tr("Required (Erlang C)"), {}, QColor(255, 127, 14), true, true};
    Line requiredA{tr("Required (Erlang A)"), {}, QColor(31, 119, 180), false, true};
    Line scheduled{tr("Scheduled (with shrinkage)"), {}, QColor(44, 160, 44), false, true};
    Line sl{tr("Predicted service level"), {}, QColor(31, 119, 180), false, true};
    Line abandon{tr("Predicted abandonment"), {}, QColor(214, 39, 40), false, true};
    Line ahtForecast{tr("Forecast AHT"), {}, QColor(31, 119, 180), false, true};
    Line ahtActual{tr("Actual AHT"), {}, QColor(214, 39, 40), false, true};
    for (std::size_t i = 0; i < n; ++i) {
        const QueueInput& q = in.inputs[i];
        const PlanRow& row = in.plan[i];
        const auto& chosen = row.chosen(in.model);
        const bool ok = chosen && chosen->status == StaffingStatus::Ok;
        const QueueMeasures* m = ok ? &chosen->atRequired : nullptr;
        r.intervals.rows.push_back({ui::wallClockText(in.starts[i]), ui::numberText(q.calls, 1),
                                    ui::numberText(q.ahtSec, 0),
                                    q.patienceSec > 0 ? ui::numberText(q.patienceSec, 0) : ui::dashText(),
                                    ui::numberText(offeredLoad(q), 2), agentsText(row.erlangC), agentsText(row.erlangA),
                                    ok ? QString::number(chosen->scheduledAgents) : ui::dashText(),
                                    m ? ui::percentText(m->slOffered) : ui::dashText(),
                                    m ? ui::secondsText(m->asaSec, 1) : ui::dashText(),
                                    m ? ui::percentText(m->pAbandon) : ui::dashText(),
                                    m ? ui::percentText(m->occupancy) : ui::dashText()});
        const double x = in.starts[i];
        if (row.erlangC && row.erlangC->status == StaffingStatus::Ok)
            requiredC.points.emplace_back(x, row.erlangC->requiredAgents);
        if (row.erlangA && row.erlangA->status == StaffingStatus::Ok)
            requiredA.points.emplace_back(x, row.erlangA->requiredAgents);
        if (ok) {
            scheduled.points.emplace_back(x, chosen->scheduledAgents);
            sl.points.emplace_back(x, m->slOffered * 100);
            abandon.points.emplace_back(x, m->pAbandon * 100);
        }
        ahtForecast.points.emplace_back(x, q.ahtSec);
        if (i < in.ahtActual.size() && std::isfinite(in.ahtActual[i]))
            ahtActual.points.emplace_back(x, in.ahtActual[i]);
    }
    r.charts.push_back({tr("Required vs scheduled agents per interval"), tr("Date"), tr("Agents"), true,
                        {requiredC, requiredA, scheduled}, 0.0, std::nullopt});
    r.charts.push_back({tr("Predicted service level and abandonment per interval"), tr("Date"),
                        tr("Percent of offered calls"), true, {sl, abandon}, 0.0, 100.0});
    // the service-level curve at the peak interval
    if (t.peakIndex >= 0) {
        const QueueInput& q = in.inputs[t.peakIndex];
        const double load = offeredLoad(q);
        const auto [from, to] = agentCurveRange(load);
        Line curveC{tr("SL, Erlang C"), {}, QColor(255, 127, 14), true};
        Line curveA{tr("SL, Erlang A"), {}, QColor(31, 119, 180)};
        Line curveAbandon{tr("Abandonment, Erlang A"), {}, QColor(214, 39, 40)};
        if (const auto c = agentCurve(Model::ErlangC, q, from, to))
            for (const auto& m : *c)
                curveC.points.emplace_back(m.agents, m.slOffered * 100);
        if (q.patienceSec > 0)
            if (const auto a = agentCurve(Model::ErlangA, q, from, to))
                for (const auto& m : *a) {
                    curveA.points.emplace_back(m.agents, m.slOffered * 100);
                    curveAbandon.points.emplace_back(m.agents, m.pAbandon * 100);
                }
        std::vector<Line> lines{curveC};
        if (q.patienceSec > 0)
            lines.insert(lines.end(), {curveA, curveAbandon});
        r.charts.push_back({tr("Service level and abandonment against agents at the peak (%1, %2 Erlangs)")
                                .arg(ui::wallClockText(in.starts[t.peakIndex]), ui::numberText(load, 1)),
                            tr("Agents"), tr("Percent"), false, lines, 0.0, 100.0});
    }
    if (!ahtActual.points.empty())
        r.charts.push_back({tr("Forecast vs actual AHT"), tr("Date"), tr("AHT, s"), true, {ahtActual, ahtForecast},
                            0.0, std::nullopt});

    // the shift plan, when there is one
    if (in.shifts && in.shifts->plan.atWork.size() == n) {
        const ShiftPlan& plan = in.shifts->plan;
        r.shiftSummary = {
            {tr("Agents starting shifts"), QString::number(plan.agents)},
            {tr("Paid hours"), ui::numberText(plan.paidHours, 1)},
            {tr("Cost"), ui::numberText(plan.cost, 2)},
            {tr("Distance from the cheapest plan"), plan.gap ? tr("at most %1").arg(ui::percentText(*plan.gap, 2)) : ui::dashText()},
            {tr("Agent-hours the templates cannot cover"), ui::numberText(plan.shortAgentHours, 1)},
            {tr("Predicted service level with the shifts"), in.shifts->service ? ui::percentText(in.shifts->service->serviceLevel) : ui::dashText()},
            {tr("Predicted abandonment with the shifts"), in.shifts->service ? ui::percentText(in.shifts->service->abandonRate) : ui::dashText()},
        };
        Line required{tr("Required on the phones"), {}, QColor(31, 119, 180), false, true};
        Line onPhones{tr("On the phones with the shifts"), {}, QColor(44, 160, 44), false, true};
        for (std::size_t i = 0; i < n; ++i) {
            required.points.emplace_back(in.starts[i], in.plan[i].required(in.model));
            onPhones.points.emplace_back(in.starts[i], plan.onPhones[i]);
        }
        r.charts.push_back({tr("Required agents and agents on the phones with the shift plan"), tr("Date"), tr("Agents"),
                            true, {required, onPhones}, 0.0, std::nullopt});
        r.shifts.header = {tr("Day"), tr("Shift"), tr("Start"), tr("End"), tr("Agents"), tr("Breaks")};
        r.shifts.numeric = {false, false, false, false, true, false};
        auto clock = [](double s) { return ui::wallClock(s).time().toString(QStringLiteral("HH:mm")); };
        for (const ShiftGroup& g : plan.groups) {
            const bool known = g.templateIndex >= 0 && g.templateIndex < static_cast<int>(in.shifts->templates.size());
            const ShiftTemplate* t = known ? &in.shifts->templates[g.templateIndex] : nullptr;
            QStringList breaks;
            for (std::size_t b = 0; t && b < g.breakStartsSec.size() && b < t->breaks.size(); ++b)
                breaks << clock(g.breakStartsSec[b]) + QStringLiteral("\u2013") + clock(g.breakStartsSec[b] + t->breaks[b].minutes * 60.0);
            r.shifts.rows.push_back({ui::dateText(g.startSec),
                                     t && !t->name.empty() ? QString::fromStdString(t->name) : tr("template %1").arg(g.templateIndex + 1),
                                     clock(g.startSec), clock(g.endSec), QString::number(g.agents), breaks.join(QStringLiteral(", "))});
        }
    }

    // the history
    r.history.header = {tr("Week from"), tr("Offered"), tr("Answered"), tr("Abandon rate"),
                        tr("SL (%1 s)").arg(threshold), tr("ASA, s"), tr("AHT, s"), tr("Patience, s")};
    r.history.numeric = {false, true, true, true, true, true, true, true};
    for (const KpiRow& k : in.history) {
        if (k.queue != "*" || k.channel != "*")
            continue;
        const QDate week = QDate::fromString(QString::fromStdString(k.periodStart).left(10), Qt::ISODate);
        r.history.rows.push_back({week.isValid() ? locale.toString(week, QLocale::ShortFormat) : QString::fromStdString(k.periodStart),
                                  locale.toString(static_cast<qlonglong>(k.offered)),
                                  locale.toString(static_cast<qlonglong>(k.answered)),
                                  k.offered ? ui::percentText(k.abandonRate) : ui::dashText(),
                                  k.offered ? ui::percentText(k.serviceLevel) : ui::dashText(),
                                  ui::secondsText(k.asaSec, 1), ui::secondsText(k.ahtSec),
                                  ui::secondsText(k.patienceMleSec)});
    }
    return r;
}

} // namespace staffplan::report
