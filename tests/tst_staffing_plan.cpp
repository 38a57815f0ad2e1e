// The staffing plan: every interval by both models against the independent linear scan, the totals against
// their definitions worked by hand, and the curves against single evaluations.

#include "core/staffing_plan.hpp"
#include "tests/linear_scan.hpp"

#include <QTest>

#include <cmath>

using namespace staffplan;
using staffplan::testing::linearScan;

namespace {

/// A day of 30-minute intervals shaped like a call center's: quiet night, two peaks, AHT longer at night.
std::vector<QueueInput> day(double patienceSec)
{
    std::vector<QueueInput> day;
    for (int i = 0; i < 48; ++i) {
        const double h = i / 2.0;
        QueueInput in;
        in.intervalSec = 1800;
        in.calls = std::round(2 + 120 * std::exp(-std::pow((h - 10.5) / 2.2, 2)) +
                              90 * std::exp(-std::pow((h - 15) / 2.8, 2)));
        in.ahtSec = h < 7 || h >= 21 ? 320 : 260;
        in.patienceSec = patienceSec;
        in.thresholdSec = 20;
        day.push_back(in);
    }
    return day;
}

} // namespace

class TestStaffingPlan : public QObject
{
    Q_OBJECT
  private slots:
    void everyIntervalMatchesTheLinearScan();
    void knownRequirement();
    void totalsByTheirDefinitions();
    void modelsWithoutWhatTheyNeed();
    void refusedIntervalKeepsTheRest();
    void agentCurveIsSingleEvaluations();
    void thresholdCurve();
};

void TestStaffingPlan::everyIntervalMatchesTheLinearScan()
{
    const auto intervals = day(150);
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.maxAbandon = 0.03;
    t.shrinkage = 0.3;
    const auto rows = staffPlan(intervals, t);
    QCOMPARE(rows.size(), intervals.size());
    StaffingTargets c = t;
    c.maxAbandon.reset(); // Erlang C callers never abandon
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QVERIFY(!rows[i].error);
        QVERIFY(rows[i].erlangC && rows[i].erlangA);
        QCOMPARE(rows[i].erlangC->requiredAgents, linearScan(Model::ErlangC, intervals[i], c));
        QCOMPARE(rows[i].erlangA->requiredAgents, linearScan(Model::ErlangA, intervals[i], t));
        QCOMPARE(rows[i].erlangA->scheduledAgents, scheduledAgents(rows[i].erlangA->requiredAgents, 0.3));
    }
}

void TestStaffingPlan::knownRequirement()
{
    // 100 calls in 30 minutes, AHT 240 s (13.3 Erlangs), patience 180 s, 80% within 20 s of offered calls:
    // Erlang A needs 16 agents; Erlang C, whose callers all wait, 17
    QueueInput in;
    in.calls = 100;
    in.intervalSec = 1800;
    in.ahtSec = 240;
    in.patienceSec = 180;
    StaffingTargets t;
    t.serviceLevel = 0.8;
    const auto rows = staffPlan({in}, t);
    QCOMPARE(rows[0].erlangA->requiredAgents, 16);
    QCOMPARE(rows[0].erlangC->requiredAgents, 17);
    QCOMPARE(linearScan(Model::ErlangA, in, t), 16);
    QCOMPARE(linearScan(Model::ErlangC, in, t), 17);
}

void TestStaffingPlan::totalsByTheirDefinitions()
{
    std::vector<QueueInput> intervals(3);
    const double calls[] = {40, 100, 0};
    for (int i = 0; i < 3; ++i) {
        intervals[i].calls = calls[i];
        intervals[i].intervalSec = 1800;
        intervals[i].ahtSec = 300;
        intervals[i].patienceSec = 200;
    }
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.shrinkage = 0.25;
    const auto rows = staffPlan(intervals, t);
    const PlanTotals totals = planTotals(intervals, rows, Model::ErlangA, 40);
    const int r0 = rows[0].erlangA->requiredAgents, r1 = rows[1].erlangA->requiredAgents;
    QCOMPARE(rows[2].erlangA->requiredAgents, 0);
    QCOMPARE(totals.requiredAgentHours, (r0 + r1) * 0.5);
    const int s0 = scheduledAgents(r0, 0.25), s1 = scheduledAgents(r1, 0.25);
    QCOMPARE(totals.scheduledAgentHours, (s0 + s1) * 0.5);
    // 1.5 hours of plan are 1.5 / 168 of a week; an FTE works 40 h a week
    QVERIFY(std::abs(totals.fte - (s0 + s1) * 0.5 / (40 * 1.5 / 168)) < 1e-12);
    QCOMPARE(totals.peakRequired, r1);
    QCOMPARE(totals.peakScheduled, s1);
    QCOMPARE(totals.peakIndex, 1);
    QCOMPARE(totals.unmet, 0);
    const QueueMeasures& m0 = rows[0].erlangA->atRequired;
    const QueueMeasures& m1 = rows[1].erlangA->atRequired;
    QVERIFY(std::abs(*totals.serviceLevel - (40 * m0.slOffered + 100 * m1.slOffered) / 140) < 1e-12);
    QVERIFY(std::abs(*totals.abandonRate - (40 * m0.pAbandon + 100 * m1.pAbandon) / 140) < 1e-12);
    const double a0 = 40 * (1 - m0.pAbandon), a1 = 100 * (1 - m1.pAbandon);
    QVERIFY(std::abs(*totals.asaSec - (a0 * *m0.asaSec + a1 * *m1.asaSec) / (a0 + a1)) < 1e-9);
    // Erlang C: nobody abandons
    const PlanTotals c = planTotals(intervals, rows, Model::ErlangC, 40);
    QCOMPARE(*c.abandonRate, 0.0);
    QCOMPARE(c.peakRequired, rows[1].erlangC->requiredAgents);
}

