// staffplan-cli as planners' scripts see it: exit codes, messages that name the argument, JSON keys,
// and the batch CSV.  Expected numbers come from the core library itself (checked against the
// reference table in tst_erlang_reference), so this test checks the plumbing, not the maths.

#include "core/staffing.hpp"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace staffplan;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

/// Runs staffplan-cli in the locale `locale` (the C locale unless told: English messages whatever the machine's).
Run cli(const QStringList& args, const QString& locale = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STAFFPLAN_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QStringList kMeasureKeys = {"model",     "agents",        "offered_load", "stable",      "p_wait",
                                  "p_abandon", "p_block",       "sl_offered",   "sl_answered", "sl_virtual",
                                  "asa_sec",   "mean_wait_sec", "avg_queue",    "occupancy"};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
  private slots:
    void versionAndHelp();
    void messagesFollowTheLocale();
    void aDamagedProjectIsSaidNotTrusted();
    void erlangJson();
    void erlangUnstableGivesNulls();
    void badArguments_data();
    void badArguments();
    void staffJson();
    void staffImpossible();
    void batch();
    void batchWithBadRows();
    void batchMissingFile();
    void kpiJson();
    void kpiReportsRejectsAndWritesThem();
    void kpiErrors();
    void patienceJson();
    void importForecastAccuracy();
    void shiftsCoverTheRequirement();
    void shiftsRefuseBadFiles();
};

