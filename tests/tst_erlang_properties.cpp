// Properties of the Erlang core that must hold whatever the reference table covers:
// monotonicity in agents, the limits Erlang A -> C (patience -> inf) and A -> B (patience -> 0),
// continuity in fractional agents, published table values, refusal of bad input, no NaN anywhere.

#include "core/erlang.hpp"

#include <QTest>

#include <cmath>

using namespace staffplan;
Q_DECLARE_METATYPE(staffplan::Model)
Q_DECLARE_METATYPE(staffplan::Parameter)
Q_DECLARE_METATYPE(staffplan::Problem)
Q_DECLARE_METATYPE(staffplan::QueueInput)

namespace {

QueueInput input(double calls, double ahtSec, double patienceSec, double agents, double thresholdSec = 20,
                 double intervalSec = 1800)
{
    QueueInput in;
    in.calls = calls;
    in.intervalSec = intervalSec;
    in.ahtSec = ahtSec;
    in.patienceSec = patienceSec;
    in.agents = agents;
    in.thresholdSec = thresholdSec;
    return in;
}

QueueMeasures eval(Model m, const QueueInput& in)
{
    const auto r = evaluateQueue(m, in);
    if (!r)
        qFatal("unexpected input error");
    return *r;
}

bool close(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestErlangProperties : public QObject
{
    Q_OBJECT
  private slots:
    void publishedValues();
    void monotoneInAgents_data();
    void monotoneInAgents();
    void erlangATendsToErlangC();
    void erlangATendsToErlangB();
    void fractionalAgentsAreContinuous();
    void unstableErlangC();
    void zeroCalls();
    void zeroAgentsErlangA();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void noNaNAnywhere();
};

void TestErlangProperties::publishedValues()
{
    // Erlang B tables (e.g. Cooper, Introduction to Queueing Theory, table of B(n, a)): B(10, 5) = 0.018385,
    // B(5, 2) = 0.036697; exact: B(2, 1) = 1/5, and Erlang C for M/M/2 with a = 1 is C = 1/3.
    QVERIFY(close(eval(Model::ErlangB, input(5, 1800, 0, 10)).pBlock, 0.0183846, 1e-5));
    QVERIFY(close(eval(Model::ErlangB, input(2, 1800, 0, 5)).pBlock, 0.0366972, 1e-5));
    QVERIFY(close(eval(Model::ErlangB, input(1, 1800, 0, 2)).pBlock, 0.2, 1e-14));
    const auto c = eval(Model::ErlangC, input(1, 1800, 0, 2, 0));
    QVERIFY(close(c.pWait, 1.0 / 3.0, 1e-14));
    // M/M/2, a = 1: mean queue = C a / (n - a) = 1/3, ASA = C * AHT / (n - a) = 600 s
    QVERIFY(close(*c.avgQueue, 1.0 / 3.0, 1e-14));
    QVERIFY(close(*c.asaSec, 600.0, 1e-14));
    QVERIFY(close(c.slOffered, 2.0 / 3.0, 1e-14)); // T = 0: SL = 1 - C
    // M/M/1 (n = 1): P(W > T) = rho e^{-(1 - rho) T / AHT}
    const auto mm1 = eval(Model::ErlangC, input(1, 200, 0, 1, 50, 400)); // rho = 0.5
    QVERIFY(close(mm1.slOffered, 1 - 0.5 * std::exp(-0.5 * 50 / 200.0), 1e-14));
}

void TestErlangProperties::monotoneInAgents_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<double>("patienceSec");
    QTest::newRow("C") << Model::ErlangC << 0.0;
    QTest::newRow("A impatient") << Model::ErlangA << 10.0;
    QTest::newRow("A typical") << Model::ErlangA << 180.0;
    QTest::newRow("A patient") << Model::ErlangA << 1e5;
}

void TestErlangProperties::monotoneInAgents()
{
    QFETCH(Model, model);
    QFETCH(double, patienceSec);
    for (const double calls : {12.0, 350.0, 6000.0}) {
        const double load = calls * 240 / 1800;
        const int from = model == Model::ErlangC ? static_cast<int>(load) + 1 : 1;
        const int to = static_cast<int>(load + 6 * std::sqrt(load) + 10);
        QueueMeasures prev = eval(model, input(calls, 240, patienceSec, from));
        for (int n = from + 1; n <= to; ++n) {
            const QueueMeasures m = eval(model, input(calls, 240, patienceSec, n));
            QVERIFY2(m.slOffered >= prev.slOffered, qPrintable(QString("SL falls at n=%1").arg(n)));
            QVERIFY(m.slAnswered >= prev.slAnswered - 1e-15);
            QVERIFY(m.slVirtual >= prev.slVirtual);
            QVERIFY(m.pWait <= prev.pWait);
            QVERIFY(m.pAbandon <= prev.pAbandon);
            QVERIFY(*m.asaSec <= *prev.asaSec);
            // deep overload: occupancy is 1 - 1e-13, where only rounding (log-space sums) moves it
            QVERIFY(m.occupancy <= prev.occupancy * (1 + 1e-11));
            prev = m;
        }
    }
}

void TestErlangProperties::erlangATendsToErlangC()
{
    // The gap is O(1/patience): ten times the patience leaves a tenth of the gap.  Near the critical load
    // (n = 14 for 13.3 Erlangs, ASA ~ 290 s) the gap is ~1e-6 at 1e9 s; well above it, far smaller.
    for (const int n : {14, 20, 60}) {
        const auto c = eval(Model::ErlangC, input(100, 240, 0, n));
        const auto a9 = eval(Model::ErlangA, input(100, 240, 1e9, n));
        const auto a10 = eval(Model::ErlangA, input(100, 240, 1e10, n));
        const double gap9 = std::abs(a9.pWait - c.pWait), gap10 = std::abs(a10.pWait - c.pWait);
        QVERIFY(gap10 < 0.2 * gap9 || gap9 < 1e-15 * c.pWait);
        QVERIFY(close(a10.pWait, c.pWait, 2e-7));
        QVERIFY(close(a10.slOffered, c.slOffered, 1e-6));
        QVERIFY(close(*a10.asaSec, *c.asaSec, 2e-6)); // ASA 290 s: the most sensitive measure
        QVERIFY(close(*a10.avgQueue, *c.avgQueue, 2e-6));
        QVERIFY(a10.pAbandon < 1e-7);
    }
}

void TestErlangProperties::erlangATendsToErlangB()
{
    // Callers who hang up at once are lost calls: abandonment -> Erlang B's blocking.
    for (const int n : {3, 14, 20}) {
        const auto b = eval(Model::ErlangB, input(100, 240, 0, n));
        const auto a = eval(Model::ErlangA, input(100, 240, 1e-6, n));
        QVERIFY(close(a.pAbandon, b.pBlock, 1e-6));
        QVERIFY(close(a.pWait, b.pBlock, 1e-6));
        QVERIFY(close(a.slOffered, b.slOffered, 1e-6));
        QVERIFY(close(a.occupancy, b.occupancy, 1e-6));
    }
}

void TestErlangProperties::fractionalAgentsAreContinuous()
{
    for (const Model model : {Model::ErlangB, Model::ErlangC, Model::ErlangA}) {
        const auto lo = eval(model, input(100, 240, 180, 15));
        const auto mid = eval(model, input(100, 240, 180, 15.5));
        const auto hi = eval(model, input(100, 240, 180, 16));
        const auto eps = eval(model, input(100, 240, 180, 15 + 1e-9));
        QVERIFY(mid.slOffered > lo.slOffered && mid.slOffered < hi.slOffered);
        QVERIFY(mid.pWait <= lo.pWait && mid.pWait >= hi.pWait);
        QVERIFY(close(eps.slOffered, lo.slOffered, 1e-7));
        QVERIFY(close(eps.pWait + eps.pBlock, lo.pWait + lo.pBlock, 1e-7));
    }
}

void TestErlangProperties::unstableErlangC()
{
    for (const double n : {0.0, 5.0, 13.0, 40.0 / 3.0}) {
        const auto m = eval(Model::ErlangC, input(100, 240, 0, n)); // load 13.33
        QCOMPARE(m.stable, false);
        QCOMPARE(m.pWait, 1.0);
        QCOMPARE(m.slOffered, 0.0);
        QVERIFY(!m.asaSec && !m.meanWaitSec && !m.avgQueue);
    }
    QVERIFY(eval(Model::ErlangC, input(100, 240, 0, 13.34)).stable);
}

void TestErlangProperties::zeroCalls()
{
    for (const Model model : {Model::ErlangB, Model::ErlangC, Model::ErlangA}) {
        for (const double n : {0.0, 1.0, 10.0}) {
            const auto m = eval(model, input(0, 240, 180, n));
            QCOMPARE(m.offeredLoad, 0.0);
            QVERIFY(m.stable);
            QCOMPARE(m.pWait, 0.0);
            QCOMPARE(m.slOffered, 1.0);
            QCOMPARE(*m.asaSec, 0.0);
            QCOMPARE(m.occupancy, 0.0);
        }
    }
}

void TestErlangProperties::zeroAgentsErlangA()
{
    const auto m = eval(Model::ErlangA, input(100, 240, 180, 0));
    QCOMPARE(m.pAbandon, 1.0);
    QCOMPARE(m.slOffered, 0.0);
    QCOMPARE(*m.meanWaitSec, 180.0);
    QVERIFY(!m.asaSec); // nobody is answered
    // a tiny fraction of an agent is continuous with zero agents
    const auto tiny = eval(Model::ErlangA, input(100, 240, 180, 1e-6));
    QVERIFY(tiny.pAbandon > 0.999999);
}

void TestErlangProperties::rejectsBadInput_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<QueueInput>("in");
    QTest::addColumn<Parameter>("parameter");
    QTest::addColumn<Problem>("problem");
    const double nan = std::nan("");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("negative calls") << Model::ErlangC << input(-1, 240, 0, 10) << Parameter::Calls
                                    << Problem::Negative;
    QTest::newRow("NaN calls") << Model::ErlangC << input(nan, 240, 0, 10) << Parameter::Calls
                               << Problem::NotFinite;
    QTest::newRow("zero AHT") << Model::ErlangC << input(10, 0, 0, 10) << Parameter::AhtSec
                              << Problem::NotPositive;
    QTest::newRow("inf AHT") << Model::ErlangB << input(10, inf, 0, 10) << Parameter::AhtSec
                             << Problem::NotFinite;
    QTest::newRow("zero interval") << Model::ErlangA << input(10, 240, 60, 10, 20, 0)
                                   << Parameter::IntervalSec << Problem::NotPositive;
    QTest::newRow("zero patience A") << Model::ErlangA << input(10, 240, 0, 10) << Parameter::PatienceSec
                                     << Problem::NotPositive;
    QTest::newRow("negative patience A")
        << Model::ErlangA << input(10, 240, -5, 10) << Parameter::PatienceSec << Problem::NotPositive;
    QTest::newRow("negative agents") << Model::ErlangC << input(10, 240, 0, -2) << Parameter::Agents
                                     << Problem::Negative;
    QTest::newRow("NaN threshold") << Model::ErlangA << input(10, 240, 60, 2, nan) << Parameter::ThresholdSec
                                   << Problem::NotFinite;
    QTest::newRow("absurd load") << Model::ErlangC << input(1e12, 240, 0, 2) << Parameter::Calls
                                 << Problem::TooLarge;
}