void TestStaffingPlan::modelsWithoutWhatTheyNeed()
{
    QueueInput in;
    in.calls = 50;
    in.intervalSec = 1800;
    in.ahtSec = 200;
    // no patience: no Erlang A row, Erlang C still staffs
    StaffingTargets t;
    t.serviceLevel = 0.8;
    auto rows = staffPlan({in}, t);
    QVERIFY(rows[0].erlangC);
    QVERIFY(!rows[0].erlangA);
    QVERIFY(!rows[0].error);
    // an abandonment target alone says nothing to Erlang C
    StaffingTargets abandonOnly;
    abandonOnly.maxAbandon = 0.05;
    in.patienceSec = 120;
    rows = staffPlan({in}, abandonOnly);
    QVERIFY(!rows[0].erlangC);
    QVERIFY(rows[0].erlangA);
    QCOMPARE(rows[0].erlangA->requiredAgents, linearScan(Model::ErlangA, in, abandonOnly));
    // the interval counts as unmet under Erlang C in the totals
    QCOMPARE(planTotals({in}, rows, Model::ErlangC).unmet, 1);
}

void TestStaffingPlan::refusedIntervalKeepsTheRest()
{
    auto intervals = day(180);
    intervals[20].ahtSec = -5;
    StaffingTargets t;
    t.serviceLevel = 0.8;
    const auto rows = staffPlan(intervals, t);
    QVERIFY(rows[20].error);
    QCOMPARE(rows[20].error->parameter, Parameter::AhtSec);
    QVERIFY(!rows[20].erlangA && !rows[20].erlangC);
    QCOMPARE(rows[21].erlangA->requiredAgents, linearScan(Model::ErlangA, intervals[21], t));
    QCOMPARE(planTotals(intervals, rows, Model::ErlangA).unmet, 1);
}

void TestStaffingPlan::agentCurveIsSingleEvaluations()
{
    QueueInput in;
    in.calls = 200;
    in.intervalSec = 1800;
    in.ahtSec = 270; // 30 Erlangs
    in.patienceSec = 120;
    for (const Model model : {Model::ErlangC, Model::ErlangA}) {
        const auto curve = agentCurve(model, in, 20, 45);
        QVERIFY(curve);
        QCOMPARE(curve->size(), std::size_t(26));
        for (int n = 20; n <= 45; ++n) {
            QueueInput at = in;
            at.agents = n;
            const auto m = evaluateQueue(model, at);
            QCOMPARE((*curve)[n - 20].agents, double(n));
            QCOMPARE((*curve)[n - 20].slOffered, m->slOffered);
            QCOMPARE((*curve)[n - 20].pAbandon, m->pAbandon);
        }
    }
    // below the load Erlang C has no steady state; Erlang A does, and its SL rises with agents
    const auto c = agentCurve(Model::ErlangC, in, 25, 30);
    QVERIFY(!(*c)[0].stable);
    QCOMPARE((*c)[0].slOffered, 0.0);
    const auto a = agentCurve(Model::ErlangA, in, 20, 45);
    for (std::size_t i = 1; i < a->size(); ++i)
        QVERIFY((*a)[i].slOffered > (*a)[i - 1].slOffered);
    in.ahtSec = -1;
    QVERIFY(!agentCurve(Model::ErlangA, in, 1, 5));
}

void TestStaffingPlan::thresholdCurve()
{
    QueueInput in;
    in.calls = 120;
    in.intervalSec = 1800;
    in.ahtSec = 240;
    in.patienceSec = 150;
    in.agents = 19;
    const auto curve = staffplan::thresholdCurve(Model::ErlangA, in, 60, 5);
    QVERIFY(curve);
    QCOMPARE(curve->size(), std::size_t(13));
    for (std::size_t k = 0; k < curve->size(); ++k) {
        QueueInput at = in;
        at.thresholdSec = 5.0 * k;
        QCOMPARE((*curve)[k].slOffered, evaluateQueue(Model::ErlangA, at)->slOffered);
        if (k > 0)
            QVERIFY((*curve)[k].slOffered >= (*curve)[k - 1].slOffered);
    }
    // at T = 0 the SL is the share answered at once: 1 - P(wait)
    QVERIFY(std::abs((*curve)[0].slOffered - (1 - (*curve)[0].pWait)) < 1e-12);
    QVERIFY(!staffplan::thresholdCurve(Model::ErlangA, in, 60, 0));
}

QTEST_GUILESS_MAIN(TestStaffingPlan)
#include "tst_staffing_plan.moc"
