// The staffing search against an independent linear scan over agents (which uses only evaluateQueue),
// plus the search's own contract: binding target, impossible targets, caps, shrinkage, hints, bad targets.

#include "core/staffing.hpp"
#include "tests/linear_scan.hpp"

#include <QTest>

#include <cmath>

using namespace staffplan;
using staffplan::testing::linearScan;
Q_DECLARE_METATYPE(staffplan::Model)
Q_DECLARE_METATYPE(staffplan::SlDefinition)

namespace {

QueueInput input(double calls, double ahtSec, double patienceSec, double thresholdSec = 20)
{
    QueueInput in;
    in.calls = calls;
    in.intervalSec = 1800;
    in.ahtSec = ahtSec;
    in.patienceSec = patienceSec;
    in.thresholdSec = thresholdSec;
    return in;
}

} // namespace

class TestStaffing : public QObject
{
    Q_OBJECT
  private slots:
    void matchesLinearScan_data();
    void matchesLinearScan();
    void erlangAStaffsBelowTheLoad();
    void bindingTarget();
    void impossibleTargets();
    void capIsReported();
    void zeroCallsNeedZeroAgents();
    void scheduledWithShrinkage();
    void hintDoesNotChangeTheAnswer();
    void hintFromNeighbour();
    void rejectsBadTargets();
};

void TestStaffing::matchesLinearScan_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<double>("calls");
    QTest::addColumn<double>("patienceSec");
    QTest::addColumn<SlDefinition>("definition");
    for (const Model m : {Model::ErlangC, Model::ErlangA})
        for (const double calls : {3.0, 40.0, 100.0, 600.0, 3000.0})
            for (const double patience : {15.0, 180.0})
                for (const SlDefinition d :
                     {SlDefinition::Offered, SlDefinition::Answered, SlDefinition::Virtual}) {
                    if (m == Model::ErlangC && (patience != 180.0 || d != SlDefinition::Offered))
                        continue;
                    QTest::addRow("%s calls=%g patience=%g def=%d", m == Model::ErlangC ? "C" : "A", calls,
                                  patience, int(d))
                        << m << calls << patience << d;
                }
}

void TestStaffing::matchesLinearScan()
{
    QFETCH(Model, model);
    QFETCH(double, calls);
    QFETCH(double, patienceSec);
    QFETCH(SlDefinition, definition);
    const QueueInput in = input(calls, 280, patienceSec);
    const std::optional<double> none;
    // each target alone, then all together
    const std::vector<StaffingTargets> cases = {
        {0.8, definition, none, none, none, 0},  {0.95, definition, none, none, none, 0},
        {none, definition, 15.0, none, none, 0}, {none, definition, none, 0.03, none, 0},
        {none, definition, none, none, 0.85, 0}, {0.9, definition, 30.0, 0.02, 0.9, 0.3},
    };
    for (const auto& t : cases) {
        if (model == Model::ErlangC && !t.serviceLevel && !t.maxAsaSec && !t.maxOccupancy)
            continue; // Erlang C never abandons: an abandonment target alone is the stability floor
        const auto r = requiredAgents(model, in, t);
        QVERIFY(r);
        QCOMPARE(r->status, StaffingStatus::Ok);
        QCOMPARE(r->requiredAgents, linearScan(model, in, t));
        QCOMPARE(r->atRequired.agents, double(r->requiredAgents));
        QVERIFY(r->evaluations < 40);
    }
}

void TestStaffing::erlangAStaffsBelowTheLoad()
{
    // 4000 calls / 30 min at AHT 300 s is 666.7 Erlangs; callers with 30 s patience.  A 20% abandonment
    // target is met well below the load, where Erlang C cannot even be evaluated.
    StaffingTargets t;
    t.maxAbandon = 0.2;
    const QueueInput in = input(4000, 300, 30);
    const auto r = requiredAgents(Model::ErlangA, in, t);
    QVERIFY(r);
    QVERIFY(r->requiredAgents < 666);
    QCOMPARE(r->requiredAgents, linearScan(Model::ErlangA, in, t));
    QVERIFY(r->atRequired.pAbandon <= 0.2);
    QCOMPARE(r->binding, Binding::Abandon);
}

void TestStaffing::bindingTarget()
{
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.maxOccupancy = 0.7; // 13.3 Erlangs / 0.7 = 19.05 agents: occupancy binds
    auto r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QCOMPARE(r->requiredAgents, 20);
    QCOMPARE(r->binding, Binding::Occupancy);
    t.maxOccupancy = 0.95;
    r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QCOMPARE(r->binding, Binding::ServiceLevel);
    // a loose target in Erlang C is met by the first stable staffing
    StaffingTargets loose;
    loose.serviceLevel = 0.01;
    r = requiredAgents(Model::ErlangC, input(100, 240, 0), loose);
    QCOMPARE(r->requiredAgents, 14);
    QCOMPARE(r->binding, Binding::Stability);
}

void TestStaffing::impossibleTargets()
{
    StaffingTargets t;
    t.maxAbandon = 0.0;
    auto r = requiredAgents(Model::ErlangA, input(100, 240, 180), t);
    QCOMPARE(r->status, StaffingStatus::Impossible);
    QCOMPARE(r->binding, Binding::Abandon);
    t = {};
    t.serviceLevel = 1.0;
    r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QCOMPARE(r->status, StaffingStatus::Impossible);
    QCOMPARE(r->binding, Binding::ServiceLevel);
    t = {};
    t.maxAsaSec = 0.0;
    QCOMPARE(requiredAgents(Model::ErlangA, input(100, 240, 180), t)->status, StaffingStatus::Impossible);
    // abandonment 0 is no constraint for Erlang C, which never abandons
    t = {};
    t.maxAbandon = 0.0;
    r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QCOMPARE(r->status, StaffingStatus::Ok);
    QCOMPARE(r->requiredAgents, 14);
}