void TestCli::versionAndHelp()
{
    Run r = cli({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("staffplan-cli " STAFFPLAN_VERSION));
    for (const QStringList& args : {QStringList{"--help"}, {"erlang", "--help"}, {"staff", "--help"}}) {
        r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage") || r.out.contains("usage"));
    }
    QVERIFY(cli({"staff", "--help"}).out.contains("--max-occupancy"));
    QCOMPARE(cli({}).exitCode, 2);
}

void TestCli::erlangJson()
{
    const Run r = cli({"erlang", "--model", "a", "--calls", "100", "--interval-sec", "1800", "--aht-sec",
                       "240", "--patience-sec", "180", "--agents", "14", "--threshold-sec", "20", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QString& k : kMeasureKeys)
        QVERIFY2(o.contains(k), qPrintable(k));
    QueueInput in{100, 1800, 240, 180, 14, 20};
    const QueueMeasures m = *evaluateQueue(Model::ErlangA, in);
    QCOMPARE(o["model"].toString(), QString("a"));
    QCOMPARE(o["agents"].toDouble(), 14.0);
    QCOMPARE(o["sl_offered"].toDouble(), m.slOffered); // shortest round-trip text: exact
    QCOMPARE(o["p_abandon"].toDouble(), m.pAbandon);
    QCOMPARE(o["asa_sec"].toDouble(), *m.asaSec);
    QCOMPARE(o["stable"].toBool(), true);
}

void TestCli::erlangUnstableGivesNulls()
{
    const Run r = cli({"erlang", "--model", "c", "--calls", "100", "--interval-sec", "1800", "--aht-sec",
                       "240", "--agents", "13", "--json"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("nan", Qt::CaseInsensitive) && !r.out.contains("inf", Qt::CaseInsensitive));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o["stable"].toBool(), false);
    QCOMPARE(o["p_wait"].toDouble(), 1.0);
    QCOMPARE(o["sl_offered"].toDouble(), 0.0);
    QVERIFY(o["asa_sec"].isNull());
    QVERIFY(o["mean_wait_sec"].isNull());
    QVERIFY(o["avg_queue"].isNull());
    // the table form says so in words, with no NaN
    const Run t = cli({"erlang", "--model", "c", "--calls", "100", "--aht-sec", "240", "--agents", "13"});
    QCOMPARE(t.exitCode, 0);
    QVERIFY(t.out.contains("unstable"));
    QVERIFY(!t.out.contains("nan", Qt::CaseInsensitive));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    const QStringList base = {"--model", "c", "--calls", "100", "--interval-sec", "1800", "--agents", "15"};
    QTest::newRow("missing aht") << (QStringList{"erlang"} + base) << "--aht-sec";
    QTest::newRow("zero aht") << (QStringList{"erlang"} + base + QStringList{"--aht-sec", "0"})
                              << "--aht-sec";
    QTest::newRow("text aht") << (QStringList{"erlang"} + base + QStringList{"--aht-sec", "abc"})
                              << "--aht-sec";
    QTest::newRow("nan aht") << (QStringList{"erlang"} + base + QStringList{"--aht-sec", "nan"})
                             << "--aht-sec";
    QTest::newRow("negative calls") << QStringList{"erlang",    "--model", "c",        "--calls", "-5",
                                                   "--aht-sec", "240",     "--agents", "3"}
                                    << "--calls";
    QTest::newRow("zero interval") << QStringList{"erlang", "--model",        "c",   "--calls",
                                                  "5",      "--aht-sec",      "240", "--agents",
                                                  "3",      "--interval-sec", "0"}
                                   << "--interval-sec";
    QTest::newRow("bad model") << QStringList{"erlang",    "--model", "x",        "--calls", "5",
                                              "--aht-sec", "240",     "--agents", "3"}
                               << "--model";
    QTest::newRow("patience missing")
        << QStringList{"erlang", "--model", "a", "--calls", "5", "--aht-sec", "240", "--agents", "3"}
        << "--patience-sec";
    QTest::newRow("zero patience") << QStringList{"erlang", "--model",        "a",   "--calls",
                                                  "5",      "--aht-sec",      "240", "--agents",
                                                  "3",      "--patience-sec", "0"}
                                   << "--patience-sec";
    QTest::newRow("unknown option") << (QStringList{"erlang", "--aht-sec", "3", "--frobnicate", "1"} + base)
                                    << "frobnicate";
    QTest::newRow("unknown command") << QStringList{"forecast-everything"} << "forecast-everything";
    QTest::newRow("staff no target") << QStringList{"staff", "--model",   "c",  "--calls",
                                                    "100",   "--aht-sec", "240"}
                                     << "--sl";
    QTest::newRow("staff sl above 1")
        << QStringList{"staff", "--model", "c", "--calls", "100", "--aht-sec", "240", "--sl", "80"} << "--sl";
    QTest::newRow("staff shrinkage 1")
        << QStringList{"staff", "--model", "c",   "--calls",     "100", "--aht-sec",
                       "240",   "--sl",    "0.8", "--shrinkage", "1"}
        << "--shrinkage";
    QTest::newRow("staff model b") << QStringList{"staff",     "--model", "b",    "--calls", "100",
                                                  "--aht-sec", "240",     "--sl", "0.8"}
                                   << "--model";
    QTest::newRow("staff bad definition")
        << QStringList{"staff", "--model", "c",   "--calls",         "100",      "--aht-sec",
                       "240",   "--sl",    "0.8", "--sl-definition", "sometimes"}
        << "--sl-definition";
    QTest::newRow("batch without output")
        << QStringList{"staff", "--model", "c", "--intervals", "x.csv", "--sl", "0.8"} << "--output";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::staffJson()
{
    const Run r =
        cli({"staff", "--model",         "a",   "--calls",   "100", "--interval-sec",  "1800", "--aht-sec",
             "240",   "--patience-sec",  "180", "--sl",      "80%", "--threshold-sec", "20",   "--abandon",
             "0.05",  "--max-occupancy", "0.9", "--asa-sec", "30",  "--shrinkage",     "0.3",  "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.maxAbandon = 0.05;
    t.maxOccupancy = 0.9;
    t.maxAsaSec = 30;
    t.shrinkage = 0.3;
    const auto expected = requiredAgents(Model::ErlangA, QueueInput{100, 1800, 240, 180, 0, 20}, t);
    QCOMPARE(o["required_agents"].toInt(), expected->requiredAgents);
    QCOMPARE(o["scheduled_agents"].toInt(), expected->scheduledAgents);
    QCOMPARE(o["binding_target"].toString(), QString::fromLatin1(bindingName(expected->binding).data()));
    QCOMPARE(o["status"].toString(), QString("ok"));
    for (const char* k : {"model", "agents", "offered_load", "stable"})
        QVERIFY2(o.contains(k), qPrintable(k));
    const QJsonObject at = o["at_required"].toObject();
    for (const QString& k : kMeasureKeys)
        QVERIFY2(at.contains(k), qPrintable(k));
    QCOMPARE(at["sl_offered"].toDouble(), expected->atRequired.slOffered);
    QVERIFY(at["sl_offered"].toDouble() >= 0.8);
}

void TestCli::staffImpossible()
{
    const Run r = cli({"staff", "--model", "a", "--calls", "100", "--aht-sec", "240", "--patience-sec", "180",
                       "--abandon", "0", "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("abandon"));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o["status"].toString(), QString("impossible"));
    QVERIFY(o["required_agents"].isNull());
}

void TestCli::batch()
{
    QTemporaryDir dir;
    const QString in = dir.filePath("in.csv"), out = dir.filePath("out.csv");
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("start,calls,aht_sec,patience_sec\n2026-03-02T08:00,120,240,200\n2026-03-02T08:30,300,250,\n"
            "2026-03-02T09:00,0,260,100\n");
    f.close();
    const Run r = cli({"staff", "--model", "a", "--intervals", in, "--output", out, "--sl", "0.8",
                       "--threshold-sec", "20", "--patience-sec", "150", "--shrinkage", "0.25"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("3 intervals read, 3 staffed, 0 rejected"));
    QFile o(out);
    QVERIFY(o.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(o.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QStringList header = lines[0].split(',');
    for (const char* k : {"start", "calls", "aht_sec", "patience_sec", "required_agents", "scheduled_agents",
                          "binding_target", "sl_offered", "p_abandon", "asa_sec", "occupancy"})
        QVERIFY2(header.contains(k), qPrintable(k));
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.shrinkage = 0.25;
    const double patience[] = {200, 150, 100}, calls[] = {120, 300, 0}, aht[] = {240, 250, 260};
    for (int i = 0; i < 3; ++i) {
        const QStringList row = lines[i + 1].split(',');
        const auto expected =
            requiredAgents(Model::ErlangA, QueueInput{calls[i], 1800, aht[i], patience[i], 0, 20}, t);
        QCOMPARE(row[header.indexOf("required_agents")].toInt(), expected->requiredAgents);
        QCOMPARE(row[header.indexOf("scheduled_agents")].toInt(), expected->scheduledAgents);
        QCOMPARE(row[header.indexOf("patience_sec")].toDouble(), patience[i]);
    }
}

void TestCli::batchWithBadRows()
{
    QTemporaryDir dir;
    const QString in = dir.filePath("in.csv"), out = dir.filePath("out.csv");
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "start,calls,aht_sec\n2026-03-02T08:00,120,240\n2026-03-02T08:30,many,240\n2026-13-02T09:00,50,240\n"
        "2026-03-02T09:30,80,-3\n2026-03-02T10:00,90,230\n");
    f.close();
    const Run r = cli({"staff", "--model", "c", "--intervals", in, "--output", out, "--sl", "0.8"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(in + ":3: column 'calls': expected a number, got 'many'"), qPrintable(r.err));
    QVERIFY(r.err.contains(in + ":4: column 'start'"));
    QVERIFY(r.err.contains(in + ":5: column 'aht_sec'"));
    QVERIFY(r.err.contains("5 intervals read, 2 staffed, 3 rejected"));
    QFile o(out);
    QVERIFY(o.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(o.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header + the two good rows
    QVERIFY(lines[1].startsWith("2026-03-02T08:00,120,"));
    QVERIFY(lines[2].startsWith("2026-03-02T10:00,90,"));
}

void TestCli::batchMissingFile()
{
    QTemporaryDir dir;
    const Run r = cli({"staff", "--model", "c", "--intervals", dir.filePath("nope.csv"), "--output",
                       dir.filePath("out.csv"), "--sl", "0.8"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nope.csv"));
}

void TestCli::kpiJson()
{
    const QString log = QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/data/russian_cp1251.csv");
    const Run r = cli({"kpi", "--log", log, "--by", "total", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2); // "*" and the one queue
    const QJsonObject all = rows[0].toObject();
    for (const char* k : {"period_start", "queue", "channel", "offered", "answered", "abandoned",
                          "short_abandoned", "abandon_rate", "service_level", "asa_sec", "aht_sec",
                          "talk_sec", "hold_sec", "acw_sec", "patience_mle_sec", "agents_seen"})
        QVERIFY2(all.contains(k), k);
    QCOMPARE(all["queue"].toString(), QString("*"));
    QCOMPARE(rows[1].toObject()["queue"].toString(), QString::fromUtf8("Продажи")); // read from Windows-1251
    QCOMPARE(all["offered"].toInt(), 2);
    QCOMPARE(all["abandon_rate"].toDouble(), 0.5);  // rates as fractions
    QCOMPARE(all["service_level"].toDouble(), 0.5); // answered after 12 s of 2 offered
    QCOMPARE(all["asa_sec"].toDouble(), 12.0);
    QCOMPARE(all["patience_mle_sec"].toDouble(), 52.0); // 12 + 40 s in queue, one abandon
    QVERIFY(r.err.contains("2 rows read: 2 accepted, 0 rejected, 0 excluded"));
    QVERIFY(r.err.contains("WINDOWS-1251"));
}

void TestCli::kpiReportsRejectsAndWritesThem()
{
    QTemporaryDir dir;
    const QString log = QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/data/bad_timestamps.csv");
    const QString rejects = dir.filePath("rejects.csv");
    Run r = cli({"kpi", "--log", log, "--by", "total", "--csv", "--rejects", rejects});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("4 rows read: 2 accepted, 2 rejected"));
    QVERIFY2(r.err.contains(
                 log + ":3: column 'arrival' (arrival): expected a date and time, got '2026-02-30T08:01:10'"),
             qPrintable(r.err));
    QVERIFY(r.out.startsWith("period_start,queue,channel,offered,"));
    QFile f(rejects);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).trimmed().split('\n').size(), 3);
    r = cli({"kpi", "--log", log, "--strict"});
    QCOMPARE(r.exitCode, 1); // --strict: any rejected row fails the run
}

void TestCli::kpiErrors()
{
    const QString data = QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/data/");
    Run r = cli({"kpi", "--log", data + "empty.csv"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("empty.csv is empty"));
    r = cli({"kpi", "--log", data + "nope.csv"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nope.csv"));
    r = cli({"kpi", "--log", data + "bom_crlf.csv", "--preset", "bank"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("bank preset needs a column"));
    r = cli({"kpi", "--log", data + "bom_crlf.csv", "--by", "fortnight"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--by"));
    r = cli({"kpi", "--log", data + "bom_crlf.csv", "--interval-min", "20"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--interval-min"));
    r = cli({"kpi", "--log", data + "bom_crlf.csv", "--map", "waiting=3"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--map"));
    r = cli({"kpi"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--log"));
}

void TestCli::patienceJson()
{
    const QString log = QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/data/no_final_newline.csv");
    const Run r = cli({"patience", "--log", log, "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o["abandons"].toInt(), 1);
    QCOMPARE(o["patience_mle_sec"].toDouble(), 55.0); // 12 + 40 + 3 s in queue, one abandon
    QCOMPARE(o["reliable"].toBool(), false);
    QCOMPARE(o["curve"].toArray().size(), 1);
}

void TestCli::importForecastAccuracy()
{
    // five weeks of a steady weekly pattern: the forecast of the sixth must be the pattern
    QTemporaryDir dir;
    const QString log = dir.filePath("calls.csv"), project = dir.filePath("p.staffplan"),
                  out = dir.filePath("f.csv");
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("arrival,wait_sec,talk_sec,outcome,queue\n");
        for (int day = 0; day < 42; ++day) // 2026-01-05 is a Monday
            for (int hour = 8; hour < 18; ++hour)
                for (int k = 0; k < (day % 7 < 5 ? 4 + hour % 3 : 1); ++k)
                    f.write(QString("2026-%1T%2:%3:00,10,%4,answered,sales\n")
                                .arg(QDate(2026, 1, 5).addDays(day).toString("MM-dd"))
                                .arg(hour, 2, 10, QChar('0'))
                                .arg(5 * k, 2, 10, QChar('0'))
                                .arg(hour < 12 ? 200 : 300)
                                .toUtf8());
    }
    Run r = cli({"import", "--project", project, "--log", log});
    QCOMPARE(r.exitCode, 0);
    r = cli({"forecast", "--project", project, "--from", "2026-02-09", "--days", "7", "--output", out,
             "--method", "naive", "--name", "week 6"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("Stored in"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 7 * 48);
    QVERIFY(lines[0].startsWith("start,calls,aht_sec,calls_p10,calls_p90,aht_p90"));
    QVERIFY(lines[1 + 17].startsWith(
        "2026-02-09T08:30:00,0,")); // the calls come in the first 25 minutes of each hour
    // 08:00-08:30 on a Monday holds 4 + 8 % 3 = 6 calls, AHT 200 s
    QVERIFY2(lines[1 + 16].startsWith("2026-02-09T08:00:00,6,200,"), qPrintable(lines[1 + 16]));
    // the same name again is refused, and nothing is overwritten
    r = cli({"forecast", "--project", project, "--from", "2026-02-09", "--days", "7", "--output", out,
             "--name", "week 6"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already holds a forecast named 'week 6'"));
    // a forecast of the history itself is exact: accuracy 0
    r = cli({"forecast", "--project", project, "--from", "2026-02-02", "--days", "7", "--output", out,
             "--method", "naive", "--name", "week 5"});
    QCOMPARE(r.exitCode, 0);
    r = cli({"accuracy", "--project", project, "--forecast", out, "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(a["calls"].toObject()["wape"].toDouble(), 0.0);
    QCOMPARE(a["aht"].toObject()["bias"].toDouble(), 0.0);
    QCOMPARE(a["intervals"].toArray().size(), 7 * 48);
    const QJsonObject busy = a["intervals"].toArray()[16].toObject(); // Monday 08:00
    QCOMPARE(busy["calls"].toDouble(), 6.0);
    QCOMPARE(busy["calls_error"].toDouble(), 0.0);
    QCOMPARE(busy["aht_error_sec"].toDouble(), 0.0);
    QVERIFY(a["intervals"].toArray()[0].toObject()["aht_sec"].isNull()); // no calls at midnight
    // errors
    r = cli({"forecast", "--project", project, "--from", "2026-01-06", "--days", "7", "--output", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("less than a week"));
    r = cli({"forecast", "--project", project, "--from", "06.01.2026", "--days", "7", "--output", out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--from"));
    r = cli({"forecast", "--project", project, "--from", "2026-02-09", "--days", "7", "--output", out,
             "--queue", "nope"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no queue 'nope'") && r.err.contains("sales"));
    const QString special = dir.filePath("special.csv");
    QFile sp(special);
    QVERIFY(sp.open(QIODevice::WriteOnly));
    sp.write("date,factor\n2026-01-19\n2026-02-30,0.5\n");
    sp.close();
    r = cli({"forecast", "--project", project, "--from", "2026-02-09", "--days", "7", "--output", out,
             "--special-days", special});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(special + ":3: expected a date as YYYY-MM-DD, got '2026-02-30'"),
             qPrintable(r.err));

    // the forecast staffed: the agents at the median and at the upper band
    const QString staffed = dir.filePath("staffed.csv");
    r = cli({"forecast", "--project", project, "--from", "2026-02-09", "--days", "1", "--output", out,
             "--name", "day"});
    QCOMPARE(r.exitCode, 0);
    r = cli({"staff", "--model", "a", "--intervals", out, "--output", staffed, "--interval-sec", "1800",
             "--sl", "0.8", "--patience-sec", "120"});
    QCOMPARE(r.exitCode, 0);
    QFile st(staffed);
    QVERIFY(st.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(st.readAll()).trimmed().split('\n');
    const QStringList header = rows[0].split(',');
    QVERIFY(header.endsWith("scheduled_agents_p90"));
    const int median = header.indexOf("required_agents"), upper = header.indexOf("required_agents_p90");
    // a history without noise backtests perfectly: the band closes on the forecast, and so do the agents
    QCOMPARE(rows.size(), 1 + 48);
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList c = rows[i].split(',');
        QCOMPARE(c[upper], c[median]);
    }

    // the report of "week 5", whose days are in the history (so the AHT chart has actuals)
    const QString pdf = dir.filePath("r.pdf"), xlsx = dir.filePath("r.xlsx"), csv = dir.filePath("r.csv");
    r = cli({"report", "--project", project, "--forecast", "week 5", "--pdf", pdf});
    QCOMPARE(r.exitCode, 1); // no abandons in this log: patience must be given, or Erlang C chosen
    QVERIFY2(r.err.contains("--patience-sec"), qPrintable(r.err));
    r = cli({"report", "--project", project, "--forecast", "week 5", "--patience-sec", "120", "--pdf", pdf, "--xlsx",
             xlsx, "--csv", csv, "--csv-format", "excel-ru"});
    QCOMPARE(r.exitCode, 0);
    QProcess text;
    text.start("pdftotext", {"-layout", pdf, "-"});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QSKIP("pdftotext (poppler-utils) is not installed: scripts/deps.sh installs it");
    // NFKC: the PDF keeps typographic ligatures ("ﬃ" in "Staﬃng"); compare the letters
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    for (const char* expected : {"Staffing plan", "Model and assumptions", "Summary of the plan", "week 5",
                                 "120 s, as given", "Required vs scheduled agents per interval",
                                 "Forecast vs actual AHT", "Per interval", "History: KPIs of the imported calls",
                                 "5 Jan 2026"})
        QVERIFY2(content.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!content.contains("nan") && !content.contains("inf "));
    // every page numbered, as many pages as the PDF has
    QProcess info;
    info.start("pdfinfo", {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    const int pages = QRegularExpression("Pages:\\s+(\\d+)").match(infoText).captured(1).toInt();
    QVERIFY(pages >= 5);
    QVERIFY2(content.contains(QString("Page %1 of %1").arg(pages)), qPrintable(QString::number(pages)));
    QVERIFY(r.err.contains(QString("on %1 page").arg(pages)));
    // 7 days of 30-minute intervals: 336 rows in the table
    QCOMPARE(content.count(QRegularExpression("\\b2 Feb 2026 \\d\\d:\\d\\d")) +
                 content.count(QRegularExpression("\\b[3-8] Feb 2026 \\d\\d:\\d\\d")),
             336 + 1 /* the period's start (its end, 9 Feb, is not counted) */ + 1 /* the peak */ +
                 1 /* the title of the chart at the peak */);
    // the same report in Russian and in Chinese: its words, its page count and numbering, its decimal commas;
    // every font embedded (Chinese needs fonts-noto-cjk)
    struct Language
    {
        const char* code;
        std::vector<const char*> words;
        const char* pageOf; // "Page %1 of %2"
        const char* pagesLine;
    };
    const Language languages[] = {
        {"ru",
         {"План численности персонала", "Модель и допущения", "Сводка плана", "120 с, как задано",
          "Нужно и в графике операторов по интервалам", "AHT: прогноз и факт", "По интервалам",
          "История: KPI импортированных вызовов по неделям", "Прогнозный процент брошенных", "05.01.2026", "0,67"},
         "Страница %1 из %2", "на %1 страниц"},
        {"zh_CN",
         {"人力规划", "模型与假设", "计划摘要", "120 秒，按指定", "各时段需求与排班坐席数", "预测与实际 AHT",
          "分时段明细", "历史：已导入呼叫的每周 KPI", "放弃率", "2026/1/5"},
         "第 %1 页，共 %2 页", "共 %1 页"},
    };
    for (const Language& l : languages) {
        const QString lpdf = dir.filePath(QStringLiteral("r_%1.pdf").arg(l.code));
        r = cli({"report", "--project", project, "--forecast", "week 5", "--patience-sec", "120", "--lang", l.code,
                 "--pdf", lpdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QString::fromUtf8(l.pagesLine).arg(pages)), qPrintable(r.err));
        QProcess lt;
        lt.start("pdftotext", {"-layout", lpdf, "-"});
        QVERIFY(lt.waitForFinished(30000));
        const QString raw = QString::fromUtf8(lt.readAllStandardOutput());
        const QString words = raw.normalized(QString::NormalizationForm_KC);
        auto nfkc = [](const QString& s) { return s.normalized(QString::NormalizationForm_KC); }; // "，" -> ","
        for (const char* w : l.words)
            QVERIFY2(words.contains(nfkc(QString::fromUtf8(w))), qPrintable(QString::fromUtf8(l.code) + ": " + QString::fromUtf8(w)));
        QVERIFY2(words.contains(nfkc(QString::fromUtf8(l.pageOf).arg(1).arg(pages))), l.code);
        QVERIFY2(words.contains(nfkc(QString::fromUtf8(l.pageOf).arg(pages).arg(pages))), l.code);
        QVERIFY(!words.contains("Staffing plan") && !words.contains("Per interval") && !words.contains("nan"));
        QProcess fonts;
        fonts.start("pdffonts", {lpdf});
        QVERIFY(fonts.waitForFinished(30000));
        const QStringList fontLines = QString::fromUtf8(fonts.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString& f : fontLines)
            QVERIFY2(f.contains(QRegularExpression("\\byes\\s+(yes|no)\\s+yes\\b")), qPrintable(f)); // emb, sub, uni
        if (QString::fromUtf8(l.code) == QLatin1String("zh_CN"))
            QVERIFY2(fontLines.join('\n').contains("WenQuanYi"), qPrintable(fontLines.join('\n')));
        // the text reads back as the characters written (not as look-alike CJK radicals, U+2E80..U+2FDF)
        QVERIFY(!raw.contains(QRegularExpression("[\\x{2E80}-\\x{2FDF}]")));
    }
    QFile x(xlsx);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QCOMPARE(x.read(2), QByteArray("PK")); // a zip: the .xlsx container
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QByteArray csvText = c.readAll();
    QVERIFY(csvText.startsWith("\xEF\xBB\xBFstart;calls;aht_sec;patience_sec;offered_load;required_agents_c;"));
    QCOMPARE(csvText.count('\n'), 1 + 336);
    QVERIFY(csvText.contains("2026-02-02T08:00:00;6;200;120;0,666"));
}

void TestCli::messagesFollowTheLocale()
{
    // --help, an option's help and an error, in Russian and Chinese by the locale; options stay as they are
    Run r = cli({"--help"}, "ru_RU.UTF-8");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Использование: staffplan-cli КОМАНДА") && r.out.contains("report"), qPrintable(r.out));
    r = cli({"erlang", "--help"}, "ru_RU.UTF-8");
    QVERIFY2(r.out.contains("Модель очереди: b (Эрланг B") && r.out.contains("--patience-sec"), qPrintable(r.out));
    r = cli({"kpi"}, "ru_RU.UTF-8");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("укажите --log или --project."), qPrintable(r.err));
    r = cli({"erlang", "--help"}, "zh_CN.UTF-8");
    QVERIFY2(r.out.contains("排队模型") && r.out.contains("--agents"), qPrintable(r.out));
    r = cli({"kpi"}, "zh_CN.UTF-8");
    QVERIFY2(r.err.contains("请指定 --log 或 --project 之一。"), qPrintable(r.err));
    // the Russian plural: 1 page, 2-4 pages, 5+ pages take three forms ("страница", "страницы", "страниц")
    // (the report's last line: checked in importForecastAccuracy); an unknown language is refused
    r = cli({"report", "--project", "p.staffplan", "--pdf", "o.pdf", "--lang", "de"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--lang expects en, ru or zh_CN, got 'de'"), qPrintable(r.err));
}

void TestCli::aDamagedProjectIsSaidNotTrusted()
{
    // a project changed outside StaffPlan: a call in a queue the names table does not have
    QTemporaryDir dir;
    const QString project = dir.filePath("p.staffplan");
    QCOMPARE(cli({"import", "--project", project, "--log",
                  QStringLiteral(STAFFPLAN_SOURCE_DIR "/tests/data/quoted_fields.csv")})
                 .exitCode,
             0);
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(project.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE calls SET queue_id = 9999 WHERE rowid = 2", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    Run r = cli({"kpi", "--project", project, "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(project + " is damaged: call 2 holds a value StaffPlan never writes"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // no KPIs from half the calls
    // the rest of the project is still there and readable
    r = cli({"batches", "--project", project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("quoted_fields.csv"), qPrintable(r.out));
}

void TestCli::shiftsCoverTheRequirement()
{
    // a day's hours from 08:00 staffed by staff --intervals, then covered by 4-hour shifts
    QTemporaryDir dir;
    const QString in = dir.filePath("in.csv"), req = dir.filePath("req.csv"), tpl = dir.filePath("t.json"),
                  plan = dir.filePath("plan.csv"), cov = dir.filePath("cov.csv");
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("start,calls,aht_sec,patience_sec\n");
    const int calls[] = {20, 45, 80, 90, 60, 50, 30, 20};
    for (int h = 0; h < 8; ++h)
        f.write(QStringLiteral("2026-09-07T%1:00,%2,240,180\n").arg(8 + h, 2, 10, QLatin1Char('0')).arg(calls[h]).toUtf8());
    f.close();
    QCOMPARE(cli({"staff", "--model", "a", "--intervals", in, "--interval-sec", "3600", "--sl", "0.8",
                  "--output", req}).exitCode, 0);
    QFile t(tpl);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(R"({"templates": [{"name": "Four", "start_earliest": "08:00", "start_latest": "12:00",
                "start_step_min": 60, "paid_hours": 4, "cost_per_hour": 10}]})");
    t.close();
    const Run r = cli({"shifts", "--requirements", req, "--templates", tpl, "--output", plan, "--coverage", cov,
                       "--json", "--gap", "0"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char* k : {"status", "cost", "paid_hours", "gap", "seconds", "variables", "constraints", "shifts",
                          "agents", "unstaffed_intervals", "short_agent_hours", "short_intervals", "service"})
        QVERIFY2(o.contains(k), k);
    QCOMPARE(o["status"].toString(), QStringLiteral("solved"));
    QCOMPARE(o["gap"].toDouble(), 0.0);
    QCOMPARE(o["short_intervals"].toArray().size(), 0);
    // the plan file: every interval covered, and its costs add up to the JSON's
    QFile pf(plan);
    QVERIFY(pf.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(pf.readAll()).trimmed().split('\n');
    QCOMPARE(rows[0], QStringLiteral("date,template,start,end,agents,paid_hours,cost,breaks"));
    std::vector<int> cover(8, 0);
    double cost = 0;
    int agents = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList c = rows[i].split(',');
        QCOMPARE(c[1], QStringLiteral("Four"));
        const int start = c[2].mid(11, 2).toInt(), n = c[4].toInt();
        for (int h = start; h < start + 4; ++h)
            cover[h - 8] += n;
        cost += c[6].toDouble();
        agents += n;
    }
    QCOMPARE(cost, o["cost"].toDouble());
    QCOMPARE(agents, o["agents"].toInt());
    QFile rf(req);
    QVERIFY(rf.open(QIODevice::ReadOnly));
    const QStringList reqRows = QString::fromUtf8(rf.readAll()).trimmed().split('\n');
    const int requiredColumn = reqRows[0].split(',').indexOf("required_agents");
    int neededAgentHours = 0;
    for (int h = 0; h < 8; ++h) {
        const int required = reqRows[h + 1].split(',')[requiredColumn].toInt();
        QVERIFY2(cover[h] >= required, qPrintable(QString("hour %1").arg(8 + h)));
        neededAgentHours += required;
    }
    // no plan can cost less than the agent-hours needed, and 4-hour shifts cover them with little waste
    QVERIFY(cost >= neededAgentHours * 10);
    // the service check: the predicted SL of the plan's agents meets the 80% the requirement was made for
    QVERIFY(o["service"].toObject()["service_level"].toDouble() >= 0.8);
    QCOMPARE(o["service"].toObject()["model"].toString(), QStringLiteral("a"));
    // Erlang C beside it: the same agents, callers who never hang up wait longer
    const QJsonObject c = o["service"].toObject()["erlang_c"].toObject();
    QVERIFY(c["service_level"].toDouble() <= o["service"].toObject()["service_level"].toDouble());
    QCOMPARE(c["abandon_rate"].toDouble(), 0.0);
    QFile cf(cov);
    QVERIFY(cf.open(QIODevice::ReadOnly));
    QVERIFY(cf.readLine().startsWith("start,open,required,target,at_work,on_phones,shortfall,over,sl_offered,asa_sec,"
                                     "p_abandon,occupancy,sl_offered_c,asa_sec_c"));
}

void TestCli::shiftsRefuseBadFiles()
{
    QTemporaryDir dir;
    const QString req = dir.filePath("req.csv"), tpl = dir.filePath("t.json"), plan = dir.filePath("plan.csv");
    QFile f(req);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("start,calls,aht_sec\n2026-09-07T08:00,10,200\n");
    f.close();
    QFile t(tpl);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(R"({"templates": [{"start_earliest": "8:00", "start_latest": "12:00", "paid_hours": 4}]})");
    t.close();
    // not a staff --intervals output
    Run r = cli({"shifts", "--requirements", req, "--templates", tpl, "--output", plan});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("required_agents"), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("start,calls,aht_sec,required_agents\n2026-09-07T08:00,10,200,3\n2026-09-07T09:00,10,200,2\n");
    f.close();
    // a template with a bad time: the file, the place and what was expected
    r = cli({"shifts", "--requirements", req, "--templates", tpl, "--output", plan});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("t.json: templates[0].start_earliest: expected a time of day as HH:MM"), qPrintable(r.err));
    QVERIFY(!QFile::exists(plan));
    r = cli({"shifts", "--requirements", req, "--templates", tpl, "--output", plan, "--gap", "2"});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
