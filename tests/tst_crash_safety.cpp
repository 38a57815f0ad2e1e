// Crash safety: staffplan-cli is killed (SIGKILL, no chance to clean up) at random moments of an import and of a
// forecast being saved, again and again; each time the project must open and hold either the whole import (or
// forecast) or none of it.  SQLite's transactions are what make it so; this checks we use them that way.

#include "core/project_db.hpp"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace staffplan;

namespace {

QString cli()
{
    return QStringLiteral(STAFFPLAN_CLI);
}

/// Runs the CLI and kills it after `killAfterMs` (if still running); true when it ran to its end.
bool runAndMaybeKill(const QStringList& args, int killAfterMs)
{
    QProcess p;
    p.start(cli(), args);
    if (!p.waitForStarted(10000))
        qFatal("cannot start staffplan-cli");
    if (p.waitForFinished(killAfterMs))
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    p.kill(); // SIGKILL
    p.waitForFinished(10000);
    return false;
}

long callCount(const ProjectDb& db)
{
    long n = 0;
    DbError error;
    db.forEachCall([&](const CallRecord&) { ++n; }, error);
    return n;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
  private slots:
    void killedImportsLeaveWholeBatchesOrNone();
};

void TestCrashSafety::killedImportsLeaveWholeBatchesOrNone()
{
    QTemporaryDir dir;
    const QString log = dir.filePath("calls.csv"), project = dir.filePath("p.staffplan");
    constexpr int kCalls = 200000; // about 1 s to import: long enough to be killed in the middle
    {
        std::ofstream f(log.toStdString());
        f << "arrival,wait_sec,talk_sec,outcome,queue\n";
        for (int i = 0; i < kCalls; ++i) {
            const int day = i / 5000, second = (i % 5000) * 17;
            char line[128];
            std::snprintf(line, sizeof line, "2026-%02d-%02dT%02d:%02d:%02d,%d,%d,%s,q%d\n", 1 + day / 28,
                          1 + day % 28, second / 3600, second / 60 % 60, second % 60, i % 60, 100 + i % 300,
                          i % 9 ? "answered" : "abandoned", i % 3);
            f << line;
        }
    }
    auto* random = QRandomGenerator::global();
    int completed = 0, killed = 0;
    for (int round = 0; round < 8; ++round) {
        const int after = 20 + static_cast<int>(random->bounded(1500));
        const bool done = runAndMaybeKill({"import", "--project", project, "--log", log}, after);
        done ? ++completed : ++killed;
        DbError error;
        auto db = ProjectDb::open(project.toStdString(), error);
        QVERIFY2(db, qPrintable(QString("round %1: the project does not open after a kill at %2 ms").arg(round).arg(after)));
        const auto batches = db->batches(error);
        QVERIFY(batches.size() <= 1);
        const long calls = callCount(*db);
        if (batches.empty()) {
            QCOMPARE(calls, 0L); // none of it
        } else {
            QCOMPARE(batches[0].accepted, std::int64_t(kCalls)); // all of it
            QCOMPARE(calls, long(kCalls));
            // a forecast saved while being killed: all of its intervals or none
            const int after2 = 5 + static_cast<int>(random->bounded(800));
            runAndMaybeKill({"forecast", "--project", project, "--from", "2026-02-05", "--days", "7", "--output",
                             dir.filePath("f.csv"), "--name", QString("f%1").arg(round)},
                            after2);
            db.reset();
            db = ProjectDb::open(project.toStdString(), error);
            QVERIFY(db);
            for (const auto& f : db->forecasts(error)) {
                const auto full = db->forecast(f.name, error);
                QVERIFY(full);
                QCOMPARE(full->rows.size(), std::size_t(7 * 48));
            }
            QVERIFY(db->removeBatch(batches[0].id, error)); // start the next round empty
        }
    }
    qInfo("%d imports completed, %d killed midway", completed, killed);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
