// Every measure of every model against tests/reference/erlang_reference.csv, which
// tests/reference/gen_erlang_reference.py computes with mpmath at 60 digits (and checks against a
// brute-force birth-death chain).  Regenerate with:
//   /usr/bin/python3 tests/reference/gen_erlang_reference.py > tests/reference/erlang_reference.csv
// Tolerance: relative 1e-9 (the product requirement); values below 1e-280 only need to be below 1e-280
// (a double cannot hold them with full precision, and no planner sees the difference from 0).

#include "core/erlang.hpp"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace staffplan;

Q_DECLARE_METATYPE(staffplan::Model)
Q_DECLARE_METATYPE(staffplan::QueueInput)

namespace {

constexpr double kRelTol = 1e-9;
const QStringList kMeasures = {"p_block",    "p_wait",  "p_abandon",     "sl_offered", "sl_answered",
                               "sl_virtual", "asa_sec", "mean_wait_sec", "avg_queue",  "occupancy"};

std::optional<double> measure(const QueueMeasures& m, const QString& key)
{
    if (key == "p_block")
        return m.pBlock;
    if (key == "p_wait")
        return m.pWait;
    if (key == "p_abandon")
        return m.pAbandon;
    if (key == "sl_offered")
        return m.slOffered;
    if (key == "sl_answered")
        return m.slAnswered;
    if (key == "sl_virtual")
        return m.slVirtual;
    if (key == "asa_sec")
        return m.asaSec;
    if (key == "mean_wait_sec")
        return m.meanWaitSec;
    if (key == "avg_queue")
        return m.avgQueue;
    if (key == "occupancy")
        return m.occupancy;
    return std::nullopt;
}

} // namespace

class TestErlangReference : public QObject
{
    Q_OBJECT
  private slots:
    void matchesReference_data();
    void matchesReference();
};

void TestErlangReference::matchesReference_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<QueueInput>("input");
    QTest::addColumn<double>("load");
    QTest::addColumn<QStringList>("expected");

    QFile f(QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/reference/erlang_reference.csv"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "reference table missing");
    QStringList header;
    int rows = 0;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList c = line.split(',');
        if (header.isEmpty()) {
            header = c;
            continue;
        }
        QueueInput in;
        in.calls = c[2].toDouble();
        in.intervalSec = c[3].toDouble();
        in.ahtSec = c[4].toDouble();
        in.patienceSec = c[5].toDouble();
        in.agents = c[6].toDouble();
        in.thresholdSec = c[7].toDouble();
        const Model model = c[1] == "a" ? Model::ErlangA : c[1] == "c" ? Model::ErlangC : Model::ErlangB;
        const QString name = QStringLiteral("%1 %2 line%3").arg(c[1], c[0]).arg(rows + 3);
        QTest::newRow(qPrintable(name)) << model << in << c[8].toDouble() << c.mid(9);
        ++rows;
    }
    QVERIFY2(rows >= 117, "the reference table is unexpectedly short");
}

void TestErlangReference::matchesReference()
{
    QFETCH(Model, model);
    QFETCH(QueueInput, input);
    QFETCH(double, load);
    QFETCH(QStringList, expected);
    const auto r = evaluateQueue(model, input);
    QVERIFY(r);
    QVERIFY(std::abs(r->offeredLoad - load) <= kRelTol * load);
    for (int i = 0; i < kMeasures.size(); ++i) {
        const auto got = measure(*r, kMeasures[i]);
        if (expected[i] == "null") {
            QVERIFY2(!got, qPrintable(kMeasures[i] + " should be null"));
            continue;
        }
        QVERIFY2(got, qPrintable(kMeasures[i] + " is null"));
        QVERIFY2(std::isfinite(*got), qPrintable(kMeasures[i]));
        const double want = expected[i].toDouble();
        const bool tiny = std::abs(want) < 1e-280 && std::abs(*got) < 1e-280;
        const double rel = want != 0 ? std::abs(*got - want) / std::abs(want) : std::abs(*got);
        QVERIFY2(tiny || rel <= kRelTol, qPrintable(QStringLiteral("%1: got %2, want %3, relative error %4")
                                                        .arg(kMeasures[i])
                                                        .arg(*got, 0, 'g', 17)
                                                        .arg(want, 0, 'g', 17)
                                                        .arg(rel, 0, 'g', 3)));
    }
}

QTEST_GUILESS_MAIN(TestErlangReference)
#include "tst_erlang_reference.moc"
