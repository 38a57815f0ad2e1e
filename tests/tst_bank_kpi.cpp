// The bank preset on the real October 1999 log (../shared/data/anonymous-bank-1999, not in the repository),
// against tests/reference/bank_october_kpi.json, which tests/reference/bank_kpi_reference.py computes from
// the same file with plain Python.  Regenerate with (one line):
//   /usr/bin/python3 tests/reference/bank_kpi_reference.py
//       ../shared/data/anonymous-bank-1999/10_October.txt > tests/reference/bank_october_kpi.json
// Skipped (and says so) where the data is not there.

#include "core/call_log.hpp"
#include "core/kpi.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <fstream>
#include <map>

using namespace staffplan;

class TestBankKpi : public QObject
{
    Q_OBJECT
  private slots:
    void octoberMatchesIndependentComputation();
};

void TestBankKpi::octoberMatchesIndependentComputation()
{
    const QString data =
        QStringLiteral(STAFFPLAN_SOURCE_DIR "/../shared/data/anonymous-bank-1999/10_October.txt");
    if (!QFile::exists(data))
        QSKIP(
            "../shared/data/anonymous-bank-1999/10_October.txt is not here; the real-data check is skipped");
    QFile golden(QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/reference/bank_october_kpi.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QJsonObject reference = QJsonDocument::fromJson(golden.readAll()).object();

    std::map<std::pair<std::string, std::string>, KpiRow> rows;
    for (const Period by : {Period::Day, Period::Total}) {
        ReadOptions options;
        options.preset = Preset::Bank;
        OpenError error;
        auto reader = CallLogReader::open(
            std::make_unique<std::ifstream>(data.toStdString(), std::ios::binary), options, error);
        QVERIFY(reader);
        KpiOptions k;
        k.by = by;
        KpiAggregator agg(k);
        CallRecord call;
        while (reader->next(call))
            agg.add(call);
        for (auto& r : agg.finish(reader->queues(), reader->channels()))
            rows[{r.periodStart, r.queue}] = r;
        const ImportSummary& s = reader->summary();
        const QJsonObject counts = reference["counts"].toObject();
        QCOMPARE(s.read, counts["read"].toInteger());
        QCOMPARE(s.excluded[static_cast<int>(Exclusion::Phantom)], counts["phantom"].toInteger());
        QCOMPARE(s.excluded[static_cast<int>(Exclusion::NeverQueued)], counts["never_queued"].toInteger());
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.read, s.accepted + s.rejected + s.excludedTotal());
    }
    const QJsonArray expected = reference["rows"].toArray();
    QVERIFY(expected.size() > 200);
    auto close = [](const QJsonValue& want, const std::optional<double>& got) {
        if (want.isNull())
            return !got.has_value();
        return got && std::abs(*got - want.toDouble()) <= 1e-12 * std::max(1.0, std::abs(want.toDouble()));
    };
    for (const QJsonValue& v : expected) {
        const QJsonObject e = v.toObject();
        const auto key =
            std::make_pair(e["period_start"].toString().toStdString(), e["queue"].toString().toStdString());
        QVERIFY2(rows.count(key),
                 qPrintable(QString("no row for %1 %2").arg(key.first.c_str(), key.second.c_str())));
        const KpiRow& r = rows.at(key);
        const QByteArray where = QByteArray(key.first.c_str()) + " " + key.second.c_str();
        QVERIFY2(r.offered == e["offered"].toInteger() && r.answered == e["answered"].toInteger() &&
                     r.abandoned == e["abandoned"].toInteger() &&
                     r.shortAbandoned == e["short_abandoned"].toInteger(),
                 where);
        QVERIFY2(close(e["abandon_rate"], r.abandonRate) && close(e["service_level"], r.serviceLevel), where);
        QVERIFY2(close(e["asa_sec"], r.asaSec) && close(e["aht_sec"], r.ahtSec), where);
        QVERIFY2(close(e["mean_time_to_abandon_sec"], r.meanTimeToAbandonSec) &&
                     close(e["max_wait_sec"], r.maxWaitSec),
                 where);
        QVERIFY2(close(e["patience_mle_sec"], r.patienceMleSec), where);
        QVERIFY2(r.agentsSeen == e["agents_seen"].toInt(), where);
        QVERIFY2(close(e["fcr"], r.fcr), where + " fcr");
    }
}

QTEST_GUILESS_MAIN(TestBankKpi)
#include "tst_bank_kpi.moc"