void TestErlangProperties::rejectsBadInput()
{
    QFETCH(Model, model);
    QFETCH(QueueInput, in);
    QFETCH(Parameter, parameter);
    QFETCH(Problem, problem);
    const auto r = evaluateQueue(model, in);
    QVERIFY(!r);
    QCOMPARE(r.error().parameter, parameter);
    QCOMPARE(r.error().problem, problem);
    QCOMPARE(QString(r.error().function), QString("evaluateQueue"));
}

void TestErlangProperties::noNaNAnywhere()
{
    int evaluated = 0;
    for (const Model model : {Model::ErlangB, Model::ErlangC, Model::ErlangA})
        for (const double calls : {0.5, 30.0, 2000.0, 180000.0})
            for (const double patience : {0.001, 1.0, 200.0, 1e7})
                for (const double T : {0.0, 20.0, 1e5})
                    for (const double agents : {0.0, 0.3, 1.0, 7.0, 300.0, 4000.0, 50000.0}) {
                        const auto m = eval(model, input(calls, 300, patience, agents, T));
                        const double v[] = {m.pWait,
                                            m.pAbandon,
                                            m.pBlock,
                                            m.slOffered,
                                            m.slAnswered,
                                            m.slVirtual,
                                            m.occupancy,
                                            m.asaSec.value_or(0),
                                            m.meanWaitSec.value_or(0),
                                            m.avgQueue.value_or(0)};
                        for (const double x : v)
                            QVERIFY2(std::isfinite(x) && x >= 0,
                                     qPrintable(QString("model %1 calls %2 patience %3 T %4 n %5")
                                                    .arg(int(model))
                                                    .arg(calls)
                                                    .arg(patience)
                                                    .arg(T)
                                                    .arg(agents)));
                        for (int i = 0; i < 7; ++i)
                            QVERIFY(v[i] <= 1.0);
                        ++evaluated;
                    }
    QCOMPARE(evaluated, 3 * 4 * 4 * 3 * 7);
}

QTEST_GUILESS_MAIN(TestErlangProperties)
#include "tst_erlang_properties.moc"