void TestStaffing::capIsReported()
{
    StaffingTargets t;
    t.serviceLevel = 0.999999;
    StaffingLimits limits;
    limits.maxAgents = 20; // the answer is above 20
    auto r = requiredAgents(Model::ErlangC, input(100, 240, 0, 0), t, std::nullopt, limits);
    QCOMPARE(r->status, StaffingStatus::CapReached);
    QCOMPARE(r->binding, Binding::ServiceLevel);
    limits = {};
    limits.maxEvaluations = 2;
    r = requiredAgents(Model::ErlangC, input(100, 240, 0, 0), t, 14, limits);
    QCOMPARE(r->status, StaffingStatus::CapReached);
}

void TestStaffing::zeroCallsNeedZeroAgents()
{
    StaffingTargets t;
    t.serviceLevel = 0.9;
    t.maxAbandon = 0.0;
    for (const Model m : {Model::ErlangC, Model::ErlangA}) {
        const auto r = requiredAgents(m, input(0, 240, 60), t);
        QCOMPARE(r->status, StaffingStatus::Ok);
        QCOMPARE(r->requiredAgents, 0);
        QCOMPARE(r->scheduledAgents, 0);
        QCOMPARE(r->binding, Binding::None);
    }
}

void TestStaffing::scheduledWithShrinkage()
{
    QCOMPARE(scheduledAgents(8, 0.2), 10); // 8 / 0.8 is 10.000000000000002 in doubles
    QCOMPARE(scheduledAgents(10, 0.2), 13);
    QCOMPARE(scheduledAgents(7, 0.35), 11);
    QCOMPARE(scheduledAgents(0, 0.3), 0);
    QCOMPARE(scheduledAgents(57, 0.0), 57);
    QCOMPARE(scheduledAgents(30, 0.7), 100);
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.shrinkage = 0.3;
    const auto r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QCOMPARE(r->scheduledAgents, static_cast<int>(std::ceil(r->requiredAgents / 0.7)));
}

void TestStaffing::hintDoesNotChangeTheAnswer()
{
    StaffingTargets t;
    t.serviceLevel = 0.85;
    t.maxAbandon = 0.04;
    const QueueInput in = input(900, 300, 120);
    const int expected = requiredAgents(Model::ErlangA, in, t)->requiredAgents;
    for (const int hint : {0, 1, 50, 149, 150, 151, 170, 400, 100000})
        QCOMPARE(requiredAgents(Model::ErlangA, in, t, hint)->requiredAgents, expected);
}

void TestStaffing::hintFromNeighbour()
{
    QVERIFY(!nextStaffingHint(std::nullopt, 10, 12));
    QVERIFY(!nextStaffingHint(14, 0, 12));
    QVERIFY(!nextStaffingHint(14, 10, 0));
    // 4 agents of safety over 10 Erlangs, scaled to 40 Erlangs: 40 + 4 * sqrt(4) = 48
    QCOMPARE(*nextStaffingHint(14, 10, 40), 48);
    QCOMPARE(*nextStaffingHint(14, 10, 12.5), 16); // 12.5 + 4 * 1.118 = 16.97, rounded down
    // along a day of intervals the hints keep the search at about two evaluations each
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.maxAbandon = 0.05;
    std::optional<int> previous;
    double previousLoad = 0;
    int evaluations = 0, intervals = 0;
    for (double calls = 20; calls <= 400; calls *= 1.05, ++intervals) {
        const QueueInput in = input(calls, 280, 150);
        const auto r =
            requiredAgents(Model::ErlangA, in, t, nextStaffingHint(previous, previousLoad, offeredLoad(in)));
        QCOMPARE(r->requiredAgents, linearScan(Model::ErlangA, in, t));
        evaluations += r->evaluations;
        previous = r->requiredAgents;
        previousLoad = offeredLoad(in);
    }
    QVERIFY2(evaluations <= 3 * intervals,
             qPrintable(QString("%1 evaluations for %2 intervals").arg(evaluations).arg(intervals)));
}

void TestStaffing::rejectsBadTargets()
{
    StaffingTargets t;
    t.serviceLevel = 1.5;
    auto r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QVERIFY(!r);
    QCOMPARE(r.error().parameter, Parameter::ServiceLevel);
    QCOMPARE(r.error().problem, Problem::NotFraction);
    QCOMPARE(r.error().value, 1.5);
    t = {};
    t.serviceLevel = 0.8;
    t.shrinkage = 1.0;
    r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QCOMPARE(r.error().parameter, Parameter::Shrinkage);
    QCOMPARE(r.error().problem, Problem::NotBelowOne);
    t = {};
    r = requiredAgents(Model::ErlangC, input(100, 240, 0), t);
    QCOMPARE(r.error().problem, Problem::NoTarget);
    t.serviceLevel = 0.8;
    r = requiredAgents(Model::ErlangB, input(100, 240, 0), t);
    QCOMPARE(r.error().problem, Problem::Unsupported);
    r = requiredAgents(Model::ErlangA, input(100, 240, 0), t); // no patience
    QCOMPARE(r.error().parameter, Parameter::PatienceSec);
}

QTEST_GUILESS_MAIN(TestStaffing)
#include "tst_staffing.moc"
